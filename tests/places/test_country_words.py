"""Places a text names by their country rather than their own name: capitals ('the Afghan capital', 'in
the capital') and a country's land named by its adjective ('on Ukrainian soil')."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.document import Document, Segment
from dyadwatch.places.capitals import adjectives, capital_mentions, resolve_story_capitals, territory_mentions
from dyadwatch.places.gazetteer import load_gazetteer
from dyadwatch.places.dateline import document_dateline
from dyadwatch.places.mentions import find_mentions, resolve_mentions


def country_words(nlp, text: str) -> dict[str, tuple[str, str]]:
    """The places of the text that its country words name: words -> (country, feature code)."""
    gazetteer = load_gazetteer()
    doc = nlp(text)
    mentions = find_mentions([(doc, 0)], gazetteer)
    taken = {i for m in mentions for i in range(*m.tokens)}
    found = capital_mentions(doc, 0, 0, taken, gazetteer) + territory_mentions(doc, 0, 0, taken, gazetteer)
    mentions += found
    resolve_mentions(mentions, set())
    resolve_story_capitals(mentions, gazetteer, None)
    return {m.text: (m.place.country, m.place.feature_code) for m in found if m.place is not None}


@pytest.mark.parametrize("text, words, country", [
    ("He has made several trips to the Afghan capital to investigate the rights situation.", "Afghan capital", "AFG"),
    ("Turkish F-16 jets flew low Monday across the Turkish capital.", "Turkish capital", "TUR"),
    ("Thousands marched through Kenya's capital on Tuesday.", "capital", "KEN"),
    ("A car bomb exploded in the capital of Somalia on Sunday.", "capital", "SOM"),
    ("Police in the Sudanese capital fired tear gas at protesters.", "Sudanese capital", "SDN"),
    # the capital of the country the document names
    ("Protesters gathered in the capital on Sunday, police in Sudan said.", "capital", "SDN"),
    ("Gunmen attacked a checkpoint in Nigeria as troops patrolled the country's capital.", "country's capital",
     "NGA"),
])
def test_a_capital_named_by_its_country(nlp, text, words, country):
    assert country_words(nlp, text).get(words) == (country, "PPLC")


@pytest.mark.parametrize("text", [
    "The startup raised venture capital from investors in Lagos.",
    "He spent his political capital on the deal.",
    "Rebels seized the provincial capital on Sunday.",
    "Capital markets in Pakistan fell on Monday.",
    "The court upheld capital punishment in Iran.",
    "The Kurdish region's capital was calm.",
])
def test_capital_that_is_no_countrys_capital(nlp, text):
    assert country_words(nlp, text) == {}


def test_the_capital_with_its_name_is_the_name(nlp):
    # the appositive name is the mention, found like any other name
    assert country_words(nlp, "The fighting began in the capital, Khartoum, in April 2023.") == {}


@pytest.mark.parametrize("text, words, country", [
    ("No foreign troops will be stationed on Ukrainian soil, the minister said.", "Ukrainian", "UKR"),
    ("The drone crashed in Romanian territory on Wednesday.", "Romanian", "ROU"),
    ("Militants crossed into Afghan territory after the raid.", "Afghan", "AFG"),
])
def test_a_country_named_by_its_land(nlp, text, words, country):
    assert country_words(nlp, text).get(words) == (country, "PCLI")


@pytest.mark.parametrize("text", [
    "Ukrainian forces advanced in Russian-held territory near Donetsk.",
    "Russian officials said the talks would continue.",
    "Two jets violated Pakistani airspace on Monday.",  # the object, not a locative
])
def test_adjectives_that_name_no_place(nlp, text):
    assert country_words(nlp, text) == {}


def test_adjectives_come_from_the_actor_countries():
    table = adjectives()
    assert (table["afghan"], table["turkish"], table["ukrainian"], table["sudanese"]) == ("AFG", "TUR", "UKR", "SDN")


def code(coder, text: str) -> list:
    document = Document("t", text, [Segment("body", 0, len(text))], published=date(2024, 5, 1))
    return coder.code(document)


def place_of(coder, text: str, trigger: str):
    return next(e for e in code(coder, text) if e.evidence.trigger == trigger).location


@pytest.mark.parametrize("text, trigger, name, country", [
    ("Israel tightened its blockade of the Gaza Strip, killing 12 people.", "tightened", "Gaza Strip", "PSE"),
    ("Police fired tear gas at protesters in the Kenyan capital on Tuesday.", "fired", "Nairobi", "KEN"),
    ("Security forces arrested 40 protesters in the capital, Dhaka, on Sunday.", "arrested", "Dhaka", "BGD"),
])
def test_event_placed_by_country_words_and_sieges(coder, text, trigger, name, country):
    location = place_of(coder, text, trigger)
    assert location is not None and (location.place.name, location.place.country) == (name, country)


@pytest.mark.parametrize("text, name, agentive", [
    ("The siege of Kharkiv lasted nearly three months.", "Kharkiv", False),
    ("Israel eased its blockade of the Gaza Strip.", "Gaza Strip", False),
    ("The invasion of Ukraine began in February 2022.", "Ukraine", False),
    ("The president of Ukraine spoke on Monday.", "Ukraine", True),
])
def test_the_place_a_siege_is_of(nlp, text, name, agentive):
    mention = next(m for m in find_mentions([(nlp(text), 0)], load_gazetteer()) if m.text.endswith(name))
    assert mention.agentive is agentive


def test_there_is_the_place_the_story_just_named(coder):
    text = ("Talks between Kim Jong Un and Donald Trump collapsed at the summit in Hanoi in February. "
            "There, Kim asked Trump for relief from sanctions.")
    location = place_of(coder, text, "asked")
    assert location is not None and location.place.name == "Hanoi"


def test_a_statement_later_in_the_story_keeps_no_place(coder):
    text = ("Talks between Kim Jong Un and Donald Trump collapsed at the summit in Hanoi in February. "
            "The summit ended early. Analysts expect no deal this year. "
            "Kim later asked Trump for relief from sanctions.")
    assert place_of(coder, text, "asked") is None


@pytest.mark.parametrize("text, trigger, country", [
    ("Protesters marched in Kabul on Monday. The Taliban banned women from travel without a male guardian.",
     "banned", "AFG"),
])
def test_restrictions_on_own_people_happen_at_home(coder, text, trigger, country):
    location = place_of(coder, text, trigger)
    assert location is not None and location.place.country == country


def test_restrictions_abroad_get_no_story_place(coder):
    text = ("Protesters marched in Kabul on Monday. The United States banned Taliban officials from entering the "
            "country.")
    assert place_of(coder, text, "banned") is None


def test_a_story_place_abroad_gives_way_to_the_actors_own(coder):
    text = ("In Ankara, officials defended the purchase of Russian missiles, and protesters rallied in Ankara "
            "against the sanctions. U.S. senators met in Washington on Tuesday to discuss sanctions on Turkey. "
            "Turkish troops held military exercises on Wednesday.")
    assert place_of(coder, text, "met").place.name == "Washington"
    location = place_of(coder, text, "exercises")
    assert location is not None and (location.place.name, location.resolved_by) == ("Ankara", "story")


@pytest.mark.parametrize("text, name, country", [
    ("BEIRUT/JERUSALEM, Oct 5 (Reuters) - Israel struck targets overnight.", "Beirut", "LBN"),
    ("Kyiv, Ukraine \u2014 Russian drones hit the city overnight.", "Kyiv", "UKR"),
    ("Mumbai: Police arrested five men on Monday.", "Mumbai", "IND"),
    ("Lucknow, Jan 5: Police arrested two men for rioting.", "Lucknow", "IND"),
    ("Damascus, Syria, Dec 3 -- Rebels entered the city.", "Damascus", "SYR"),
])
def test_datelines_in_capitals_title_case_and_pairs(text, name, country):
    location = document_dateline(Document("t", text, [Segment("body", 0, len(text))]), load_gazetteer())
    assert location is not None and (location.place.name, location.place.country) == (name, country)


@pytest.mark.parametrize("text", [
    "However, officials said \u2014 nothing had changed.",
    "Update: the vote was delayed.",
    "Police said: five people were killed.",
    "Taiwan: a test for the region.",  # a country in title case is a headline, not a dateline
])
def test_openings_that_are_no_dateline(text):
    assert document_dateline(Document("t", text, [Segment("body", 0, len(text))]), load_gazetteer()) is None


@pytest.mark.parametrize("text, street", [
    ("Officers conducted a traffic stop near Seventh Street and Central Avenue in Columbus.", "Central"),
    ("Protesters gathered on Baghdad Street in Damascus.", "Baghdad"),
])
def test_a_street_named_after_a_place_is_no_place(nlp, text, street):
    names = {m.text for m in find_mentions([(nlp(text), 0)], load_gazetteer())}
    assert street not in names and names  # the town it is in is still found


def test_what_is_said_at_a_meeting_is_said_there(coder):
    text = ("Foreign ministers of the Group of Seven met in Charlevoix, Quebec, on Friday. "
            "The ministers urged Russia to accept a ceasefire. "
            "Analysts in London said the talks showed unity. "
            "Separately, Germany criticized China's trade policy.")
    location = place_of(coder, text, "urged")
    assert location is not None and (location.place.country, location.resolved_by) == ("CAN", "story")
    assert place_of(coder, text, "criticized") is None  # two sentences on: no longer the meeting's
