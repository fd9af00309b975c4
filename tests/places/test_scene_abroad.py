"""A dateline at home does not place the meetings of a visit the story has taken abroad ('WASHINGTON -
Rubio arrived in Saudi Arabia ... Rubio met the crown prince'); what happens at home later still is."""
from __future__ import annotations

import pytest

from places_helpers import name_and_country, story_events

RIYADH_TRIP = ("WASHINGTON \u2014 Secretary of State Marco Rubio arrived in Saudi Arabia on Monday for talks with "
               "Ukrainian officials. Rubio met Crown Prince Mohammed bin Salman.")
MOSCOW_TRIP = ("NEW DELHI \u2014 Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit. "
               "Modi held talks with Russian President Vladimir Putin. The two leaders signed agreements on energy "
               "and trade. India's opposition criticized the visit.")
AT_HOME = ("WASHINGTON \u2014 Ukrainian President Volodymyr Zelenskyy met Trump at the White House on Friday. Trump "
           "praised Zelenskyy. The State Department announced new sanctions on Russia.")


def places(coder, text: str, trigger: str) -> list:
    return [name_and_country(e.location) for e in story_events(coder, text, trigger)]


@pytest.mark.parametrize("text, trigger, country", [
    (RIYADH_TRIP, "met", "SAU"),
    (MOSCOW_TRIP, "held", "RUS"),
    (MOSCOW_TRIP, "signed", "RUS"),
])
def test_the_meetings_of_a_visit_abroad_are_where_the_visit_is(coder, text, trigger, country):
    assert all(place is not None and place[1] == country for place in places(coder, text, trigger))


@pytest.mark.parametrize("text, trigger, place", [
    # words at home, sentences after the visit's
    (MOSCOW_TRIP, "criticized", ("New Delhi", "IND")),
    # a visit to the dateline's own town: the dateline stands
    (AT_HOME, "praised", ("Washington", "USA")),
])
def test_the_dateline_still_places_what_happens_at_home(coder, text, trigger, place):
    assert places(coder, text, trigger) == [place]
