"""Helpers for the store and pipeline tests: small corpora and table snapshots."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.resolver import ActorResolver
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


STORY_DAY = date(2025, 3, 14)


def last_subject(nlp, text: str, day: date = STORY_DAY, places=None):
    """The actor of the last sentence's subject, with the whole text as its document."""
    doc = nlp(text)
    sentences = list(doc.sents)
    head = next(t for t in sentences[-1] if t.dep_ in ("nsubj", "nsubjpass"))
    return ActorResolver(load_knowledge(), places).resolve(head, day, 0, len(sentences) - 1)
