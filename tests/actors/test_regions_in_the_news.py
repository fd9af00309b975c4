"""Sub-national places as the news names them (regions.tsv): states, provinces and districts give an
actor its country; short names that are words elsewhere ('Plateau', 'KP', 'UP') only in a document
about their country; ACLED's 'Town (Region)' counts both names."""
from __future__ import annotations

import pytest

from dyadwatch.places.gazetteer import country_of

from corpus_helpers import last_subject


@pytest.mark.parametrize(
    "text, code",
    [
        ("Militants in Nord-Kivu attacked a village.", "CODREB"),
        ("Protesters in Chittagong blocked the highway.", "BGDOPP"),
        ("Herders in Marsabit clashed over grazing land.", "KENAGR"),
        ("Insurgents in Nampula burned a church.", "MOZREB"),
        ("Police in Gauteng arrested 20 illegal miners.", "ZAFCOP"),
        ("Farmers in Bengaluru protested against the land acquisition.", "INDAGR"),
        ("Gunmen in Plateau State killed 12 villagers.", "NGAUAF"),
        ("Bandits attacked Zamfara and Katsina. Gunmen in Plateau killed 12 villagers.", "NGAUAF"),
        ("Imran Khan's party won in Peshawar. Police in KP arrested the protesters.", "PAKCOP"),
        ("The Indian government sent more troops to Manipur. Police in UP arrested two men.", "INDCOP"),
    ],
)
def test_region_gives_its_country(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text", ["Gunmen on the plateau killed 12 villagers.", "Police in UP arrested two men."])
def test_short_names_need_their_country(nlp, text):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.country is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("On 1 December 2023, a group of residents lynched a man accused of theft in Port-au-Prince (Ouest).",
         "HTICVL"),
        ("On 25 September 2024, suspected Fulani militia killed 11 farmers in their fields in Bokkos (Plateau).",
         "NGAREB"),
        ("On 12 March 2023, unidentified gunmen shot dead a village chief in Kpalime (Plateaux).", "TGOUAF"),
        ("A mob attacked the police station in Rajshahi on Monday.", "BGDCVL"),
    ],
)
def test_towns_a_tagger_mislabels_still_place_the_story(nlp, text, code):
    actor = last_subject(nlp, text, places=country_of)
    assert actor is not None and actor.code == code
