"""Acts with no named agent: agentless passives and event nouns standing alone are coded with the
agent implied_agents.txt gives them (the police of the place for an arrest, no one known for a
killing), and the source says how in resolved_by."""
from __future__ import annotations

import pytest

from dyadwatch.coding.lexicon import LexiconError, load_lexicon_dir
from coding_helpers import code, triples


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 40 opposition supporters were arrested in Minsk on Saturday.", ("BLRCOP", "BLROPP", "17")),
        ("Protesters were detained outside parliament in Belgrade.", ("SRBCOP", "SRBOPP", "17")),
        ("Police said five protesters were detained in Nairobi overnight.", ("KENCOP", "KENOPP", "17")),
        ("Two journalists were detained by unknown men in Caracas.", ("VENCOP", "VENMED", "17")),
    ],
)
def test_an_agentless_arrest_is_by_the_police_of_the_place(coder, text, expected):
    events = code(coder, text)
    assert expected in triples(events)
    assert {e.source.resolved_by for e in events if e.source.code == expected[0]} == {"agentless-passive"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three soldiers were killed by a roadside bomb in Kandahar.", ("---", "AFGMIL", "18")),
        ("Four policemen were killed in an ambush in Mali on Friday.", ("---", "MLICOP", "18")),
        ("Two Kenyan soldiers were wounded by a landmine near the Somali border.", ("---", "KENMIL", "18")),
    ],
)
def test_an_agentless_killing_has_an_unknown_source(coder, text, expected):
    events = code(coder, text)
    assert expected in triples(events)
    assert all(e.evidence.source_span is None for e in events if e.source.code == "---")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The arrest of the opposition leader sparked protests in Turkey.", ("TURCOP", "TUROPP", "17")),
        ("The detention of two activists in Cairo drew criticism.", ("EGYCOP", "EGYOPP", "17")),
        ("The killing of protesters in Kenya drew condemnation.", ("---", "KENOPP", "18")),
        ("Airstrikes on the city of Aleppo killed 12 civilians.", ("---", "SYR", "19")),
    ],
)
def test_an_event_noun_standing_alone_has_an_implied_agent(coder, text, expected):
    events = code(coder, text)
    assert expected in triples(events)
    assert "implied-agent" in {e.source.resolved_by for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A roadside bomb killed three soldiers in Kandahar.", ("---", "AFGMIL", "18")),
        ("Airstrikes on Khartoum killed dozens of civilians.", ("---", "SDNCVL", "19")),  # an air strike (senses.txt)
    ],
)
def test_a_weapon_or_an_attack_as_subject_is_no_agent(coder, text, expected):
    assert expected in triples(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister was criticized for the decision.",  # a criticism implies no agent: not listed
        "Several people were invited to the ceremony.",
    ],
)
def test_acts_not_listed_imply_no_agent(coder, text):
    assert not code(coder, text)


def test_a_named_agent_is_kept(coder):
    events = code(coder, "Dozens of protesters were arrested by Iranian police in Tehran.")
    assert ("IRNCOP", "IRNOPP", "17") in triples(events)
    assert {e.source.resolved_by for e in events} != {"agentless-passive"}


def test_the_story_country_places_an_arrest_without_a_place(coder):
    text = "Police in Georgia broke up a rally in Tbilisi. Dozens of demonstrators were arrested on Sunday."
    assert ("GEOCOP", "GEOOPP", "17") in triples(code(coder, text))


def test_agentless_source_has_no_span_in_its_record(coder):
    event = next(e for e in code(coder, "Protesters were detained in Belgrade.") if e.source.resolved_by == "agentless-passive")
    record = event.to_dict()
    assert record["evidence"]["source_span"] is None and record["source"]["text"] == ""


@pytest.mark.parametrize(
    "content, message",
    [
        ("cop arrest\n", "'cop' is not a sector code"),
        ("COP\n", "no lemmas after 'COP'"),
        ("COP Arrest\n", "'Arrest' is not a lemma"),
    ],
)
def test_implied_agents_file_is_validated(tmp_path, content, message):
    (tmp_path / "17_coerce.txt").write_text("[verbs]\n173  arrest\n", encoding="utf-8")
    (tmp_path / "implied_agents.txt").write_text("# agents\n" + content, encoding="utf-8")
    with pytest.raises(LexiconError, match=f"implied_agents.txt:2: {message}"):
        load_lexicon_dir(tmp_path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three protesters arrested on Sunday in Minsk were released.", ("BLRCOP", "BLROPP", "17")),
        ("Arrested in Harare in March, the journalist remains in jail.", ("ZWECOP", "ZWEMED", "17")),
    ],
)
def test_a_bare_participle_is_passive_and_its_noun_is_the_patient(coder, text, expected):
    events = code(coder, text)
    assert expected in triples(events)
    assert not any(e.source.code.endswith(("OPP", "MED")) and e.cameo.root == "17" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "His client's arrest sent a chilling message to journalists.",
        "The detention center at Guantanamo Bay is almost empty.",
        "After their expulsion, many islanders settled abroad.",
    ],
)
def test_an_event_noun_without_a_patient_or_as_a_modifier_is_not_coded_alone(coder, text):
    assert not [e for e in code(coder, text) if e.source.resolved_by == "implied-agent"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials have not publicly responded to the rebels' demands in Pakistan.",
        "Rights groups take little comfort in Beijing's promises.",
        "Washington could react to China's restriction on the use of American software.",
    ],
)
def test_an_act_named_by_its_owner_inside_a_phrase_is_a_mention(coder, text):
    assert not code(coder, text)


@pytest.mark.parametrize(
    "text, root",
    [
        ("The announcement came during a two-day visit by Indian Prime Minister Narendra Modi to Mauritius.", "04"),
        ("The raid led to the arrest of five people in the Iraqi city of Irbil.", "17"),
    ],
)
def test_an_act_in_a_phrase_with_its_agent_or_patient_is_coded(coder, text, root):
    assert root in {e.cameo.root for e in code(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Neither China nor Thailand has explained why the men were not deported to China.",
        "No one was arrested in Nairobi on Sunday.",
    ],
)
def test_an_agentless_act_that_did_not_happen_is_no_event(coder, text):
    assert not [e for e in code(coder, text) if e.source.resolved_by in ("agentless-passive", "implied-agent")]
