"""Phrase shapes the parser builds in ways the patterns do not expect: 'came under attack from X'
(X attacks), 'is in Israel for talks' and 'is on a visit to Moscow' ('be' as the light verb of the
event noun), 'walked away from the deal' ('from' hung on the particle), 'called for X to withdraw', and
'its offer to mediate' (the infinitive a noun names is in the noun's phrase)."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.extract import phrase_items
from dyadwatch.documents.readers import read_text


def dyads(coder, text: str) -> set[tuple[str, str, str | None]]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.cameo.root, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kharkiv came under heavy shelling from Russia on Sunday.", ("19", "RUS", "UKR")),
        ("Israeli troops came under attack from Hezbollah fighters.", ("18", "LBN", "ISR")),
        ("The Ukrainian port came under a drone attack from Russia.", ("18", "RUS", "UKR")),
    ],
)
def test_came_under_attack_reverses_the_roles(coder, text, expected):
    found = dyads(coder, text)
    assert any(f[1:] == expected[1:] for f in found)
    assert not any(f[1] == expected[2] and f[2] == expected[1] for f in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Blinken is in Israel for talks with Netanyahu.", ("04", "USA", "ISR")),
        ("Erdogan is on a visit to Moscow.", ("04", "TUR", "RUS")),
        ("Wang Yi was in Moscow on Tuesday for talks with Lavrov.", ("04", "CHN", "RUS")),
    ],
)
def test_be_is_the_light_verb_of_an_event_noun(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize(
    "text",
    ["Iran walked away from the deal.", "The rebels backed away from the truce.", "Russia pulled out from the talks."],
)
def test_a_preposition_on_a_particle_is_in_the_phrase(nlp, text):
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    lemmas = {item.lemma for item in phrase_items(verb)}
    assert "from" in lemmas and {"deal", "truce", "talk"} & lemmas


@pytest.mark.parametrize(
    "text, expected",
    [
        ("France called for Russia to withdraw its troops.", ("02", "FRA", "RUS")),
        ("The EU pushed for Iran to release the prisoners.", ("02", "IGO", "IRN")),
    ],
)
def test_called_for_x_to_act_is_an_appeal_to_x(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Secretary of State Marco Rubio led eight hours of talks with Ukrainian officials in Jeddah.", ("04", "USA", "UKR")),
        ("Israeli forces carried out a wave of arrests in the West Bank overnight.", ("17", "ISR", "PSE")),
        ("Iran held two rounds of negotiations with the United States in Oman.", ("04", "IRN", "USA")),
    ],
)
def test_an_amount_under_a_light_verb_counts_the_event_noun(coder, text, expected):
    assert expected in dyads(coder, text)


def test_an_amount_of_something_that_is_no_event_stays_no_event(coder):
    assert not dyads(coder, "The minister spent three days of his holiday in Paris.")


@pytest.mark.parametrize(
    "text, expected, venue",
    [
        ("Iran and the United States held talks in Oman.", ("04", "IRN", "USA"), "OMN"),
        ("Putin and Modi signed a trade agreement in Beijing on Tuesday.", ("05", "RUS", "IND"), "CHN"),
        ("Egypt and Qatar pledged in Paris to cooperate with Israel.", ("03", "EGY", "ISR"), "FRA"),
    ],
)
def test_where_talks_and_deals_happen_is_no_target(coder, text, expected, venue):
    found = dyads(coder, text)
    assert expected in found
    assert not any(f[0] == expected[0] and f[2] == venue for f in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thousands of Afghans sought asylum in Pakistan last year.", ("02", "AFG", "PAK")),
        ("Russian jets carried out airstrikes in Syria's Idlib province.", ("19", "RUS", "SYR")),
    ],
)
def test_a_place_after_in_is_the_target_of_appeals_and_force(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize(
    "text, noun, verb",
    [
        ("Turkey repeated its offer to mediate between the two sides.", "offer", "mediate"),
        ("The envoy made an urgent appeal to end the fighting.", "appeal", "end"),
        ("Iran signalled its readiness to resume the talks.", "readiness", "resume"),
    ],
)
def test_the_infinitive_of_an_event_noun_is_in_its_phrase(nlp, text, noun, verb):
    doc = nlp(text)
    head = next(t for t in doc if t.lemma_.lower() == noun)
    assert verb in {item.lemma for item in phrase_items(head)}
    # and in the phrase of the verb it is the object of
    assert verb in {item.lemma for item in phrase_items(head.head)}


def test_an_infinitive_of_purpose_is_no_part_of_the_noun(nlp):
    doc = nlp("Kenya sent police officers to Haiti to fight the gangs.")
    officers = next(t for t in doc if t.lower_ == "officers")
    assert "fight" not in {item.lemma for item in phrase_items(officers)}


@pytest.mark.parametrize(
    "text, verb, adjective",
    [("The two men pleaded not guilty.", "pleaded", "guilty"), ("The envoy urged Libyans to remain calm.", "urged", "calm")],
)
def test_a_verb_s_adjective_complement_is_in_its_phrase(nlp, text, verb, adjective):
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    assert adjective in {item.lemma for item in phrase_items(head)}
