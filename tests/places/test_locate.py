"""Where each coded event happened: its locative, its object, the dateline, its sentence, its story."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.document import Document, Segment
from dyadwatch.places.location import RESOLVED_BY


def code(coder, text: str) -> list:
    document = Document("t", text, [Segment("body", 0, len(text))], published=date(2024, 5, 1))
    return coder.code(document)


def place_of(coder, text: str, trigger: str):
    event = next(e for e in code(coder, text) if e.evidence.trigger == trigger)
    return event.location


@pytest.mark.parametrize("text, trigger, name, country, how", [
    ("Russian strikes on Kharkiv killed three people on Tuesday.", "strikes", "Kharkiv", "UKR", "locative"),
    ("Russian strikes on Kharkiv killed three people on Tuesday.", "killed", "Kharkiv", "UKR", "sentence"),
    ("Georgian police detained 30 protesters in Tbilisi.", "detained", "Tbilisi", "GEO", "locative"),
    ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday.", "met", "Paris", "FRA",
     "locative"),
    ("Gunmen attacked a village in Niger State, killing 12 people.", "attacked", "Niger", "NGA", "locative"),
    ("Sergei Shoigu traveled to North Korea to press Pyongyang to sell artillery shells to Russia.", "traveled",
     "North Korea", "PRK", "locative"),
    ("Security forces in Somalia say they killed all six attackers who laid siege to a hotel in the Somali city of "
     "Beledweyne.", "laid", "Beledweyne", "SOM", "locative"),
    ("Russia invaded Ukraine in February.", "invaded", "Ukraine", "UKR", "object"),
    ("The Kharkiv attack by Russian forces killed three Ukrainian civilians.", "attack", "Kharkiv", "UKR", "locative"),
    ("U.S. forces killed a militant leader in an airstrike in Iraq's Anbar desert.", "killed", "Anbar", "IRQ",
     "locative"),
    # the place of the acting forces, named before a place noun, is the sentence's place
    ("An offensive launched by forces in Somalia's Puntland region earlier this month has met with surprising "
     "success.", "offensive", "Puntland", "SOM", "sentence"),
    ("An offensive launched by troops in Ukraine's Kharkiv region last year has pushed Russian forces back.",
     "offensive", "Kharkiv", "UKR", "sentence"),
])
def test_event_place(coder, text, trigger, name, country, how):
    location = place_of(coder, text, trigger)
    assert location is not None
    assert (location.place.name, location.place.country, location.resolved_by) == (name, country, how)
    assert text[location.span[0]:location.span[1]] == location.text


@pytest.mark.parametrize("text, trigger", [
    ("Russia's Foreign Ministry condemned the sanctions.", "condemned"),
    ("U.S. officials criticized Iran on Monday.", "criticized"),
])
def test_the_actors_countries_are_not_the_place(coder, text, trigger):
    assert place_of(coder, text, trigger) is None


def test_a_topic_is_not_a_place(coder):
    location = place_of(coder, "The G7 ministers urged China to hold talks on Ukraine.", "urged")
    assert location is None or location.place.country != "UKR"


def test_the_dateline_places_what_the_text_does_not(coder):
    text = "KYIV, Ukraine (AP) \u2014 Ukrainian police detained dozens of protesters on Sunday."
    location = place_of(coder, text, "detained")
    assert (location.place.name, location.place.country, location.resolved_by) == ("Kyiv", "UKR", "dateline")


def test_the_dateline_does_not_place_a_foreign_government(coder):
    text = "KYIV, Ukraine (AP) \u2014 Hungary's government condemned the sanctions on Sunday."
    assert place_of(coder, text, "condemned") is None


STORY = ("Gunmen attacked a police station in Kalat, Pakistan, on Monday. Baloch militants later killed five "
         "Pakistani soldiers. Pakistan's government condemned the attack.")


def test_a_material_act_without_a_place_happened_where_the_story_is(coder):
    location = place_of(coder, STORY, "killed")
    assert (location.place.name, location.place.country, location.resolved_by) == ("Kalat", "PAK", "story")


def test_a_statement_of_the_story_places_country_is_said_there(coder):
    """By the town's own officials; the national government's is the country's (test_nation.py)."""
    text = STORY.replace("Pakistan's government", "Local officials")
    location = place_of(coder, text, "condemned")
    assert (location.place.name, location.place.country, location.resolved_by) == ("Kalat", "PAK", "story")
    location = place_of(coder, STORY, "condemned")
    assert (location.place.name, location.place.country, location.resolved_by) == ("Pakistan", "PAK", "story")


def test_location_in_the_event_record(coder):
    event = next(e for e in code(coder, "Georgian police detained 30 protesters in Tbilisi.") if e.location)
    record = event.to_dict()["location"]
    assert set(record) == {"name", "country", "adm1", "lat", "lon", "feature", "precision", "text", "span",
                           "resolved_by"}
    assert record["precision"] == "city" and record["feature"] == "PPLC" and record["adm1"] == "Tbilisi"
    assert record["span"] == list(event.location.span) and abs(record["lat"] - 41.69) < 0.05
    assert record["resolved_by"] in RESOLVED_BY


def test_events_without_a_place_say_null(coder):
    events = code(coder, "Russia's Foreign Ministry condemned the sanctions.")
    assert events and events[0].to_dict()["location"] is None


@pytest.mark.parametrize("text, trigger, name", [
    ("Speaking at a United Nations Security Council meeting on Afghanistan this week, Pakistan's envoy said Kabul "
     "was failing to rein in Baloch separatists.", "failing", "New York City"),
    ("Speaking at the U.N. Security Council, the ambassador accused Russia of war crimes.", "accused",
     "New York City"),
])
def test_a_gathering_named_after_its_body_is_where_it_sits(coder, text, trigger, name):
    location = place_of(coder, text, trigger)
    assert location is not None and location.place.name == name


@pytest.mark.parametrize("text, trigger", [
    ("The U.N. Security Council condemned the attack on Monday.", "condemned"),
])
def test_the_body_acting_is_no_place(coder, text, trigger):
    assert place_of(coder, text, trigger) is None
