"""Words are placed where they were said (their setting), never by the places of what they say."""
from __future__ import annotations

import pytest

from places_helpers import located


@pytest.mark.parametrize("text, trigger, name", [
    ("Speaking at a news conference in Nairobi, the Kenyan interior minister criticised the opposition leaders.",
     "criticised", "Nairobi"),
    ("At a rally in Lahore on Sunday, Imran Khan accused the government of rigging the vote.", "accused", "Lahore"),
    ("On Tuesday in Brussels, the EU foreign policy chief urged Serbia and Kosovo to resume talks.", "urged",
     "Brussels"),
    ("Addressing parliament in Islamabad, the prime minister vowed to crush the insurgency in Balochistan.",
     "vowed", "Islamabad"),
])
def test_the_setting_of_words_places_them(coder, text, trigger, name):
    location = located(coder, text, trigger)
    assert location is not None and location.place.name == name


@pytest.mark.parametrize("text, trigger", [
    ("India accused Pakistan of sheltering militants in Afghanistan.", "accused"),
    ("China condemned the deployment of American missiles in the Philippines.", "condemned"),
    ("The European Union urged Israel to allow more aid into Gaza.", "urged"),
    # an intent is words too: agreed where it was agreed, not on the islands it will hand over
    ("Britain agreed to hand over sovereignty of the Chagos Islands to Mauritius.", "agreed"),
])
def test_what_words_are_about_does_not_place_them(coder, text, trigger):
    assert located(coder, text, trigger) is None


def test_a_reported_deed_is_not_placed_by_its_reporters_object(coder):
    text = "The Sudanese army spokesman told a news conference in Port Sudan that the militia had shelled Omdurman."
    location = located(coder, text, "shelled")
    assert location is not None
    assert (location.place.name, location.place.country, location.resolved_by) == ("Omdurman", "SDN", "object")


@pytest.mark.parametrize("trigger", ["rejected", "demanded"])
def test_the_exchange_after_there_goes_on_at_its_place(coder, trigger):
    """'There,' sets the scene: the answer in the next sentence was given at the same meeting."""
    text = ("Modi and Xi met on the sidelines of a summit in Kazan in October. There, Xi urged Modi to reopen border "
            "trade. Modi rejected the proposal and demanded a pullback of Chinese troops.")
    location = located(coder, text, trigger)
    assert location is not None and (location.place.name, location.resolved_by) == ("Kazan", "story")


def test_the_scene_of_there_does_not_carry_beyond_the_next_sentence(coder):
    text = ("Modi and Xi met on the sidelines of a summit in Kazan in October. There, Xi urged Modi to reopen border "
            "trade. Modi rejected the proposal. Weeks later, India's foreign ministry criticised Beijing's new map.")
    assert located(coder, text, "criticised") is None
