"""People asked back are an appeal for release (0253); clarification sought about something is the
generic appeal, whatever it is about."""
from __future__ import annotations

import pytest
from coding_helpers import events_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine asked Russia for the return of Ukrainian children.", ("0253", "UKR", "RUS")),
        ("Afghanistan sought the repatriation of its citizens from Iran.", ("0253", "AFG", None)),
        ("The Thai government said China had asked for the return of 45 Chinese nationals.", ("0253", "CHN", None)),
        ("The White House sought clarification from Moscow about the troop movements.", ("020", "USA", "RUS")),
    ],
)
def test_appeals_for_people_back_and_for_clarification(coder, text, expected):
    code, source, target = expected
    got = events_of(coder, text)
    assert any(c == code and s == source and (target is None or t == target) for c, s, t in got), got


def test_clarification_about_troops_is_no_request_for_troops(coder):
    got = events_of(coder, "The White House sought clarification from Moscow about the troop movements.")
    assert not [g for g in got if g[0] == "0232"], got
