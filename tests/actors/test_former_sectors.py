"""A sector the text says a person no longer has ('a former lawyer') gives way to the one the
person holds ('Prime Minister'); it stays when it is the only one the phrase names."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def _sources(coder, text):
    return {e.source.code for e in coder.code(read_text(text, "t", published=date(2024, 6, 1)))}


@pytest.mark.parametrize(
    "text, code",
    [
        ("Pakistani Prime Minister Shehbaz Sharif, a former lawyer, met the Chinese ambassador.", "PAKGOV"),
        ("The Kenyan interior minister, an ex-journalist, accused the opposition of inciting violence.", "KENGOV"),
    ],
)
def test_a_former_occupation_gives_way_to_the_office(coder, text, code):
    assert code in _sources(coder, text)
