"""'ramped up attacks', 'scaled up airstrikes': the noun carries the act and the verb's subject does it."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


@pytest.mark.parametrize(
    "text, root, source",
    [
        ("The BLA ramped up attacks on security forces in Balochistan.", "19", "PAK"),  # on armed forces: 190
        ("Russia has scaled up attacks on Ukraine's energy grid.", "18", "RUS"),
        ("Israel ramped up airstrikes on Gaza on Sunday.", "19", "ISR"),
    ],
)
def test_ramped_up_acts_are_the_subjects(coder, text, root, source):
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    assert any(e.cameo.root == root and e.source.country == source for e in events)
