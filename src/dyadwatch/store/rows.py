"""Turn documents and coded documents into table rows; this runs in the worker processes.

Workers send plain rows (dicts) back to the writer, so that the single writer only does bulk inserts.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from ..documents.document import Document

if TYPE_CHECKING:  # the writer imports this module: it must not import spaCy through the coder
    from ..coding.event import CodedDocument
    from ..coding.event import Event

_ORIGIN_SUFFIX = re.compile(r"(:\d+|#record \d+)$")


def document_key(document: Document) -> str:
    """The identity of a document: its text, and its URL when it has one (the same text at two URLs is
    two reports). Ids and file names do not count, so the same article read twice is stored once."""
    digest = hashlib.sha256()
    digest.update((document.url or "").encode("utf-8"))
    digest.update(b"\0")
    digest.update(document.text.encode("utf-8"))
    return digest.hexdigest()[:32]


def outlet(document: Document) -> str:
    """Who published the document, for counting sources: its `source`, else the host of its URL, else the file."""
    if document.source:
        return document.source
    if document.url:
        host = urlparse(document.url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return _ORIGIN_SUFFIX.sub("", document.origin)


def group_key(event: Event) -> str:
    """Mentions with the same group key and nearby dates are one happening (see dedup.py)."""
    target = event.target.code if event.target else "-"
    return f"{event.source.code}|{target}|{event.cameo.code}|{int(event.negated)}|{event.modality}"


@dataclass
class DocumentRows:
    """Everything one document adds to the store."""

    key: str
    document: dict
    sentences: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)


def document_rows(coded: CodedDocument, key: str) -> DocumentRows:
    doc = coded.document
    rows = DocumentRows(key, {
        "doc_key": key, "doc_id": doc.id, "url": doc.url, "title": doc.title, "outlet": outlet(doc),
        "published": doc.published, "origin": doc.origin, "sentences": len(coded.sentences),
        "words": len(doc.text.split()), "mentions": len(coded.events),
    })
    needed = {e.sentence_index for e in coded.events}
    rows.sentences = [
        {"doc_key": key, "sentence_index": s.index, "segment": s.segment, "start_char": s.span[0],
         "end_char": s.span[1], "text": s.text}
        for s in coded.sentences if s.index in needed
    ]
    rows.mentions = [_mention(key, n, e) for n, e in enumerate(coded.events)]
    return rows


def _mention(key: str, index: int, event: Event) -> dict:
    record = event.to_dict()
    source, target, code = event.source, event.target, event.cameo
    return {
        "doc_key": key, "mention_index": index, "sentence_index": event.sentence_index, "group_key": group_key(event),
        "date": event.date, "date_source": event.date_source,
        "source_code": source.code, "source_country": source.country, "source_name": source.name,
        "source_text": source.text,
        "target_code": target.code if target else None, "target_country": target.country if target else None,
        "target_name": target.name if target else None, "target_text": target.text if target else None,
        "cameo": code.code, "cameo_root": code.root, "cameo_name": code.name, "quad_class": code.quad_class,
        "goldstein": code.goldstein, "plover_type": code.plover_type, "plover_mode": code.plover_mode,
        "plover_context": code.plover_context, "negated": event.negated, "modality": event.modality,
        "reported_by": event.reported_by.code if event.reported_by else None, "segment": event.segment,
        "trigger": event.evidence.trigger, "evidence": json.dumps(record["evidence"], ensure_ascii=False),
        "record": json.dumps(record, ensure_ascii=False),
        **_place(record["location"]),
    }


def _place(location: dict | None) -> dict:
    """The place_* columns of a mention (all None when the event has no place)."""
    location = location or {}
    return {f"place_{key}": location.get(key) for key in
            ("name", "country", "adm1", "lat", "lon", "feature", "precision", "text", "resolved_by")}
