"""Words with no place of their own: said where the story is when the speaker is of its country."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dyadwatch.documents.document import Document, Segment
from dyadwatch.nlp.pipeline import parse_document
from dyadwatch.places.locate import locate_events

KHARTOUM = ("Fighting between Sudan's army and the paramilitary Rapid Support Forces raged in Khartoum on Tuesday, "
            "residents said. Artillery shells hit homes in southern Khartoum, killing at least 14 civilians, and "
            "smoke rose over the airport in Khartoum. The Sudanese army accused the Rapid Support Forces of "
            "shelling residential neighborhoods. The U.S. State Department condemned the violence and urged both "
            "sides to protect civilians.")

# a story set in Ukraine: what Russia's government says was not said there
KHARKIV = ("Russian missiles struck an apartment block in Kharkiv on Friday, killing four people, Ukrainian "
           "officials said. Rescuers in Kharkiv searched the rubble through the night. Russia's Foreign Ministry "
           "denounced Western arms deliveries to Ukraine.")


def events_of(coder, text: str) -> list:
    document = Document("t", text, [Segment("body", 0, len(text))], published=date(2024, 5, 1))
    return coder.code(document)


def event_at(coder, text: str, trigger: str, source: str):
    events = [e for e in events_of(coder, text) if e.evidence.trigger == trigger and e.source.country == source]
    assert events, f"no {trigger!r} event by {source} in {[(e.evidence.trigger, e.source.code) for e in events_of(coder, text)]}"
    return events[0]


def test_a_statement_by_the_story_places_own_actors_is_said_there(coder):
    location = event_at(coder, KHARTOUM, "accused", "SDN").location
    assert location is not None
    assert (location.place.name, location.place.country, location.resolved_by) == ("Khartoum", "SDN", "story")


@pytest.mark.parametrize("text, trigger, source", [
    (KHARTOUM, "condemned", "USA"),
    (KHARTOUM, "urged", "USA"),
    (KHARKIV, "denounced", "RUS"),
])
def test_a_foreign_speaker_is_not_placed_by_the_story(coder, text, trigger, source):
    assert event_at(coder, text, trigger, source).location is None


def test_a_speaker_of_unknown_country_is_not_placed_by_the_story(coder):
    """The same accusation, its speaker's country unknown, is left without a place."""
    document = Document("t", KHARTOUM, [Segment("body", 0, len(KHARTOUM))], published=date(2024, 5, 1))
    parts = [(p.doc, p.offset) for p in parse_document(coder.nlp, document)]
    events = [replace(e, location=None, source=replace(e.source, country=None, code="---"))
              if e.evidence.trigger == "accused" else e for e in events_of(coder, KHARTOUM)]
    located = locate_events(document, parts, events)
    accused = [e for e in located if e.evidence.trigger == "accused"]
    assert accused and all(e.location is None for e in accused)


# stories spread over their country: a town an earlier sentence named is not where later words were said
SPREAD_NIGERIA = ("Gunmen attacked a police station in Maiduguri on Monday, killing four officers. Bandits kidnapped 30 "
                  "villagers in Zamfara state on Tuesday. Protesters in Lagos blocked a highway to demand better "
                  "security. Police officers accused the protesters of looting shops. Nigerian activists demanded the "
                  "release of the kidnapped villagers.")
SPREAD_CONGO = ("Troops clashed with militants near Goma on Monday. Fighters ambushed a convoy outside Bunia on Tuesday, "
                "killing six soldiers. In Kinshasa, police dispersed protesters demanding action. Congolese rights "
                "activists accused the army of abuses.")


@pytest.mark.parametrize("text, trigger, source, country", [
    (SPREAD_NIGERIA, "accused", "NGA", "NGA"),
    (SPREAD_NIGERIA, "demanded", "NGA", "NGA"),
    (SPREAD_CONGO, "accused", "COD", "COD"),
])
def test_words_in_a_story_spread_over_its_country_are_the_countrys_not_the_last_towns(coder, text, trigger, source,
                                                                                        country):
    location = event_at(coder, text, trigger, source).location
    assert location is not None
    assert (location.place.country, location.place.precision) == (country, "country")
