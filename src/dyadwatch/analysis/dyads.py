"""Dyads as pairs of watched actors, unordered: A-B and B-A are one relationship for ranking and alerts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from .store import HAPPENED, actor_key_sql

# Events that happened between two different watchable actors, with the pair in a fixed order (a < b).
# Self-dyads (RUSGOV -> RUSMIL, a government against its own protesters) are left out: they are domestic
# politics, and in news coding they are mostly artefacts of one country named on both sides.
DYAD_EVENTS = f"""
dyad_events AS (
  SELECT least(ka, kb) AS a, greatest(ka, kb) AS b, * EXCLUDE (ka, kb) FROM (
    SELECT {actor_key_sql('source_code', 'source_country')} AS ka,
           {actor_key_sql('target_code', 'target_country')} AS kb, *
    FROM events WHERE {HAPPENED} AND quad_class BETWEEN 1 AND 4)
  WHERE ka IS NOT NULL AND kb IS NOT NULL AND ka <> kb
)"""


@dataclass
class DyadSummary:
    """Activity of one unordered dyad over the whole database."""

    a: str
    b: str
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float
    articles: int
    first: date
    last: date


def top_dyads(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[DyadSummary]:
    """The most active dyads by number of events (ties broken by articles, so better-reported ones first)."""
    rows = con.execute(f"""
        WITH {DYAD_EVENTS}
        SELECT a, b, count(*), count(*) FILTER (quad_class <= 2), count(*) FILTER (quad_class >= 3),
               avg(goldstein), sum(coalesce(articles, 0)), min(date), max(date)
        FROM dyad_events GROUP BY a, b ORDER BY 3 DESC, 7 DESC, a, b LIMIT ?""", [limit]).fetchall()
    return [DyadSummary(a, b, int(n), int(co), int(cf), round(float(g or 0.0), 2), int(ar), first, last)
            for a, b, n, co, cf, g, ar, first, last in rows]
