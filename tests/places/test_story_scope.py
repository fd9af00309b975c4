"""The story's place for events that name none: the country for a story spread over it or about it as a
whole, the town for a story about one town, and the event's own country when the story's place is in
another one."""
from __future__ import annotations

import pytest

from dyadwatch.places.abroad import event_country
from dyadwatch.places.gazetteer import load_gazetteer
from dyadwatch.places.scope import countrywide

from places_helpers import story_events, summary


def place_of(coder, text: str, trigger: str):
    return summary(story_events(coder, text, trigger)[-1].location)

@pytest.mark.parametrize("text, trigger, place", [
    # towns far apart, none the story's own: the country
    ("Troops clashed with militants near Goma on Monday. Fighters ambushed a convoy outside Bunia on Tuesday, "
     "killing six soldiers. In Kinshasa, police dispersed protesters demanding action. The Congolese army later "
     "detained 40 suspected militia members.", "detained",
     ("Democratic Republic of the Congo", "COD", "country")),
    ("Police in Karachi arrested 12 opposition activists on Monday. Clashes broke out in Peshawar on Tuesday. "
     "Protesters blocked roads in Lahore. The government later banned rallies by the opposition party.", "banned",
     ("Pakistan", "PAK", "country")),
    ("Gunmen attacked a police station in Maiduguri on Monday, killing four officers. Bandits kidnapped 30 villagers "
     "in Zamfara state on Tuesday. Protesters in Lagos blocked a highway to demand better security. The Nigerian "
     "army later arrested 20 suspects.", "arrested", ("Nigeria", "NGA", "country")),
])
def test_a_story_spread_over_a_country_places_its_unplaced_events_in_the_country(coder, text, trigger, place):
    assert place_of(coder, text, trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    ("Thousands of protesters marched in Nairobi on Tuesday against a proposed finance bill. Police in Nairobi "
     "fired tear gas at the crowds. The demonstrations spread across the country on Wednesday, and police "
     "arrested more than 200 people.", "arrested", ("Kenya", "KEN", "country")),
    ("Thousands of protesters marched in Tbilisi on Sunday against the government's decision to suspend EU talks. "
     "Police in Tbilisi used water cannon against the crowds. The protests spread nationwide on Monday, and police "
     "detained 40 people.", "detained", ("Georgia", "GEO", "country")),
    ("Voters in Ghana went to the polls on Saturday in a presidential election. Turnout was high in Accra, officials "
     "said. Police arrested 12 people for trying to disrupt the national election.", "arrested",
     ("Ghana", "GHA", "country")),
])
def test_an_event_put_across_the_country_is_the_countrys(coder, text, trigger, place):
    assert place_of(coder, text, trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    # the story of one town keeps the town
    ("Militants attacked a passenger train near Sibi in Balochistan on Tuesday. Security forces in Sibi freed 300 "
     "passengers on Wednesday. The army later arrested 12 suspects.", "arrested", ("Sibi", "PAK", "city")),
    ("Gunmen kidnapped 30 schoolgirls in Kaduna on Friday. Police in Kaduna said they had deployed tactical teams. "
     "The gunmen later freed 10 of the girls.", "freed", ("Kaduna", "NGA", "city")),
    # the capital's protest, then its police: no word puts them across the country
    ("Thousands of protesters marched in Tbilisi on Sunday against the government's decision to suspend EU talks. "
     "Police in Tbilisi used water cannon against the crowds and detained 40 people.", "detained",
     ("Tbilisi", "GEO", "city")),
])
def test_a_story_about_one_town_keeps_the_town(coder, text, trigger, place):
    assert place_of(coder, text, trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    # a dateline abroad: the event's actors are all of another country
    ("WASHINGTON — The State Department said Tuesday it was alarmed by the fighting in Sudan. Sudanese soldiers "
     "arrested dozens of opposition activists, witnesses said.", "arrested", ("Sudan", "SDN", "country")),
    ("GENEVA — The U.N. human rights office said Friday it was concerned about violence in Myanmar. Myanmar's "
     "military detained hundreds of civilians, the office said.", "detained", ("Myanmar", "MMR", "country")),
    # violence whose target is in another country than the story's place
    ("U.S. and Ukrainian delegations met in Jeddah on Tuesday to discuss a ceasefire. Ukraine agreed to a 30-day "
     "truce. Several months later, North Korean troops attacked South Korean soldiers.", "attacked",
     ("South Korea", "KOR", "country")),
    ("Russian President Vladimir Putin hosted Chinese leader Xi Jinping in Moscow on Tuesday. The two leaders "
     "signed an agreement on energy cooperation. Israeli warplanes struck Iranian targets overnight.", "struck",
     ("Iran", "IRN", "country")),
])
def test_an_event_of_another_country_than_the_storys_place_is_placed_in_its_own(coder, text, trigger, place):
    assert place_of(coder, text, trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    # the story's own country's forces acting on its ground keep the story's place
    ("Israeli police clashed with worshippers at the Al-Aqsa mosque in Jerusalem on Friday. Palestinians threw "
     "stones in Jerusalem's Old City. Israeli security forces fired rubber bullets at Palestinian protesters.",
     "fired", ("Jerusalem", "ISR", "city")),
    # a visit with no place of its own in a datelined story comes to the dateline's town
    ("WASHINGTON — A former diplomat testified on Tuesday about a July meeting at the White House. The ambassador "
     "told visiting Ukrainian officials they would need to deliver before the administration would agree to a "
     "meeting.", "visiting", ("Washington", "USA", "city")),
    # a meeting abroad: its other deeds stay where it was held
    ("Russian President Vladimir Putin hosted Chinese leader Xi Jinping in Moscow on Tuesday. The two leaders "
     "signed an agreement on energy cooperation.", "signed", ("Moscow", "RUS", "city")),
])
def test_an_event_whose_actors_do_not_point_elsewhere_keeps_the_storys_place(coder, text, trigger, place):
    assert place_of(coder, text, trigger) == place


@pytest.mark.parametrize("code, source, target, country", [
    ("190", "PRK", "KOR", "KOR"),  # violence: where its victims are
    ("195", "ISR", "IRN", "IRN"),
    ("042", "USA", "SAU", "SAU"),  # a visit: the host's
    ("043", "RUS", "CHN", "RUS"),  # hosting: the host's
    ("173", "SDN", "SDN", "SDN"),  # a country's own affairs
    ("181", "---", "NGA", "NGA"),  # unknown gunmen, Nigerian victims
    ("173", "SDN", None, None),  # a source alone does not tell
    ("150", "USA", None, None),
    ("036", "IGO", "RUS", None),  # an international body tells nothing
    ("057", "RUS", "CHN", None),  # two countries
    ("174", "THA", "CHN", None),  # the deported go elsewhere
    ("174", "CHN", "CHN", None),
    ("190", "RUS", "---", None),
    ("040", "IND", "IND", None),  # a meeting is where the story's summit is
    ("057", "PAK", "PAK", None),
])
def test_the_country_an_event_is_about(code, source, target, country):
    assert event_country(code, source, target, load_gazetteer()) == country


@pytest.mark.parametrize("sentence, wide", [
    ("The protests spread across the country on Wednesday.", True),
    ("A nationwide strike shut schools and banks.", True),
    ("Voters went to the polls in the presidential election.", True),
    ("The national assembly passed the bill.", True),
    ("Police fired tear gas at protesters in the capital.", False),
    ("The country's president visited the flooded town.", False),
])
def test_words_that_put_an_event_across_a_country(sentence, wide):
    assert countrywide(sentence) is wide
