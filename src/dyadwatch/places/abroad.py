"""The country an event is about by its actors, for an event the story would place abroad.

An event that names no place takes the story's place, or the dateline's. When that place is in one
country and the event plainly happened in another, the story's place is wrong: a 'WASHINGTON -' story
reporting that Sudanese troops shelled a Sudanese town, a story set in Kyiv whose next sentence says
'North Korea invaded' (the South), a story about a summit in Jeddah that goes on 'The Taliban detained
two journalists'. The event's own country is:

- for an act of violence (an attack, an invasion, a massacre), the target's: it happens where its victims
  are, unless its source is of the story's country and the story puts nothing in the target's (Israeli
  police firing on Palestinian worshippers in a story set in Jerusalem);
- for a visit, the host's: the target of 'visited', the source of 'hosted';
- for any other deed but meetings and diplomatic cooperation, the one country of both its actors, or of
  its target when its source's country is unknown ('gunmen' of no known country kidnapping Nigerian
  schoolgirls): a country's own affairs. Meetings and agreements are where the story's summit or visit
  is, whoever takes part ('Modi is due to travel to Mauritius. Modi is expected to discuss defense ties
  with his counterpart'). An international body as an actor ('the G7 ministers discussed costs on
  Russia') tells nothing.

A source alone does not tell ('American troops patrolled' in a story set in Syria happened in Syria).
The event is then placed in that country's town the story names most, else in the country (country
precision: the story says no more).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..actors.resolver import UNKNOWN_COUNTRY
from .gazetteer import Gazetteer
from .location import VIOLENCE_ROOTS, Location
from .mentions import Mention
from .scope import most_named

Actors = tuple[tuple[str, str, tuple[int, int]] | None, tuple[str, str, tuple[int, int]] | None]

# Acts that happen where their target is: assault, fighting, mass violence, and visits.
TARGET_PLACED = VIOLENCE_ROOTS + ("042",)
# Hosting a visit happens where the host (the source) is.
SOURCE_PLACED = ("043",)
# Meetings and diplomatic cooperation: placed by the story's summit or visit, not by who takes part.
DIPLOMACY = ("04", "05")
# Acts whose people are sent away happen where they were, the story's place, whoever they are
# ('the 40 Uyghurs were deported' in a story set in Thailand), not where they are sent to.
SENDING = ("174",)
# Visits the dateline places: 'WASHINGTON - ... told visiting Ukraine officials' came to Washington.
VISITS = ("042",)


def event_country(code: str, source: str | None, target: str | None, gazetteer: Gazetteer) -> str | None:
    """The country event `code` happened in by its actors' countries (see the module's docstring), or
    None when they do not tell. Only countries the gazetteer knows count (not international bodies)."""
    unknown = lambda c: not c or c == UNKNOWN_COUNTRY  # noqa: E731
    known = lambda c: c if not unknown(c) and gazetteer.country(c) is not None else None  # noqa: E731
    if code.startswith(SENDING):
        return None
    if code.startswith(SOURCE_PLACED):
        return known(source)
    if code.startswith(TARGET_PLACED):
        return known(target)
    if not code.startswith(DIPLOMACY) and known(target) is not None and (source == target or unknown(source)):
        return target
    return None


@dataclass
class AbroadPlaces:
    """Places an event in its own country when the story would put it in another one."""

    settings: list[Mention]  # the places the story names as places
    sites: list[Mention]  # the places where its things are or happen by its own words
    national: frozenset[str]  # countries whose story is the country's (scope.py)
    gazetteer: Gazetteer

    def place(self, story: Location, code: str, actors: Actors) -> Location | None:
        """For an event that `story` (the story's or the dateline's place) would place, the place in the
        event's own country when that is another one; None when the story's place stands. `actors` are
        the event's source and target as (country, words, span), or None. A visit with no place of its
        own in a story with a dateline is a visit to the dateline's town."""
        source, target = actors
        if story.resolved_by == "dateline" and code.startswith(VISITS):
            return None
        country = event_country(code, source[0] if source else None, target[0] if target else None, self.gazetteer)
        if country is None or country == story.place.country:
            return None
        if code.startswith(VIOLENCE_ROOTS) and source and source[0] == story.place.country and \
                not any(m.place.country == country for m in self.sites):
            return None
        return self.in_country(country, next(a for a in (target, source) if a is not None and a[0] == country))

    def in_country(self, country: str, actor: tuple[str, str, tuple[int, int]]) -> Location | None:
        """The town or province of `country` that the story names most (first named on a tie), unless
        the story is the country's; else the country, by the story's name for it or by the `actor` of
        that country ('Sudanese troops')."""
        inside = [] if country in self.national else \
            [m for m in self.settings if m.place.country == country and not m.place.is_country]
        best = most_named(inside, scattered=True)
        if best is not None:
            return Location(best.place, best.text, best.span, "story")
        return country_place(country, self.settings, self.gazetteer, actor[1:])


def country_place(country: str, settings: list[Mention], gazetteer: Gazetteer,
                  words: tuple[str, tuple[int, int]]) -> Location | None:
    """`country` as a story place, by the first name the story gives it as a place, else by `words` (the
    text and span of what tells the country: an actor, the story's town)."""
    place = gazetteer.country(country)
    if place is None:
        return None
    named = next((m for m in settings if m.place.country == country and m.place.is_country), None)
    return Location(place, named.text, named.span, "story") if named else Location(place, words[0], words[1], "story")
