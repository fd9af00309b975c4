"""Named areas read beside the gazetteer table (data/areas.tsv): seas, straits, disputed reefs and
regions that GeoNames' populated places and divisions lack, English names for divisions GeoNames
names in the local language, and short names that stand for a country ('Congo' is the DRC in news).
Read when the gazetteer opens, so adding a name needs no rebuild of the table; the build reads the
file too, so that a listed area's name is never also an alias of a country."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import GazetteerError
from .names import name_key

AREAS = Path(__file__).parent / "data" / "areas.tsv"

# GeoNames feature codes of the new areas the file may list, with their feature class.
AREA_KINDS = {"SEA": "H", "STRT": "H", "GULF": "H", "RF": "H", "SHOL": "H", "ISLS": "T", "RGN": "L"}
KINDS = frozenset(AREA_KINDS) | {"ADM1", "PCLI"}
AREA_ID_BASE = -100_000  # an area's id is this minus its line number: clear of GeoNames ids


@dataclass(frozen=True)
class Area:
    """One line of areas.tsv."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: str
    lat: float | None
    lon: float | None
    line: int
    adm1: str | None = None  # the first-level division a region lies in or is ('Quneitra' for the Golan Heights)
    population: int | None = None  # for ranking against other places of the same name; None: AREA_POPULATION

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name_key(n) for n in (self.name, *self.aliases)))


def read_areas(path: Path = AREAS) -> tuple[Area, ...]:
    """Every area of the file; a GazetteerError names the file and line of the first bad one."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot be read ({exc})") from exc
    areas, seen = [], {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        area = _parse(line, f"{path}:{number}", number)
        for key in area.keys:
            if key in seen:
                raise GazetteerError(f"{path}:{number}: '{key}' is already named on line {seen[key]}")
            seen[key] = number
        areas.append(area)
    return tuple(areas)


def _parse(line: str, where: str, number: int) -> Area:
    fields = line.split("\t")
    if len(fields) != 8:
        raise GazetteerError(f"{where}: expected 8 TAB-separated columns "
                             f"(name, aliases, country, kind, lat, lon, adm1, population), found {len(fields)}")
    name, aliases, country, kind, lat, lon, adm1, population = (f.strip() for f in fields)
    if not name:
        raise GazetteerError(f"{where}: empty name")
    if kind not in KINDS:
        raise GazetteerError(f"{where}: kind '{kind}' is none of {', '.join(sorted(KINDS))}")
    if country != "-" and not (len(country) == 3 and country.isalpha() and country.isupper()):
        raise GazetteerError(f"{where}: country '{country}' is not a three-letter code or '-'")
    if kind in ("ADM1", "PCLI"):
        if country == "-":
            raise GazetteerError(f"{where}: a {kind} line needs the country it belongs to")
        if (lat, lon, adm1, population) != ("-", "-", "-", "-"):
            raise GazetteerError(f"{where}: a {kind} line keeps the gazetteer's coordinates, division and "
                                 "population: lat, lon, adm1 and population must be '-'")
        coords = (None, None)
    else:
        coords = _coordinates(lat, lon, where)
    names = tuple(a.strip() for a in aliases.split("|") if a.strip()) if aliases != "-" else ()
    if kind == "ADM1" and not names:
        raise GazetteerError(f"{where}: an ADM1 line needs the gazetteer's name(s) of the division as aliases")
    if population != "-" and not (population.isdigit() and int(population) > 0):
        raise GazetteerError(f"{where}: population '{population}' is not a whole number of people or '-'")
    return Area(name, names, None if country == "-" else country, kind, *coords, number,
                None if adm1 == "-" else adm1, None if population == "-" else int(population))


def _coordinates(lat: str, lon: str, where: str) -> tuple[float, float]:
    try:
        values = float(lat), float(lon)
    except ValueError:
        raise GazetteerError(f"{where}: lat '{lat}' and lon '{lon}' must be decimal degrees") from None
    if not (-90 <= values[0] <= 90 and -180 <= values[1] <= 180):
        raise GazetteerError(f"{where}: ({lat}, {lon}) is off the globe")
    return values
