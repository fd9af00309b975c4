"""Rows handed to DuckDB as list parameters store the same values, with the same types, as the Arrow
tables (the form they take in Parquet exports) built from them."""
from __future__ import annotations

from datetime import date, datetime

import duckdb
import pyarrow as pa
import pytest

from dyadwatch.store.columns import insert_rows, temp_table
from dyadwatch.store.schema import TABLES, arrow_schema, ddl

SAMPLE = {
    "VARCHAR": ["Ukraine’s forces said “no”", "", None, "Ελλάδα", "line\nbreak"],
    "INTEGER": [0, -3, None, 2**31 - 1, 42],
    "DOUBLE": [-10.0, 0.1 + 0.2, None, 3.4, 1e-300],
    "BOOLEAN": [True, False, None, True, False],
    "DATE": [date(2024, 2, 29), date(1900, 1, 1), None, date(2026, 12, 1), date(2000, 1, 1)],
    "TIMESTAMP": [datetime(2024, 3, 5, 12, 30, 1, 123456), datetime(1999, 12, 31), None,
                  datetime(2026, 12, 1, 22, 5), datetime(2024, 1, 1, 0, 0, 0, 1)],
}


def _rows(table: str) -> list[dict]:
    """Five rows of the table's columns (distinct keys), each kind with a null and edge values."""
    rows = [{name: SAMPLE[kind][i] for name, kind in TABLES[table]} for i in range(5)]
    for i, row in enumerate(rows):
        row[TABLES[table][0][0]] = f"key-{i}"
    del rows[1][TABLES[table][-1][0]]  # a column a row leaves out is null
    rows[3]["not_a_column"] = "left out"
    return rows


def _stored(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    return con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


@pytest.mark.parametrize("table", ["documents", "sentences", "mentions", "errors", "events"])
def test_inserted_rows_equal_those_of_an_arrow_table(table):
    rows = _rows(table)
    by_lists, by_arrow = duckdb.connect(), duckdb.connect()
    for statement in ddl():
        by_lists.execute(statement)
        by_arrow.execute(statement)
    insert_rows(by_lists, table, rows)
    by_arrow.register("_rows", pa.Table.from_pylist(rows, schema=arrow_schema(table)))
    by_arrow.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
    assert _stored(by_lists, table) == _stored(by_arrow, table)
    assert len(_stored(by_lists, table)) == 5


@pytest.mark.parametrize("verb, expected", [("INSERT OR REPLACE", "second"), ("INSERT", None)])
def test_insert_or_replace_keeps_the_latest_row(verb, expected):
    con = duckdb.connect()
    for statement in ddl():
        con.execute(statement)
    first = {"origin": "a.txt", "doc_key": None, "message": "first", "seen_at": datetime(2024, 1, 1)}
    insert_rows(con, "errors", [first])
    second = dict(first, message="second")
    if expected is None:
        with pytest.raises(duckdb.ConstraintException):
            insert_rows(con, "errors", [second], verb=verb)
    else:
        insert_rows(con, "errors", [second], verb=verb)
        assert con.execute("SELECT message FROM errors").fetchall() == [(expected,)]


@pytest.mark.parametrize("columns", [[[]], [["Russia", None, "Iran"]]])
def test_temp_table_holds_the_columns(columns):
    con = duckdb.connect()
    temp_table(con, "_keys", [("key", "VARCHAR")], columns)
    assert [k for (k,) in con.execute("SELECT key FROM _keys").fetchall()] == columns[0]
