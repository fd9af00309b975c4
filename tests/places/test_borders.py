"""A border named by its country is that country's edge: the event is on the side of its actors."""
from __future__ import annotations

import pytest

from places_helpers import story_events


def located(coder, text: str, trigger: str):
    return story_events(coder, text, trigger)[0].location

@pytest.mark.parametrize("text, trigger, country", [
    ("Pakistani troops killed five militants near the Afghan border on Sunday, the military said.", "killed", "PAK"),
    ("Iranian border guards shot dead six Afghan migrants near the Afghan border.", "shot", "IRN"),
    ("Turkish troops killed 12 militants along the Iraqi border, the defense ministry said.", "killed", "TUR"),
    ("Israeli jets struck Hezbollah positions near the Syrian border on Monday.", "struck", "LBN"),
])
def test_a_border_is_on_the_side_of_the_events_actors(coder, text, trigger, country):
    location = located(coder, text, trigger)
    assert location is not None
    assert (location.place.country, location.place.precision, location.resolved_by) == (country, "country", "locative")


@pytest.mark.parametrize("text, trigger, name", [
    # another place of the phrase says more than the border
    ("Troops clashed with rebels near the Sudanese border in eastern Chad.", "clashed", "Chad"),
    ("Militants ambushed a police convoy near the Afghan border in Pakistan's Khyber Pakhtunkhwa province.",
     "ambushed", "Khyber Pakhtunkhwa"),
    # a border in the possessive is its owner's side
    ("Sheinbaum sent 10,000 troops to Mexico's northern border with the U.S.", "sent", "Mexico"),
])
def test_a_border_gives_way_to_the_place_that_holds_it(coder, text, trigger, name):
    location = located(coder, text, trigger)
    assert location is not None and location.place.name == name


def test_the_land_of_a_country_named_by_its_adjective_is_still_that_country(coder):
    """The trap: 'Afghan territory' is Afghanistan, unlike 'the Afghan border'."""
    location = located(coder, "Pakistani jets struck militant hideouts inside Afghan territory.", "struck")
    assert location is not None and location.place.country == "AFG"
