"""The country of a story that names no place.

'A Kenyan court has lifted orders blocking the swearing-in of the deputy president nominee ...
Gachagua's lawyers filed about 30 court cases': a report of one country's own affairs often names no
town, province or country as a place, only its people and bodies. Its events, done by and to that
country's actors, happened in that country (country precision: the story says no more).

An attack that nothing places, reported by a nation's government or army ('Kyiv said Russian missiles
hit a power plant overnight', 'The Israeli military said Hamas fighters fired rockets at southern
towns'), was made on that nation's soil when its attacker is foreign (or unknown) and its target is of
that nation or unnamed: governments report the strikes they suffer. What a nation's own forces did
('its forces struck Houthi targets') is not placed so.
"""
from __future__ import annotations

from ..actors.resolver import UNKNOWN_COUNTRY
from ..coding.event import Event
from .gazetteer import Gazetteer
from .location import VIOLENCE_ROOTS, Location
from .nation import NATION_BODIES

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


def reported_home(event: Event, gazetteer: Gazetteer) -> Location | None:
    """For an act of violence that nothing places, the country of the government or army that reports
    it, when its attacker is of another country or of none known and its target is of the reporter's
    country or unnamed (see the module's docstring); named by the reporter ('Kyiv')."""
    reporter = event.reported_by
    if not event.cameo.code.startswith(VIOLENCE_ROOTS) or reporter is None or not reporter.span \
            or reporter.country in (None, UNKNOWN_COUNTRY):
        return None
    if not (reporter.sectors and set(reporter.sectors) <= NATION_BODIES) and reporter.code != reporter.country:
        return None
    country = reporter.country
    target = event.target.country if event.target is not None else None
    if event.source.country == country or target not in (None, UNKNOWN_COUNTRY, country):
        return None
    place = gazetteer.country(country)
    return Location(place, reporter.text, tuple(reporter.span), "story") if place is not None else None
