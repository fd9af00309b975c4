"""The offline gazetteer: GeoNames places in an on-disk SQLite table, looked up by normalised name.

The table (data/gazetteer.sqlite, built by build.py) is opened read-only on first use, so loading adds
milliseconds, not seconds; each name's candidates are cached for the life of the process.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import GazetteerError
from .names import name_key

DATA = Path(__file__).parent / "data"
DATABASE = DATA / "gazetteer.sqlite"
NOT_PLACES = DATA / "not_places.txt"

PRECISION = {"PCLI": "country", "ADM1": "adm1", "ADM2": "adm1", "RGN": "adm1"}


@dataclass(frozen=True)
class Place:
    """A GeoNames place. `country` is the ISO alpha-3 code actors use; `adm1` its first-level division."""

    id: int
    name: str
    feature_class: str
    feature_code: str
    country: str
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
        return self.feature_code in ("ADM1", "ADM2", "RGN")


class Gazetteer:
    """Name -> candidate places. Thread-safe; one per process (see load_gazetteer)."""

    def __init__(self, path: Path = DATABASE, not_places: Path = NOT_PLACES):
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

    def _candidates(self, key: str) -> tuple[Place, ...]:
        if not key or key in self._excluded:
            return ()
        with self._lock:
            rows = self._db.execute(
                "SELECT p.* FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? ORDER BY p.population DESC",
                (key,),
            ).fetchall()
        return tuple(Place(*row) for row in rows)

    def lookup(self, text: str) -> tuple[Place, ...]:
        """Every place called `text`, most populous first."""
        return self.candidates(name_key(text))

    def _capital(self, country: str) -> Place | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM places WHERE country = ? AND feature_code = 'PPLC' "
                                   "ORDER BY population DESC LIMIT 1", (country,)).fetchone()
        return Place(*row) if row else None

    def _country(self, alpha3: str) -> Place | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM places WHERE country = ? AND feature_code = 'PCLI' LIMIT 1",
                                   (alpha3,)).fetchone()
        return Place(*row) if row else None

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
    division of that name ('Gurugram', 'Sasaram', 'Kano State'), or None for a small or unknown one."""
    for place in load_gazetteer().lookup(name):
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
