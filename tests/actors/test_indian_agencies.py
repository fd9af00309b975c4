"""India's national investigation agencies are its police (seats.tsv), and constables, Maoists and
Naxalites have sectors of their own (sectors.tsv)."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

PUBLISHED = date(2025, 3, 1)


def codes_of(coder, text: str) -> list[tuple[str, str, str | None]]:
    events = coder.code(read_text(text, "t", published=PUBLISHED))
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize("text", [
    "The NIA arrested two men in Srinagar on Friday.",
    "The CBI arrested a customs official in Chennai.",
    "The National Investigation Agency detained three suspects in Kochi.",
    "The Central Bureau of Investigation arrested a bank manager in Kolkata.",
])
def test_indian_agencies_are_police(coder, text):
    got = codes_of(coder, text)
    assert any(c.startswith("17") and s == "INDCOP" for c, s, _ in got), got


@pytest.mark.parametrize("text, actor", [
    ("Maoists attacked a police camp in Sukma district of Chhattisgarh.", "INDREB"),
    ("Naxalites torched two trucks in Dantewada, Chhattisgarh.", "INDREB"),
    ("Constables in Bihar detained three men at a check post.", "INDCOP"),
])
def test_sector_nouns_of_indian_news(coder, text, actor):
    got = codes_of(coder, text)
    assert any(s == actor for _, s, _ in got), got


def test_nia_abroad_is_not_indian_police(coder):
    got = codes_of(coder, "Nigeria's NIA director met President Tinubu in Abuja.")
    assert not [g for g in got if g[1] == "INDCOP"], got
