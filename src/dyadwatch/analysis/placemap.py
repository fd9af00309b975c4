"""A static world map of where events happened, for the HTML report.

The land is the country outlines that the gazetteer ships (low resolution, from countryinfo), drawn
offline. Events are circles sized by count at their place's coordinates, coloured by how precisely the
place is known (a city, a province, only a country, whose circle sits at the country's centre).
"""
from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

import duckdb
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from ..places.gazetteer import DATABASE  # noqa: E402
from .store import HAPPENED  # noqa: E402

LABELLED_PLACES = 12


@dataclass(frozen=True)
class PlaceCount:
    name: str
    country: str | None
    precision: str | None
    lat: float
    lon: float
    events: int


def event_places(con: duckdb.DuckDBPyConnection) -> list[PlaceCount]:
    """Places of the events that happened, most events first."""
    rows = con.execute(
        f"SELECT place_name, place_country, place_precision, place_lat, place_lon, count(*) AS n FROM events "
        f"WHERE {HAPPENED} AND place_lat IS NOT NULL GROUP BY ALL ORDER BY n DESC, place_name").fetchall()
    return [PlaceCount(*row) for row in rows]


@lru_cache(maxsize=1)
def outlines() -> list[np.ndarray]:
    """Country outlines as arrays of (lon, lat) points."""
    db = sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT polygons FROM outlines ORDER BY alpha3").fetchall()
    finally:
        db.close()
    return [np.array(ring) for (polygons,) in rows for ring in json.loads(polygons) if len(ring) > 2]


def world_map_png(places: list[PlaceCount], title: str) -> bytes:
    """The map as PNG bytes."""
    fig, ax = plt.subplots(figsize=(10, 5.2), constrained_layout=True)
    for ring in outlines():
        ax.fill(ring[:, 0], ring[:, 1], facecolor="#e4e4e0", edgecolor="#b8b8b2", linewidth=0.4, zorder=1)
    if places:
        counts = np.array([p.events for p in places], dtype=float)
        sizes = 18 + 220 * np.sqrt(counts / counts.max())
        colours = ["#b2182b" if p.precision == "city" else "#ef8a62" if p.precision == "adm1" else "#67a9cf"
                   for p in places]
        ax.scatter([p.lon for p in places], [p.lat for p in places], s=sizes, c=colours, alpha=0.75,
                   edgecolors="white", linewidths=0.6, zorder=3)
        for p in places[:LABELLED_PLACES]:
            ax.annotate(f"{p.name} ({p.events})", (p.lon, p.lat), xytext=(4, 4), textcoords="offset points",
                        fontsize=8, zorder=4)
    for precision, colour in (("city", "#b2182b"), ("province", "#ef8a62"), ("country", "#67a9cf")):
        ax.scatter([], [], s=40, c=colour, label=precision)
    ax.legend(loc="lower left", fontsize=8, frameon=False, title="place known to", title_fontsize=8)
    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
    ax.set_aspect(1.15)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title, fontsize=11)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110)
    plt.close(fig)
    return buffer.getvalue()
