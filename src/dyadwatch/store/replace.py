"""One URL is one document: a later, fuller capture of a page replaces the one stored.

Crawls capture a page more than once (an update, a re-crawl, a capture that was cut short); storing
each would count its events as several articles. Ingest keeps the capture with the most text and
removes the rows of the one it replaces, refreshing the events they were part of.
"""
from __future__ import annotations

from dataclasses import dataclass

from .columns import temp_table
from .database import Store
from .dedup import refresh_events


@dataclass(frozen=True)
class StoredUrl:
    """The document stored (or read in this run) for a URL: its key, length in words, and where it came from."""

    key: str
    words: int
    origin: str


def stored_urls(store: Store) -> dict[str, StoredUrl]:
    """The stored document of each URL (the longest, should older runs have stored several)."""
    with store.connected() as con:
        rows = con.execute(
            "SELECT url, doc_key, words, origin FROM documents WHERE url IS NOT NULL ORDER BY words, doc_key"
        ).fetchall()
    return {url: StoredUrl(key, words or 0, origin) for url, key, words, origin in rows}


def remove_documents(store: Store, keys: list[str]) -> None:
    """Remove documents with their sentences and mentions, and refresh the events they were part of."""
    if not keys:
        return
    with store.connected() as con, store.transaction():
        temp_table(con, "_removed", [("doc_key", "VARCHAR")], [keys])
        try:
            groups = con.execute(
                "SELECT DISTINCT group_key FROM mentions WHERE doc_key IN (SELECT doc_key FROM _removed)").fetchall()
            for table in ("mentions", "sentences", "documents"):
                con.execute(f"DELETE FROM {table} WHERE doc_key IN (SELECT doc_key FROM _removed)")
        finally:
            con.execute("DROP TABLE IF EXISTS _removed")
        refresh_events(con, {g for (g,) in groups})
