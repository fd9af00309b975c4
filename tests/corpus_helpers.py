"""Helpers for the store and pipeline tests: small corpora and table snapshots."""
from __future__ import annotations

import json
from pathlib import Path

from dyadwatch.store import Store
from dyadwatch.pipeline import IngestOptions

ONE_WORKER = IngestOptions(workers=1, batch_size=2)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def report(n: int, published: str, outlet: str, text: str = "Russian forces attacked Ukraine on Monday.") -> dict:
    return {"id": f"r{n}", "text": text, "published": published, "url": f"https://{outlet}/story/{n}", "title": None}


def table_rows(store: Store, table: str, skip: tuple[str, ...] = ("ingested_at", "first_seen", "seen_at")) -> list[tuple]:
    """A table's rows, sorted, without the columns that record when something happened."""
    names = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in skip]
    rows = store.con.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()
    return sorted(rows, key=repr)


STORED_TABLES = ("documents", "sentences", "mentions", "event_dates", "events", "errors")
