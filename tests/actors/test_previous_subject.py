"""A sentence whose subject is 'they' refers to the plural subject of the sentence before it, so that
'they blocked the highway' is coded as the act of the protesters named just before."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

PUBLISHED = date(2025, 3, 1)


def events_by(coder, text: str) -> list[tuple[str, str, str]]:
    events = coder.code(read_text(text, "t", published=PUBLISHED))
    return [(e.cameo.code, e.source.code, e.source.resolved_by) for e in events]


@pytest.mark.parametrize("text, root, source", [
    ("Farmers gathered in Amritsar on Monday. They blocked the highway for six hours.", "14", "INDAGR"),
    ("Hundreds of students marched to the collectorate in Madurai. They shouted slogans against the government.",
     "14", "INDEDU"),
    ("Villagers in Kano gathered outside the council office. They blocked the main road to the city.",
     "14", "NGACVL"),
])
def test_they_refers_to_the_plural_subject_before(coder, text, root, source):
    got = events_by(coder, text)
    assert any(c.startswith(root) and s == source and how == "coreference" for c, s, how in got), got


@pytest.mark.parametrize("text", [
    "They blocked the highway for six hours.",
    "The minister arrived in Amritsar on Monday. They blocked the highway for six hours.",
])
def test_they_without_a_plural_subject_before_names_no_one(coder, text):
    got = events_by(coder, text)
    assert not [g for g in got if g[0].startswith("14") and g[2] == "coreference"], got
