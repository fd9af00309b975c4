"""A deed that someone reports happened where the report says, not where the one who reports it was;
words happen where they were said."""
from __future__ import annotations

import pytest

from places_helpers import located


@pytest.mark.parametrize("text, trigger, name", [
    ("Gunmen attacked a passenger train near Sibi on Tuesday. During a visit to Quetta for a high-level security "
     "meeting Thursday, Pakistan's Prime Minister Shehbaz Sharif told media 339 passengers were rescued.",
     "rescued", "Sibi"),
    ("Militants stormed a hotel in Beledweyne on Sunday. Speaking in Mogadishu on Monday, the army spokesman said "
     "troops killed all six attackers.", "killed", "Beledweyne"),
])
def test_a_reported_deed_is_not_placed_where_its_reporter_speaks(coder, text, trigger, name):
    location = located(coder, text, trigger)
    assert location is not None
    assert (location.place.name, location.resolved_by) == (name, "story")


def test_words_are_placed_where_they_were_said(coder):
    text = "Speaking in Mogadishu on Monday, the army spokesman condemned the attack."
    location = located(coder, text, "condemned")
    assert location is not None and location.place.name == "Mogadishu"
