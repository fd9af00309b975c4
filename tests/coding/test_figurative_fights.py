"""Figurative fights and things said that code no act (senses.txt, 19_fight.txt, 03_intent.txt): a war
of words, a state fighting smog or dirty air, a club fighting relegation, taking over as prime minister,
guidance or a view offered, a health agency's epidemiological investigation, food or diplomas
recognized; and the same words where they still report an act."""
from __future__ import annotations

import pytest

from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize(
    "text, roots",
    [
        ("China and India engaged in a war of words over the disputed border.", ("19",)),
        ("The war of words between Pyongyang and Washington escalated on Monday.", ("19",)),
        ("Turkey and Greece waged a fierce war of words over migrants in the Aegean.", ("19",)),
        ("London has been fighting dirty air since the 14th century.", ("19",)),
        ("Delhi is battling toxic smog as farmers burn crop stubble in Punjab.", ("19",)),
        ("Beijing has been fighting air pollution for more than a decade.", ("19",)),
        ("Pakistan is battling a severe drought in Sindh province.", ("19",)),
    ],
)
def test_a_figurative_fight_is_no_force(coder, text, roots):
    assert_no_event(coder, text, roots)


@pytest.mark.parametrize(
    "text, roots",
    [
        ("Beijing was offering new guidance to end the violence in Hong Kong.", ("03",)),
        ("The Indian government offered its view on the dispute on Tuesday.", ("03",)),
        ("Kenya's health ministry gave advice to travellers returning from Uganda.", ("03",)),
        ("The Chinese Center for Disease Control said it had conducted epidemiological investigations "
         "on people who might have been exposed to the patients.", ("09",)),
        ("Chinese scientists are investigating the genetic causes of the outbreak in Wuhan.", ("09",)),
    ],
)
def test_words_offered_and_research_are_no_acts(coder, text, roots):
    assert_no_event(coder, text, roots)


def test_a_verbal_war_is_criticism(coder):
    assert_event(coder, "Moscow and Kyiv escalated their verbal war on Monday.", "111", "RUS")
    assert_no_event(coder, "Moscow and Kyiv escalated their verbal war on Monday.", ("19",))


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # the same verbs with armed actors, aid offered, and a political inquiry still code
        ("China and India engaged in fighting over the disputed border.", "19", "CHN", "IND"),
        ("Russia and Ukraine are waging a war in the Donbas.", "19", "RUS", "UKR"),
        ("India has been fighting Pakistani militants in Kashmir.", "19", "IND", "PAK"),
        ("Israel has been battling Hamas fighters in Gaza for months.", "19", "ISR", None),
        ("Qatar offered Lebanon $50 million in aid.", "03", "QAT", "LBN"),
        ("Turkey offered to mediate between Russia and Ukraine.", "03", "TUR", None),
        ("Nigerian police launched an investigation into the killing of the protesters.", "09", "NGA", None),
    ],
)
def test_the_same_words_still_code_an_act(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia does not recognize dog meat as edible.",
        "Germany now recognizes foreign degrees from Syria.",
        "The new law recognizes the contribution of Kenyan nurses.",
    ],
)
def test_recognizing_food_diplomas_or_work_is_no_diplomatic_recognition(coder, text):
    assert_no_event(coder, text, ("054",))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Mexico recognized Kosovo's independence in 2011.", "MEX", "XKX"),
        ("Israel recognized Somaliland on Friday.", "ISR", None),
        ("Honduras recognized Taiwan until 2023.", "HND", "TWN"),
    ],
)
def test_recognizing_a_state_is_still_recognition(coder, text, source, target):
    assert_event(coder, text, "054", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Shehbaz Sharif took over as prime minister in April.",
        "Keir Starmer took over as Labour leader in 2020.",
        "Sergio Massa took over as economy minister in August.",
    ],
)
def test_taking_over_an_office_is_no_capture(coder, text):
    assert_no_event(coder, text, ("19",))


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Taliban took over in August 2021.", "AFG"),
        ("Hamas took over Gaza in 2007.", "PSE"),
    ],
)
def test_armed_groups_taking_over_still_fight(coder, text, source):
    assert_event(coder, text, "19", source)
