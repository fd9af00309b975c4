"""The DuckDB event store: open it, find what is stored, and write one batch per transaction.

One writer per database: ingest runs the coding in worker processes and writes here, in the parent,
so that each batch is committed whole or not at all (a kill -9 loses at most the batch in flight).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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


@dataclass(frozen=True)
class ErrorRow:
    """A document or file that could not be stored, and why."""

    origin: str
    message: str
    doc_key: str | None = None


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
        try:
            self.con.execute("BEGIN TRANSACTION")
            self._insert("documents", docs)
            self._insert("sentences", [s for d in documents for s in d.sentences])
            mentions = [m for d in documents for m in d.mentions]
            self._insert("mentions", mentions)
            self._write_errors(errors, [d["origin"] for d in docs], now)
            refresh_events(self.con, {m["group_key"] for m in mentions})
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
