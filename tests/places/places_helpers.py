"""Coding a short story and reading the place of the events at one trigger."""
from __future__ import annotations

from datetime import date

from dyadwatch.documents.document import Document, Segment

STORY_DAY = date(2025, 3, 14)


def code_story(coder, text: str) -> list:
    """Every event of a one-body story published on STORY_DAY."""
    return coder.code(Document("t", text, [Segment("body", 0, len(text))], published=STORY_DAY))


def story_events(coder, text: str, trigger: str, source: str | None = None) -> list:
    """The events a one-body story codes at the trigger (done by the source's words, if given)."""
    found = [e for e in code_story(coder, text)
             if e.evidence.trigger == trigger and (source is None or e.source.text == source)]
    assert found, f"no {trigger!r} event{'' if source is None else f' by {source!r}'} in {text!r}"
    return found


def located(coder, text: str, trigger: str):
    """The place of the first event the story codes at the trigger."""
    return story_events(coder, text, trigger)[0].location


def name_and_country(location) -> tuple[str, str] | None:
    """(name, country) of an event's place, or None."""
    return (location.place.name, location.place.country) if location else None


def summary(location) -> tuple[str, str, str] | None:
    """(name, country, precision) of an event's place, or None."""
    return (location.place.name, location.place.country, location.place.precision) if location else None
