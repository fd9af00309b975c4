"""An attack that nothing places, reported by the government or army of the nation that suffered it,
happened in that nation; what a nation reports its own forces did is not placed so."""
from __future__ import annotations

import pytest

from places_helpers import story_events, summary


def located(coder, text: str, trigger: str):
    return summary(story_events(coder, text, trigger)[0].location)

@pytest.mark.parametrize("text, trigger, place", [
    ("Kyiv said Russian missiles hit a power plant overnight.", "hit", ("Ukraine", "UKR", "country")),
    ("Russia's defense ministry said Ukrainian drones attacked an oil refinery overnight, causing a fire.",
     "attacked", ("Russia", "RUS", "country")),
    ("The Israeli military said Hamas fighters fired rockets at southern towns on Tuesday.", "fired",
     ("Israel", "ISR", "country")),
])
def test_an_attack_a_nation_reports_suffering_is_placed_in_it(coder, text, trigger, place):
    assert located(coder, text, trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    # its own forces' strike abroad: the reporter's country says nothing of where
    ("The U.S. military said its forces struck Houthi targets on Monday.", "struck", None),
    # the sentence's own place comes first
    ("Kyiv said Russian missiles hit an apartment block in Kharkiv overnight.", "hit", ("Kharkiv", "UKR", "city")),
])
def test_an_attack_by_the_reporters_own_forces_or_placed_by_its_words_is_not_moved(coder, text, trigger, place):
    assert located(coder, text, trigger) == place
