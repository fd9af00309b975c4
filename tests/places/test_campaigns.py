"""A campaign of violence that has gone on for long ('has been fighting', 'have carried out attacks for
years') is across the province around the story's town, not at the town; the story's own attack stays
at the town, and a story of a whole country keeps the country."""
from __future__ import annotations

import pytest

from dyadwatch.places.scope import ongoing

from places_helpers import story_events, summary

SIBI = ("Militants attacked a passenger train near Sibi in Pakistan's Balochistan province on Tuesday. Security "
        "forces in Sibi freed 300 passengers on Wednesday. The Baloch Liberation Army has been fighting Pakistani "
        "security forces for two decades. The militants killed 21 passengers.")
GUSAU = ("Gunmen kidnapped 30 villagers near Gusau in Zamfara state on Friday. Police in Gusau said they had deployed "
         "tactical teams. Bandits have carried out attacks on villages for years. The gunmen freed 10 of the "
         "villagers on Sunday.")
SUDAN = ("Fighting between Sudan's army and the Rapid Support Forces spread across Sudan this year. The United Nations "
         "says 12 million people have fled their homes in Sudan. The paramilitary Rapid Support Forces has been "
         "fighting the army since April 2023.")


def located(coder, text: str, trigger: str):
    return summary(story_events(coder, text, trigger)[-1].location)

@pytest.mark.parametrize("text, trigger, place", [
    (SIBI, "fighting", ("Balochistan", "PAK", "adm1")),
    (GUSAU, "attacks", ("Zamfara", "NGA", "adm1")),
    # the story's own attack, and a story of the whole country
    (SIBI, "killed", ("Sibi", "PAK", "city")),
    (SUDAN, "fighting", ("Sudan", "SDN", "country")),
])
def test_a_long_campaign_is_across_the_province(coder, text, trigger, place):
    assert located(coder, text, trigger) == place


@pytest.mark.parametrize("text, trigger, expected", [
    ("The group has been fighting the army for two decades.", "fighting", True),
    ("Rebels have waged an insurgency since 2004.", "waged", True),
    ("Bandits have carried out attacks on villages for years.", "attacks", True),
    ("The group fought the army on Tuesday.", "fought", False),
    ("The militants have killed 21 passengers.", "killed", False),
    ("Police were fighting the fire for hours.", "fighting", False),
])
def test_ongoing(nlp, text, trigger, expected):
    doc = nlp(text)
    assert ongoing(next(t for t in doc if t.text == trigger)) is expected
