"""Events with their evidence: the first report's sentence, with trigger and actors located by offsets.

Evidence spans are character offsets in the document; the stored sentence knows where it starts, so a span
minus the sentence's start is its place in the sentence. A span that does not fit the sentence (a store
written by another version) is left unmarked rather than guessed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import duckdb

from .filters import Page

# The page is chosen on the narrow (date, id) of `events` alone, so a deep page sorts two columns, not whole
# rows; only the page's events are then read in full and joined to their first report.
_SELECT = """
WITH page AS (SELECT e.event_id FROM events e{where} ORDER BY e.date DESC NULLS LAST, e.event_id LIMIT ? OFFSET ?)
SELECT e.event_id, e.date, e.source_code, e.source_name, e.target_code, e.target_name, e.cameo, e.cameo_root,
       e.cameo_name, e.quad_class, e.goldstein, e.plover_type, e.negated, e.modality, e.mentions, e.sources,
       e.articles, e.sentence, m.reported_by, m.segment, m.evidence, s.text AS stored_sentence,
       s.start_char, d.doc_key, d.url, d.outlet, d.title, d.published
FROM page p JOIN events e ON e.event_id = p.event_id
LEFT JOIN mentions m ON m.doc_key = e.first_doc_key AND m.mention_index = e.first_mention_index
LEFT JOIN sentences s ON s.doc_key = m.doc_key AND s.sentence_index = m.sentence_index
LEFT JOIN documents d ON d.doc_key = e.first_doc_key
ORDER BY e.date DESC NULLS LAST, e.event_id
"""
MARKS = ("source", "trigger", "target")


@dataclass(frozen=True)
class Piece:
    """A run of sentence text, marked as source, trigger or target, or plain (mark None)."""

    text: str
    mark: str | None = None


def event_rows(con: duckdb.DuckDBPyConnection, where: str, params: list[Any], page: Page) -> list[dict]:
    """One page of events (newest first), each with its first report's evidence located in the sentence."""
    cursor = con.execute(_SELECT.format(where=where), [*params, page.size, page.offset])
    names = [d[0] for d in cursor.description]
    return [event_record(dict(zip(names, row))) for row in cursor.fetchall()]


def count_events(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> int:
    return con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]


def event_record(row: dict) -> dict:
    """An event row for the API: its columns, the sentence, and the spans relative to that sentence."""
    sentence = row.pop("stored_sentence") or row["sentence"] or ""
    evidence = json.loads(row.pop("evidence") or "null") or {}
    start = row.pop("start_char")
    spans = {}
    if start is not None:
        for mark in MARKS:
            span = evidence.get(f"{mark}_span")
            if span and 0 <= span[0] - start < span[1] - start <= len(sentence):
                spans[mark] = [span[0] - start, span[1] - start]
    row["sentence"] = sentence
    row["trigger"] = evidence.get("trigger")
    row["spans"] = spans
    row["link"] = document_link(row["url"], row["doc_key"])
    return row


def pieces(sentence: str, spans: dict[str, list[int]]) -> list[Piece]:
    """The sentence cut at the spans, in order; a span overlapping an earlier one is dropped."""
    out: list[Piece] = []
    at = 0
    for mark, (start, end) in sorted(spans.items(), key=lambda item: item[1][0]):
        if start < at:
            continue
        if start > at:
            out.append(Piece(sentence[at:start]))
        out.append(Piece(sentence[start:end], mark))
        at = end
    if at < len(sentence):
        out.append(Piece(sentence[at:]))
    return out


def document_link(url: str | None, doc_key: str | None) -> str | None:
    """Where to read the report: its web address when it has one (http or https only: a `javascript:`
    URL in a feed must not become a link), else the stored text on this dashboard."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return f"/doc/{doc_key}" if doc_key else None
