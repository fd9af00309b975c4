"""The offline gazetteer: names to GeoNames places, in any spelling the news uses."""
from __future__ import annotations

import pytest

from dyadwatch.errors import GazetteerError
from dyadwatch.places.gazetteer import Gazetteer, load_gazetteer
from dyadwatch.places.names import bare_division, is_latin_key, name_key


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("text, key", [
    ("Ivano-Frankivs\u2019k", "ivano frankivsk"),
    ("The Hague", "hague"),
    ("St. Petersburg", "st petersburg"),
    ("Sant Juli\u00e0 de L\u00f2ria", "sant julia de loria"),
    ("U.S.", "u s"),
])
def test_name_key(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize("key, bare", [
    ("kharkiv oblast", "kharkiv"), ("state of west bengal", "west bengal"), ("niger state", "niger"),
    ("anbar governorate", "anbar"), ("kharkiv", None),
])
def test_bare_division(key, bare):
    assert bare_division(key) == bare


def test_latin_keys_only():
    assert is_latin_key("kyiv") and not is_latin_key(name_key("\u041a\u0438\u0457\u0432")) and not is_latin_key("k")


@pytest.mark.parametrize("name, country, code", [
    ("Paris", "FRA", "PPLC"),
    ("Kyiv", "UKR", "PPLC"),
    ("Kiev", "UKR", "PPLC"),
    ("Kharkiv", "UKR", "PPL"),
    ("Beledweyne", "SOM", "PPL"),
    ("Niger State", "NGA", "ADM1"),
    ("West Bengal", "IND", "ADM1"),
    ("Anbar", "IRQ", "ADM1"),
    ("Georgia", "GEO", "PCLI"),
    ("Georgia", "USA", "ADM1"),
    ("North Korea", "PRK", "PCLI"),
    ("U.S.", "USA", "PCLI"),
    ("Gaza Strip", "PSE", "RGN"),
    ("White House", "USA", "PPLC"),
])
def test_lookup_finds(gazetteer, name, country, code):
    assert any(p.country == country and p.feature_code == code for p in gazetteer.lookup(name))


@pytest.mark.parametrize("name", ["Middle East", "Europe", "Islamic State", "Indian Ocean"])
def test_regions_blocs_and_seas_are_no_place(gazetteer, name):
    assert gazetteer.lookup(name) == ()


def test_places_carry_admin1_coordinates_and_precision(gazetteer):
    kharkiv = next(p for p in gazetteer.lookup("Kharkiv") if p.feature_class == "P")
    assert kharkiv.adm1 == "Kharkiv" and kharkiv.adm1_code == "07" and kharkiv.precision == "city"
    assert abs(kharkiv.lat - 49.98) < 0.05 and abs(kharkiv.lon - 36.25) < 0.05 and kharkiv.population > 1_000_000
    ukraine = next(p for p in gazetteer.lookup("Ukraine") if p.is_country)
    assert ukraine.precision == "country" and ukraine.name == "Ukraine"
    assert next(p for p in gazetteer.lookup("West Bengal")).precision == "adm1"


def test_find_and_country_codes_for_exports(gazetteer):
    paris = next(p for p in gazetteer.lookup("Paris") if p.feature_code == "PPLC")
    assert gazetteer.find("Paris", "FRA", paris.lat, paris.lon) == paris
    assert gazetteer.country_codes("UKR") == ("UA", "UP", "Ukraine")


def test_size(gazetteer):
    places, names = gazetteer.size()
    assert places > 150_000 and names > places


def test_missing_table_is_one_line(tmp_path):
    with pytest.raises(GazetteerError, match="rebuild it"):
        Gazetteer(tmp_path / "none.sqlite")


def test_damaged_table_is_one_line(tmp_path):
    bogus = tmp_path / "gazetteer.sqlite"
    bogus.write_text("not a database")
    with pytest.raises(GazetteerError, match="not a gazetteer table"):
        Gazetteer(bogus)


@pytest.mark.parametrize("country, capital", [
    ("FRA", "Paris"), ("KEN", "Nairobi"), ("UKR", "Kyiv"), ("PAK", "Islamabad"), ("IND", "New Delhi"),
])
def test_capital_of_a_country(gazetteer, country, capital):
    place = gazetteer.capital(country)
    assert place is not None and place.country == country and place.feature_code == "PPLC"
    assert place.name == capital


@pytest.mark.parametrize("country", ["FRA", "KEN", "UKR", "BRA", "IDN", "ZAF", "BOL", "NLD"])
def test_capitals_read_at_once_are_those_searched_one_by_one(gazetteer, country):
    """All capitals are read in one scan; each is the one a search for its country alone finds."""
    row = gazetteer._db.execute("SELECT * FROM places WHERE country = ? AND feature_code = 'PPLC' "
                                "ORDER BY population DESC LIMIT 1", (country,)).fetchone()
    assert gazetteer.capital(country) == gazetteer._place(row)


def test_no_capital_for_an_unknown_country(gazetteer):
    assert gazetteer.capital("XXX") is None


@pytest.mark.parametrize("country, name", [
    ("FRA", "France"), ("KEN", "Kenya"), ("UKR", "Ukraine"), ("PAK", "Pakistan"),
    ("ISR", "Israel"), ("USA", "United States"),
])
def test_countries_read_at_once_are_those_searched_one_by_one(gazetteer, country, name):
    """All countries are read in one scan; each is the one a search for its country alone finds."""
    row = gazetteer._db.execute("SELECT * FROM places WHERE country = ? AND feature_code = 'PCLI' LIMIT 1",
                                (country,)).fetchone()
    place = gazetteer.country(country)
    assert place == gazetteer._place(row) and place.feature_code == "PCLI" and place.name == name


def test_no_country_for_an_unknown_code(gazetteer):
    assert gazetteer.country("XXX") is None
