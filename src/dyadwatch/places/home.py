"""The country of a story that names no place.

'A Kenyan court has lifted orders blocking the swearing-in of the deputy president nominee ...
Gachagua's lawyers filed about 30 court cases': a report of one country's own affairs often names no
town, province or country as a place, only its people and bodies. Its events, done by and to that
country's actors, happened in that country (country precision: the story says no more).
"""
from __future__ import annotations

from ..actors.resolver import UNKNOWN_COUNTRY
from ..coding.event import Event
from .gazetteer import Gazetteer
from .location import Location

# Actors of a known country the story must name before its events are taken as that country's affairs.
MIN_ACTORS = 3


def home_country(events: list[Event], gazetteer: Gazetteer) -> Location | None:
    """The country of every actor of `events` that has one, named by the first of them ('A Kenyan
    court'), when there are at least MIN_ACTORS such actors and all are of that one country; none when
    any actor is of another country or of none that the gazetteer knows (an international body)."""
    actors = [a for e in events for a in (e.source, e.target)
              if a is not None and a.country and a.country != UNKNOWN_COUNTRY and a.span]
    countries = {a.country for a in actors}
    if len(actors) < MIN_ACTORS or len(countries) != 1:
        return None
    place = gazetteer.country(countries.pop())
    if place is None:
        return None
    first = min(actors, key=lambda a: a.span[0])
    return Location(place, first.text, tuple(first.span), "story")
