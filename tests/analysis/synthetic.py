"""Synthetic `events` tables with exactly the store's columns, built from a few fields per event."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import duckdb
import numpy as np
import pandas as pd

SCHEMA = """CREATE TABLE events (
  event_id VARCHAR, date DATE, source_code VARCHAR, source_country VARCHAR, source_name VARCHAR,
  target_code VARCHAR, target_country VARCHAR, target_name VARCHAR, cameo VARCHAR, cameo_root VARCHAR,
  cameo_name VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR,
  plover_context VARCHAR, negated BOOLEAN, modality VARCHAR, mentions INTEGER, sources INTEGER,
  articles INTEGER, first_seen TIMESTAMP, first_url VARCHAR, sentence VARCHAR, place_name VARCHAR,
  place_country VARCHAR, place_adm1 VARCHAR, place_lat DOUBLE, place_lon DOUBLE, place_precision VARCHAR)"""

# One typical CAMEO code per quad class: (cameo, name, goldstein, plover type).
ACTIONS = {1: ("040", "Consult, not specified below", 1.0, "CONSULT"),
           2: ("061", "Cooperate economically", 6.4, "COOPERATE"),
           3: ("112", "Accuse, not specified below", -2.0, "ACCUSE"),
           4: ("190", "Use conventional military force, not specified below", -10.0, "ASSAULT")}


def event(day: date, source: str, target: str | None, quad: int, *, negated: bool = False,
          modality: str = "asserted", articles: int = 1, goldstein: float | None = None,
          place: tuple[str, str, str | None, float, float, str] | None = None) -> tuple:
    """A row of `events`: actor codes like RUSMIL or IGOUNO, a quad class, and sensible defaults;
    `place` is (name, country, adm1, lat, lon, precision)."""
    cameo, name, score, plover = ACTIONS[quad]

    def country(code: str | None) -> str | None:
        return None if code is None else code[:3]

    return (f"e{event.counter.__next__()}", day, source, country(source), None, target, country(target), None,
            cameo, cameo[:2], name, quad, score if goldstein is None else goldstein, plover, None, None,
            negated, modality, articles, articles, articles, datetime.combine(day, datetime.min.time()),
            f"https://news.example/{source}-{target}/{day}", f"{source} and {target or 'no one'}: quad {quad} on {day}.",
            *(place or (None,) * 6))


event.counter = iter(range(1, 10**9))


def write_events(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> duckdb.DuckDBPyConnection:
    con.execute(SCHEMA)
    if rows:
        frame = pd.DataFrame(rows)  # noqa: F841 - read by DuckDB below; far faster than executemany
        con.execute("INSERT INTO events SELECT * FROM frame")
    return con


def stationary(start: date, weeks: int, pairs: list[tuple[str, str]], rate: float, seed: int) -> list[tuple]:
    """Poisson noise with a constant weekly rate per pair: a mix of quad classes in both directions."""
    rng = np.random.default_rng(seed)
    rows = []
    for week in range(weeks):
        for a, b in pairs:
            for _ in range(rng.poisson(rate)):
                day = start + timedelta(days=7 * week + int(rng.integers(7)))
                src, tgt = (a, b) if rng.random() < 0.5 else (b, a)
                rows.append(event(day, src, tgt, int(rng.choice([1, 2, 3, 4], p=[0.4, 0.2, 0.25, 0.15]))))
    return rows


PAIRS = [("RUSGOV", "UKRGOV"), ("USAGOV", "CHNGOV"), ("ISRMIL", "PSE"), ("PRKGOV", "KORGOV"),
         ("IGOUNO", "SDNMIL"), ("INDGOV", "PAKMIL")]
START = date(2024, 1, 1)
