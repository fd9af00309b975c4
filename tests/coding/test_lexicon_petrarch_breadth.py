"""Breadth from PETRARCH-2's verb dictionary: verbs it codes that the lexicon lacked for their root
(contact 04, deployments sped up 15, aid held up and deals thrown out 16, trials stood 17, fire returned, offensives pressed and armed
enemies defeated 19), in wire wording, and the senses of
the same verbs that must code nothing of the root."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Iran contacted the International Atomic Energy Agency on Monday about the inspections.", "040", "IRN", None),
        ("Turkish officials contacted their Syrian counterparts after the shelling.", "040", "TUR", "SYR"),
        ("Japan's prime minister contacted South Korea's president by telephone.", "041", "JPN", "KOR"),
        ("Pakistani troops returned fire on Indian positions.", "190", "PAK", "IND"),
        ("Hamas fighters returned fire at Israeli forces in Khan Younis.", "190", "PSE", "ISR"),
        ("Russian forces pressed their offensive in eastern Ukraine.", "190", "RUS", None),
        ("Israel continued its offensive against Hamas in Rafah.", "190", "ISR", "PSE"),
        ("Sudan's army pressed its assault on Omdurman.", "190", "SDN", None),
        ("Nigerian troops defeated Boko Haram fighters in Borno state.", "190", "NGA", "NGA"),
        ("Iraqi forces defeated Islamic State militants in Mosul in 2017.", "190", "IRQ", "IRQ"),
        ("Russia accelerated the deployment of troops to the border with Finland.", "154", "RUS", "FIN"),
        ("China stepped up its military buildup near Taiwan.", "154", "CHN", "TWN"),
        ("NATO sped up the deployment of forces to its eastern flank.", "154", "IGO", None),
        ("Washington held up military aid to Egypt over human rights concerns.", "1622", "USA", "EGY"),
        ("The White House held up weapons shipments to Israel.", "1622", "USA", "ISR"),
        ("Congress held up the aid package for Ukraine for months.", "162", "USA", "UKR"),
        ("Pyongyang threw out the 2018 agreement with Seoul.", "160", "PRK", "KOR"),
        ("Mali junked its military accord with France.", "160", "MLI", "FRA"),
        ("Imran Khan faces trial on charges of leaking state secrets.", "173", "PAK", "PAK"),
        ("The opposition leader went on trial in Moscow on Tuesday.", "173", "RUS", "RUS"),
        ("The former president will stand trial in Seoul on corruption charges.", "173", "KOR", "KOR"),
    ],
)
def test_petrarch_verbs(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # the press, kin and lawyers contacted are no consultation
        ("Police contacted reporters about the case.", ("04",)),
        ("Lawyers for the Pakistani detainees were prevented from contacting the prisoners.", ("04",)),
        ("The ministry contacted the families of the victims.", ("04",)),
        # a trial to come is done to the one tried: no threat of anyone's
        ("The former president will stand trial in Seoul on corruption charges.", ("13",)),
        # a rival, a bill or a vaccine is no armed enemy and no force
        ("The opposition candidate defeated the ruling party's nominee in the election.", ("19",)),
        ("Parliament defeated the government's bill on Tuesday.", ("19",)),
        ("The company accelerated the deployment of 5G networks in India.", ("15",)),
        ("Germany sped up the deployment of vaccines.", ("15",)),
        # weapons and pictures held up in hand are shown, not withheld
        ("The soldiers held up their rifles as the convoy passed.", ("16",)),
        ("Protesters held up pictures of the missing soldiers.", ("16",)),
        # a plea deal thrown out by a judge ends no ties
        ("The judge threw out the plea deal with the former aide.", ("16",)),
        # a campaign or pressure pressed is no fighting
        ("The prime minister pressed his campaign for reform.", ("19",)),
        ("Russia kept up pressure on Moldova.", ("19",)),
    ],
)
def test_petrarch_verb_senses(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
