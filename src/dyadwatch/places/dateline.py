"""Where a report was filed: the dateline that opens its body."""
from __future__ import annotations

import re

from ..documents.document import Document
from .gazetteer import Gazetteer
from .location import Location
from .mentions import MIN_TOWN_POPULATION
from .names import name_key

# 'KYIV, Ukraine (AP) - ', 'WASHINGTON -- ', 'BEIRUT/JERUSALEM, Oct 5 (Reuters) - ', and in the title case of
# many papers 'Mumbai: ', 'Kyiv, Ukraine - ' (up to four words, taken only when they name a known town).
_DATELINE = re.compile(r"^\s*((?:[A-Z][A-Za-z.'\-]*[A-Za-z.]|[A-Z])(?: [A-Za-z.'\-]*[A-Za-z.]){0,3})(?:/[A-Z][A-Za-z.'\- ]*)?"
                       r"(?:,\s*([^()\n\u2013\u2014]{1,40}?))?\s*(?:\([^)\n]*\)\s*)?(?:-{1,2}|\u2013|\u2014|:)\s")


def document_dateline(document: Document, gazetteer: Gazetteer) -> Location | None:
    """'KYIV, Ukraine (AP) - ', 'TBILISI, December 5, 2024 (Ledger Wire) - ' or 'WASHINGTON -- ' at the
    start of the body: where the report was filed."""
    body = next((s for s in document.segments if s.kind == "body"), None)
    if body is None:
        return None
    start = body.start
    for _ in range(2):  # the body's first paragraph, or the one after a headline
        match = _DATELINE.match(document.text[start : start + 160])
        end = document.text.find("\n\n", start, body.end)
        if match or end < 0:
            break
        start = end + 2
    if not match:
        return None
    candidates = gazetteer.candidates(name_key(match.group(1)))
    country = (match.group(2) or "").split(",")[0]
    if country and not any(c.isdigit() for c in country):  # 'KYIV, Ukraine', not 'TBILISI, December 5'
        countries = {c.country for c in gazetteer.candidates(name_key(country)) if c.is_country}
        candidates = tuple(p for p in candidates if p.country in countries or
                           name_key(p.adm1 or "") == name_key(country)) or candidates
    if not match.group(1).isupper() and not any(p.is_country for p in candidates):
        # a title-case dateline only for a town of some size; 'Taiwan: a test' is a headline
        candidates = tuple(p for p in candidates if p.feature_class == "P" and p.population >= MIN_TOWN_POPULATION)
    elif not match.group(1).isupper():
        candidates = ()
    if not candidates:
        return None
    best = max(candidates, key=lambda p: (p.feature_code == "PPLC", p.feature_class == "P", p.population))
    start += match.start(1)
    return Location(best, match.group(1), (start, start + len(match.group(1))), "dateline")
