"""Where-clauses, gathering venues, visits to a country whose meetings the story places in a town, and
stories of one country's affairs that name no place."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.document import Document, Segment


def events_of(coder, text: str) -> list:
    document = Document("t", text, [Segment("body", 0, len(text))], published=date(2024, 5, 1))
    return coder.code(document)


def place_of(coder, text: str, trigger: str):
    events = [e for e in events_of(coder, text) if e.evidence.trigger == trigger]
    assert events, f"no {trigger!r} event in {[e.evidence.trigger for e in events_of(coder, text)]}"
    location = events[0].location
    return (location.place.name, location.place.country) if location else None


@pytest.mark.parametrize("text, trigger, place", [
    ("Resource-rich Balochistan is Pakistan's largest and least-populated province, where members of the "
     "ethnic Baloch minority say they face discrimination and exploitation by the government in Islamabad.",
     "face", ("Balochistan", "PAK")),
    ("The fighting has spread to the Darfur region, where militias burned villages and killed hundreds of "
     "civilians.", "killed", ("Darfur", "SDN")),
    ("The Taliban attended a U.N.-organized meeting last month in Doha, where they met envoys from 25 countries.",
     "met", ("Doha", "QAT")),
])
def test_an_event_in_a_where_clause_is_at_the_place_it_describes(coder, text, trigger, place):
    assert place_of(coder, text, trigger) == place


SIBI = ("Militants attacked a passenger train near Sibi in Balochistan on Tuesday. Security forces in Sibi freed "
        "300 passengers. Resource-rich Balochistan is Pakistan's largest and least-populated province, where "
        "members of the ethnic Baloch minority say they face discrimination and exploitation by the government in "
        "Islamabad.")


def test_a_where_clause_on_a_province_is_not_narrowed_to_the_storys_town(coder):
    """The story's town (Sibi) narrows a province an event names in passing, not one its clause describes."""
    assert place_of(coder, SIBI, "face") == ("Balochistan", "PAK")


LATAKIA = ("Gunmen loyal to the former president ambushed a patrol in Latakia on Thursday. Residents of Latakia "
           "fled to the mountains. Hope for stability has been shaken by deadly violence that began March 6 in "
           "Syria's coastal region, where security forces clashed with fighters loyal to the former president.")


def test_a_where_clause_on_a_part_of_a_country_is_not_the_whole_country(coder):
    """'Syria's coastal region, where': a part of Syria, which the story's town tells."""
    assert place_of(coder, LATAKIA, "clashed") == ("Latakia", "SYR")


@pytest.mark.parametrize("text, trigger", [
    # a 'where' clause on no place noun says nothing of where
    ("Iran has reached a point where its forces arrested dozens of protesters.", "arrested"),
    ("It was a meeting where Iranian officials threatened the envoy.", "threatened"),
])
def test_a_where_clause_on_no_place_places_nothing(coder, text, trigger):
    assert place_of(coder, text, trigger) is None


@pytest.mark.parametrize("text, trigger, place", [
    ("Trump met with Kim for the first time at the Singapore summit in June 2018.", "met", ("Singapore", "SGP")),
    ("Trump met Kim Jong Un at the Vietnam summit in February.", "met", ("Vietnam", "VNM")),
])
def test_a_country_named_before_a_gathering_it_holds_is_its_venue(coder, text, trigger, place):
    assert place_of(coder, text, trigger) == place


@pytest.mark.parametrize("text, trigger", [
    # whose talks, not where they are held
    ("Blinken praised the U.S. talks with Iran as constructive.", "praised"),
])
def test_a_country_naming_whose_gathering_is_not_its_venue(coder, text, trigger):
    assert place_of(coder, text, trigger) is None


JEDDAH = ("U.S. Secretary of State Marco Rubio said Monday the United States hopes to resolve the pause in aid. "
          "Later on Monday, Saudi Crown Prince Mohammed bin Salman met with Rubio in the Red Sea port city of "
          "Jeddah. This marks Rubio's second visit to Saudi Arabia since taking office.")
# the story names the Turkish capital, but no meeting or visit happens there by its own words
ANKARA = ("Turkey's defense ministry in the Turkish capital confirmed the purchase of the Russian system. "
          "Putin is due to meet Erdogan in Turkey in January.")


def test_a_visit_to_a_country_is_where_the_story_meets_in_it(coder):
    assert place_of(coder, JEDDAH, "visit") == ("Jeddah", "SAU")


def test_a_town_the_story_only_names_does_not_narrow_a_meeting(coder):
    assert place_of(coder, ANKARA, "meet") == ("Turkey", "TUR")


KENYA = ("A Kenyan court has lifted orders blocking the swearing-in of the deputy president nominee Kithuri "
         "Kindiki. Gachagua's lawyers filed about 30 court cases arguing against his ouster in the last two "
         "weeks. Gachagua was convicted on five of the 11 charges against him. Gachagua denied all the charges.")
# the same affairs with a foreign body among the actors: no longer one country's story
KENYA_AND_UN = KENYA + " The United Nations urged Kenya to respect the court's ruling."


@pytest.mark.parametrize("trigger", ["filed", "convicted", "denied"])
def test_a_story_of_one_countrys_affairs_naming_no_place_is_in_that_country(coder, trigger):
    assert place_of(coder, KENYA, trigger) == ("Kenya", "KEN")


@pytest.mark.parametrize("trigger", ["filed", "denied"])
def test_a_story_with_actors_of_several_countries_gets_no_home(coder, trigger):
    assert place_of(coder, KENYA_AND_UN, trigger) is None


def test_a_story_that_names_a_place_is_placed_by_it_not_by_its_actors(coder):
    text = KENYA.replace("A Kenyan court", "A court in Mombasa")
    placed = [e.location.place.name for e in events_of(coder, text) if e.location is not None]
    assert placed and set(placed) == {"Mombasa"}
