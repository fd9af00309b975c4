"""What `dyadwatch watch` remembers between rounds, in the event database itself.

`watch_urls` holds every feed and article URL met: the validators of its last answer (for conditional
GET), the document it became, and its run of failures (a failing URL sits out 2^(n-1) - 1 rounds). An
article that failed keeps its feed, title and date, so that it is tried again even when its feed has
not changed (304) or no longer lists it, up to MAX_PAGE_FAILURES times.
`watch_alerts` holds the last alert reported for each dyad, so that an escalation is reported once,
when it starts, and not again every round while it lasts. `watch_outbox` holds each new alert for each
notification target until that target has it: written with the alert itself, so that a target that is
down gets it in a later round, a target that works gets it once, and a kill between the two loses none.
Kept in the database so that a restarted watch, or the next `--once` run, carries on where the last
one stopped.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Iterable

import json

import pyarrow as pa

from .database import Store

MAX_SKIP_ROUNDS = 63
MAX_PAGE_FAILURES = 8

_DDL = (
    """CREATE TABLE IF NOT EXISTS watch_urls (
        url VARCHAR PRIMARY KEY, kind VARCHAR, etag VARCHAR, last_modified VARCHAR, doc_key VARCHAR,
        failures INTEGER, skip_rounds INTEGER, checked_at TIMESTAMP, feed VARCHAR, title VARCHAR, published DATE)""",
    """CREATE TABLE IF NOT EXISTS watch_alerts (
        a VARCHAR, b VARCHAR, window_start DATE, window_end DATE, conflict INTEGER, p_value DOUBLE,
        reported_at TIMESTAMP, PRIMARY KEY (a, b))""",
    """CREATE TABLE IF NOT EXISTS watch_outbox (
        target VARCHAR, a VARCHAR, b VARCHAR, window_start DATE, record VARCHAR, queued_at TIMESTAMP,
        PRIMARY KEY (target, a, b, window_start))""",
)
_URL_SCHEMA = pa.schema([
    ("url", pa.string()), ("kind", pa.string()), ("etag", pa.string()), ("last_modified", pa.string()),
    ("doc_key", pa.string()), ("failures", pa.int32()), ("skip_rounds", pa.int32()), ("checked_at", pa.timestamp("us")),
    ("feed", pa.string()), ("title", pa.string()), ("published", pa.date32()),
])


@dataclass(frozen=True)
class UrlState:
    """A feed or article URL as the last round left it."""

    url: str
    kind: str  # feed or page
    etag: str | None = None
    last_modified: str | None = None
    doc_key: str | None = None  # the document an article page became (stored, or already stored)
    failures: int = 0
    skip_rounds: int = 0
    checked_at: datetime | None = None
    feed: str | None = None  # for an article: the feed item it came from
    title: str | None = None
    published: date | None = None

    @property
    def due(self) -> bool:
        return self.skip_rounds <= 0

    @property
    def given_up(self) -> bool:
        """An article that failed too often is not fetched again (its row in `errors` stays)."""
        return self.kind == "page" and self.failures >= MAX_PAGE_FAILURES

    def succeeded(self, **changes: object) -> "UrlState":
        return replace(self, failures=0, skip_rounds=0, checked_at=datetime.now(), **changes)

    def failed(self) -> "UrlState":
        """One more failure in a row: retried after 0, 1, 3, 7, ... rounds (at most MAX_SKIP_ROUNDS)."""
        failures = self.failures + 1
        return replace(self, failures=failures, skip_rounds=min(2 ** (failures - 1) - 1, MAX_SKIP_ROUNDS),
                       checked_at=datetime.now())

    def waited(self) -> "UrlState":
        return replace(self, skip_rounds=max(self.skip_rounds - 1, 0))


@dataclass(frozen=True)
class ReportedAlert:
    a: str
    b: str
    window_start: date
    window_end: date
    conflict: int
    p_value: float


class WatchState:
    """Reads and writes the watch tables of one store (each call a short connection of its own)."""

    def __init__(self, store: Store):
        self.store = store
        with store.transaction():
            for statement in _DDL:
                store.con.execute(statement)

    def urls(self, urls: Iterable[str], kind: str) -> dict[str, UrlState]:
        """The state of each URL (new ones start clean); article URLs already stored as documents count as known."""
        urls = list(dict.fromkeys(urls))
        found = {u: UrlState(u, kind) for u in urls}
        if not urls:
            return found
        with self.store.connected() as con:
            con.register("_urls", pa.table({"url": pa.array(urls, pa.string())}))
            try:
                rows = con.execute("SELECT w.* FROM watch_urls w JOIN _urls USING (url)").fetchall()
                stored = con.execute("SELECT d.url, min(d.doc_key) FROM documents d JOIN _urls USING (url) "
                                     "GROUP BY d.url").fetchall() if kind == "page" else []
            finally:
                con.unregister("_urls")
        for url, doc_key in stored:
            found[url] = UrlState(url, kind, doc_key=doc_key)
        for row in rows:
            found[row[0]] = UrlState(*row)
        return found

    def save(self, states: Iterable[UrlState], clear_errors: Iterable[str] = ()) -> None:
        """Remember these states, and forget the recorded errors of URLs that now work: one transaction."""
        rows = [vars(s) for s in states]
        cleared = list(clear_errors)
        if not rows and not cleared:
            return
        with self.store.transaction():
            con = self.store.con
            if rows:
                con.register("_rows", pa.Table.from_pylist(rows, schema=_URL_SCHEMA))
                try:
                    con.execute("INSERT OR REPLACE INTO watch_urls BY NAME SELECT * FROM _rows")
                finally:
                    con.unregister("_rows")
            if cleared:
                con.register("_cleared", pa.table({"origin": pa.array(cleared, pa.string())}))
                try:
                    con.execute("DELETE FROM errors WHERE origin IN (SELECT origin FROM _cleared)")
                finally:
                    con.unregister("_cleared")

    def failed_pages(self, feeds: Iterable[str]) -> list[UrlState]:
        """Articles of these feeds that failed and are not given up on: to be tried again."""
        with self.store.connected() as con:
            con.register("_feeds", pa.table({"feed": pa.array(list(feeds), pa.string())}))
            try:
                rows = con.execute(
                    "SELECT w.* FROM watch_urls w JOIN _feeds USING (feed) WHERE kind = 'page' AND doc_key IS NULL "
                    "AND failures BETWEEN 1 AND ? ORDER BY checked_at, url", [MAX_PAGE_FAILURES - 1]).fetchall()
            finally:
                con.unregister("_feeds")
        return [UrlState(*row) for row in rows]

    def reported_alerts(self) -> dict[tuple[str, str], ReportedAlert]:
        with self.store.connected() as con:
            rows = con.execute("SELECT a, b, window_start, window_end, conflict, p_value FROM watch_alerts").fetchall()
        return {(r[0], r[1]): ReportedAlert(*r) for r in rows}

    def remember_alerts(self, alerts: Iterable[ReportedAlert], new: set[tuple[str, str]],
                        outbox: Iterable[tuple[str, dict]] = ()) -> None:
        """Record the alerts of this round: new ones with the time they were reported, ongoing ones with
        their latest window (so that an escalation that lasts stays one report); and, in the same
        transaction, the (target, alert record) pairs still to be delivered."""
        now = datetime.now()
        with self.store.transaction():
            for target, record in outbox:
                self.store.con.execute(
                    "INSERT OR REPLACE INTO watch_outbox VALUES (?, ?, ?, ?, ?, ?)",
                    [target, record["a"], record["b"], record["window_start"], json.dumps(record, ensure_ascii=False), now])
            for alert in alerts:
                key = (alert.a, alert.b)
                self.store.con.execute(
                    "INSERT INTO watch_alerts VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET "
                    "window_end = excluded.window_end, conflict = excluded.conflict, p_value = excluded.p_value"
                    + (", window_start = excluded.window_start, reported_at = excluded.reported_at" if key in new else ""),
                    [alert.a, alert.b, alert.window_start, alert.window_end, alert.conflict, alert.p_value, now])

    def outbox(self, target: str) -> list[dict]:
        """The alert records not yet delivered to target, oldest first."""
        with self.store.connected() as con:
            rows = con.execute("SELECT record FROM watch_outbox WHERE target = ? ORDER BY queued_at, a, b, window_start",
                               [target]).fetchall()
        return [json.loads(record) for (record,) in rows]

    def delivered(self, target: str, records: Iterable[dict]) -> None:
        """These records have reached target: out of its outbox."""
        keys = [(r["a"], r["b"], r["window_start"]) for r in records]
        if not keys:
            return
        with self.store.transaction():
            for a, b, window_start in keys:
                self.store.con.execute("DELETE FROM watch_outbox WHERE target = ? AND a = ? AND b = ? AND window_start = ?",
                                       [target, a, b, window_start])
