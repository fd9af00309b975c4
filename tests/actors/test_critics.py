"""Critics and opponents are the opposition of the country their phrase or their story gives; whom
they oppose ('critics of Beijing') gives them no country."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def codes_of(coder, text: str) -> list[tuple[str, str, str | None]]:
    """(CAMEO code, source code, target code) of every event coded from the text."""
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("NAIROBI, Kenya — Critics accused President William Ruto of using excessive force.", "KENOPP", "KENGOV"),
    ("Kremlin critics accused Russia of poisoning Alexei Navalny.", "RUSOPP", "RUS"),
    ("Thousands marched in Tbilisi on Sunday. Critics accused the government of betraying the country.",
     "GEOOPP", "GEOGOV"),
])
def test_critics_are_the_opposition_of_their_country(coder, text, source, target):
    got = codes_of(coder, text)
    assert any(c.startswith("112") and s == source and t == target for c, s, t in got), got


def test_whom_critics_oppose_is_not_their_country(coder):
    got = codes_of(coder, "Critics of Beijing in the U.S. Congress accused China of genocide.")
    assert got and not [g for g in got if g[1].startswith("CHN")], got


@pytest.mark.parametrize("text, source, target", [
    # members of a coalition (a head reached through 'of') speak for the side the coalition is on
    ("Members of the ruling coalition in Nepal accused the opposition of blocking parliament.", "NPLGOV", "NPLOPP"),
    ("The coalition government in Pakistan accused India of sponsoring terrorism.", "PAKGOV", "IND"),
])
def test_coalitions_are_of_their_side(coder, text, source, target):
    got = codes_of(coder, text)
    assert any(c.startswith("112") and s == source and t == target for c, s, t in got), got


@pytest.mark.parametrize("text", [
    # critics nothing places are a product's or a film's: no actor
    "Since the AirPods first launched in 2016, users and critics alike have been asking for noise cancellation.",
    "Critics accused the company of ignoring its customers.",
])
def test_critics_nothing_places_are_no_actor(coder, text):
    got = codes_of(coder, text)
    assert not [g for g in got if "OPP" in g[1]], got
