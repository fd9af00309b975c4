"""A town that the parser takes for a language is a place where the words around it make it one ('the
port of Odesa'); a language is not."""
from __future__ import annotations

import pytest

from places_helpers import code_story, name_and_country


def places_of(coder, text: str) -> list:
    return [name_and_country(e.location) for e in code_story(coder, text)]


@pytest.mark.parametrize("text, place", [
    ("Russian drones attacked the port of Odesa overnight.", ("Odesa", "UKR")),
    ("Russian drones attacked the port city of Odesa overnight, officials said.", ("Odesa", "UKR")),
])
def test_a_town_of_a_place_noun_is_a_place(coder, text, place):
    assert place in places_of(coder, text)


def test_a_language_is_no_place(coder):
    found = places_of(coder, "Protesters in Kyiv chanted slogans in Ukrainian and Russian on Sunday.")
    assert found and all(p == ("Kyiv", "UKR") for p in found)
