"""Select merged events from the store, with the filters `dyadwatch events` offers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator

from .database import Store
from .schema import columns


@dataclass(frozen=True)
class EventFilter:
    """Which events to export. Actor codes match by prefix: RUS matches RUSGOV and RUSMIL."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None  # source prefix, target prefix: directed
    since: date | None = None
    until: date | None = None
    root: str | None = None
    place: str | None = None  # the place's name or its admin-1 name, any case
    country_of_event: str | None = None  # alpha-3 code of where it happened

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
            params += [self.actor.upper()] * 2
        if self.dyad:
            clauses.append("starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)")
            params += [self.dyad[0].upper(), self.dyad[1].upper()]
        if self.since:
            clauses.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("e.date <= ?")
            params.append(self.until)
        if self.root:
            clauses.append("e.cameo_root = ?")
            params.append(self.root.zfill(2))
        if self.place:
            clauses.append("(lower(e.place_name) = lower(?) OR lower(e.place_adm1) = lower(?))")
            params += [self.place] * 2
        if self.country_of_event:
            clauses.append("e.place_country = ?")
            params.append(self.country_of_event.upper())
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


EVENT_COLUMNS = [c for c in columns("events") if c not in ("group_key",)]
# The first report's details that the events table does not repeat.
FIRST_COLUMNS = ["record", "segment", "sentence_index", "date_source", "source_text", "target_text", "reported_by"]


def event_query(event_filter: EventFilter, with_first: bool = True) -> tuple[str, list[Any]]:
    """SQL (and its parameters) for the events in date order, optionally with their first report."""
    where, params = event_filter.where()
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    if with_first:
        cols += ", " + ", ".join(f"m.{c}" for c in FIRST_COLUMNS)
        source = ("events e LEFT JOIN mentions m ON m.doc_key = e.first_doc_key "
                  "AND m.mention_index = e.first_mention_index")
    else:
        source = "events e"
    return f"SELECT {cols} FROM {source}{where} ORDER BY e.date NULLS LAST, e.event_id", params


def select_events(store: Store, event_filter: EventFilter) -> Iterator[dict]:
    """Events as dicts (event columns and the first report's), streamed in chunks."""
    sql, params = event_query(event_filter)
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(1000):
        for row in chunk:
            yield dict(zip(names, row))
