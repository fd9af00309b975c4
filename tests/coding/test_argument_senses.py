"""Words whose arguments say they are no political act (senses.txt) and nouns that name no actor
(non_actors.txt): pleas in court, anonymous sources, demonstrating a quality, fighting a disease,
sport, commerce, hosting firms, numbers and commentators."""
from __future__ import annotations

import pytest

from coding_helpers import code


@pytest.mark.parametrize(
    "text, roots",
    [
        ("A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar.", ("02",)),
        ("The former minister pleaded not guilty to corruption charges in a Lagos court.", ("02",)),
        ("A Syrian refugee who asked not to be identified said the camp was short of food.", ("02",)),
        ("A Nigerian official, who requested anonymity, said the talks had stalled.", ("02",)),
        ("The governor said South Dakota can demonstrate ways to combat addiction.", ("14",)),
        ("Pakistan demonstrated its commitment to the peace process in Kabul.", ("14",)),
        ("Kenya is fighting a cholera outbreak in the north.", ("19",)),
        ("Indian authorities are battling a wildfire in Uttarakhand.", ("19",)),
        ("Nigeria stepped up the fight against malaria in Kano.", ("19",)),
        ("Austria punched its ticket by beating North Macedonia on Sunday.", ("18",)),
        ("Gee ended up in Houston after leaving China.", ("16",)),
        ("Lexus Philippines offers almost all Lexus models locally.", ("03",)),
        ("Graham said the Army is offering the example of a recent campaign.", ("03",)),
        ("South Korea also hosts several polysilicon manufacturers.", ("04",)),
        ("Kenya hosts the Dadaab refugee camp near the Somali border.", ("04",)),
        ("The number of refugees in Dadaab declined to 230,000 after a 2013 agreement.", ("12",)),
        ("Chinese analysts criticized Washington's new tariffs.", ("11",)),
        ("U.S. experts warned Beijing against a blockade of Taiwan.", ("13",)),
        ("Zelenskyy agreed that the talks in Jeddah had been useful.", ("03",)),
        ("Many businesses agree that China has long taken advantage of the United States.", ("03",)),
        ('"The danger is not passed yet," agreed Polat Sayim, an official of the World Uyghur Congress.', ("03",)),
        ("More than 2.8 million Chinese tourists visited Vietnam from January through July.", ("04",)),
        ("More than 80,000 foreigners have traveled to Vietnam for medical treatment this year.", ("04",)),
        ("Demonstrators flooded the streets in Khartoum in celebration of the new law.", ("14",)),
    ],
)
def test_acts_their_arguments_unmake(coder, text, roots):
    assert not [e for e in code(coder, text) if e.cameo.root in roots]


@pytest.mark.parametrize(
    "text, root",
    [
        ("Students demonstrated in Dhaka against the quota system.", "14"),
        ("Thousands demonstrated outside the parliament in Tbilisi.", "14"),
        ("Congolese troops fought M23 rebels near Goma.", "19"),
        ("Russia offered Ukraine a ceasefire over Easter.", "03"),
        ("Egypt hosted Hamas negotiators in Cairo.", "04"),
        ("Iran urged Iraq to expel the Kurdish militants.", "02"),
        ("The Taliban asked Pakistan to reopen the Torkham crossing.", "02"),
        ("Israeli troops beat Palestinian detainees in Hebron, the group said.", "18"),
        ("Somalia ended its diplomatic relations with Kenya.", "16"),
        ("Iran and Iraq agreed that they would reopen the border crossing.", "03"),
        ("Russia agreed to a 30-day ceasefire in the Black Sea.", "08"),
        ("Chinese Foreign Minister Wang Yi visited Vietnam on Tuesday.", "04"),
        ("Protesters flooded the streets of Belgrade on Saturday.", "14"),
    ],
)
def test_the_same_words_as_political_acts(coder, text, root):
    assert root in {e.cameo.root for e in code(coder, text)}


@pytest.mark.parametrize(
    "text, cameo",
    [
        ("Russian troops arrived in Belarus for joint drills.", "150"),
        ("A contingent of 500 Indian peacekeepers arrived in South Sudan on Monday.", "150"),
        ("Chinese warships arrived in Cambodia for a port call.", "150"),
        # troops visited are no troops deployed: the visitor pays a visit
        ("President Biden visited wounded soldiers at Walter Reed on Friday.", "042"),
        ("Prime Minister Modi visited Indian soldiers in Ladakh.", "042"),
        # an army chief or a defence minister travels as a visitor
        ("Indian army chief General Manoj Pande visited Nepal.", "042"),
        ("Russian Defense Minister Sergei Shoigu traveled to North Korea in July.", "042"),
    ],
)
def test_troops_that_arrive_deploy_and_troops_visited_are_visited(coder, text, cameo):
    assert cameo in [e.cameo.code for e in code(coder, text)]
