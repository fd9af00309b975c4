"""Read-only access to the `events` table written by `dyadwatch ingest`.

Everything in the analysis package reads events through here, so the rules that decide what counts
(only events that happened; how an actor argument matches an event side; what a dyad is) live in one place.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from ..documents.dates import EARLIEST_PUBLISHED
from ..errors import StoreError
from ..store.database import Store

# Events that happened: reported as asserted and not denied. Future, hypothetical and negated events are
# statements about the world, not changes in it, and would inflate every count.
HAPPENED = "NOT coalesce(negated, false) AND modality = 'asserted'"

# Organisations share a pseudo-country (IGO, NGO, IMG); their body is in the next three letters.
NON_STATE = ("IGO", "NGO", "IMG")


def actor_key_sql(code: str, country: str) -> str:
    """SQL for the actor a dyad is counted under: the country, or the organisation (IGOUNO) for IGO/NGO/IMG.

    Ranking and alerts work on countries so that RUSMIL and RUSGOV events add up to one Russia; unknown
    countries ('---', NULL) give NULL and are left out, since they cannot be watched as a relationship.
    """
    states = ", ".join(f"'{c}'" for c in NON_STATE)
    return (f"CASE WHEN {country} IN ({states}) THEN left({code}, 6) "
            f"WHEN regexp_full_match({country}, '[A-Z]{{3}}') THEN {country} END")


def actor_match_sql(side: str) -> str:
    """SQL condition that an event side ('source' or 'target') matches the actor given as parameter `?`.

    RUS matches RUSGOV and RUSMIL (prefix) and any actor whose country is RUS; RUSMIL matches only RUSMIL....
    """
    return f"(starts_with({side}_code, ?) OR {side}_country = ?)"


def connect(path: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """Open the event database read-only, with a one-line error if it is not there or has no events."""
    path = Path(path)
    hint = "run `dyadwatch ingest` first (or give --db / $DYADWATCH_DB)"
    if not path.is_file():
        raise StoreError(f"{path}: no event database; {hint}")
    con = Store.open(path, read_only=True).con  # its errors say when the file is locked or not DuckDB
    found = con.execute("SELECT table_catalog, table_schema FROM information_schema.tables "
                        "WHERE table_name = 'events' ORDER BY table_schema = 'main' DESC").fetchone()
    if found is None:
        con.close()
        raise StoreError(f"{path}: has no `events` table; {hint}")
    # Days are compared with Python dates everywhere; a store that kept `date` as a TIMESTAMP still works.
    # Databases written before publication dates were range-checked can hold impossible dates (year 1,
    # 9999): those events are left out here, and counted in `impossible_dates`, so that no series or
    # alert window is stretched to them.
    source = f'"{found[0]}"."{found[1]}".events'
    possible = f"CAST(date AS DATE) BETWEEN DATE '{EARLIEST_PUBLISHED.isoformat()}' AND current_date + 1"
    con.execute(f"CREATE TEMP VIEW events AS SELECT * REPLACE (CAST(date AS DATE) AS date) FROM {source} "
                f"WHERE date IS NULL OR {possible}")
    con.execute(f"CREATE TEMP VIEW impossible_dates AS SELECT * FROM {source} WHERE NOT ({possible})")
    return con


def impossible_dates(con: duckdb.DuckDBPyConnection) -> int:
    """How many events of a database opened with `connect` were left out for an impossible date."""
    return con.execute("SELECT count(*) FROM impossible_dates").fetchone()[0]
