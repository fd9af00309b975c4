"""Coded partitions as a Parquet dataset: one file per partition and table, under OUT/<table>/.

Workers write here and the store merges from here, so the dataset is both what users can query with
DuckDB or Spark (`read_parquet('OUT/mentions/*.parquet')`) and the checkpoint of a Dask run. A
partition's `documents` file is written last, each file under a temporary name then renamed: a
partition is complete exactly when its documents file exists, and a run killed half-way leaves no
half-written file that looks complete.
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .database import ErrorRow
from .rows import DocumentRows
from .schema import arrow_schema

# The order files are written in; `documents` last marks the partition complete.
PART_TABLES = ("sentences", "mentions", "errors", "documents")


def part_files(out: Path, part_id: str) -> dict[str, str]:
    """The file of each table for one partition."""
    return {table: str(out / table / f"part-{part_id}.parquet") for table in PART_TABLES}


def write_part(out: Path, part_id: str, documents: list[DocumentRows], errors: list[ErrorRow]) -> dict[str, str]:
    """Write a partition's rows, one Parquet file per table (empty tables too), and return the files."""
    now = datetime.now()
    latest = {e.origin: e for e in errors}  # once per origin, the latest wins, as in the store
    rows = {
        "documents": [dict(d.document, ingested_at=now) for d in documents],
        "sentences": [s for d in documents for s in d.sentences],
        "mentions": [m for d in documents for m in d.mentions],
        "errors": [{"origin": e.origin, "doc_key": e.doc_key, "message": e.message, "seen_at": now}
                   for e in latest.values()],
    }
    files = part_files(out, part_id)
    for table in PART_TABLES:
        path = Path(files[table])
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        pq.write_table(pa.Table.from_pylist(rows[table], schema=arrow_schema(table)), partial)
        os.replace(partial, path)
    return files


def complete_parts(out: Path) -> list[dict[str, str]]:
    """The files of every complete partition in the dataset, by partition id."""
    marks = sorted((out / "documents").glob("part-*.parquet"))
    return [part_files(out, mark.stem.removeprefix("part-")) for mark in marks]


def remove_incomplete(out: Path) -> None:
    """Delete what a killed run left of partitions it did not finish, so the dataset holds whole partitions only."""
    done = {mark.name for mark in (out / "documents").glob("part-*.parquet")}
    for table in PART_TABLES:
        for path in (out / table).glob("part-*.parquet*"):
            if path.name.endswith(".partial") or path.name not in done:
                path.unlink()
