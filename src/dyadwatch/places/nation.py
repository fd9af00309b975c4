"""Acts of a nation: a government, parliament, army or court acting for its country as a whole.

A story whose places all lie in one province or town ('the train attack near Sibi in Balochistan')
places there the events that name no place of their own. Not all of them happened there: a national
government's statement, a parliament's law, a ministry's ban or a president's talks with a foreign
envoy are the country's acts, whatever town the story's attack or its reporter was in ('Pakistan's
foreign ministry condemned the attack', 'The government banned the separatist group'). Such an event
is placed in the country (country precision: the story says no more). Deeds done somewhere stay at the
story's place: the army's fighting, rescues and arrests, aid delivered, protests, force; and so do the
acts of a province's or a town's own authorities ('the provincial government said', 'Central Java
Governor Ganjar Pranowo', 'Bali banned the trade').
"""
from __future__ import annotations

import re

from ..actors.resolver import UNKNOWN_COUNTRY
from ..coding.event import Event
from .capitals import adjectives
from .abroad import country_place
from .gazetteer import Gazetteer
from .location import Location
from .mentions import Mention
from .names import name_key

# Sectors of a country's national institutions; an actor that is a country itself ('Pakistan') has none.
NATION_BODIES = frozenset({"GOV", "LEG", "MIL"})
# What a nation does as a whole: statements, appeals, intents, meetings and diplomacy, economic and
# military cooperation with other nations, demands, disapproval, rejection, threats, reductions of
# relations, bans. Not material deeds that happen at a
# site (aid 07, yielding such as releases and rescues 08, protest 14, posture 15, arrests 173, force 18-20).
NATIONAL_ACTS = ("01", "02", "03", "04", "05", "06", "10", "11", "12", "13", "16", "172")
# Words that make an institution a province's or a town's ('the provincial government', 'the governor').
_LOCAL = re.compile(r"\b(?:governors?|governorate|provincial|province|local|municipal(?:ity)?|mayors?|district|county|"
                    r"regional|city|town|village|chief minister|state (?:government|assembly|legislature|police))\b",
                    re.IGNORECASE)
_LOCAL_BEFORE = re.compile(r"\b(?:provincial|regional|local|municipal|district|county|city|town|state)\s+$", re.IGNORECASE)
# Words that name an institution as the nation's ('the government', 'the foreign ministry', 'parliament',
# 'the military'); 'officials', 'authorities' or a pronoun alone may be a province's or a town's.
_NATIONAL = re.compile(r"\b(?:government|administration|cabinet|ministry|ministries|minister|president|presidency|"
                       r"parliament|parliamentary|senate|congress|lawmakers|legislature|national assembly|"
                       r"army|military|armed forces|navy|air force|federal|national|foreign office|"
                       r"state department|white house|kremlin|envoy|ambassador|embassy)\b", re.IGNORECASE)


def national_act(event: Event, mentions: list[Mention], gazetteer: Gazetteer, text: str) -> bool:
    """Whether `event` is a nation's act: its code is one of NATIONAL_ACTS and its source is one of its
    country's national institutions or the country itself, not a province's or town's (by its words or
    by a place below country level among them or just before them; `mentions` are the document's
    resolved places, `text` its text). An
    institution must say it is the nation's, by its country's name, adjective or capital or by a word of
    national office ('the government', 'the foreign ministry'): 'officials' or 'he' alone may be a
    governor's."""
    source = event.source
    if not event.cameo.code.startswith(NATIONAL_ACTS) or source is None or not source.span \
            or source.country in (None, UNKNOWN_COUNTRY):
        return False
    if source.sectors and not set(source.sectors) <= NATION_BODIES:
        return False
    if not source.sectors and source.code != source.country:
        return False
    start, end = source.span
    # the words of the actor and those just before it, which its span may leave out ('The provincial
    # government' coded as 'government'); `text` is the document's
    if _LOCAL.search(source.text) or _LOCAL_BEFORE.search(text[max(0, start - 30):start]):
        return False
    named = [m for m in mentions if m.span[0] < end and start < m.span[1]]
    # 'Balochistan's government', 'Quetta police' are the province's or the town's; 'Beijing said' (the
    # capital, or the province of the same name around it) is the nation's
    capital = gazetteer.capital(source.country)
    seat = {capital.id, capital.adm1_id} if capital is not None else set()
    if any(not m.place.is_country and m.place.feature_code != "PPLC" and m.place.id not in seat for m in named):
        return False
    # 'Pakistan', 'Islamabad said', 'Pakistani officials' (an adjective is no place mention: the code tells),
    # 'the government', 'the military'
    # a country by its adjective alone is no government ('American Airlines')
    return bool(named) or _NATIONAL.search(source.text) is not None or \
        (bool(source.sectors) and _adjective_of(source.text, source.country))


def _adjective_of(text: str, country: str) -> bool:
    """Whether `text` holds the adjective or demonym of `country` ('Pakistani officials', 'Afghan army')."""
    known = adjectives()
    return any(known.get(name_key(word)) == country for word in re.findall(r"[A-Za-z][\w'-]*", text))


def of_nation(story: Location, source_country: str | None, settings: list[Mention],
              gazetteer: Gazetteer | None) -> Location:
    """For a nation's act that the story places in a town or province of the source's own country other
    than its capital (or the capital's province), the country (named as the story names it, see
    abroad.country_place; `settings` are the places the story names as places); else `story`. What a
    government does in a story set in its capital ('Duterte personally welcomed the vaccines' as they
    landed in Manila) is done there."""
    place = story.place
    if place.is_country or gazetteer is None or place.country != source_country:
        return story
    capital = gazetteer.capital(place.country)
    if capital is not None and (capital.id in (place.id, place.adm1_id)
                                or (capital.adm1_id is not None and capital.adm1_id in (place.id, place.adm1_id))):
        return story
    return country_place(place.country, settings, gazetteer, (story.text, story.span)) or story
