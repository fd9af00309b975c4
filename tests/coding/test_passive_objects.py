"""A passive's subject plays the object's part in matching ('the hostages were released by Hamas' is
'Hamas released the hostages'), and its by-agent is the source, filling no object slot."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def events(coder, text: str):
    return coder.code(read_text(text, "t", published=date(2025, 3, 1)))


@pytest.mark.parametrize(
    "text, root, source, target",
    [
        ("Aid was delivered to Gaza by Jordan.", "07", "JOR", "PSE"),
        ("The hostages were released by Hamas in Gaza.", "08", "PSE", None),
        ("The police station was burned by militants in Karachi.", "17", "PAK", None),
        ("The police station was burned by protesters in Karachi.", "14", "PAK", None),  # rioting (senses.txt)
        ("Humanitarian supplies were sent to Sudan by Egypt.", "07", "EGY", "SDN"),
        ("The Ukrainian prisoners were freed by Russia on Friday.", "08", "RUS", "UKR"),
    ],
)
def test_passive_subject_is_the_object(coder, text, root, source, target):
    found = [e for e in events(coder, text) if e.cameo.root == root]
    assert found and found[0].source.country == source
    assert target is None or found[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "The statement was released by Hamas on Friday.",
        "The report was published by Iran.",
    ],
)
def test_the_agent_fills_no_object_word(coder, text):
    assert not [e for e in events(coder, text) if e.cameo.root == "08"]
