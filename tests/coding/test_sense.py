"""Sense from the arguments: things that are no actors (non_actors.txt) and entries recoded by
their arguments (senses.txt): air strikes are not labour strikes, troops arriving are a deployment,
freeing villages is fighting."""
from __future__ import annotations

import pytest

from dyadwatch.coding.lexicon import LexiconError, load_lexicon_dir
from coding_helpers import code


@pytest.mark.parametrize(
    "text",
    [
        "Hurricane Milton slammed into Florida on Wednesday.",
        "A storm battered the coast of Japan.",
        "A cyclone slammed into Bangladesh on Monday.",
        "A Greek tanker was heading to the port of Odesa.",
        "A cargo ship sailed to Haifa.",
        "Stock markets in Japan rallied on Monday.",
        "The virus spread to Italy in February.",
    ],
)
def test_weather_vehicles_markets_and_diseases_are_no_actors(coder, text):
    assert not code(coder, text)


@pytest.mark.parametrize(
    "text, source",
    [
        ("A Russian drone struck an apartment block in Kyiv.", "RUS"),
        ("Russian drones attacked Odesa overnight.", "RUS"),
    ],
)
def test_weapons_stand_for_their_owner_in_force(coder, text, source):
    assert any(e.source.country == source and e.cameo.root in ("18", "19") for e in code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Strikes by Israeli jets hit Gaza.",
        "Air strikes by Saudi jets hit Sanaa on Friday.",
        "Israeli jets carried out strikes on Gaza.",
        "Russian warplanes carried out strikes on Idlib.",
    ],
)
def test_strikes_by_aircraft_are_military_not_labour(coder, text):
    roots = {e.cameo.root for e in code(coder, text)}
    assert "19" in roots and "14" not in roots


def test_labour_strikes_stay_protests(coder):
    assert {e.cameo.root for e in code(coder, "Teachers went on strike in France on Tuesday.")} == {"14"}


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("American troops arrived in Poland on Tuesday.", ("USAMIL", "POL")),
        ("German troops arrived in Lithuania on Monday.", ("DEUMIL", "LTU")),
        ("Chinese soldiers arrived in Serbia for joint exercises.", ("CHNMIL", "SRB")),
    ],
)
def test_troops_arriving_are_a_deployment_not_a_visit(coder, text, dyad):
    events = code(coder, text)
    assert {(e.source.code, e.target.code if e.target else None, e.cameo.root) for e in events} == {(*dyad, "15")}


def test_a_leader_arriving_is_still_a_visit(coder):
    assert {e.cameo.root for e in code(coder, "The French president arrived in Beijing on Wednesday.")} == {"04"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces freed three villages near Kharkiv.",
        "Ukrainian troops liberated several villages in the Kharkiv region.",
    ],
)
def test_freeing_villages_is_fighting(coder, text):
    assert {e.cameo.root for e in code(coder, text)} == {"19"}


@pytest.mark.parametrize(
    "text",
    ["Israel freed 90 Palestinian prisoners.", "The Taliban freed two American hostages."],
)
def test_freeing_prisoners_is_a_release(coder, text):
    assert {e.cameo.code for e in code(coder, text)} == {"0841"}


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("senses.txt", "strike 14 air\n", "expected 'TRIGGERS PREFIX WORDS CODE'"),
        ("senses.txt", "strike 14 air 999\n", "'999' is not a CAMEO code"),
        ("non_actors.txt", "18,nineteen drone\n", "'18,nineteen' is not '-' or comma-separated roots"),
        ("non_actors.txt", "-\n", "no nouns after '-'"),
    ],
)
def test_sense_files_are_validated(tmp_path, name, content, message):
    (tmp_path / "14_protest.txt").write_text("[verbs]\n143  strike\n", encoding="utf-8")
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=f"{name}:1: {message}"):
        load_lexicon_dir(tmp_path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pakistani troops killed 30 militants in Balochistan.", "190"),
        ("Twelve militants were killed in clashes with the army in Somalia.", "190"),
        ("Iraqi security forces killed the ISIS leader in an airstrike in Anbar on Thursday.", "195"),
        ("Two Syrian soldiers were killed in a drone strike near Idlib.", "195"),
    ],
)
def test_killing_armed_men_or_in_battle_is_fighting(coder, text, expected):
    assert expected in {e.cameo.code for e in code(coder, text)}


@pytest.mark.parametrize(
    "text",
    # police killing protesters repress them (175, test_force_kinds.py); killing other civilians is assault
    ["Gunmen killed five policemen in Mali.", "Police shot dead two robbery suspects in Nairobi."],
)
def test_killing_police_or_civilians_stays_assault(coder, text):
    assert {e.cameo.root for e in code(coder, text)} == {"18"}


def test_actor_conditions_are_validated(tmp_path):
    (tmp_path / "18_assault.txt").write_text("[verbs]\n180  kill\n", encoding="utf-8")
    (tmp_path / "senses.txt").write_text("kill 18 >REB|>mil 190\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="senses.txt:1: '>mil' is not a lemma"):
        load_lexicon_dir(tmp_path)


def test_a_vehicle_bringing_aid_stands_for_its_owner(coder):
    events = code(coder, "U.N. helicopters evacuated the wounded from the besieged town of Gorazde in Bosnia.")
    assert any(e.source.code.startswith("IGOUNO") and e.cameo.root == "07" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Rioters torched cars and looted shops in several French cities.",
        "A mob attacked the police station in Rajshahi on Monday.",
        "Protesters set fire to the parliament building in Kathmandu.",
    ],
)
def test_violence_of_mobs_and_protesters_is_rioting(coder, text):
    assert "145" in {e.cameo.code for e in code(coder, text)}


def test_violence_of_gunmen_stays_an_assault(coder):
    events = code(coder, "Gunmen attacked a village in Zamfara State.")
    assert events and all(e.cameo.code.startswith("18") for e in events)
