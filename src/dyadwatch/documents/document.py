"""The document model every stage shares: one text, cut into typed segments."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

SEGMENT_KINDS = ("title", "body", "quote", "comment")
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Segment:
    """A stretch of the document text: the title, the author's body, a quoted excerpt or a reader comment."""

    kind: str
    start: int
    end: int
    cited: str | None = None


@dataclass
class Document:
    """A news document; all character offsets anywhere in dyadwatch point into `text`."""

    id: str
    text: str
    segments: list[Segment] = field(default_factory=list)
    published: date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    origin: str = "<text>"
    notes: list[str] = field(default_factory=list)  # what the reader set aside (e.g. an impossible date): warned, not errors

    def segment_at(self, offset: int) -> Segment | None:
        for seg in self.segments:
            if seg.start <= offset < seg.end:
                return seg
        return None

    def segment_text(self, segment: Segment) -> str:
        return self.text[segment.start : segment.end]

    @classmethod
    def assemble(cls, doc_id: str, pieces: Iterable[Piece], **fields: Any) -> Document:
        """Join pieces into one text with "\\n\\n" between paragraphs, one segment per piece.

        Every reader builds its documents here, so offsets and separators are the same for all formats.
        """
        parts: list[str] = []
        segments: list[Segment] = []
        position = 0
        for piece in pieces:
            paragraphs = [p for p in piece.paragraphs if p]
            if not paragraphs:
                continue
            if parts:
                parts.append(PARAGRAPH_BREAK)
                position += len(PARAGRAPH_BREAK)
            body = PARAGRAPH_BREAK.join(paragraphs)
            parts.append(body)
            segments.append(Segment(piece.kind, position, position + len(body), piece.cited))
            position += len(body)
        return cls(id=doc_id, text="".join(parts), segments=segments, **fields)


@dataclass
class Piece:
    """Paragraphs that become one segment when a document is assembled."""

    kind: str
    paragraphs: list[str]
    cited: str | None = None
