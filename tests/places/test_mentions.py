"""Place names in text resolved in the document's context: population and feature type first, then
the other places and countries the document names."""
from __future__ import annotations

import pytest

from dyadwatch.places.gazetteer import load_gazetteer
from dyadwatch.places.mentions import find_mentions, resolve_mentions


def resolved(nlp, text: str, actor_countries: set[str] = frozenset()) -> dict[str, tuple[str, str]]:
    mentions = find_mentions([(nlp(text), 0)], load_gazetteer())
    resolve_mentions(mentions, set(actor_countries))
    return {m.text: (m.place.country, m.place.feature_code) for m in mentions if m.place is not None}


@pytest.mark.parametrize("text, name, country, code", [
    ("Thousands marched in Paris on Saturday.", "Paris", "FRA", "PPLC"),
    ("Protesters gathered in Tbilisi as Georgia's parliament met.", "Georgia", "GEO", "PCLI"),
    ("Georgia has asked the European Union to speed up its application.", "Georgia", "GEO", "PCLI"),
    ("The storm hit Atlanta, Georgia, on Monday.", "Georgia", "USA", "ADM1"),
    ("Gunmen attacked a village in Niger State on Sunday.", "Niger State", "NGA", "ADM1"),
    ("Niger's junta expelled the French ambassador.", "Niger", "NER", "PCLI"),
    ("Police in West Bengal arrested five men.", "West Bengal", "IND", "ADM1"),
    ("Shelling hit Kharkiv overnight.", "Kharkiv", "UKR", "PPL"),
    ("Shelling hit villages in the Kharkiv region overnight.", "Kharkiv", "UKR", "ADM1"),
    ("Officials met in Washington on Tuesday.", "Washington", "USA", "PPLC"),
    ("Airstrikes hit Gaza again on Friday.", "Gaza", "PSE", "RGN"),
    ("He was killed in an airstrike in Iraq's Anbar desert.", "Anbar", "IRQ", "ADM1"),
    ("Gunmen stormed a hotel in the Somali city of Beledweyne.", "Beledweyne", "SOM", "PPL"),
])
def test_resolution_in_context(nlp, text, name, country, code):
    assert resolved(nlp, text)[name] == (country, code)


def test_a_small_town_needs_its_country_in_the_document(nlp):
    assert "Yeghegnadzor" not in resolved(nlp, "Troops were deployed in Yeghegnadzor.")
    assert resolved(nlp, "Troops were deployed in Yeghegnadzor, Armenia.")["Yeghegnadzor"] == ("ARM", "PPL")


def test_the_actors_countries_break_a_tie(nlp):
    # 'Hyderabad' is a city of India and of Pakistan; a story about Pakistani actors means Pakistan's
    assert resolved(nlp, "Police arrested protesters in Hyderabad.", {"PAK"})["Hyderabad"][0] == "PAK"
    assert resolved(nlp, "Police arrested protesters in Hyderabad.", {"IND"})["Hyderabad"][0] == "IND"


def placed_names(nlp, text: str) -> dict[str, str]:
    mentions = find_mentions([(nlp(text), 0)], load_gazetteer())
    resolve_mentions(mentions, set())
    return {m.text: m.place.name for m in mentions if m.place is not None}


@pytest.mark.parametrize("text, name, place", [
    ("David Gee was detained at the Angel Island Immigration Station for almost a year.", "Angel Island",
     "San Francisco"),
    ("Putin hosted Kim Jong Un on Russky Island for talks on Wednesday.", "Russky Island", "Vladivostok"),
    ("Migrants were processed at Ellis Island before entering the country.", "Ellis Island", "New York City"),
    ("Nelson Mandela spent 18 years imprisoned on Robben Island.", "Robben Island", "Cape Town"),
    ("Drones struck near the Zaporizhzhia Nuclear Power Plant on Sunday.", "Zaporizhzhia", "Zaporizhzhya"),
])
def test_venues_and_islands_are_their_city(nlp, text, name, place):
    """A venue or island named in its own right, or after the place it stands in, is that place."""
    assert placed_names(nlp, text).get(name) == place


@pytest.mark.parametrize("text, name", [
    ("Officials toured the Angel Falls Visitor Centre on Monday.", "Angel"),
])
def test_a_venue_is_not_a_small_town_it_begins_with(nlp, text, name):
    assert name not in placed_names(nlp, text)
