"""Names that mean one place in the news and another by population alone: 'Kurdistan' is Iraqi
Kurdistan unless the story is Iran's, 'Kochi' is the Indian city in an Indian story, and 'Crimea' is the
peninsula though the parser takes it for an organisation. Regions listed in data/areas.tsv keep their
division and population."""
from __future__ import annotations

import pytest

from dyadwatch.errors import GazetteerError
from dyadwatch.places.areas import read_areas
from dyadwatch.places.gazetteer import load_gazetteer
from dyadwatch.places.mentions import find_mentions, resolve_mentions

from places_helpers import story_events


def located(coder, text: str, trigger: str):
    return story_events(coder, text, trigger)[0].location

def mentioned(nlp, text: str) -> dict:
    found = find_mentions([(nlp(text), 0)], load_gazetteer())
    resolve_mentions(found, set())
    return {m.text: m.place for m in found if m.place is not None}


@pytest.mark.parametrize("text, trigger, name, country", [
    # 'Kurdistan' alone, in stories of Iraq, Turkey and Syria: the Kurdistan Region of Iraq
    ("Turkish warplanes bombed PKK positions in Kurdistan on Monday, officials said.", "bombed",
     "Kurdistan Region", "IRQ"),
    ("Kurdish fighters clashed with Islamic State militants in Kurdistan, the regional government said.",
     "clashed", "Kurdistan Region", "IRQ"),
    # the Iranian province where the story is Iran's or asks for a province
    ("Iran arrested five Kurdish activists in Kurdistan province.", "arrested", "Kurdistan", "IRN"),
    ("Iranian security forces shot dead two Kurdish porters in Kurdistan, rights groups said.", "shot",
     "Kurdistan", "IRN"),
    # 'Kochi' in an Indian story is the city in Kerala; the prefecture only when the words ask for it
    ("Police in Kochi arrested three men on Monday for attacking a bus.", "arrested", "Kochi", "IND"),
    ("Fishermen protested in Kochi against the Adani port project, police said.", "protested", "Kochi", "IND"),
    ("Police in Kochi prefecture arrested three men on Monday, Japanese media said.", "arrested", "Kochi", "JPN"),
    # 'Crimea' that the parser tags as an organisation is still the peninsula
    ("Crimea was annexed by Russia in 2014.", "annexed", "Crimea", "UKR"),
    # the nearer of the sentence's places, and the one with a country
    ("Russia mobilized its navy after Ukrainian sea drones sank a patrol ship off the coast of Crimea in the "
     "Black Sea.", "mobilized", "Crimea", "UKR"),
    ("Explosions rocked Crimea overnight after Ukrainian drones attacked an air base, Russian-installed "
     "officials said.", "attacked", "Crimea", "UKR"),
])
def test_the_news_sense_of_a_namesake(coder, text, trigger, name, country):
    location = located(coder, text, trigger)
    assert location is not None, text
    assert (location.place.name, location.place.country) == (name, country)


@pytest.mark.parametrize("text, name", [
    ("The Kremlin said Russia would respond to the sanctions.", "Kremlin"),  # a seat of power that speaks
    ("Western officials said the talks had stalled.", "Western"),  # a word, not Sri Lanka's province
    ("Hamas said it had accepted the proposal.", "Hamas"),  # an organisation named like no province
])
def test_organisations_named_like_no_province_stay_no_place(nlp, text, name):
    assert name not in mentioned(nlp, text)


@pytest.mark.parametrize("text, name, country, adm1", [
    ("Israeli troops raided a house in Khan Younis, Gaza, on Monday.", "Khān Yūnis", "PSE", "Gaza Strip"),
    ("Israel struck targets in the Golan Heights.", "Golan Heights", "SYR", "Quneitra"),
    ("Fighting broke out in Puntland on Sunday.", "Puntland", "SOM", None),
])
def test_listed_regions_keep_their_division(nlp, text, name, country, adm1):
    place = next(p for p in mentioned(nlp, text).values() if p.name == name)
    assert (place.country, place.adm1, place.feature_code) == (country, adm1, place.feature_code)
    assert place.precision in ("city", "adm1")


def test_listed_regions_rank_by_their_population():
    regions = {a.name: a for a in read_areas() if a.kind == "RGN"}
    assert regions["Mindanao"].population == 26_000_000
    assert regions["Sahel"].population is None  # ranked like a town of 100,000
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Darfur")[0].population == 9_000_000
    assert gazetteer.lookup("Iraqi Kurdistan")[0].name == "Kurdistan Region"


@pytest.mark.parametrize("line, error", [
    ("Darfur\t-\tSDN\tRGN\t13.5\t24.0\t-\tmany", "population 'many'"),
    ("Crimea\tAvtonomna Respublika Krym\tUKR\tADM1\t-\t-\tCrimea\t-", "must be '-'"),
    ("Congo\t-\tCOD\tPCLI\t-\t-\t-\t5000000", "must be '-'"),
])
def test_region_columns_are_checked(tmp_path, line, error):
    path = tmp_path / "areas.tsv"
    path.write_text(f"{line}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=error):
        read_areas(path)


@pytest.mark.parametrize("name, country, division", [
    ("Lower Shabelle", "SOM", "Lower Shabelle"), ("Hodeidah", "YEM", "Hodeidah"), ("Salahuddin", "IRQ", "Salahuddin"),
    ("Metro Manila", "PHL", "Metro Manila"), ("Federal Capital Territory", "NGA", "Federal Capital Territory"),
    ("Akkar", "LBN", "Akkar"), ("Mount Lebanon", "LBN", "Mount Lebanon"), ("Bekaa", "LBN", "Bekaa"),
])
def test_divisions_answer_to_their_english_names(name, country, division):
    places = [p for p in load_gazetteer().lookup(name) if p.feature_code == "ADM1"]
    assert [(p.country, p.name) for p in places] == [(country, division)]


@pytest.mark.parametrize("town, division", [
    ("Afgooye", "Lower Shabelle"), ("Manila", "Metro Manila"), ("Abuja", "Federal Capital Territory"),
    ("Tikrit", "Salahuddin"),
])
def test_towns_carry_the_english_name_of_their_division(town, division):
    assert load_gazetteer().lookup(town)[0].adm1 == division


@pytest.mark.parametrize("text, trigger, division", [
    ("Al-Shabab militants attacked a military base in Lower Shabelle region on Tuesday.", "attacked",
     "Lower Shabelle"),
    ("Houthi rebels fired missiles at ships off Hodeidah province, the coalition said.", "fired", "Hodeidah"),
])
def test_events_in_divisions_news_names_in_english(coder, text, trigger, division):
    location = located(coder, text, trigger)
    assert location is not None and location.place.adm1 == division
