"""Whether a story is about its country as a whole or about one place in it.

An event that names no place of its own takes the story's place. In a story about one town ('Sibi'
five times, the train attack near it) that is the town; in a story about a country it is the country,
not one of the towns the story names on the way. A story is its country's when:

- its events and things are, by its own words, in the country at least NATIONAL_MENTIONS times and more
  than NATIONAL_RATIO times as often as in any one place inside it ('Sudan' throughout, 'Khartoum' twice);
  words that put something across the whole country ('protests across the country', 'a nationwide
  strike', 'the parliamentary elections') count as naming the country, so that a story of national
  politics that names its capital in passing is the country's;
- or its places in the country are spread over it: besides the place it names most (and the places near
  it or inside its province), it names at least SPREAD_PLACES other places far from it, as often as that
  place in all ('clashes in Tripoli, Sirte and Benghazi').

A campaign of violence that has gone on for long ('the group has been fighting an insurgency', 'bandits
have carried out attacks for years') is not the story's town's either: it is across the province around
it (see `ongoing`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Token

from .gazetteer import Place
from .location import NEAR_KM, distance_km
from .mentions import Mention

# The auxiliaries of a perfect ('has been fighting'), and the spans of time of a long campaign ('for years').
PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})
SPANS = frozenset({"year", "decade", "month", "generation"})
NATIONAL_MENTIONS = 3
NATIONAL_RATIO = 2
SPREAD_PLACES = 2

# Words that put an event or a thing across the whole country, or make it the country's own affair:
# 'across the country', 'nationwide', 'the general election', 'the national assembly'.
_COUNTRYWIDE = re.compile(
    r"\b(?:(?:across|throughout|all over|around) the (?:country|nation)|nation-?wide|country-?wide"
    r"|(?:the )?(?:whole|entire) (?:country|nation)"
    r"|(?:general|national|parliamentary|presidential|legislative) (?:elections?|polls?|vote)"
    r"|national (?:assembly|parliament|referendum|lockdown|curfew|strike|emergency))\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class StoryScope:
    """The countries whose stories are the country's, not one town's or province's."""

    national: frozenset[str]

    @classmethod
    def of(cls, sites: list[Mention], settings: list[Mention], text: str) -> "StoryScope":
        """`sites` are the places where the story's things are or happen by its words, `settings` every
        place it names as a place (see DocumentPlaces); `text` is the document's text."""
        countrywide = len(_COUNTRYWIDE.findall(text))
        main = main_country(settings)
        national = {c for c in {m.place.country for m in sites if m.place.is_country} | ({main} if main else set())
                    if _counted(c, sites, countrywide if c == main else 0)}
        if main is not None and _spread([m.place for m in settings if m.place.country == main and not m.place.is_country]):
            national.add(main)
        return cls(frozenset(national))


def countrywide(text: str) -> bool:
    """Whether `text` (a sentence) puts its events across a whole country ('protests spread across the
    country', 'a nationwide strike', 'ahead of the presidential election')."""
    return _COUNTRYWIDE.search(text) is not None


def ongoing(trigger: Token) -> bool:
    """Whether the act at `trigger` is a campaign that has gone on for long, across a province or a
    country rather than at one town: 'has been fighting', 'have carried out attacks for years', 'has
    waged an insurgency since 2004', 'have long accused'; for a noun, by the verb it is the object of
    ('have carried out attacks for years')."""
    if trigger.dep_ == "dobj" and trigger.head.pos_ in ("VERB", "AUX"):
        trigger = trigger.head
    perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT for c in trigger.children)
    if not perfect:
        return False
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in trigger.children):
        return True
    for child in trigger.children:
        if child.dep_ == "advmod" and child.lower_ == "long":
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(o.lemma_.lower() in SPANS for o in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "since" and any(o.ent_type_ == "DATE" for o in child.subtree):
            return True
    return False


def main_country(settings: list[Mention]) -> str | None:
    """The country whose places the story names most (first named on a tie)."""
    if not settings:
        return None
    counts = Counter(m.place.country for m in settings)
    return max(counts, key=lambda c: (counts[c], -min(m.span[0] for m in settings if m.place.country == c)))


def most_named(mentions: list[Mention], scattered: bool = False) -> Mention | None:
    """The place named most often (first named on a tie); when several are named once each, the story
    moves between them and none is its place, unless `scattered` allows the first."""
    counts = Counter(m.place.id for m in mentions)
    if not counts or (not scattered and len(counts) > 1 and max(counts.values()) == 1):
        return None
    return min(mentions, key=lambda m: (-counts[m.place.id], m.span[0]))


def _counted(country: str, sites: list[Mention], countrywide: int) -> bool:
    """Whether the story names `country` as a site (plus `countrywide` words) NATIONAL_MENTIONS times and
    more than NATIONAL_RATIO times as often as any one place inside it."""
    named = Counter(m.place.id for m in sites)
    whole = max((named[m.place.id] for m in sites if m.place.is_country and m.place.country == country), default=0)
    inside = max((named[m.place.id] for m in sites if m.place.country == country and not m.place.is_country), default=0)
    whole += countrywide
    return whole >= NATIONAL_MENTIONS and whole > NATIONAL_RATIO * inside


def _spread(places: list[Place]) -> bool:
    """Whether places of one country (one per naming) lie apart: at least SPREAD_PLACES distinct places
    far from the most named one, named as often in all as the places around it."""
    if not places:
        return False
    counts = Counter(p.id for p in places)
    first = {p.id: p for p in reversed(places)}
    centre = first[max(counts, key=lambda i: (counts[i], -places.index(first[i])))]
    far = {i for i, p in first.items() if not _near(p, centre)}
    around = sum(n for i, n in counts.items() if i not in far)
    return len(far) >= SPREAD_PLACES and sum(counts[i] for i in far) >= around


def _near(place: Place, centre: Place) -> bool:
    """In the same province, the province of the other, or within NEAR_KM."""
    if place.id == centre.id or (place.adm1_id is not None and place.adm1_id in (centre.adm1_id, centre.id)) \
            or centre.adm1_id == place.id:
        return True
    return distance_km(place.lat, place.lon, centre.lat, centre.lon) <= NEAR_KM
