"""The offline gazetteer: GeoNames places in an on-disk SQLite table, looked up by normalised name.

The table (data/gazetteer.sqlite, built by build.py) is opened read-only on first use, so loading adds
milliseconds, not seconds; each name's candidates are cached for the life of the process.
"""
from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import GazetteerError
from .areas import AREA_ID_BASE, AREA_KINDS, AREAS, Area, read_areas
from .names import name_key

DATA = Path(__file__).parent / "data"
DATABASE = DATA / "gazetteer.sqlite"
NOT_PLACES = DATA / "not_places.txt"

# A listed area (sea, strait, reef, region) is placed like a division: finer than a country, coarser
# than a town; seas and disputed reefs have no country.
# A listed area ranks among places of its name like a town of this many people: with its feature prior,
# above a division of the same name ('Sahel' of Burkina Faso, 'Red Sea' of Sudan) unless the document
# names the division's country or asks for a division ('Red Sea State').
AREA_POPULATION = 100_000

PRECISION = {"PCLI": "country", "ADM1": "adm1", "ADM2": "adm1", **{kind: "adm1" for kind in AREA_KINDS}}


@dataclass(frozen=True)
class Place:
    """A GeoNames place. `country` is the ISO alpha-3 code actors use; `adm1` its first-level division."""

    id: int
    name: str
    feature_class: str
    feature_code: str
    country: str | None  # None for international waters and areas several countries span or claim
    adm1: str | None
    adm1_id: int | None
    lat: float
    lon: float
    population: int
    adm1_code: str | None = None  # GeoNames admin-1 code within the country ('07' for Kharkiv)

    @property
    def precision(self) -> str:
        """city | adm1 | country: how finely the coordinates place an event."""
        return PRECISION.get(self.feature_code, "city")

    @property
    def is_country(self) -> bool:
        return self.feature_code == "PCLI"

    @property
    def is_division(self) -> bool:
        return self.feature_code in ("ADM1", "ADM2", "RGN")  # a sea or a reef is none


class Gazetteer:
    """Name -> candidate places. Thread-safe; one per process (see load_gazetteer)."""

    def __init__(self, path: Path = DATABASE, not_places: Path = NOT_PLACES, areas: Path = AREAS):
        if not path.exists():
            raise GazetteerError(f"{path}: gazetteer table missing; rebuild it with python -m dyadwatch.places.build")
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self._db.execute("SELECT 1 FROM names LIMIT 1")
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: not a gazetteer table ({exc}); rebuild it with python -m dyadwatch.places.build") from exc
        self._lock = threading.Lock()
        self._excluded = _read_names(not_places)
        self.candidates = lru_cache(maxsize=65536)(self._candidates)
        self.capital = lru_cache(maxsize=512)(self._capital)  # country code -> its capital, or None
        self.country = lru_cache(maxsize=512)(self._country)  # country code -> the country, or None
        self._by_country: dict[str, dict[str, tuple]] = {}  # feature code -> country code -> row, on first use
        self._english: dict[tuple[str, str], str] = {}  # (country, gazetteer's division name key) -> English
        self._areas: dict[str, tuple[Place, ...]] = {}  # name key -> the listed areas' places
        for area in read_areas(areas):
            self._add_area(area, areas)

    def _add_area(self, area: Area, path: Path) -> None:
        """Index one line of areas.tsv; a division or country it names must be in the table."""
        if area.kind == "PCLI":
            place = self._country(area.country)
            if place is None:
                raise GazetteerError(f"{path}:{area.line}: no country {area.country} in the gazetteer")
        elif area.kind == "ADM1":
            for alias in area.aliases:
                self._english[(area.country, name_key(alias))] = area.name
            named = {name_key(alias) for alias in area.aliases}
            with self._lock:  # by the names index: a scan of the places per line would slow start-up
                rows = [row for key in named for row in self._db.execute(
                    "SELECT p.* FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? AND p.country = ? "
                    "AND p.feature_code = 'ADM1'", (key, area.country)).fetchall()]
            # by its own name, else by a name GeoNames lists for it ('South Governorate' is 'South')
            found = [row for row in rows if name_key(row[1]) in named] or rows
            if not found:
                raise GazetteerError(f"{path}:{area.line}: no division of {area.country} called "
                                     f"{' or '.join(area.aliases)} in the gazetteer")
            self._english[(area.country, name_key(found[0][1]))] = area.name
            place = self._place(found[0])
        else:
            place = Place(AREA_ID_BASE - area.line, area.name, AREA_KINDS[area.kind], area.kind, area.country,
                          area.adm1, None, area.lat, area.lon, area.population or AREA_POPULATION)
        for key in area.keys:
            self._areas[key] = (*self._areas.get(key, ()), place)

    def _place(self, row: tuple) -> Place:
        """A row of the table as a Place, under its English name where areas.tsv gives one."""
        place = Place(*row)
        if not self._english or place.country is None:
            return place
        adm1 = self._english.get((place.country, name_key(place.adm1))) if place.adm1 else None
        name = (self._english.get((place.country, name_key(place.name)))
                if place.feature_code == "ADM1" else None)
        if adm1 is None and name is None:
            return place
        return dataclasses.replace(place, name=name or place.name, adm1=adm1 or place.adm1)

    def _candidates(self, key: str) -> tuple[Place, ...]:
        listed = self._areas.get(key, ())
        if not key or (key in self._excluded and not listed):
            return ()
        with self._lock:
            rows = self._db.execute(
                "SELECT p.* FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? ORDER BY p.population DESC",
                (key,),
            ).fetchall()
        ids = {p.id for p in listed}
        # a listed division's or region's name is not also its country's ('South Lebanon' is the division,
        # though GeoNames lists it among Lebanon's names): as the build leaves it out of the table
        regional = any(not p.is_country for p in listed)
        return listed + tuple(p for p in map(self._place, rows) if p.id not in ids
                              and not (regional and p.is_country and name_key(p.name) != key))

    def lookup(self, text: str) -> tuple[Place, ...]:
        """Every place called `text`, most populous first."""
        return self.candidates(name_key(text))

    def _capital(self, country: str) -> Place | None:
        """The country's most populous capital."""
        row = self._first_by_country("PPLC", "population DESC").get(country)
        return self._place(row) if row else None

    def _country(self, alpha3: str) -> Place | None:
        """The country's place: the first of its rows, as a scan finds it."""
        row = self._first_by_country("PCLI", "rowid").get(alpha3)
        return self._place(row) if row else None

    def _first_by_country(self, feature_code: str, order: str) -> dict[str, tuple]:
        """Country code -> the first row of this feature code in this order. The table has no index by
        country: every country's row is read in one scan on first use (about as long as one country's
        search), not one scan per country."""
        if feature_code not in self._by_country:
            with self._lock:
                rows = self._db.execute(f"SELECT * FROM places WHERE feature_code = ? ORDER BY {order}",
                                        (feature_code,)).fetchall()
            first: dict[str, tuple] = {}
            for row in rows:
                first.setdefault(row[4], row)  # row[4]: the country
            self._by_country[feature_code] = first
        return self._by_country[feature_code]

    def find(self, name: str, country: str, lat: float, lon: float) -> Place | None:
        """The place of an event as stored (name, country, coordinates), for exports that want its ids."""
        for place in self.lookup(name):
            if place.country == country and abs(place.lat - lat) < 1e-4 and abs(place.lon - lon) < 1e-4:
                return place
        return None

    def country_codes(self, alpha3: str) -> tuple[str, str | None, str] | None:
        """(ISO alpha-2, FIPS 10-4, name) of a country, for GDELT's geography columns."""
        with self._lock:
            row = self._db.execute("SELECT iso2, fips, name FROM countries WHERE alpha3 = ?", (alpha3,)).fetchone()
        return tuple(row) if row else None

    def size(self) -> tuple[int, int]:
        """(places, names) in the table."""
        with self._lock:
            places = self._db.execute("SELECT count(*) FROM places").fetchone()[0]
            names = self._db.execute("SELECT count(*) FROM names").fetchone()[0]
        return places, names


# A town this small shares its name with larger places abroad too often to tell a document's country.
TOWN_POPULATION = 15_000


def country_of(name: str) -> str | None:
    """The country a place name points to when nothing else is known: the most populous town or
    division of that name ('Gurugram', 'Sasaram', 'Kano State'), or None for a small or unknown one. A
    division named after a town of its own is that town, as the places stage reads the name: 'Kochi'
    is the Indian city, not the Japanese prefecture whose people outnumber it."""
    places = load_gazetteer().lookup(name)
    towns = {p.adm1_id for p in places if p.feature_class == "P"}
    for place in places:
        if place.feature_code == "ADM1" and place.id in towns:
            continue
        if place.is_division or place.population >= TOWN_POPULATION:
            return place.country
    return None


def _read_names(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot be read ({exc})") from exc
    return frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))


def load_gazetteer() -> Gazetteer:
    """The package's gazetteer, opened once per process (a worker forked from a process that had it
    open opens its own: SQLite connections do not cross a fork)."""
    return _gazetteer_of(os.getpid())


@lru_cache(maxsize=1)
def _gazetteer_of(pid: int) -> Gazetteer:
    return Gazetteer()
