"""The coded event: the contract that the CLI's JSONL output and every later stage rely on."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..actors.resolver import Actor
from ..documents.document import Document
from ..places.location import Location
from .ontology import CameoCode


@dataclass(frozen=True)
class Evidence:
    trigger: str
    trigger_span: tuple[int, int]
    source_span: tuple[int, int] | None  # None for an agent the text implies but does not name
    target_span: tuple[int, int] | None
    rule: str

    def to_dict(self) -> dict:
        return {
            "trigger": self.trigger,
            "trigger_span": list(self.trigger_span),
            "source_span": list(self.source_span) if self.source_span else None,
            "target_span": list(self.target_span) if self.target_span else None,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Event:
    doc_id: str
    sentence_index: int
    sentence: str
    sentence_span: tuple[int, int]
    segment: str
    date: date | None
    date_source: str
    source: Actor
    target: Actor | None
    cameo: CameoCode
    negated: bool
    modality: str
    reported_by: Actor | None
    evidence: Evidence
    location: Location | None = None  # where it happened (places/locate.py)

    @property
    def key(self) -> tuple:
        return (
            self.source.code,
            self.target.code if self.target else None,
            self.cameo.code,
        )

    def to_dict(self) -> dict:
        code = self.cameo
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "segment": self.segment,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": code.code,
            "cameo_root": code.root,
            "cameo_name": code.name,
            "quad_class": code.quad_class,
            "goldstein": code.goldstein,
            "plover": {"type": code.plover_type, "mode": code.plover_mode, "context": code.plover_context},
            "negated": self.negated,
            "modality": self.modality,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "evidence": self.evidence.to_dict(),
            "location": self.location.to_dict() if self.location else None,
        }


@dataclass(frozen=True)
class Sentence:
    index: int
    segment: str
    span: tuple[int, int]
    text: str


@dataclass
class CodedDocument:
    """A document with its sentences and the events coded from them."""

    document: Document
    sentences: list[Sentence]
    events: list[Event]
    discards: list[str] = field(default_factory=list)  # 'storydiscard: typhoon', 'dateline: CEBU CITY', ...

    def to_dict(self) -> dict:
        doc = self.document
        return {
            "id": doc.id,
            "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "url": doc.url,
            "source": doc.source,
            "text": doc.text,
            "segments": [
                {"kind": s.kind, "span": [s.start, s.end], "cited": s.cited} for s in doc.segments
            ],
            "sentences": [
                {"index": s.index, "segment": s.segment, "span": list(s.span), "text": s.text} for s in self.sentences
            ],
            "events": [e.to_dict() for e in self.events],
        }
