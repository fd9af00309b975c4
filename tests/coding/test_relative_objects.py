"""The noun an active relative clause modifies is its verb's object ('a charge New Delhi rejected',
'the allegations, which Kabul rejected'), so that entries naming the object match."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def coded(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.source.code, e.cameo.code) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pakistani officials blamed India for the attack, a charge New Delhi quickly rejected.", ("INDGOV", "016")),
        ("Pakistan repeated the allegations, which Kabul rejected on Thursday.", ("AFGGOV", "016")),
        ("Islamabad repeated the claims, which India's foreign ministry dismissed.", ("INDGOV", "016")),
    ],
)
def test_a_charge_rejected_in_a_relative_clause_is_a_denial(coder, text, expected):
    assert expected in coded(coder, text)

