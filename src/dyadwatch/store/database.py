"""The DuckDB event store: open it, find what is stored, and write one batch per transaction.

One writer per database: ingest runs the coding in worker processes and writes here, in the parent,
so that each batch is committed whole or not at all (a kill -9 loses at most the batch in flight).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

from ..errors import StoreError
from .dedup import refresh_events
from .rows import DocumentRows
from .schema import SCHEMA_VERSION, arrow_schema, ddl

DB_ENV = "DYADWATCH_DB"
DEFAULT_DB = "dyadwatch.duckdb"


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

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str):
        self.con = con
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, read_only: bool = False) -> "Store":
        """Open (and, unless read_only, create or upgrade) the database at path."""
        path = default_db_path(path)
        if read_only and path != ":memory:" and not Path(path).is_file():
            raise StoreError(f"{path}: no such database; create it with: dyadwatch ingest FILES --db {path}")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            reason = str(exc).splitlines()[0]
            if "lock" in reason.lower():
                raise StoreError(f"{path}: the database is in use by another process; wait for it or use another --db") from None
            raise StoreError(f"{path}: cannot open the database ({reason}); give a dyadwatch database with --db") from None
        store = cls(con, path)
        if not read_only:
            store._create()
        return store

    def _create(self) -> None:
        for statement in ddl():
            self.con.execute(statement)
        found = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if found is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        elif found[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by another dyadwatch version (schema {found[0]}); use a new --db")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known_keys(self) -> set[str]:
        """Keys of documents already stored or already known to fail: these are not coded again."""
        rows = self.con.execute(
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

    def merge_parquet(self, files: dict[str, str]) -> MergedCounts:
        """Merge one partition's Parquet files (a path per table: documents, sentences, mentions, errors)
        and refresh the events they change, all or nothing. Documents already stored are left out, so
        merging a partition twice adds nothing; returns what it added."""
        now = datetime.now()
        with self.transaction():
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE _new AS SELECT * FROM read_parquet({_quote(files['documents'])}) "
                "WHERE doc_key NOT IN (SELECT doc_key FROM documents)")
            self.con.execute("INSERT INTO documents BY NAME SELECT * FROM _new")
            for table in ("sentences", "mentions"):
                self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet({_quote(files[table])}) "
                                 "WHERE doc_key IN (SELECT doc_key FROM _new)")
            added = MergedCounts(*self.con.execute(
                "SELECT count(*), coalesce(sum(sentences), 0), coalesce(sum(words), 0), coalesce(sum(mentions), 0) "
                "FROM _new").fetchone())
            origins = [o for (o,) in self.con.execute("SELECT origin FROM _new").fetchall()]
            errors = [ErrorRow(o, m, k) for o, m, k in self.con.execute(
                f"SELECT origin, message, doc_key FROM read_parquet({_quote(files['errors'])})").fetchall()]
            self._write_errors(errors, origins, now)
            groups = self.con.execute(
                "SELECT DISTINCT group_key FROM mentions WHERE doc_key IN (SELECT doc_key FROM _new)").fetchall()
            refresh_events(self.con, {g for (g,) in groups})
            self.con.execute("DROP TABLE _new")
        return added

    @contextmanager
    def single_threaded(self) -> Iterator[None]:
        """DuckDB on one thread while workers code: its transactions are small, the cores are theirs."""
        threads = self.con.execute("SELECT current_setting('threads')").fetchone()[0]
        self.con.execute("SET threads TO 1")
        try:
            yield
        finally:
            self.con.execute(f"SET threads TO {int(threads)}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: committed whole, or rolled back with a one-line StoreError on a database error."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            yield
            self.con.execute("COMMIT")
        except BaseException as exc:
            self.con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                reason = str(exc).splitlines()[0]
                raise StoreError(f"{self.path}: could not write ({reason}); nothing of this batch was stored") from None
            raise

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        self.con.register("_rows", pa.Table.from_pylist(rows, schema=arrow_schema(table)))
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
        finally:
            self.con.unregister("_rows")

    def _write_errors(self, errors: list[ErrorRow], stored_origins: list[str], now: datetime) -> None:
        """Record errors (once per origin, the latest wins) and forget errors of documents now stored."""
        if stored_origins:
            self.con.register("_stored", pa.table({"origin": pa.array(stored_origins, pa.string())}))
            try:
                self.con.execute("DELETE FROM errors WHERE origin IN (SELECT origin FROM _stored)")
            finally:
                self.con.unregister("_stored")
        latest = {e.origin: e for e in errors}
        rows = [{"origin": e.origin, "doc_key": e.doc_key, "message": e.message, "seen_at": now} for e in latest.values()]
        if rows:
            self.con.register("_rows", pa.Table.from_pylist(rows, schema=arrow_schema("errors")))
            try:
                self.con.execute("INSERT OR REPLACE INTO errors BY NAME SELECT * FROM _rows")
            finally:
                self.con.unregister("_rows")

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _quote(path: str) -> str:
    """A file path as an SQL string literal (table functions take no parameters)."""
    return "'" + str(path).replace("'", "''") + "'"
