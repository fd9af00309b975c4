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
