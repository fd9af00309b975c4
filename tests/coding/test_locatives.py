"""Place phrases anywhere in the act's clause place the police, troops and people it names only by
sector, and the people an act of force hits; an act of force on a place is aimed at that place's
country (locatives.py)."""
from __future__ import annotations

import pytest

from dyadwatch.actors.resolver import ActorResolver
from dyadwatch.coding.locatives import locative_country
from dyadwatch.places.gazetteer import country_of
from coding_helpers import code, triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town named as the possessor of a sector, or before a place noun, that the tagger misses
        ("Two men were arrested for the robbery of a jeweller in Ludhiana's Model Town.", ("INDCOP", "INDCVL", "17")),
        ("Three Maoists were killed in an exchange of fire with security forces in the jungles of Sukma district.",
         ("INDMIL", "INDREB", "19")),
        # a place in a relative clause beats a nationality named elsewhere
        ("Police arrested a Bangladeshi national who had entered the country illegally in Siliguri.",
         ("INDCOP", "BGD", "17")),
    ],
)
def test_a_place_phrase_of_the_clause_places_actors_known_only_by_sector(coder, text, expected):
    assert expected in triples(code(coder, text))


def test_a_reporters_place_does_not_place_the_reported_act(coder):
    doc = coder.nlp("Rebels shelled the town of Malakal on Sunday, killing 12 people, aid officials in Nairobi said.")
    killing = next(t for t in doc if t.lower_ == "killing")
    resolver = ActorResolver(coder.kb, country_of)
    assert locative_country(killing, resolver, coder.lexicon.reporting) is None
    assert locative_country(killing, resolver, {}) == "KEN"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen torched several houses near Maiduguri on Sunday.", ("NGAUAF", "NGA", "17")),
        ("The Israeli army shelled farmland north of Khan Younis.", ("ISRMIL", "PSE", "19")),
        # a name several countries share is the one of the country the sentence names
        ("ADF rebels burnt a Congolese village near Beni.", ("CODREB", "COD", "17")),
    ],
)
def test_an_act_of_force_on_a_place_is_aimed_at_its_country(coder, text, expected):
    assert expected in triples(code(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Villagers lynched a man suspected of cattle theft in Jharkhand's Gumla district.", ("INDCVL", "INDCVL", "18")),
        ("Armed men abducted two women from a village in Zamfara State.", ("NGAUAF", "NGACVL", "18")),
    ],
)
def test_people_an_act_of_force_names_by_a_common_noun_are_its_target(coder, text, expected):
    assert expected in triples(code(coder, text))


def test_an_arrest_is_not_aimed_at_the_place_it_happens(coder):
    events = code(coder, "A French aid worker was arrested in Lebanon on Friday.")
    assert all(e.target is None or e.target.code != "LBN" for e in events if e.cameo.root == "17")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israeli jets struck a building in Beirut, killing four people.", ("ISRMIL", "LBNCVL", "19")),
        ("Russian drones hit an apartment block in Odesa, wounding seven residents.", ("RUSMIL", "UKRCVL", "19")),
    ],
)
def test_people_hit_by_violence_are_of_the_place_it_happens(coder, text, expected):
    assert expected in triples(code(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the words of one country's police news place its police when no place is named
        ("Police lathi-charged the students who tried to storm the assembly.", ("INDCOP", "INDEDU", "17")),
        ("A constable was suspended and arrested for accepting a bribe of Rs 5,000.", ("INDCOP", "INDCOP", "17")),
        # whom force is used on comes before where it is used
        ("The absconding suspect was finally arrested from the Nepal border by the Bihar police.",
         ("INDCOP", "INDCRM", "17")),
        ("The CBI filed a chargesheet against 12 accused in the bank fraud case.", ("INDCOP", "INDCRM", "17")),
        ("The Pune police demolished the illegal extension of a drug peddler's house.", ("INDCOP", "INDCRM", "17")),
    ],
)
def test_police_news_places_its_actors_and_finds_whom_force_is_used_on(coder, text, expected):
    assert expected in triples(code(coder, text))


def test_the_place_of_an_arrest_beats_the_country_the_document_is_most_about(coder):
    text = "Police arrested a trader in Jalandhar for allegedly spying for Pakistan's ISI and Pakistan's army."
    assert ("INDCOP", "INDBUS", "17") in triples(code(coder, text))


def test_a_statements_place_does_not_place_its_speaker(coder):
    text = ("The United States flew the last migrants out of Guantanamo, U.S. officials said. The U.S. military "
            "declined to comment. A spokesperson declined comment at Guantanamo.")
    events = [e for e in code(coder, text) if e.sentence_index == 2]
    assert events and all(e.source.code.startswith("USA") for e in events)
