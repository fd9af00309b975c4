"""Events said with a noun (nominal.py, the [nouns] entries and light verbs): the sides of an event noun
in two hyphen-joined names ('the Russia-Ukraine talks'), an X-led modifier, the `between` phrase of the
passive or participle that tells it ('talks were held between'), whom a show of force, a cut in
relations, a summons or a threat is aimed at, and the nominalisations of wire copy with the light verbs
that carry them; and the nouns that name a standing state or a thing, which code nothing."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, codes_of, events_of


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # two names joined by a hyphen: the first is the doer, the second the other side
        ("Russia-Ukraine talks in Istanbul ended without a deal.", "04", "RUS", "UKR"),
        ("The Biden-Xi summit produced an agreement on fentanyl.", "04", "USA", "CHN"),
        ("India-Pakistan talks on the Indus waters resumed in Lahore.", "04", "IND", "PAK"),
        ("U.S.-Iran talks resumed in Oman on Saturday.", "04", "USA", "IRN"),
        ("The U.S.-China trade talks ended in Geneva.", "04", "USA", "CHN"),
        ("The Modi-Putin meeting in Moscow lasted three hours.", "04", "IND", "RUS"),
        ("Azerbaijan-Armenia clashes on the border killed four soldiers.", "19", "AZE", "ARM"),
        # the leader of a joint act does it
        ("The Saudi-led blockade of Qatar ended in January 2021.", "19", "SAU", "QAT"),
        ("An Israeli-led operation in Jenin killed five gunmen.", "1", "ISR", None),
        # the sides of the passive verb or participle that tells the act
        ("Talks were held between Russian and Ukrainian delegations in Istanbul.", "04", "RUS", "UKR"),
        ("Talks were held between Russian and Ukrainian delegations in Istanbul.", "04", "UKR", "RUS"),
        ("Consultations were held between Indian and Chinese officials in Beijing.", "04", "IND", "CHN"),
    ],
)
def test_sides_of_an_event_noun(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # a show of force is aimed at the country or city it is held around, near or off
        ("China's military drills around Taiwan entered a second day.", "15", "CHN", "TWN"),
        ("Chinese drills near Taiwan continued on Tuesday.", "15", "CHN", "TWN"),
        ("Russia held naval exercises off Japan on Monday.", "15", "RUS", "JPN"),
        # a cut in relations and a summons are done to their 'of' phrase, possessed or not
        ("Washington's expulsion of Russian diplomats drew a response from Moscow.", "161", "USA", "RUS"),
        ("Algeria announced the recall of its ambassador from Paris.", "161", "DZA", "FRA"),
        ("Israel announced the downgrade of diplomatic ties with South Africa.", "161", "ISR", "ZAF"),
        ("China's summons of the Japanese ambassador came after the visit.", "114", "CHN", "JPN"),
        # a threat of an act is aimed at whom the act would be
        ("Beijing's threat of sanctions against Lithuania drew criticism.", "13", "CHN", "LTU"),
        ("The U.S. threat of tariffs on Mexico rattled markets.", "13", "USA", "MEX"),
    ],
)
def test_targets_of_an_event_noun(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # meals with a counterpart are meetings
        ("The U.S. envoy had lunch with former President Tsai Ing-wen on Friday.", "040", "USA", "TWN"),
        ("Blinken held a working dinner with his Japanese counterpart in Tokyo.", "040", "USA", "JPN"),
        ("Modi's dinner with Biden at the White House lasted two hours.", "040", "IND", "USA"),
        # vows: a pledge, and of revenge a threat
        ("Iran's vow of revenge against Israel raised fears of a wider war.", "13", "IRN", "ISR"),
        ("Erdogan renewed his vow to support the Palestinians.", "03", "TUR", None),
        # hostages taken
        ("Hamas's hostage-taking of Israeli civilians drew condemnation.", "181", "PSE", "ISR"),
        # light verbs of wire copy
        ("The United States unveiled new sanctions against Russia on Friday.", "163", "USA", "RUS"),
        ("Britain rolled out fresh sanctions on Iran after the attack.", "163", "GBR", "IRN"),
        ("The EU levied tariffs on Chinese electric vehicles.", "163", "IGO", "CHN"),
        ("Pakistan levelled accusations against India at the United Nations.", "112", "PAK", "IND"),
        ("Kyiv hurled accusations at Moscow over the attack on the dam.", "112", "UKR", "RUS"),
        ("The United States sealed a deal with Ukraine on minerals.", "057", "USA", "UKR"),
        ("Egypt tabled a proposal for a ceasefire in Gaza.", "03", "EGY", None),
    ],
)
def test_nominalisations_and_their_light_verbs(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # a standing state named by two names is no act
        ("The Russia-Ukraine war entered its fourth year.", ("19",)),
        ("The Israel-Hamas ceasefire collapsed on Tuesday.", ("08",)),
        ("The Saudi-Iran rivalry shaped the region for decades.", ("1", "0")),
        # a labour strike is no airstrike, a product recall and a credit downgrade no cut in relations
        ("The strike by workers at the Ford plant entered its third week.", ("19", "18")),
        ("Honda announced the recall of 1.2 million vehicles.", ("16",)),
        ("Moody's announced a downgrade of Israel's credit rating.", ("16",)),
        # a meal with no counterpart of note
        ("The players had lunch with their families after the match.", ("04",)),
        # talks that collapse or are only planned are held by no one today
        ("The talks collapsed on Monday.", ("04",)),
        ("A planned summit between Putin and Trump in Budapest was called off.", ("04",)),
    ],
)
def test_no_nominal_event(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # criticism or a threat a clause goes on despite or amid, its owner named by a name of its own
        ("Despite Chinese objections, Japan released the treated water into the sea.", "11", "CHN", "JPN"),
        ("Amid U.S. criticism, Israel expanded its offensive in Rafah.", "111", "USA", "ISR"),
        ("Despite Russia's threats, Finland joined NATO.", "13", "RUS", "FIN"),
        ("Turkey tested the system despite threats of Washington sanctions.", "1312", "USA", "TUR"),
        # the owner of the act a threat threatens threatens it
        ("Israel's warning of a military response to Hezbollah came on Sunday.", "13", "ISR", "LBN"),
    ],
)
def test_criticism_and_threats_by_their_owners_name(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Despite heavy rain, protesters marched in Nairobi.",
        "Despite economic pressure, Iran refused to negotiate.",
        "Amid growing criticism, the minister resigned on Friday.",
    ],
)
def test_no_owner_no_criticism_or_threat(coder, text):
    assert_no_event(coder, text, ("11", "13"))


@pytest.mark.parametrize(
    "text, code, target",
    [
        ("A Russian missile strike on Odesa killed five people.", "19", "UKRCVL"),
        ("Russian shelling of Kharkiv killed four civilians.", "19", "UKRCVL"),
        ("Israeli military strikes on Gaza killed 30 people.", "19", "PSECVL"),
        ("Russia's invasion of Ukraine killed thousands of civilians.", "20", "UKRCVL"),
    ],
)
def test_people_an_act_of_force_kills_are_of_the_place_it_hit(coder, text, code, target):
    """The people killed by an act said with a noun are of the place it was aimed at, not of its doer's country."""
    got = codes_of(coder, text)
    assert any(c.startswith(code) and t == target for c, _, t in got), got


def test_a_hyphenated_country_name_is_one_actor(coder):
    """'Guinea-Bissau' is one country, not Guinea's talks with Bissau."""
    got = events_of(coder, "The Guinea-Bissau talks with ECOWAS ended on Friday.")
    assert not [e for e in got if e[1] == "GIN" or e[2] == "GNB"], got
