"""Where an event happened when its words leave room for doubt: destinations, names around a place noun,
'town, province' pairs, names the parser mistook, governments named by their capital, and a country
named in passing in a story that says where."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.document import Document, Segment
from dyadwatch.places.gazetteer import load_gazetteer
from dyadwatch.places.mentions import find_mentions, resolve_mentions

from places_helpers import story_events


def located(coder, text: str, trigger: str):
    return story_events(coder, text, trigger)[0].location

def mentions(nlp, text: str) -> dict:
    found = find_mentions([(nlp(text), 0)], load_gazetteer())
    resolve_mentions(found, set())
    return {m.text: m for m in found}


@pytest.mark.parametrize("text, trigger, name, country", [
    # a place noun before 'of' names the place, it is no topic
    ("Gunmen attacked a checkpoint near the port city of Latakia on Thursday.", "attacked", "Latakia", "SYR"),
    # 'town, province': the town inside the province, whatever else shares its name
    ("Militants attacked a passenger train near Sibi, Balochistan, on Tuesday.", "attacked", "Sibi", "PAK"),
    # a city the parser tagged as an organisation, made a place by 'the capital,'
    ("Police arrested two journalists in Zimbabwe's capital, Harare, on Wednesday.", "arrested", "Harare", "ZWE"),
    # 'in Thailand's custody' says where people are held
    ("Thai police detained eight Uyghurs, who remain in Thailand's custody.", "detained", "Thailand", "THA"),
    # a city the parser tagged as a person, made a place by the verb that hits it
    ("Russian missiles struck Odesa overnight, killing four people.", "struck", "Odesa", "UKR"),
    # a date is no town called March
    ("On 12 March 2023, unidentified gunmen shot dead a village chief in Kpalime.", "shot", "Kpalimé", "TGO"),
    # a town followed by the region of the officials who speak is no town in that region
    ("Israeli airstrikes killed 20 people in Khan Younis, Gaza health officials said.", "killed", "Khān Yūnis",
     "PSE"),
    # the place a sovereignty is handed over for is the place itself
    ("Britain formally handed over sovereignty of the Chagos Islands to Mauritius on Thursday.", "handed",
     "Chagos Islands", "IOT"),
])
def test_the_words_around_a_name_place_the_event(coder, text, trigger, name, country):
    location = located(coder, text, trigger)
    assert location is not None
    assert (location.place.name, location.place.country) == (name, country)


@pytest.mark.parametrize("text, trigger, elsewhere", [
    ("Thailand deported 40 Uyghur men to China on Thursday.", "deported", "CHN"),
    ("Malaysian authorities deported dozens of Rohingya refugees back to Myanmar last week.", "deported", "MMR"),
])
def test_a_deportation_did_not_happen_at_its_destination(coder, text, trigger, elsewhere):
    location = located(coder, text, trigger)
    assert location is None or location.place.country != elsewhere


@pytest.mark.parametrize("text, trigger, capital", [
    ("Islamabad rejected the accusation on Friday.", "rejected", "Islamabad"),
    ("Beijing has repeatedly denied the allegations of abuse.", "denied", "Beijing"),
])
def test_a_capital_that_speaks_is_its_government_not_a_place(coder, text, trigger, capital):
    location = located(coder, text, trigger)
    assert location is None or location.text != capital


def test_a_town_and_its_province_agree(nlp):
    found = mentions(nlp, "Foreign ministers of the Group of Seven met in Charlevoix, Quebec, on Friday.")
    assert "Charlevoix" not in found or found["Charlevoix"].place is None  # only a Michigan town has that name
    assert found["Quebec"].place.country == "CAN"


def test_a_list_of_countries_is_no_town_and_province(nlp):
    found = mentions(nlp, "The talks brought together ministers from Britain, Canada, France and Japan.")
    assert {found[n].place.country for n in ("Britain", "Canada", "France", "Japan")} == {"GBR", "CAN", "FRA", "JPN"}


@pytest.mark.parametrize("text, name, modifier", [
    ("Rubio will join the Jeddah talks with Ukrainian officials.", "Jeddah", False),
    ("The Kharkiv attack killed three people.", "Kharkiv", False),
    ("U.S. officials said the talks went well.", "U.S.", True),
])
def test_a_city_before_an_event_noun_is_its_place(nlp, text, name, modifier):
    assert mentions(nlp, text)[name].modifier is modifier


@pytest.mark.parametrize("text, name, feature", [
    ("An offensive by forces in Somalia's Puntland region pushed the militants out of their strongholds.",
     "Puntland", "RGN"),
    ("Fighting has spread to North Darfur, and aid cannot reach Darfur.", "Darfur", "RGN"),
    ("Egyptian troops deployed across the Sinai on Monday.", "Sinai", "RGN"),
    ("Jihadist groups have spread across the Sahel region.", "Sahel region", "RGN"),  # not Burkina Faso's
])
def test_a_region_is_not_its_country(nlp, text, name, feature):
    assert mentions(nlp, text)[name].place.feature_code == feature


@pytest.mark.parametrize("text, name", [
    ("BLA militants stormed the train on Tuesday.", "BLA"),
])
def test_not_a_place(nlp, text, name):
    found = mentions(nlp, text)
    assert name not in found or found[name].place is None


IRAQ = ("An airstrike killed a senior Islamic State commander in Iraq's Anbar desert on Thursday, Iraqi officials "
        "said. Iraqi forces later arrested five suspects in a follow-up raid in Anbar. \"Today the leader of the "
        "group in Iraq was killed,\" the prime minister said.")


def test_a_country_named_in_passing_narrows_to_the_storys_place(coder):
    location = located(coder, IRAQ, "killed")
    assert location is not None and location.place.name == "Anbar"
    document = Document("t", IRAQ, [Segment("body", 0, len(IRAQ))], published=date(2025, 3, 14))
    last = [e for e in coder.code(document) if e.evidence.trigger == "killed"][-1]
    assert (last.location.place.name, last.location.resolved_by) == ("Anbar", "story")


SUDAN = ("Armed men looted markets and raped women, the agency said on Thursday. The war in Sudan has displaced "
         "millions. Fighting began in Khartoum in April 2023, raged for months in Omdurman and is now heaviest "
         "around El Fasher. Aid groups say hospitals in Sudan are overwhelmed.")


def test_a_story_that_moves_across_a_country_is_placed_in_the_country(coder):
    location = located(coder, SUDAN, "looted")
    assert location is not None
    assert (location.place.name, location.resolved_by) == ("Sudan", "story")


SUDAN_WAR = ("Sexual violence has become a weapon of war in Sudan, aid groups say. Women across Sudan describe "
             "attacks by fighters of both sides. The war began in the capital, Khartoum, in April 2023, and much of "
             "Khartoum now lies in ruins. Doctors in Sudan say they have treated hundreds of survivors. "
             "Fighters raped dozens of women in the past month, the report said.")
QUETTA = ("Gunmen killed 12 people at a market in Quetta, the capital of Balochistan province, on Sunday. Pakistan "
          "has seen a rise in attacks this year, and Pakistan blames militants based in Afghanistan. Pakistan's "
          "interior minister said on Monday that police had arrested five suspects.")


def test_a_story_of_a_whole_country_is_not_placed_in_the_town_it_names_most(coder):
    location = located(coder, SUDAN_WAR, "raped")
    assert location is not None
    assert (location.place.name, location.place.precision, location.resolved_by) == ("Sudan", "country", "story")


def test_a_story_whose_lead_names_a_town_stays_in_the_town(coder):
    location = located(coder, QUETTA, "arrested")
    assert location is not None and location.place.name == "Quetta"


@pytest.mark.parametrize("text, name, country, place", [
    # 'Quebec' is also among New Britain's alternate names in GeoNames; the place called so comes first
    ("U.S. Secretary of State Marco Rubio joined the G7 talks in Charlevoix, Quebec, with ministers from the United "
     "States, Britain and Germany.", "Quebec", "CAN", "Québec"),
    ("Rubio met officials in Washington and Ottawa before the talks in Quebec.", "Quebec", "CAN", "Québec"),
    # an alternate name still finds its place when no place has it as its own ('Kiev' is Kyiv)
    ("Russian missiles struck Kiev overnight.", "Kiev", "UKR", "Kyiv"),
])
def test_a_places_own_name_before_an_alternate_name(nlp, text, name, country, place):
    found = mentions(nlp, text)[name]
    assert (found.place.country, found.place.name) == (country, place)
