"""Groups of people as the news names them get their CAMEO sector (sectors.tsv), and the country the
text gives them; a person who only qualifies a group gives it a country, not the person's own code."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.resolver import ActorResolver
from dyadwatch.places.gazetteer import country_of

DAY = date(2025, 3, 14)


def subject_actor(nlp, text: str):
    doc = nlp(text)
    head = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    return ActorResolver(load_knowledge()).resolve(head, DAY, 0, 0)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Lawyers boycotted courts across Uttar Pradesh over the assault on a colleague.", "INDJUD"),
        ("Advocates of the Madras High Court abstained from work on Monday.", "INDJUD"),
        ("Truck operators in Telangana went on an indefinite strike against the hike in road tax.", "INDBUS"),
        ("Taxi drivers in Nairobi went on strike over fuel prices.", "KENLAB"),
        ("Government employees in Haryana staged a protest demanding the old pension scheme.", "INDLAB"),
        ("Teachers in Kenya went on strike over pay.", "KENEDU"),
        ("Nurses at state hospitals in Nigeria began a three-day warning strike.", "NGAHLH"),
        ("Devotees in Kerala blocked the road to the temple.", "INDCVL"),
        ("Tribals in Jharkhand marched against the mining lease.", "INDCVL"),
        ("Dalits in Gujarat protested against the attack on a wedding procession.", "INDCVL"),
        ("Bandits in Zamfara abducted 20 students from a school.", "NGAUAF"),
        ("Herdsmen in Benue attacked farmers in their fields.", "NGAAGR"),
        ("Rioters in Paris set cars on fire.", "FRAOPP"),
        ("Kidnappers in Haiti released two missionaries.", "HTIUAF"),
        ("Health workers in Pakistan boycotted the polio campaign.", "PAKHLH"),
        ("Jawans in Chhattisgarh killed two Maoists in an encounter.", "INDMIL"),
        ("Displaced people in Darfur fled the camp after the attack.", "SDNREF"),
        ("The warring parties in Sudan agreed to a humanitarian truce.", "SDNUAF"),
    ],
)
def test_occupation_sector_and_place(nlp, text, code):
    actor = subject_actor(nlp, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Trump supporters stormed the Capitol in January 2021.", "USACVL"),
        ("Supporters of Imran Khan clashed with police in Islamabad.", "PAKCVL"),
        ("Putin's troops attacked Ukrainian positions near Avdiivka.", "RUSMIL"),
        ("A spokesman for Putin rejected the accusations.", "RUSGOV"),
    ],
)
def test_person_qualifying_a_group(nlp, text, code):
    actor = subject_actor(nlp, text)
    assert actor is not None and actor.code == code and actor.name is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("The president, Donald Trump, condemned the attack.", "USAGOV"),
        ("Russian President Vladimir Putin met Kim Jong Un.", "RUSGOV"),
    ],
)
def test_person_named_with_a_title_stays_the_person(nlp, text, code):
    actor = subject_actor(nlp, text)
    assert actor is not None and actor.code == code and actor.name is not None


@pytest.mark.parametrize(
    "text",
    [
        "Members staged a walkout.",
        "The report said prices rose.",
    ],
)
def test_generic_words_name_no_actor(nlp, text):
    assert subject_actor(nlp, text) is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Pune police demolished the illegal extension of a drug peddler's house.", "INDCOP"),
        ("Gurugram police arrested two men for the murder of a property dealer.", "INDCOP"),
        ("The Jalandhar police arrested a trader for spying.", "INDCOP"),
    ],
)
def test_a_towns_police_are_of_the_towns_country(nlp, text, code):
    doc = nlp(text)
    head = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    actor = ActorResolver(load_knowledge(), country_of).resolve(head, DAY, 0, 0)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("A section of lawyers boycotted courts across Odisha.", "INDJUD"),
        ("Hundreds of Waqf Act opponents clashed with police in Murshidabad, West Bengal.", "INDOPP"),
        ("A team of doctors from Kerala examined the injured.", "INDHLH"),
    ],
)
def test_groups_named_after_a_partitive(nlp, text, code):
    actor = subject_actor(nlp, text)
    assert actor is not None and actor.code == code
