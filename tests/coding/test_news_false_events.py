"""False events on real news, by class: volumes read as acts ('bilateral trade hit $1bn'), races read
as withdrawals ('pulled out front in the AI race'), states leaving a bloc read as troop withdrawals.
Each class has the sentences that must stay coded beside the ones that must not."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

RECENT = date(2025, 3, 1)


def codes(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=RECENT))
    return {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Bilateral trade between the two countries hit $1.1 billion, a 10.1% increase from the previous year.",
        "Trade between India and Mauritius grew by 12 percent last year, according to official figures.",
    ],
)
def test_trade_volumes_are_no_events(coder, text):
    assert not {c for c in codes(coder, text) if c[2].startswith("06")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China and Pakistan have expanded trade and investment.", "061"),
        ("Japan announced a $2 billion investment in Kenya's ports.", "061"),
    ],
)
def test_trade_acts_stay_coded(coder, text, expected):
    assert expected in {c[2] for c in codes(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "\"China and the U.S. have pulled way out front in the AI race.",
        "The ruling party pulled out to a clear lead in the polls.",
    ],
)
def test_pulling_ahead_in_a_race_is_no_withdrawal(coder, text):
    assert not {c for c in codes(coder, text) if c[2].startswith("08")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian troops withdrew from Kherson.", "087"),
        ("Israel pulled its troops out of Gaza.", "087"),
    ],
)
def test_troop_withdrawals_stay_withdrawals(coder, text, expected):
    assert expected in {c[2] for c in codes(coder, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In late January, Burkina Faso, Mali and Niger withdrew from ECOWAS.",
         {("BFA", "IGOWAFWAS", "161"), ("MLI", "IGOWAFWAS", "161"), ("NER", "IGOWAFWAS", "161")}),
        ("Russia withdrew from the Council of Europe in 2022.", {("RUS", "IGOEURCOE", "161")}),
    ],
)
def test_states_leaving_a_bloc_cut_ties(coder, text, expected):
    assert expected <= codes(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zimbabwe's Constitution guarantees the right to freedom of expression.",
        "He came to the U.S. in the 1920s, during the Chinese Exclusion Act, which allowed Chinese merchants, diplomats and students into the country.",
    ],
)
def test_laws_and_charters_are_no_actors(coder, text):
    assert codes(coder, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thousands of students demonstrated against the new law in Dhaka.", "141"),
        ("Opposition supporters demonstrated outside parliament on Friday.", "141"),
    ],
)
def test_demonstrations_stay_protests(coder, text, expected):
    assert {c[2][:3] for c in codes(coder, text)} == {expected}


def test_demonstrating_that_something_is_so_is_no_protest(coder):
    text = "India must engage with Mauritius to demonstrate that it can help meet such challenges."
    assert not {c for c in codes(coder, text) if c[2].startswith("14")}


@pytest.mark.parametrize(
    "text",
    [
        "The good thing is that the defense and security cooperation between the AES and ECOWAS still stands.",
        "The Zimbabwean journalist's arrest has had a chilling effect on the practice of journalism.",
        "Military cooperation between Russia and Iran remains strong, analysts said.",
    ],
)
def test_events_talked_about_as_standing_are_not_reported(coder, text):
    assert codes(coder, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Economic cooperation between the United States and Ukraine resumed in March.", "061"),
        ("The arrest of the journalist sparked protests in Harare.", "173"),
    ],
)
def test_events_that_happen_stay_coded(coder, text, expected):
    assert expected in {c[2] for c in codes(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, an official told VOA that 70 Pakistani passengers had arrived at the train station Tuesday evening.",
        "Chao said the first large group of Chinese immigrants arrived in Houston in the 1940s and '50s.",
    ],
)
def test_passengers_and_immigrants_arriving_pay_no_visit(coder, text):
    assert not {c for c in codes(coder, text) if c[2].startswith("04")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Indian Prime Minister Narendra Modi arrived in Mauritius on Tuesday.", ("INDGOV", "MUS", "042")),
        ("Ukraine mourned the victims of the Russian strike on Sumy.", ("UKR", "RUS", "017")),
    ],
)
def test_visits_and_national_mourning_stay_coded(coder, text, expected):
    assert expected in codes(coder, text)


def test_families_mourning_their_dead_is_no_symbolic_act(coder):
    text = "Syrian families continue to mourn the loss of loved ones, and communities remain fractured."
    assert not {c for c in codes(coder, text) if c[2].startswith("01")}
