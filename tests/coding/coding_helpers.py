"""Helpers for the lexicon tests: code one sentence and compare its events by code and country."""
from __future__ import annotations

from datetime import date

from dyadwatch.documents.readers import read_text

PUBLISHED = date(2024, 6, 1)

Triple = tuple[str, "str | None", "str | None"]


def events_of(coder, text: str, published: date = PUBLISHED) -> list[Triple]:
    """(CAMEO code, source country, target country) of every event coded from the text."""
    events = coder.code(read_text(text, "t", published=published))
    return [(e.cameo.code, e.source.country, e.target.country if e.target else None) for e in events]


def assert_event(coder, text: str, prefix: str, source: str, target: str | None = None,
                 published: date = PUBLISHED) -> None:
    """Some event's code starts with `prefix`, from `source` to `target` (any target when None)."""
    got = events_of(coder, text, published)
    assert any(c.startswith(prefix) and s == source and (target is None or t == target) for c, s, t in got), got


def assert_no_event(coder, text: str, prefixes: tuple[str, ...], published: date = PUBLISHED) -> None:
    """No event's code starts with any of `prefixes` (a root, a family or a code)."""
    got = events_of(coder, text, published)
    assert not [g for g in got if g[0].startswith(prefixes)], got


def codes_of(coder, text: str, published: date = PUBLISHED) -> list[tuple[str, str, str | None]]:
    """(CAMEO code, full source code, full target code) of every event coded from the text."""
    events = coder.code(read_text(text, "t", published=published))
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]


# the date the tests of agentless acts, factuality, senses, places and targets give their texts
RECENT = date(2025, 3, 1)


def code(coder, text: str, published: date = RECENT) -> list:
    """The events coded from the text, as a document of that date."""
    return coder.code(read_text(text, "t", published=published))


def triples(events) -> set[tuple]:
    """(source code, target code, CAMEO root) of each event."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo.root) for e in events}
