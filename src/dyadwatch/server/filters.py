"""The dashboard's event filters: parsed from a query string, checked, and turned into bound SQL parameters.

`EventQuery` extends the store's `EventFilter` (actor, dates, CAMEO root) with what a person browsing
needs (an unordered dyad, quad class, PLOVER type, modality, outlet, words in the sentence), so that the
CSV and JSONL exports of the dashboard are exactly `dyadwatch events` on the same filter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Mapping
from urllib.parse import urlencode

from ..coding.ontology import load_ontology
from ..errors import RequestError
from ..store.export import EventFilter

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_PAGE = 10_000
MODALITIES = ("asserted", "future", "hypothetical", "background")  # as coding/factuality.py sets them
_ACTOR = re.compile(r"[A-Z0-9-]{1,15}")
_ROOT = re.compile(r"\d{1,2}")
_WORDS_LIMIT = 200


@dataclass(frozen=True)
class EventQuery(EventFilter):
    """Filters of the Events view. `pair` is an unordered dyad: both directions match."""

    pair: tuple[str, str] | None = None
    quad: int | None = None
    plover: str | None = None
    modality: str | None = None
    outlet: str | None = None
    text: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        where, params = super().where()
        clauses = [where.removeprefix(" WHERE ")] if where else []
        if self.pair:
            a, b = self.pair
            clauses.append("((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)) OR "
                           "(starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))")
            params += [a, b, b, a]
        if self.quad:
            clauses.append("e.quad_class = ?")
            params.append(self.quad)
        if self.plover:
            clauses.append("e.plover_type = ?")
            params.append(self.plover)
        if self.modality:
            clauses.append("e.modality = ?")
            params.append(self.modality)
        if self.outlet:
            # Any report of the event by that outlet, not only the first one.
            clauses.append("e.group_key IN (SELECT m2.group_key FROM mentions m2 JOIN documents d2 "
                           "ON d2.doc_key = m2.doc_key WHERE d2.outlet = ?)")
            params.append(self.outlet)
        if self.text:
            clauses.append("contains(lower(e.sentence), lower(?))")
            params.append(self.text)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def params(self) -> dict[str, str]:
        """The filter as query-string parameters (for links to the next page and to the exports)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name == "pair":
                out["dyad"] = "-".join(value)
            elif f.name == "dyad":
                out["dyad"] = ">".join(value)
            elif f.name in ("since", "until"):
                out[f.name] = value.isoformat()
            else:
                out[f.name] = str(value)
        return out

    def query_string(self, **extra: Any) -> str:
        return urlencode({**self.params(), **{k: v for k, v in extra.items() if v is not None}})


@dataclass(frozen=True)
class Page:
    number: int = 1
    size: int = PAGE_SIZE

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def parse_query(args: Mapping[str, str]) -> EventQuery:
    """Read the filters from query-string parameters; a value that cannot be used raises RequestError."""
    dyad = _text(args, "dyad")
    pair, directed = None, None
    if dyad:
        if ">" in dyad:
            directed = _two(dyad, ">")
        else:
            pair = _two(dyad, "-")
    since, until = _day(args, "since"), _day(args, "until")
    if since and until and since > until:
        raise RequestError(f"since {since} is after until {until}")
    root = _text(args, "root")
    if root and not (_ROOT.fullmatch(root) and 1 <= int(root) <= 20):
        raise RequestError(f"root '{root}': give a CAMEO root code, 01 to 20")
    plover = _text(args, "plover")
    if plover:
        plover = _plover(plover)
    quad = _text(args, "quad")
    if quad and quad not in ("1", "2", "3", "4"):
        raise RequestError(f"quad '{quad}': give a quad class, 1 to 4")
    modality = _text(args, "modality")
    if modality and modality not in MODALITIES:
        raise RequestError(f"modality '{modality}': give one of {', '.join(MODALITIES)}")
    actor = _text(args, "actor")
    if actor:
        actor = _actor(actor)
    text = _text(args, "text")
    if text and len(text) > _WORDS_LIMIT:
        raise RequestError(f"text: at most {_WORDS_LIMIT} characters")
    return EventQuery(actor=actor, dyad=directed, since=since, until=until, root=root.zfill(2) if root else None,
                      pair=pair, quad=int(quad) if quad else None, plover=plover,
                      modality=modality, outlet=_text(args, "outlet"), text=text)


def parse_page(args: Mapping[str, str]) -> Page:
    number = _int(args, "page", 1, 1, MAX_PAGE)
    size = _int(args, "page_size", PAGE_SIZE, 1, MAX_PAGE_SIZE)
    return Page(number, size)


def actor_code(value: str) -> str:
    """An actor or country code from a URL path (RUS, RUSMIL, IGOUNO)."""
    return _actor(value)


def _actor(value: str) -> str:
    code = value.strip().upper()
    if not _ACTOR.fullmatch(code):
        raise RequestError(f"'{value}' is not an actor code; write it like RUS, RUSMIL or IGOUNO")
    return code


def _plover(value: str) -> str:
    """A PLOVER event type of the CAMEO table, in any case; anything else is named, as a wrong root is."""
    types = sorted({c.plover_type for c in load_ontology().codes.values() if c.plover_type})
    if value.upper() not in types:
        raise RequestError(f"plover '{value}': give a PLOVER type, one of {', '.join(types)}")
    return value.upper()


def _two(value: str, sep: str) -> tuple[str, str]:
    parts = value.split(sep)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise RequestError(f"dyad '{value}': write it as RUS-PRK (either direction) or RUS>PRK (RUS acting on PRK)")
    return _actor(parts[0]), _actor(parts[1])


def _text(args: Mapping[str, str], name: str) -> str | None:
    value = args.get(name, "").strip()
    return value or None


def _day(args: Mapping[str, str], name: str) -> date | None:
    value = _text(args, name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RequestError(f"{name} '{value}' is not a date; write it as YYYY-MM-DD") from None


def _int(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = _text(args, name)
    if value is None:
        return default
    if not value.isdigit() or not low <= int(value) <= high:
        raise RequestError(f"{name} '{value}': give a whole number from {low} to {high}")
    return int(value)
