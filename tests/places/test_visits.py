"""Where visits, meetings and what is done at them happen: the place the visitors go to ('a visit by Modi
to Mauritius', 'visited the White House', 'will fly to Moscow for talks'), and for meetings and
agreements with no place of their own, the place of the story's visit; places people are sent to stay
destinations ('deported to China')."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.document import Document, Segment
from dyadwatch.places.gazetteer import load_gazetteer
from dyadwatch.places.mentions import find_mentions, resolve_mentions


def located(coder, text: str, trigger: str):
    document = Document("t", text, [Segment("body", 0, len(text))], published=date(2025, 3, 14))
    event = next(e for e in coder.code(document) if e.evidence.trigger == trigger)
    return event.location


def mention(nlp, text: str, name: str):
    found = find_mentions([(nlp(text), 0)], load_gazetteer())
    resolve_mentions(found, set())
    return next(m for m in found if m.text == name)


@pytest.mark.parametrize("text, trigger, name, country, how", [
    # the visitor's 'to' phrase, not the visit's own
    ("The announcement came during a two-day visit by Indian Prime Minister Narendra Modi to Mauritius.", "visit",
     "Mauritius", "MUS", "locative"),
    ("During a visit by Starmer to the White House last month, Trump said he was inclined to approve the deal.",
     "visit", "Washington", "USA", "locative"),
    # a seat of government visited is its city, though the parser takes it for an organisation
    ("British Prime Minister Keir Starmer visited the White House on Thursday.", "visited", "Washington", "USA",
     "object"),
    ("Chinese Foreign Minister Wang Yi visited the Kremlin on Monday.", "visited", "Moscow", "RUS", "object"),
    # a meeting or an agreement the sentence does not place happened where the visit went
    ("Secretary of State Marco Rubio traveled to Jeddah for talks with Ukrainian officials. The two delegations met "
     "for eight hours.", "met", "Jeddah", "SAU", "story"),
    ("Indian Prime Minister Narendra Modi arrived in Port Louis on Tuesday for a two-day visit. The two prime "
     "ministers signed eight agreements on maritime security.", "signed", "Port Louis", "MUS", "story"),
    ("Indian Prime Minister Narendra Modi is due to travel to Mauritius on Tuesday. Modi is expected to discuss "
     "defense ties with his counterpart.", "discuss", "Mauritius", "MUS", "story"),
])
def test_visits_and_what_happens_there(coder, text, trigger, name, country, how):
    location = located(coder, text, trigger)
    assert location is not None
    assert (location.place.name, location.place.country, location.resolved_by) == (name, country, how)


@pytest.mark.parametrize("text, name, destination", [
    ("Envoy Steve Witkoff will fly to Moscow for discussions with Russian officials.", "Moscow", False),
    ("Foreign ministers of the G7 will travel to Canada next week.", "Canada", False),
    ("Thailand deported 40 Uyghurs to China on Thursday.", "China", True),
    # a route's end, a way and a way back are where people were going, not where they were
    ("The train was traveling north from Quetta to Peshawar when it came under attack.", "Peshawar", True),
    ("The Uyghurs were caught as they sought to make their way to Turkey.", "Turkey", True),
    ("The refugees were afraid to go back to China.", "China", True),
    ("The United States sent more weapons to Ukraine.", "Ukraine", True),
])
def test_where_visitors_go_is_a_place_where_people_are_sent_is_not(nlp, text, name, destination):
    found = mention(nlp, text, name)
    assert (found.destination, found.locative) == (destination, not destination)


def test_a_deportation_does_not_happen_where_people_are_sent(coder):
    location = located(coder, "Thailand deported 40 Uyghurs to China on Thursday.", "deported")
    assert location is None or location.place.country != "CHN"
