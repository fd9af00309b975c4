"""Divisions, districts, camps and quarters as news names them."""
from __future__ import annotations

import pytest

from dyadwatch.places.gazetteer import load_gazetteer

from places_helpers import located


@pytest.mark.parametrize("text, trigger, name, country, precision", [
    ("Israeli warplanes struck villages in South Lebanon overnight, killing three people.", "struck",
     "South Lebanon", "LBN", "adm1"),
    ("Gunmen killed four villagers in Kupwara district of Jammu and Kashmir.", "killed", "Kupwara", "IND", "adm1"),
    ("Officials in Jammu and Kashmir imposed a curfew after the clashes.", "curfew", "Kashmir", "IND", "adm1"),
    ("Gunmen stormed the Kutupalong camp in Bangladesh's Cox's Bazar district.", "stormed", "Cox's Bazar", "BGD",
     "adm1"),
    ("Rebels attacked the Kakuma refugee camp in northwestern Kenya.", "attacked", "Kakuma", "KEN", "city"),
    ("Israeli troops raided the Jenin refugee camp in the occupied West Bank.", "raided", "Janīn", "PSE", "city"),
    ("Police dispersed protesters in the Old City of Jerusalem.", "dispersed", "Jerusalem", "ISR", "city"),
])
def test_a_named_site_is_found(coder, text, trigger, name, country, precision):
    location = located(coder, text, trigger)
    assert location is not None
    assert (location.place.name, location.place.country, location.place.precision) == (name, country, precision)


def test_south_lebanon_is_the_division_and_its_towns_lie_in_it():
    gazetteer = load_gazetteer()
    assert [(p.name, p.feature_code) for p in gazetteer.lookup("South Lebanon") if p.country == "LBN"] == [
        ("South Lebanon", "ADM1")]
    assert gazetteer.lookup("Tyre")[0].adm1 == "South Lebanon"
    assert gazetteer.lookup("Lebanon")[0].is_country  # the country keeps its own name


@pytest.mark.parametrize("text, trigger, name", [
    # the traps: a list is no joined name, and a country named next to a site stays what the site is in
    ("Leaders of Britain and France met in Paris on Monday.", "met", "Paris"),
    ("Israeli drones attacked a car in southern Lebanon on Tuesday.", "attacked", "Lebanon"),
])
def test_names_that_are_not_one_site(coder, text, trigger, name):
    location = located(coder, text, trigger)
    assert location is not None and location.place.name == name
