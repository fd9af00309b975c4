"""What is read but not coded: documents too long to parse at once, and documents not in English.

Both `dyadwatch code` and `dyadwatch ingest` ask here, so a document gets the same answer from each.
"""
from __future__ import annotations

from .document import Document
from .language import detect_language

# Longer segments are refused rather than parsed: spaCy's memory grows with the length of one text,
# and this keeps a worker well under 1.5 GB (a whole book in one line is almost never a news article).
MAX_SEGMENT_CHARS = 200_000


def too_long(document: Document) -> str | None:
    """Why the document cannot be parsed, when one of its segments is too long; else None."""
    longest = max((s.end - s.start for s in document.segments), default=0)
    if longest <= MAX_SEGMENT_CHARS:
        return None
    return (f"a segment of {longest} characters is longer than the {MAX_SEGMENT_CHARS} dyadwatch parses at "
            "once; split the document into articles")


def not_english(document: Document) -> str | None:
    """Why the document is skipped, when it is not in English; else None."""
    found = detect_language(document.text)
    if found.english:
        return None
    return f"{found.name} text detected (by its {found.how}); skipped: dyadwatch codes English"
