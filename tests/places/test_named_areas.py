"""Seas, straits, disputed reefs and regions (data/areas.tsv): events placed in them, with no country for
international waters, English names for divisions GeoNames names locally, and 'Congo' as the DRC."""
from __future__ import annotations

import pytest

from dyadwatch.errors import GazetteerError
from dyadwatch.places.areas import read_areas
from dyadwatch.places.gazetteer import Gazetteer, load_gazetteer
from dyadwatch.places.mentions import find_mentions, resolve_mentions

from places_helpers import story_events


def resolved(nlp, text: str) -> dict:
    found = find_mentions([(nlp(text), 0)], load_gazetteer())
    resolve_mentions(found, set())
    return {m.text: m.place for m in found if m.place is not None}


def place_of(coder, text: str, trigger: str):
    return story_events(coder, text, trigger)[0].location

@pytest.mark.parametrize("text, trigger, name, feature", [
    ("The Chinese coast guard attacked a Philippine supply boat in the South China Sea on Tuesday, "
     "Manila said.", "attacked", "South China Sea", "SEA"),
    ("Iran seized a Greek-flagged oil tanker in the Strait of Hormuz on Wednesday.", "seized",
     "Strait of Hormuz", "STRT"),
    ("Houthi rebels attacked a cargo ship in the Red Sea, the U.S. military said.", "attacked", "Red Sea", "SEA"),
    ("Russian warplanes bombed a Ukrainian drone boat in the Black Sea overnight.", "bombed", "Black Sea", "SEA"),
    ("Somali pirates hijacked a bulk carrier in the Gulf of Aden on Sunday.", "hijacked", "Gulf of Aden", "GULF"),
    ("Chinese warships threatened Taiwanese vessels in the Taiwan Strait, Taipei said.", "threatened",
     "Taiwan Strait", "STRT"),
    ("China's navy held live-fire drills in the Taiwan Strait on Monday, Taipei said.", "drills",
     "Taiwan Strait", "STRT"),
])
def test_events_at_sea_have_no_country(coder, text, trigger, name, feature):
    location = place_of(coder, text, trigger).to_dict()
    assert (location["name"], location["feature"], location["country"]) == (name, feature, None)
    assert location["precision"] == "adm1"


@pytest.mark.parametrize("text, words, name, country", [
    ("Ukrainian drones attacked an air base in Crimea on Sunday.", "Crimea", "Crimea", "UKR"),
    ("Fighting resumed in Tigray after the truce collapsed.", "Tigray", "Tigray", "ETH"),
    ("Rebels seized the town of Goma in eastern Congo.", "Congo", "Democratic Republic of the Congo", "COD"),
    ("Gunmen killed 20 villagers in the Sahel, the U.N. said.", "Sahel", "Sahel", None),
    ("Manila accused Beijing of massing boats at Whitsun Reef.", "Whitsun Reef", "Whitsun Reef", None),
    ("Chinese ships blocked Philippine vessels near Scarborough Shoal.", "Scarborough Shoal",
     "Scarborough Shoal", None),
    ("Vietnam has expanded its outposts in the Spratly Islands.", "Spratly Islands", "Spratly Islands", None),
    ("Ukrainian drones struck a ferry in the Sea of Azov.", "Sea of Azov", "Sea of Azov", None),
])
def test_named_areas_are_places(nlp, text, words, name, country):
    place = resolved(nlp, text)[words]
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize("text, trigger, name, country, precision", [
    ("Ukrainian drones attacked an air base in Crimea on Sunday.", "attacked", "Crimea", "UKR", "adm1"),
    ("Rebels seized the town of Goma in eastern Congo.", "seized", "Democratic Republic of the Congo", "COD",
     "country"),
    ("Jihadists killed 20 villagers in the Sahel, the U.N. said.", "killed", "Sahel", None, "adm1"),
    ("Gunmen killed five soldiers in Kurdistan region on Friday.", "killed", "Kurdistan Region", "IRQ", "adm1"),
])
def test_events_in_named_regions(coder, text, trigger, name, country, precision):
    location = place_of(coder, text, trigger).to_dict()
    assert (location["name"], location["country"], location["precision"]) == (name, country, precision)


@pytest.mark.parametrize("text, words, name, country", [
    # a division of the same name is still the division where the words ask for it
    ("Protesters blocked the main road in Port Sudan, the capital of Red Sea State.", "Red Sea State",
     "Red Sea", "SDN"),
    ("Burkinabe troops killed 30 militants in Dori, in the Sahel region of Burkina Faso.", "Sahel region",
     "Sahel", "BFA"),
    ("Soldiers killed 30 militants in Burkina Faso's Sahel region, the army said.", "Sahel region",
     "Sahel", "BFA"),
])
def test_a_division_named_like_an_area_stays_the_division(nlp, text, words, name, country):
    place = resolved(nlp, text)[words]
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize("name", ["Republic of Congo", "Congo-Brazzaville"])
def test_the_other_congo_keeps_its_name(name):
    assert load_gazetteer().lookup(name)[0].country == "COG"


def test_towns_in_crimea_have_its_english_name():
    assert load_gazetteer().lookup("Simferopol")[0].adm1 == "Crimea"


@pytest.mark.parametrize("line, error", [
    ("Black Sea\t-\t-\tSEA\t43.0\t34.0", "expected 8 TAB-separated columns"),
    ("Black Sea\t-\t-\tOCEAN\t43.0\t34.0\t-\t-", "kind 'OCEAN'"),
    ("Black Sea\t-\tXX\tSEA\t43.0\t34.0\t-\t-", "country 'XX'"),
    ("Black Sea\t-\t-\tSEA\t143.0\t34.0\t-\t-", "off the globe"),
    ("Black Sea\t-\t-\tSEA\tnorth\t34.0\t-\t-", "decimal degrees"),
    ("Crimea\t-\tUKR\tADM1\t-\t-\t-\t-", "needs the gazetteer's name"),
    ("Congo\t-\tCOD\tPCLI\t-4.0\t21.7\t-\t-", "lat, lon, adm1 and population must be '-'"),
    ("Congo\t-\t-\tPCLI\t-\t-\t-\t-", "needs the country"),
    ("Black Sea\t-\t-\tSEA\t43.0\t34.0\t-\t-\nthe Black Sea\t-\t-\tSEA\t43.0\t34.0\t-\t-", "already named on line 2"),
])
def test_areas_file_is_checked_line_by_line(tmp_path, line, error):
    path = tmp_path / "areas.tsv"
    path.write_text(f"# header\n{line}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=error) as raised:
        read_areas(path)
    assert str(path) in str(raised.value)


def test_an_area_must_name_a_division_the_gazetteer_has(tmp_path):
    path = tmp_path / "areas.tsv"
    path.write_text("Atlantis\tAtlantida\tUKR\tADM1\t-\t-\t-\t-\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"areas.tsv:1: no division of UKR"):
        Gazetteer(areas=path)


def test_the_shipped_areas_file_loads():
    areas = read_areas()
    assert {"South China Sea", "Strait of Hormuz", "Crimea", "Congo"} <= {a.name for a in areas}


@pytest.mark.parametrize("text, trigger", [
    ("Tensions in the South China Sea have risen for months. Japan and Australia signed a defence pact on "
     "Friday.", "signed"),
    ("The ministers stressed the importance of stability across the Taiwan Strait and voiced their "
     "opposition to any use of force.", "opposition"),
    ("Shipping through the Red Sea has fallen by half. The European Union sent two frigates to escort "
     "merchant ships.", "escort"),
    ("China and the Philippines agreed to resume talks on the South China Sea.", "agreed"),
])
def test_a_sea_named_as_the_topic_is_not_the_events_place(coder, text, trigger):
    assert place_of(coder, text, trigger) is None


@pytest.mark.parametrize("text, trigger, name", [
    ("Beijing deployed more than 200 ships, officials said, as tensions rose in the South China Sea.",
     "deployed", "South China Sea"),
    ("Russia mobilized its navy after Ukrainian sea drones sank a patrol ship in the Black Sea.", "mobilized",
     "Black Sea"),
])
def test_a_deed_is_placed_at_the_sea_its_sentence_names(coder, text, trigger, name):
    location = place_of(coder, text, trigger)
    assert location is not None and location.place.name == name


@pytest.mark.parametrize("text, trigger, name, country", [
    ("Israeli troops raided a refugee camp in the West Bank on Monday.", "raided", "West Bank", "PSE"),
    ("Russian forces shelled several towns in the Donbas overnight.", "shelled", "Donbas", "UKR"),
    ("Militants attacked an army convoy in Indian-administered Kashmir.", "attacked", "Kashmir", "IND"),
    ("Syrian government forces bombed a market in Idlib province.", "bombed", "Idlib", "SYR"),
    ("Separatists attacked a passenger train in Balochistan on Tuesday.", "attacked", "Balochistan", "PAK"),
    ("Azerbaijani troops launched an offensive in Nagorno-Karabakh.", "offensive", "Nagorno-Karabakh", "AZE"),
    ("Israeli jets struck targets in the Gaza Strip on Friday.", "struck", "Gaza Strip", "PSE"),
    ("Turkish drones struck a convoy in Iraq's Kurdistan region.", "struck", "Kurdistan Region", "IRQ"),
    ("Israel fired on Syrian positions in the Golan Heights.", "fired", "Golan Heights", "SYR"),
])
def test_violence_in_disputed_and_named_regions(coder, text, trigger, name, country):
    place = place_of(coder, text, trigger).place
    assert (place.name, place.country) == (name, country)
