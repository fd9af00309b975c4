"""Recall on news English: expressions of whole classes that real stories use and that coded nothing."""
from __future__ import annotations

import pytest

from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize("text, source, target", [
    # custody held by a named holder is detention (173) of the one held
    ("All eight Uyghurs remain in Thai custody.", "THA", "CHN"),
    ("Two American citizens remain in Iranian detention.", "IRN", "USA"),
    ("The opposition leader has been in Russian custody for two years.", "RUS", "RUS"),
])
def test_held_in_custody_is_detention(coder, text, source, target):
    assert_event(coder, text, "173", source, target)


@pytest.mark.parametrize("text", [
    "The talks remain in limbo.",
    "The peace plan remains in doubt after the vote.",
    # custody with nobody holding it names no doer
    "The activist has been in detention since March.",
])
def test_other_states_are_no_detention(coder, text):
    assert_no_event(coder, text, ("17",))
