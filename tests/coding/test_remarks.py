"""Remarks about the news (CAMEO 01x): warnings, fears and hopes told in a clause (remarks.py), claims
that no one made, denials by a word for a lie, and the sense traps of their words."""
from __future__ import annotations

import pytest
from coding_helpers import code


def _events(coder, text: str) -> list[tuple]:
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None, e.negated) for e in code(coder, text)]


@pytest.mark.parametrize(
    "text, event",
    [
        ("The World Health Organization warned that the outbreak could spread to neighbouring countries.",
         ("012", "IGOUNOWHO", None, False)),
        ("The IMF warned that the global economy faces a recession next year.", ("012", "IGOUNOBUSIMF", None, False)),
        # the clause's subject taken by the parser for the verb's object
        ("The fire's front is 60 kilometers long and Australian officials warn it is simply too big to put out.",
         ("012", "AUSGOV", None, False)),
        ("The UN refugee agency warned that closing the camps would affect the protection of refugees.",
         ("012", "IGOUNOREF", None, False)),
        ("Germany fears the tariffs could spark a trade war with Beijing.", ("012", "DEU", None, False)),
        ("Japan fears that North Korea could conduct another nuclear test.", ("012", "JPN", "PRK", False)),
        ("The European Union worries that the conflict could spread.", ("012", "IGOEUREEC", None, False)),
        ("The European Union is concerned that the conflict could spread.", ("012", "IGOEUREEC", None, False)),
        ('"I\'m very encouraged the parties have reached an agreement," U.S. Senator Chris Coons said.',
         ("013", "USALEG", None, False)),
        ("The Indian government is hopeful the talks will resume soon.", ("013", "INDGOV", None, False)),
    ],
)
def test_a_remark_told_in_a_clause_is_a_comment(coder, text, event):
    assert event in _events(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Investors fear the tariffs will hurt profits.",  # a mood of a sector, about no actor
        "Farmers worry that the drought will ruin the harvest.",
        "Twenty people are feared dead after the landslide in Nepal.",  # a passive fear is no one's remark
        "Residents of Kabul fear what may come next.",  # a question, not a clause told
        "The Nigerian opposition is afraid to speak out.",  # an infinitive, not a clause told
        "Police in Lagos warned that violators would be arrested.",  # a threat (13x), not a comment
        # a fear that tells why another act was done is a motive, not a remark
        "German automakers are against the tariffs, fearing that retaliation from Beijing could hurt sales.",
        "The Malian army withdrew from the town, fearing that the rebels would attack.",
    ],
)
def test_no_remark_without_a_clause_told_by_a_political_actor(coder, text):
    assert not [e for e in _events(coder, text) if e[0] in ("012", "013")]


@pytest.mark.parametrize(
    "text",
    [
        "The United States warned Iran that an attack would be a grave mistake.",  # told to someone
        "Ankara is warning it could turn to Russia's Su-35 as an alternative.",  # the speaker's own act
        "The Chinese foreign ministry warned that we will not sit idly by.",
        "Trump warned on Tuesday that any further threats from North Korea would be met with 'fire and fury'.",
        "Seoul warned that any provocation would be answered with overwhelming force.",
    ],
)
def test_a_warning_to_someone_or_of_ones_own_act_is_left_to_the_threats(coder, text):
    assert not [e for e in _events(coder, text) if e[0] == "012"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("No one has claimed responsibility for the bombing in Kabul.", "---"),
        ("No group has taken responsibility for the carnage in Dasht-e-Barchi.", "---"),
        ("Nobody has claimed responsibility for the attack on the Pakistani convoy.", "---"),
        ("No militant group has claimed responsibility for the blast, which killed 12 people.", "---REB"),
    ],
)
def test_a_claim_no_one_made_is_a_negated_claim(coder, text, source):
    assert [e for e in _events(coder, text) if e[0] == "015" and e[1] == source and e[3]]


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed in the attack on the Pakistani convoy.",
        "The flood in Bangladesh claimed dozens of lives.",  # a toll, no claim
        "The hurricane claimed the lives of twelve people in Cuba.",
    ],
)
def test_no_claim_in_a_toll_or_without_a_claim(coder, text):
    assert not [e for e in _events(coder, text) if e[0] == "015"]


@pytest.mark.parametrize(
    "text, source",
    [
        ('A State Department spokesperson described the legal challenges as "baseless."', "USAGOV"),
        ("Beijing described the allegations as groundless.", "CHNGOV"),
        ("The Kremlin branded the report fake news.", "RUSGOV"),
        ("The Russian foreign ministry dismissed the accusations as a fabrication.", "RUSGOV"),
    ],
)
def test_a_claim_named_a_lie_is_denied(coder, text, source):
    assert [e for e in _events(coder, text) if e[0] == "016" and e[1] == source]


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Russian foreign ministry said the allegations were baseless.", "RUSGOV"),
        ("Iran said the accusations were baseless and politically motivated.", "IRN"),
        ('"These allegations are completely baseless," the Pakistani foreign ministry spokesman said.', "PAKGOV"),
        ("The Taliban said they had nothing to do with the attack.", "AFGGOV"),
        ("Russia has nothing to do with the election in Moldova.", "RUS"),
    ],
)
def test_a_claim_said_to_be_a_lie_or_a_hand_disowned_is_a_denial(coder, text, source):
    assert [e for e in _events(coder, text) if e[0] == "016" and e[1] == source]


@pytest.mark.parametrize(
    "text",
    [
        "Indian officials said the test results were false positives.",  # no claim called a lie
        "The attack had nothing to do with religion, police said.",  # no actor disowns a hand in it
        "The court denied bail to the opposition leader.",  # a refusal of bail, no denial
        "The Pakistani army said the soldiers were false witnesses.",
    ],
)
def test_no_denial_without_a_claim_or_a_hand_disowned(coder, text):
    assert not [e for e in _events(coder, text) if e[0] == "016"]


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Indian Meteorological Department warned of heavy rain in Kerala.", "012"),
        ("The Pakistani government warned of grave danger to the country's food supply.", "012"),
    ],
)
def test_a_hazard_foretold_by_an_office_is_a_pessimistic_comment(coder, text, code):
    assert [e for e in _events(coder, text) if e[0] == code]


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Amphan warned residents of heavy rain.",  # a cyclone is no actor
        "Israel denied entry to two American lawmakers.",  # a refusal of entry, no denial of a charge
        "Several concerns including Siemens and BASF reported losses.",  # companies, no concern voiced
    ],
)
def test_sense_traps_of_remark_words_are_no_comment(coder, text):
    assert not [e for e in _events(coder, text) if e[0] in ("012", "016")]


def test_concern_shared_about_a_third_is_no_accord_with_it(coder):
    events = _events(coder, "Tokyo and Washington shared concerns over China's rapid expansion of its nuclear arsenal.")
    assert not [e for e in events if e[0] == "019"]
    assert ("019", "GBR", None, False) in _events(coder, "Britain shares that concern.")
