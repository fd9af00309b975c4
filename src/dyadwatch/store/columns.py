"""Python values handed to DuckDB as typed columns (one list parameter per column, unnested).

Not through pyarrow: building an Arrow array from Python objects imports pandas (pyarrow checks every
input for a pandas object), which costs the writer of every ingest a third of a second of CPU before
its first commit; DuckDB reads the lists as they are, with the same values and types.
"""
from __future__ import annotations

from typing import Any, Sequence

import duckdb

from .schema import TABLES


def select_columns(kinds: Sequence[tuple[str, str]]) -> str:
    """A SELECT list that turns one list parameter per column ($1, $2, ...) into rows of these columns."""
    return ", ".join(f"unnest(${n}::{kind}[]) AS {name}" for n, (name, kind) in enumerate(kinds, 1))


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], verb: str = "INSERT") -> None:
    """Insert rows in one statement; a column missing from a row is null, keys that are no column are left out."""
    if not rows:
        return
    kinds = TABLES[table]
    con.execute(f"{verb} INTO {table} BY NAME SELECT {select_columns(kinds)}",
                [[row.get(name) for row in rows] for name, _ in kinds])


def temp_table(con: duckdb.DuckDBPyConnection, name: str, kinds: Sequence[tuple[str, str]],
               columns: Sequence[Sequence[Any]]) -> None:
    """(Re)create temporary table `name` with these columns; drop it with DROP TABLE IF EXISTS."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT {select_columns(kinds)}", [list(c) for c in columns])
