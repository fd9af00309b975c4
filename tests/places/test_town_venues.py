"""A building named after its town ('the Karachi Press Club', 'the Lahore High Court') places an act done
at it in the town; a newspaper, a university or a workplace named after a place does not."""
from __future__ import annotations

import pytest

from places_helpers import code_story, name_and_country


def places_of(coder, text: str) -> list:
    return [(e.evidence.trigger, name_and_country(e.location)) for e in code_story(coder, text)]


@pytest.mark.parametrize("text, trigger, place", [
    ("Protesters rallied at the Karachi Press Club on Sunday to demand the release of detained activists.",
     "rallied", ("Karachi", "PAK")),
    ("Lawyers protested outside the Lahore High Court on Monday, demanding the release of the chief justice.",
     "protested", ("Lahore", "PAK")),
    ("Police fired tear gas outside the Peshawar Press Club on Friday to disperse journalists.", "fired",
     ("Peshawar", "PAK")),
])
def test_an_act_at_a_building_named_after_its_town_is_in_the_town(coder, text, trigger, place):
    assert (trigger, place) in places_of(coder, text)


@pytest.mark.parametrize("text", [
    "The minister wrote in the Washington Post that the sanctions had failed.",
    "Li Jifeng, a doctor at Chaoyang Hospital, wrote in a blog that the patients were isolated.",
    "Students protested at Washington University on Monday against the tuition rise.",
])
def test_a_newspaper_a_workplace_or_a_university_named_after_a_place_places_nothing(coder, text):
    assert all(place is None for _, place in places_of(coder, text))
