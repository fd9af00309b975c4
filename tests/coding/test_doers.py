"""Doers named through another phrase (doers.py, roles.py): the group a partitive relative counts a
part of, the sender of one of a series of messages or of an order or warning that carries words,
the 'from' phrase of a noun of saying, giving or asking, and the subject of 'busy' or 'quick'."""
from __future__ import annotations

import pytest
from coding_helpers import assert_no_event, codes_of, events_of


@pytest.mark.parametrize("text, code, source", [
    # the relative clause hung on the sentence's verb: the group before the comma acts
    ("Witnesses reported Israeli security forces fired tear gas, rubber bullets, and stun grenades at Palestinian "
     "demonstrators, some of whom threw rocks at police.", "145", "PSEOPP"),
    ("Kenyan police fired tear gas at protesters in Nairobi, some of whom threw stones at officers.", "145", "KENOPP"),
])
def test_partitive_relative_hung_on_the_verb_is_the_group(coder, text, code, source):
    got = codes_of(coder, text)
    assert any(c.startswith(code) and s == source for c, s, _ in got), got


def test_partitive_relative_of_things_acts_not(coder):
    # 'some of which': a part of things, which throw nothing
    got = codes_of(coder, "Police seized the trucks of the Kenyan protesters, some of which carried stones at officers.")
    assert not [g for g in got if g[0].startswith("14")], got


@pytest.mark.parametrize("text, code, source, target", [
    ("Pyongyang issued a series of warnings demanding that Washington change its stance on the talks.",
     "10", "PRK", "USA"),
    ("North Korea issued a series of statements denouncing South Korea.", "11", "PRK", "KOR"),
    ("Hamas issued an ultimatum demanding that Israel release the prisoners.", "10", "PSE", "ISR"),
    ("Iran's supreme leader made a speech criticizing the United States.", "11", "IRN", "USA"),
])
def test_messages_carry_their_senders_words(coder, text, code, source, target):
    got = events_of(coder, text)
    assert any(c.startswith(code) and s == source and t == target for c, s, t in got), got


@pytest.mark.parametrize("text, code, source", [
    ("Reuters reported that the measure has enough votes to pass, with support from France, Greece and Italy.",
     "05", "FRA"),
    ("The talks opened with calls from Egyptian officials for a ceasefire in Gaza.", "02", "EGY"),
    ("Threats from North Korea against Japan have grown.", "13", "PRK"),
    ("Demands from Nigerian protesters for the resignation of the police chief grew louder.", "10", "NGA"),
])
def test_from_phrase_of_saying_and_giving_nouns_is_the_doer(coder, text, code, source):
    got = events_of(coder, text)
    assert any(c.startswith(code) and s == source for c, s, _ in got), got


@pytest.mark.parametrize("text, roots", [
    # moving away from something: the 'from' phrase is where from, not who
    ("The withdrawal from Afghanistan was completed in August.", ("08",)),
    ("The release of the journalist from prison in Egypt was welcomed.", ("08",)),
    ("Rocket fire from Gaza hit southern towns.", ("19",)),
])
def test_from_phrase_of_other_acts_is_no_doer(coder, text, roots):
    got = events_of(coder, text)
    assert not [g for g in got if g[0].startswith(roots) and g[1] in ("AFG", "EGY", "PSE")], got


@pytest.mark.parametrize("text, code, source, target", [
    ("While China is busy bullying Taiwan, the world is watching.", "17", "CHN", "TWN"),
    ("Beijing was quick to condemn the visit of the Taiwanese president.", "11", "CHN", "TWN"),
])
def test_busy_and_quick_take_their_subject(coder, text, code, source, target):
    got = events_of(coder, text)
    assert any(c.startswith(code) and s == source and t == target for c, s, t in got), got


def test_quick_of_a_thing_is_nobody(coder):
    assert_no_event(coder, "The response was quick to condemn nothing in particular.", ("11",))
