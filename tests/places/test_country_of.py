"""A town the actor knowledge does not hold still tells which country a document is about."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text
from dyadwatch.places.gazetteer import country_of


@pytest.mark.parametrize("name, country", [
    ("Gurugram", "IND"), ("Vijayawada", "IND"), ("Sasaram", "IND"), ("Maiduguri", "NGA"), ("Kalat", "PAK"),
    ("Beledweyne", "SOM"), ("Zamboanga", "PHL"),
    # a division named after its own town is the town: the Japanese prefecture does not outweigh the Indian city
    ("Kochi", "IND"), ("Kharkiv", "UKR"), ("Mosul", "IRQ"),
    # divisions with no town of their name stay divisions
    ("Kerala", "IND"), ("Balochistan", "PAK"), ("Kano State", "NGA"),
])
def test_towns_give_their_country(name, country):
    assert country_of(name) == country


@pytest.mark.parametrize("name", ["Tuesday", "Xyzzyville", ""])
def test_unknown_names_give_none(name):
    assert country_of(name) is None


@pytest.mark.parametrize("text, source, target", [
    ("Police fired tear gas at protesters in Kalyan on Sunday.", "INDCOP", "INDOPP"),
    ("Police detained 40 striking workers in Vijayawada on Monday.", "INDCOP", None),
    ("Soldiers opened fire on demonstrators in Maiduguri, witnesses said.", "NGAMIL", "NGAOPP"),
    ("Police in Kochi arrested three men on Monday for attacking a bus.", "INDCOP", None),
])
def test_actors_known_only_by_sector_take_the_country_of_the_town(coder, text, source, target):
    document = read_text(text, "t", published=date(2025, 3, 1))
    events = coder.code(document)
    assert events, text
    assert events[0].source.code == source
    if target:
        assert events[0].target is not None and events[0].target.code == target
