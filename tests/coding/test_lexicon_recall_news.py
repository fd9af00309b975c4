"""Recall on news English: expressions of whole classes that real stories use and that coded nothing."""
from __future__ import annotations

import pytest

from coding_helpers import assert_event, assert_no_event, events_of


@pytest.mark.parametrize("text, source, target", [
    # custody held by a named holder is detention (173) of the one held
    ("All eight Uyghurs remain in Thai custody.", "THA", "CHN"),
    ("Two American citizens remain in Iranian detention.", "IRN", "USA"),
    ("The opposition leader has been in Russian custody for two years.", "RUS", "RUS"),
])
def test_held_in_custody_is_detention(coder, text, source, target):
    assert_event(coder, text, "173", source, target)


@pytest.mark.parametrize("text", [
    "The talks remain in limbo.",
    "The peace plan remains in doubt after the vote.",
    # captivity with nobody holding it names no doer (custody and detention are the police's:
    # test_lexicon_court_custody.py)
    "The three hostages have been in captivity since October.",
])
def test_other_states_are_no_detention(coder, text):
    assert_no_event(coder, text, ("17",))


@pytest.mark.parametrize("text, code, source, target", [
    # an event noun with an owner, named as what something is or marks, is the owner's act
    ("This marks Rubio's second visit to Saudi Arabia since taking office.", "042", "USA", "SAU"),
    ("The trip is Macron's first visit to China since 2019.", "042", "FRA", "CHN"),
    ("It was Putin's first visit to North Korea in 24 years.", "042", "RUS", "PRK"),
])
def test_owned_act_named_by_be_or_mark(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize("text, prefixes", [
    # a date owns no act; an act named as another verb's object stays that verb's content
    ("It was Tuesday's attack that changed everything.", ("18", "19")),
    ("France condemned Russia's attack on Kyiv.", ("18", "19")),
])
def test_unowned_or_embedded_acts_stay_uncoded(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


@pytest.mark.parametrize("text, source, target", [
    # support received: the one whose backing it is supports the subject
    ("Ukraine has the backing of the United States.", "USA", "UKR"),
    ("Kenya's candidate has the endorsement of the African Union.", "IGO", "KEN"),
])
def test_backing_received(coder, text, source, target):
    got = events_of(coder, text)
    assert ("051", source, target) in got, got


@pytest.mark.parametrize("text", [
    "The team has the backing of its fans.",
    "The bill won the backing of parliament.",
])
def test_backing_of_no_actor_is_no_event(coder, text):
    assert_no_event(coder, text, ("05",))


@pytest.mark.parametrize("text, source", [
    # politicians are party people (PTY, as in the CAMEO agents dictionary)
    ("Politicians in Britain have criticized the plan.", "GBR"),
    ("Kenyan politicians condemned the attack by al-Shabaab.", "KEN"),
])
def test_politicians_are_actors(coder, text, source):
    assert_event(coder, text, "11", source)


@pytest.mark.parametrize("text, code, source, target", [
    # verbs joined before one object share it, also after a gerund the parser takes for a noun
    ("Some US officials are hinting at lifting or reducing the sanctions Washington has imposed on Moscow.",
     "0354", "USA", "RUS"),
    ("Washington hinted at easing sanctions on Venezuela.", "0354", "USA", "VEN"),
    ("Iran threatened to arrest or expel British diplomats.", "13", "IRN", None),
])
def test_shared_objects_and_gerunds(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def test_a_light_verbs_noun_is_coded_once(coder):
    assert [c for c, _, _ in events_of(coder, "Germany renewed its appeal to Iran to release the journalist.")
            if c.startswith("02")] == ["0253"]


@pytest.mark.parametrize("text, source", [
    ("The Israeli military said it eliminated a senior Hezbollah leader in Beirut.", "ISR"),
    ("Pakistani forces neutralised the ringleader of the attack.", "PAK"),
])
def test_leaders_eliminated_are_killed_in_fighting(coder, text, source):
    assert_event(coder, text, "190", source)


@pytest.mark.parametrize("text", [
    "The reform will eliminate the leader's veto.",
    "The new rules eliminate the deputy minister's post.",
])
def test_eliminating_things_of_leaders_is_no_force(coder, text):
    assert_no_event(coder, text, ("19",))


@pytest.mark.parametrize("text, code, source, target", [
    ("India has maintained close ties with Russia for decades.", "050", "IND", "RUS"),
    # said of the future it is an intent (root 03); only wanted, it pledges nothing (see test_aims_and_wishes.py)
    ("ECOWAS has stated it will maintain trade and security relations with Burkina Faso.", "03", "IGO", None),
])
def test_keeping_ties(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def test_keeping_a_position_is_no_tie(coder):
    assert_no_event(coder, "India has maintained its position on the border dispute with China.", ("05",))
