"""Coding a short story and reading the place of the events at one trigger."""
from __future__ import annotations

from datetime import date

from dyadwatch.documents.document import Document, Segment

STORY_DAY = date(2025, 3, 14)


def story_events(coder, text: str, trigger: str, source: str | None = None) -> list:
    """The events a one-body story codes at the trigger (done by the source's words, if given)."""
    document = Document("t", text, [Segment("body", 0, len(text))], published=STORY_DAY)
    found = [e for e in coder.code(document)
             if e.evidence.trigger == trigger and (source is None or e.source.text == source)]
    assert found, f"no {trigger!r} event{'' if source is None else f' by {source!r}'} in {text!r}"
    return found


def summary(location) -> tuple[str, str, str] | None:
    """(name, country, precision) of an event's place, or None."""
    return (location.place.name, location.place.country, location.place.precision) if location else None
