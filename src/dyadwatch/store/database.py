"""The DuckDB event store: open it, find what is stored, and write one batch per transaction.

One writer per database: ingest runs the coding in worker processes and writes here, in the parent,
so that each batch is committed whole or not at all (a kill -9 loses at most the batch in flight).

DuckDB lets one process hold a file for writing, and no one may read it meanwhile. So a writer opened
with hold=False (ingest, watch) connects only for each batch it reads or writes, and every open waits
a little and tries again while another process holds the file: readers see each committed batch.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

import duckdb

from ..errors import StoreError
from .columns import insert_rows
from .dedup import refresh_events
from .rows import DocumentRows
from .schema import SCHEMA_VERSION, ddl, upgrade

DB_ENV = "DYADWATCH_DB"
DEFAULT_DB = "dyadwatch.duckdb"
# How long an open waits for another process to let go of the file: a reader only for a writer's batch
# commit, a writer also for a reader's query (a report over a large store takes a few seconds).
READ_WAIT_SECONDS = 10.0
WRITE_WAIT_SECONDS = 60.0


def default_db_path(explicit: str | os.PathLike | None = None) -> str:
    """The database to use: the explicit path, else $DYADWATCH_DB, else ./dyadwatch.duckdb."""
    return str(explicit or os.environ.get(DB_ENV) or DEFAULT_DB)


def damaged(path: str | os.PathLike, exc: duckdb.Error) -> StoreError:
    """A database error met while reading or writing an open file (cut short, damaged), as one line."""
    reason = " ".join(str(exc).split())
    reason = reason if len(reason) <= 160 else reason[:157] + "..."
    return StoreError(f"{path}: cannot read the database ({reason}); the file may be damaged or cut short: restore "
                      "it from a backup, or ingest again into a new --db")


@dataclass(frozen=True)
class ErrorRow:
    """A document or file that could not be stored, and why."""

    origin: str
    message: str
    doc_key: str | None = None


@dataclass(frozen=True)
class MergedCounts:
    """What merging one Parquet partition added to the store."""

    documents: int
    sentences: int
    words: int
    mentions: int


class Store:
    """An open event database."""

    def __init__(self, con: duckdb.DuckDBPyConnection | None, path: str, read_only: bool = False):
        self.con = con  # None while a hold=False store is between batches
        self.path = path
        self.read_only = read_only
        self._threads: int | None = None

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, read_only: bool = False, hold: bool = True) -> "Store":
        """Open (and, unless read_only, create or upgrade) the database at path.

        hold=False: let go of the file at once and connect again only for each read or batch written
        (see connected()), so that other processes can read the database between batches.
        """
        path = default_db_path(path)
        if read_only and path != ":memory:" and not Path(path).is_file():
            raise StoreError(f"{path}: no such database; create it with: dyadwatch ingest FILES --db {path}")
        con = cls._connect(path, read_only)
        store = cls(con, path, read_only)
        if not read_only:
            store._create()
        else:
            store._check_version()
        if not hold and path != ":memory:":
            store.close()
        return store

    @staticmethod
    def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
        """Connect, waiting while another process holds the file; a one-line StoreError if it cannot."""
        try:
            con = _connect_waiting(path, read_only)
        except duckdb.Error as exc:
            reason = str(exc).splitlines()[0]
            if _locked(exc):
                raise StoreError(f"{path}: the database is in use by another process; wait for it or use another --db") from None
            raise StoreError(f"{path}: cannot open the database ({reason}); give a dyadwatch database with --db") from None
        return con

    @contextmanager
    def connected(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection, opened for this block (and closed after it) when the store does not hold one."""
        if self.con is not None:
            yield self.con
            return
        self.con = self._connect(self.path, self.read_only)
        try:
            if self._threads:
                self.con.execute(f"SET threads TO {self._threads}")
            yield self.con
        finally:
            self.con.close()
            self.con = None

    def _create(self) -> None:
        found = self._version()
        if found is not None and found != SCHEMA_VERSION:
            statements = upgrade(found)
            if statements is None:
                raise StoreError(f"{self.path}: written by another dyadwatch version (schema {found}); use a new --db")
            with self.transaction():
                for statement in statements:
                    self.con.execute(statement)
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION])
        for statement in ddl():
            self.con.execute(statement)
        if found is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])

    def _version(self) -> str | None:
        try:
            found = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return None
        return found[0] if found else None

    def _check_version(self) -> None:
        """A reader cannot upgrade: an older database is upgraded by the next ingest into it."""
        found = self._version()
        if found is not None and found != SCHEMA_VERSION:
            self.con.close()
            raise StoreError(f"{self.path}: written by an older dyadwatch (schema {found}); upgrade it with: "
                             f"dyadwatch ingest --db {self.path} FILES (or any ingest into it)")

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known_keys(self) -> set[str]:
        """Keys of documents already stored or already known to fail: these are not coded again."""
        with self.connected() as con:
            rows = con.execute(
                "SELECT doc_key FROM documents UNION SELECT doc_key FROM errors WHERE doc_key IS NOT NULL"
            ).fetchall()
        return {key for (key,) in rows}

    def write_batch(self, documents: list[DocumentRows], errors: list[ErrorRow]) -> None:
        """Store documents, their sentences and mentions, the errors, and the events they change: all or nothing."""
        now = datetime.now()
        docs = [dict(d.document, ingested_at=now) for d in documents]
        with self.transaction():
            self._insert("documents", docs)
            self._insert("sentences", [s for d in documents for s in d.sentences])
            mentions = [m for d in documents for m in d.mentions]
            self._insert("mentions", mentions)
            self._write_errors(errors, [d["origin"] for d in docs], now)
            refresh_events(self.con, {m["group_key"] for m in mentions})

    def merge_parquet(self, parts: list[dict[str, str]]) -> MergedCounts:
        """Merge partitions' Parquet files (each a path per table: documents, sentences, mentions, errors)
        and refresh the events they change, all or nothing, in one transaction: several finished
        partitions cost one refresh of the events. Documents already stored are left out, so merging a
        partition twice adds nothing; returns what it added."""
        if not parts:
            return MergedCounts(0, 0, 0, 0)
        now = datetime.now()

        def read(table: str) -> str:
            return "read_parquet([" + ", ".join(_quote(files[table]) for files in parts) + "])"

        with self.transaction():
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _new AS SELECT * FROM {read('documents')} "
                             "WHERE doc_key NOT IN (SELECT doc_key FROM documents)")
            self.con.execute("INSERT INTO documents BY NAME SELECT * FROM _new")
            for table in ("sentences", "mentions"):
                self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {read(table)} "
                                 "WHERE doc_key IN (SELECT doc_key FROM _new)")
            added = MergedCounts(*self.con.execute(
                "SELECT count(*), coalesce(sum(sentences), 0), coalesce(sum(words), 0), coalesce(sum(mentions), 0) "
                "FROM _new").fetchone())
            origins = [o for (o,) in self.con.execute("SELECT origin FROM _new").fetchall()]
            errors = [ErrorRow(o, m, k) for o, m, k in self.con.execute(
                f"SELECT origin, message, doc_key FROM {read('errors')}").fetchall()]
            self._write_errors(errors, origins, now)
            groups = self.con.execute(
                "SELECT DISTINCT group_key FROM mentions WHERE doc_key IN (SELECT doc_key FROM _new)").fetchall()
            refresh_events(self.con, {g for (g,) in groups})
            self.con.execute("DROP TABLE _new")
        return added

    @contextmanager
    def single_threaded(self) -> Iterator[None]:
        """DuckDB on one thread while workers code: its transactions are small, the cores are theirs."""
        self._threads = 1  # a hold=False store sets each connection as it opens (connected())
        try:
            if self.con is None:
                yield
                return
            threads = self.con.execute("SELECT current_setting('threads')").fetchone()[0]
            self.con.execute("SET threads TO 1")
            try:
                yield
            finally:
                self.con.execute(f"SET threads TO {int(threads)}")
        finally:
            self._threads = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: committed whole, or rolled back with a one-line StoreError on a database error.
        Ctrl-C and SIGTERM wait for the commit or rollback to finish (_interrupts_after)."""
        with _interrupts_after(), self.connected() as con:
            try:
                con.execute("BEGIN TRANSACTION")
                yield
                con.execute("COMMIT")
            except BaseException as exc:
                with suppress(duckdb.Error):  # a failed COMMIT has already ended the transaction
                    con.execute("ROLLBACK")
                if isinstance(exc, duckdb.Error):
                    reason = str(exc).splitlines()[0]
                    raise StoreError(f"{self.path}: could not write ({reason}); nothing of this batch was stored") from None
                raise

    def _insert(self, table: str, rows: list[dict]) -> None:
        insert_rows(self.con, table, rows)

    def _write_errors(self, errors: list[ErrorRow], stored_origins: list[str], now: datetime) -> None:
        """Record errors (once per origin, the latest wins) and forget errors of documents now stored."""
        if stored_origins:
            self.con.execute("DELETE FROM errors WHERE origin IN (SELECT unnest($1::VARCHAR[]))", [stored_origins])
        latest = {e.origin: e for e in errors}
        rows = [{"origin": e.origin, "doc_key": e.doc_key, "message": e.message, "seen_at": now} for e in latest.values()]
        insert_rows(self.con, "errors", rows, verb="INSERT OR REPLACE")

    def count(self, table: str) -> int:
        with self.connected() as con:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@contextmanager
def _interrupts_after() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block ends, then deliver them as they would have been: an
    interrupt inside DuckDB's COMMIT or ROLLBACK leaves the transaction aborted and the store unusable
    for the rest of the run. Only the main thread can set handlers; elsewhere the block runs as is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    shielded = (signal.SIGINT, signal.SIGTERM)
    previous = {s: signal.signal(s, lambda signum, frame: caught.append(signum)) for s in shielded}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler if handler is not None else signal.SIG_DFL)
    if not caught:
        return
    signum, handler = caught[0], previous[caught[0]]
    if callable(handler):
        handler(signum, None)
    elif handler == signal.SIG_DFL:
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        signal.raise_signal(signum)


def _connect_waiting(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, tried again with growing pauses while the file is locked, up to the wait allowed."""
    deadline = time.monotonic() + (READ_WAIT_SECONDS if read_only else WRITE_WAIT_SECONDS)
    pause = 0.01
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            remaining = deadline - time.monotonic()
            if not _locked(exc) or remaining <= 0:
                raise
        time.sleep(min(pause, remaining))
        pause = min(pause * 2, 0.2)


def _locked(exc: duckdb.Error) -> bool:
    return "lock" in str(exc).splitlines()[0].lower()


def _quote(path: str) -> str:
    """A file path as an SQL string literal (table functions take no parameters)."""
    return "'" + str(path).replace("'", "''") + "'"
