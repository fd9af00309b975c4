"""Merge mentions that report the same happening into one event, with GDELT-style counts.

The rule: two mentions are the same event when they have the same source actor code, target actor
code (or both none), CAMEO code, negation and modality, and their dates fall in the same window.
Windows are laid greedily over the sorted distinct dates of a group: the earliest date opens an event
that takes every date up to WINDOW_DAYS later; the next date after that opens the next event. Mentions
without a date form one event per group. So "Russia attacked Ukraine" reported on Monday and, dated by
publication, on Tuesday is one event; a new attack a week later is another.

Counts: `mentions` = coded mentions, `articles` = distinct documents, `sources` = distinct outlets
(the document's source, else its URL host, else its file). The first report is the earliest
published one (then by document key and position), which gives `first_url`, `sentence` and the actor
names and the place (place_*); `first_seen` is when dyadwatch first stored a report of it.

Events depend only on the set of mentions, never on the order they arrived in, so a run that was
killed and resumed yields the same events as a clean run.
"""
from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import Iterable

import duckdb

from .columns import temp_table

WINDOW_DAYS = 1


def assign_windows(dates: Iterable[date | None], window: int = WINDOW_DAYS) -> dict[date | None, date | None]:
    """Each date mapped to the first date of its window; None stays None."""
    starts: dict[date | None, date | None] = {}
    start: date | None = None
    for day in sorted(d for d in set(dates) if d is not None):
        if start is None or day - start > timedelta(days=window):
            start = day
        starts[day] = start
    if None in set(dates):
        starts[None] = None
    return starts


def event_id(group_key: str, start: date | None) -> str:
    """A stable id from what the event is: its group and the first day of its window."""
    text = f"{group_key}|{start.isoformat() if start else '-'}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


_FIRST_COLUMNS = (
    "group_key, source_code, source_country, source_name, target_code, target_country, target_name, cameo, "
    "cameo_root, cameo_name, quad_class, goldstein, plover_type, plover_mode, plover_context, negated, modality, "
    "place_name, place_country, place_adm1, place_lat, place_lon, place_precision"
)

_EVENTS_SQL = f"""
INSERT INTO events BY NAME
SELECT c.*, {", ".join("f." + c.strip() for c in _FIRST_COLUMNS.split(","))},
       f.url AS first_url, s.text AS sentence, f.doc_key AS first_doc_key, f.mention_index AS first_mention_index
FROM (
    SELECT event_id, min(date) AS date, max(date) AS last_date, count(*) AS mentions,
           count(DISTINCT outlet) AS sources, count(DISTINCT doc_key) AS articles, min(ingested_at) AS first_seen
    FROM _event_mentions GROUP BY event_id
) c
JOIN (
    SELECT * FROM _event_mentions
    QUALIFY row_number() OVER (
        PARTITION BY event_id ORDER BY published NULLS LAST, date NULLS LAST, doc_key, mention_index) = 1
) f USING (event_id)
LEFT JOIN sentences s ON s.doc_key = f.doc_key AND s.sentence_index = f.sentence_index
"""

_MENTIONS_SQL = """
CREATE OR REPLACE TEMP VIEW _event_mentions AS
SELECT e.event_id, m.*, d.url, d.outlet, d.published, d.ingested_at
FROM mentions m
JOIN _windows e ON e.group_key = m.group_key AND e.date IS NOT DISTINCT FROM m.date
JOIN documents d ON d.doc_key = m.doc_key
"""


def refresh_events(con: duckdb.DuckDBPyConnection, groups: Iterable[str]) -> None:
    """Recompute the windows and events of these groups from all their mentions.

    Called inside the transaction that inserted the mentions, so events always match mentions.
    """
    groups = sorted(set(groups))
    if not groups:
        return
    temp_table(con, "_groups", [("group_key", "VARCHAR")], [groups])
    try:
        rows = con.execute(
            "SELECT DISTINCT group_key, date FROM mentions WHERE group_key IN (SELECT group_key FROM _groups)"
        ).fetchall()
        by_group: dict[str, list[date | None]] = {}
        for key, day in rows:
            by_group.setdefault(key, []).append(day)
        windows: dict[str, list] = {"group_key": [], "date": [], "event_id": []}
        for key, days in by_group.items():
            for day, start in assign_windows(days).items():
                windows["group_key"].append(key)
                windows["date"].append(day)
                windows["event_id"].append(event_id(key, start))
        temp_table(con, "_windows", [("group_key", "VARCHAR"), ("date", "DATE"), ("event_id", "VARCHAR")],
                   list(windows.values()))
        con.execute("DELETE FROM event_dates WHERE group_key IN (SELECT group_key FROM _groups)")
        con.execute("INSERT INTO event_dates BY NAME SELECT * FROM _windows")
        con.execute("DELETE FROM events WHERE group_key IN (SELECT group_key FROM _groups)")
        con.execute(_MENTIONS_SQL)
        con.execute(_EVENTS_SQL)
    finally:
        con.execute("DROP VIEW IF EXISTS _event_mentions")
        con.execute("DROP TABLE IF EXISTS _windows")
        con.execute("DROP TABLE IF EXISTS _groups")
