"""Where an event happened at the scale of a province or a country: the conventional centre of a country,
English names of admin-1 divisions, old context placed across the story's province, and names that are
people, parts of an institution's name or topics rather than places."""
from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from dyadwatch.documents.document import Document, Segment
from dyadwatch.places.build import _country_centres, _named_after
from dyadwatch.places.evaluate import distance_km
from dyadwatch.places.gazetteer import load_gazetteer
from dyadwatch.places.mentions import _people, find_mentions, resolve_mentions


def events(coder, text: str) -> list:
    document = Document("t", text, [Segment("body", 0, len(text))], published=date(2025, 3, 14))
    return coder.code(document)


def place_of(coder, text: str, trigger: str, last: bool = False):
    found = [e for e in events(coder, text) if e.evidence.trigger == trigger]
    assert found, f"no event at {trigger!r}"
    return found[-1 if last else 0].location


def resolved(nlp, text: str) -> dict:
    found = find_mentions([(nlp(text), 0)], load_gazetteer())
    resolve_mentions(found, set())
    return {m.text: m for m in found if m.place is not None}


@pytest.mark.parametrize("name, lat, lon", [
    ("Canada", 56.13, -106.35),
    ("United States", 37.09, -95.71),
    ("Russia", 61.52, 105.32),
    ("Brazil", -14.24, -51.93),
    ("Malaysia", 4.21, 101.98),  # on the peninsula, not on Borneo
    ("Somalia", 5.15, 46.2),
])
def test_a_country_is_placed_at_its_conventional_centre(name, lat, lon):
    country = next(p for p in load_gazetteer().lookup(name) if p.is_country)
    assert distance_km(country.lat, country.lon, lat, lon) < 5


def test_country_centres_file_is_checked_line_by_line(tmp_path):
    path = tmp_path / "centres.tsv"
    path.write_text("# country\tlat\tlon\nCAN\t56.1\t-106.3\nRUS\tsixty\t100\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"centres.tsv:3"):
        _country_centres(path)
    path.write_text("CAN\t56.1\t-106.3\nCAN\t60\t-95\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"centres.tsv:2: CAN listed twice"):
        _country_centres(path)


@pytest.mark.parametrize("text, name, adm1", [
    # a division named in its own language carries its English name, and so does a city inside it
    ("Russian drones hit an energy facility in Ukraine's Zaporizhzhia region.", "Zaporizhzhia", "Zaporizhzhia"),
    ("Ukrainian troops attacked Russian positions in the Kursk region on Tuesday.", "Kursk", "Kursk"),
    ("Shelling hit villages in Russia's Belgorod region overnight.", "Belgorod", "Belgorod"),
    ("Russian missiles struck Odesa overnight.", "Odesa", "Odesa"),
    ("Gunmen attacked a checkpoint outside Damascus.", "Damascus", "Damascus"),
    ("Israeli police clashed with worshippers in Jerusalem.", "Jerusalem", "Jerusalem"),
    # diacritics English does not write, and a division called by its city's name in its own language
    ("Police detained 40 protesters in Chennai on Monday.", "Chennai", "Tamil Nadu"),
    ("Thousands marched in Mumbai on Sunday.", "Mumbai", "Maharashtra"),
    ("Protesters blocked roads in Beirut on Friday.", "Beirut", "Beirut"),
    ("Militias clashed in Benghazi overnight.", "Benghazi", "Benghazi"),
    ("Negotiators met in Doha on Tuesday.", "Doha", "Doha"),
])
def test_divisions_have_their_english_names(nlp, text, name, adm1):
    place = resolved(nlp, text)[name].place
    assert place.adm1 == adm1


@pytest.mark.parametrize("word, city, named", [
    ("kurskaya", "kursk", True),
    ("tulskaya", "tula", True),
    ("vologodskaya", "vologda", True),
    ("sumska", "sumy", True),
    ("orlovskaya", "oryol", False),  # Oryol's adjective is no prefix of its name
    ("kursk", "kursk", False),  # a division already called by its city's name
    ("nizhegorodskaya", "nizhniy novgorod", False),
])
def test_a_division_named_by_its_citys_adjective(word, city, named):
    assert _named_after(word, city) is named


@pytest.mark.parametrize("text, name, country, code", [
    ("Gunmen killed 12 villagers in Zamfara State on Sunday, police said.", "Zamfara", "NGA", "ADM1"),
    ("Boko Haram fighters attacked a military base in Borno, killing five soldiers.", "Borno", "NGA", "ADM1"),
    ("Security forces killed three militants in Khyber Pakhtunkhwa province.", "Khyber Pakhtunkhwa", "PAK", "ADM1"),
    ("Police arrested 20 protesters in Kolkata, West Bengal, on Monday.", "Kolkata", "IND", "PPL"),
])
def test_states_and_provinces_are_admin1_places(coder, text, name, country, code):
    trigger = next(w for w in ("killed", "attacked", "arrested") if w in text)
    location = place_of(coder, text, trigger)
    assert location is not None
    place = location.place
    assert (place.name, place.country, place.feature_code) == (name, country, code)
    assert place.adm1 is not None


TRAIN = ("Separatist militants attacked a passenger train near Sibi in Pakistan's Balochistan province on Tuesday, "
         "killing 26 people. Security forces killed 33 attackers near Sibi. In 2024, the Baloch Liberation Army "
         "killed nearly 400 people in over 500 attacks.")


def test_old_context_happened_across_the_province_not_at_the_storys_site(coder):
    today = place_of(coder, TRAIN, "attacked")
    assert (today.place.name, today.resolved_by) == ("Sibi", "locative")
    background = place_of(coder, TRAIN, "killed", last=True)
    assert background is not None
    assert (background.place.name, background.place.precision, background.resolved_by) == (
        "Balochistan", "adm1", "story")


def test_todays_events_without_a_place_stay_at_the_storys_site(coder):
    text = TRAIN.replace("In 2024, the Baloch Liberation Army killed nearly 400 people in over 500 attacks.",
                         "The Baloch Liberation Army later freed 20 hostages.")
    location = place_of(coder, text, "freed")
    assert location is not None and location.place.name == "Sibi"


@pytest.mark.parametrize("text, name", [
    # a person's name is no town that has it among its names (Hebron is also 'Khalil')
    ("Police arrested Mahmoud Khalil on Saturday. Khalil remains in detention, and Khalil's lawyers appealed.",
     "Khalil"),
    # a word of an institution's name is no town of that name
    ("The case went all the way to the Supreme Court, where the judges ruled against him.", "Supreme"),
    ("He served as assistant secretary in the Bureau of European and Eurasian Affairs.", "Bureau"),
])
def test_names_that_are_no_places(nlp, text, name):
    assert name not in resolved(nlp, text)


@pytest.mark.parametrize("text, trigger, elsewhere", [
    # what protests, concern, criticism or sanctions are about is not where they happened
    ("Students protested over the war in Gaza on Monday.", "protested", "PSE"),
    ("Mahmoud Khalil, who led last year's campus protests over the war in Gaza, was arrested on Saturday.",
     "arrested", "PSE"),
    ("Diplomats voiced concern about the fighting in Sudan on Friday.", "concern", "SDN"),
    ("Rights groups criticized the government over abuses in Xinjiang.", "criticized", "CHN"),
    ("The United States imposed sanctions over human rights abuses in Xinjiang.", "sanctions", "CHN"),
])
def test_a_place_inside_a_topic_is_not_the_events(coder, text, trigger, elsewhere):
    location = place_of(coder, text, trigger)
    assert location is None or location.place.country != elsewhere


@pytest.mark.parametrize("text, trigger, name", [
    # force on a place, a quarrel fought where it is, and a place inside the topic phrase's own place noun
    ("Israeli strikes on a hospital in Gaza killed 12 people.", "strikes", "Gaza Strip"),
    ("Herders and farmers clashed over land in Plateau State, killing 20 people.", "clashed", "Plateau"),
    ("Thousands rallied in London over the war in Gaza.", "rallied", "London"),
])
def test_places_that_stay_the_events(coder, text, trigger, name):
    location = place_of(coder, text, trigger)
    assert location is not None and location.place.name == name


@pytest.mark.parametrize("text, trigger", [
    ("The minister criticized the opposition for its remarks.", "criticized"),
    ("The government said it would hold talks with the rebels next week.", "hold"),
    ("Police arrested five men on Tuesday, officials said.", "arrested"),
])
def test_no_place_in_the_text_no_place_in_the_event(coder, text, trigger):
    assert place_of(coder, text, trigger) is None


@pytest.mark.parametrize("text, trigger, name", [
    # talks held elsewhere do not place the violence the story goes on to report
    ("Violence in Kabul has risen sharply this month, and officials in Kabul raised the death toll to 60. "
     "Taliban and U.S. negotiators met in Doha last September. Attackers detonated a car bomb near a school "
     "during the evening rush hour.", "detonated", "Kabul"),
    ("Russian drones struck Kharkiv overnight, killing three people. Later in the day, Ukrainian and U.S. "
     "officials met in Jeddah. Russian forces also shelled several villages, killing two more civilians.",
     "shelled", "Kharkiv"),
])
def test_violence_without_a_place_is_where_the_storys_violence_is(coder, text, trigger, name):
    location = place_of(coder, text, trigger)
    assert location is not None
    assert (location.place.name, location.resolved_by) == (name, "story")


@pytest.mark.parametrize("text, name, country", [
    # a town dwarfed by a namesake abroad needs its province named, not just its country's officials
    ("U.S. officials said the U.N. Human Rights Council in Geneva criticized the Taliban. Washington agreed.",
     "Geneva", "CHE"),
    ("The United States and Britain sent envoys to talks in Dublin on Monday, U.S. officials said.", "Dublin", "IRL"),
    # a namesake of some size in the document's country still wins on that country
    ("Pakistani police arrested 12 men in Hyderabad on Monday, officials in Islamabad said.", "Hyderabad", "PAK"),
    # the province named beside it keeps the small town, also where it is named again alone
    ("The storm hit Athens, Georgia, on Monday, and U.S. officials met residents in Athens.", "Athens", "USA"),
])
def test_a_dwarfed_namesake_needs_its_province(nlp, text, name, country):
    found = find_mentions([(nlp(text), 0)], load_gazetteer())
    resolve_mentions(found, {"USA"} if "U.S." in text else set())
    places = [m.place for m in found if m.text == name and m.place is not None]
    assert places and all(p.country == country for p in places)


def test_only_a_persons_surname_is_taken_for_the_person(nlp):
    words = ["Kharkiv", "Mayor", "Ihor", "Terekhov", "spoke", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert _people([(doc, 0)]) == {"terekhov"}
