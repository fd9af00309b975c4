"""Strikes on buildings and towns: 'a Russian missile hit a shopping mall', a town captured or stormed
is aimed at its country, fires and storms that hit are no one's force, and what a victim's vehicle hit
picks the weapon ('killed when their vehicle hit a landmine')."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def triples(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Russian missile hit a shopping mall in Kremenchuk.", ("195", "RUS", "UKR")),
        ("A Ukrainian drone hit an oil refinery in Russia's Krasnodar region.", ("195", "UKRMIL", "RUS")),
        ("Boko Haram fighters stormed the town of Monguno.", ("190", "NGAREB", "NGA")),
        ("Russian forces captured Avdiivka after months of fighting.", ("190", "RUSMIL", "UKR")),
    ],
)
def test_force_on_a_place_is_aimed_at_its_country(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "A fire hit the market in Delhi.",
        "Cyclone Remal hit villages in coastal Bangladesh.",
        "The team hit the post twice in the first half.",
    ],
)
def test_what_hits_without_anyone_using_force_is_no_event(coder, text):
    assert not {c for c, _, _ in triples(coder, text) if c.startswith("19")}


@pytest.mark.parametrize(
    "text, code",
    [
        ("Three soldiers were killed when their vehicle hit a landmine in Kidal.", "183"),
        ("Two policemen were killed when their patrol vehicle ran over an IED in Dantewada.", "1833"),
    ],
)
def test_what_the_victims_vehicle_hit_is_the_weapon(coder, text, code):
    assert code in {c for c, _, _ in triples(coder, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the doer of the act named in a passive's 'by' phrase ('by Russian shelling', a gerund too)
        ("Three civilians were killed by Russian shelling in Kherson.", ("194", "RUS", "UKRCVL")),
        ("Two children were wounded by Israeli shelling in Rafah.", ("194", "ISR", "PSECVL")),
        # a passive's stranded preposition: the passive subject is fired upon
        ("The protesters were fired upon by security forces in Khartoum.", ("175", "SDNMIL", "SDNOPP")),
        # a place anywhere in the clause: 'ambushed by fighters near Mogadishu'
        ("The convoy was ambushed by al-Shabaab fighters near Mogadishu.", ("190", "SOMREB", "SOM")),
        # 'injuring two': a bare count of people hurt, of the place it happened
        ("An IED exploded as a patrol of soldiers passed in Bijapur, injuring two.", ("1833", "---", "INDCVL")),
    ],
)
def test_passives_of_force_find_their_doer_and_whom_or_where_they_hit(coder, text, expected):
    assert expected in triples(coder, text)


def test_an_act_told_of_in_a_relative_clause_takes_no_place_as_target(coder):
    text = "Junior doctors in Kolkata continued their strike, demanding justice for a colleague who was murdered at the hospital."
    assert not [c for c, _, _ in triples(coder, text) if c.startswith("18")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # whose the thing hit is: 'a militant hideout', 'rebel positions', 'Hezbollah positions'
        ("Security forces conducted a raid on a militant hideout in Kupwara.", ("190", "INDMIL", "INDREB")),
        ("The army struck rebel positions near Goma.", ("190", "CODMIL", "CODREB")),
        # Nigerian police English: suspects arrested are paraded before the press
        ("Nigerian police paraded 15 suspected kidnappers in Abuja.", ("173", "NGACOP", "NGAUAF")),
    ],
)
def test_whose_the_thing_hit_is_and_suspects_paraded(coder, text, expected):
    assert expected in triples(coder, text)
