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


# --- force posture, restrictions and force with no one named ---------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police in Delhi have been put on high alert ahead of Independence Day.", ("INDCOP", "15")),
        ("A high alert has been sounded in Mumbai after the terror threat.", ("INDCOP", "15")),
        ("Security has been beefed up across Kashmir ahead of the Amarnath Yatra.", ("INDCOP", "15")),
        ("Security was tightened in Manipur after fresh violence.", ("INDCOP", "15")),
        ("Hundreds of riot police were deployed in central Paris.", ("FRACOP", "15")),
        ("Troops were deployed in Lagos to quell the unrest.", ("NGAMIL", "15")),
    ],
)
def test_police_alerts_and_deployments_by_no_one_named_are_the_forces_own(coder, text, expected):
    assert expected in {(s, r) for s, _, r in triples(code(coder, text))}


@pytest.mark.parametrize(
    "text, code_",
    [
        ("Curfew was imposed in Imphal after clashes.", "1723"),
        ("Prohibitory orders were imposed in the district of Nuh in Haryana.", "1723"),
        ("Mobile internet services were suspended in Manipur for five days.", "1721"),
        ("A state of emergency was declared in Ecuador on Monday.", "1724"),
    ],
)
def test_restrictions_imposed_by_no_one_named_are_the_governments(coder, text, code_):
    events = code(coder, text)
    assert any(e.cameo.code == code_ and e.source.code.endswith("GOV") for e in events), triples(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a weapon aimed at a place hits it
        ("Several rockets were fired from Gaza towards Israel.", ("---", "ISR", "19")),
        ("Two grenades were hurled at a police station in Srinagar.", ("---", "IND", "18")),
        # a blast that goes off or rips through is no one's named act
        ("An improvised explosive device went off near a school in Kabul.", ("---", "AFG", "18")),
        ("A bomb blast ripped through a crowded market in Quetta.", ("---", "PAK", "18")),
        ("Mortar shells landed in Sderot on Tuesday.", ("---", "ISR", "19")),
        # 'killing 4': a count of people of the place
        ("A car bomb exploded near a police station in Mogadishu, killing 4.", ("---", "SOMCVL", "18")),
    ],
)
def test_weapons_and_blasts_with_no_one_named(coder, text, expected):
    assert expected in triples(code(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dozens were killed in Israeli strikes on Gaza City.", ("ISR", "19")),  # strikes that kill: fighting
        ("Three civilians were wounded during a Russian drone attack in Kherson.", ("RUS", "19")),
        ("Three Russian diplomats were expelled from Norway.", ("NORGOV", "16")),
    ],
)
def test_the_act_it_happened_in_and_the_place_it_was_done_from(coder, text, expected):
    assert expected in {(s, r) for s, _, r in triples(code(coder, text))}


@pytest.mark.parametrize(
    "text",
    [
        "The team seized the moment and scored twice in Mumbai.",
        "A storm battered the coast of Japan.",
        "The passengers were pushed into the bus in Mumbai.",
        "Women in at least 77 countries are prohibited from working in the same jobs as men.",
        "Companies that do not pay by that date are sent a new bill in Ohio.",
        "In the 14th century the Black Death spread across Europe, killing up to 60 percent of its people.",
        "The procession went off peacefully in Kolkata.",
        "A fire ripped through a slum in Mumbai.",
    ],
)
def test_things_and_generic_passives_imply_no_agent_of_force(coder, text):
    assert not [t for t in triples(code(coder, text)) if t[2] in ("15", "17", "18", "19", "20")]
