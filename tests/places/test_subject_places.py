"""Where the doers are places an event with no place of its own ('Police in Punjab arrested 40',
'Farmers across India protested'): the province or country they are in, not a town the story names
nor another place the sentence names later; 'officials from Kenya' and a thing's past are not such places."""
from __future__ import annotations

import pytest

from places_helpers import located, summary


@pytest.mark.parametrize("text, trigger, name, country", [
    # the province, not the town the story marched through
    ("Thousands of farmers marched through Lahore on Monday. Police in Punjab arrested 40 protesters on Tuesday.",
     "arrested", "Punjab", "PAK"),
    ("Authorities in Balochistan imposed a curfew after militants attacked a train near Sibi.", "curfew",
     "Balochistan", "PAK"),
    ("Farmers across India protested against the new laws, blocking highways near New Delhi.", "protested",
     "India", "IND"),
    # the doers' place, not the place of what they speak of
    ("Protesters in Karachi condemned the killing of a journalist in Islamabad.", "condemned", "Karachi", "PAK"),
    ("Residents in Gaza protested against Hamas on Tuesday after a strike in Rafah.", "protested", "Gaza", "PSE"),
])
def test_the_subjects_place_is_the_events(coder, text, trigger, name, country):
    location = located(coder, text, trigger)
    assert location is not None and location.resolved_by == "locative"
    assert (location.place.name, location.place.country) == (name, country)


@pytest.mark.parametrize("text, trigger, name", [
    # where people come from is not where they act
    ("Officials from Kenya met Somali leaders in Mogadishu.", "met", "Mogadishu"),
    # the event's own locative first
    ("Police in Punjab arrested 12 suspects in Lahore on Tuesday.", "arrested", "Lahore"),
    # a participle names an earlier event, not the subject's
    ("A High Court judge in Zimbabwe on Wednesday adjourned the case of a journalist arrested in Harare over his "
     "interviews.", "arrested", "Harare"),
])
def test_not_the_subjects_place(coder, text, trigger, name):
    assert summary(located(coder, text, trigger))[0] == name
