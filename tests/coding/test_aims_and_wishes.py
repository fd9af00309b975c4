"""What an act is for, what an actor strives or wishes to do, and the sense of 'strikes' and 'attacked'
(purposes.py, modality.txt, embedded.py, senses.txt): an aim or a wish is no act done, and only a
pledge or a stated willingness is an intent (03x)."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

PUBLISHED = date(2025, 3, 1)


def coded(coder, text: str, trigger: str):
    """The events coded from the word `trigger` of the text."""
    return [e for e in coder.code(read_text(text, "t", published=PUBLISHED)) if e.evidence.trigger == trigger]


@pytest.mark.parametrize(
    "text, trigger, root",
    [
        ("Israel sent troops to crush the revolt in Gaza.", "crush", "17"),
        ("Turkey deployed tanks to the border to crush the Kurdish uprising.", "crush", "17"),
        ("The government deployed the army to arrest the protest leaders.", "arrest", "17"),
        ("The United States has been training Syrian opposition forces to fight against Islamic State.", "fight", "19"),
        ("The Security Council tightened sanctions on North Korea in an effort to make the country give up its "
         "nuclear weapons.", "give", "08"),
        ("Washington imposed sanctions designed to force Iran to release the prisoners.", "release", "08"),
    ],
)
def test_the_aim_of_an_act_is_future_not_done(coder, text, trigger, root):
    events = coded(coder, text, trigger)
    assert events and all(e.cameo.root == root and e.modality == "future" for e in events), events


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Israel sent troops to crush the revolt in Gaza.", "sent"),
        ("The Security Council tightened sanctions on North Korea in an effort to make the country give up its "
         "nuclear weapons.", "tightened"),
    ],
)
def test_the_act_that_has_the_aim_is_still_done(coder, text, trigger):
    events = coded(coder, text, trigger)
    assert events and all(e.modality == "asserted" and not e.negated for e in events), events


@pytest.mark.parametrize(
    "text, trigger, root",
    [
        ("Blinken traveled to Riyadh to meet Saudi officials.", "meet", "04"),
        ("India and Mauritius signed eight agreements to boost cooperation in maritime security.", "boost", "05"),
        ("The UN envoy has made several trips to Kabul to investigate the human rights situation.", "investigate", "09"),
        ("Police fired tear gas to disperse the protesters.", "fired", "17"),
    ],
)
def test_what_a_trip_meeting_or_pact_was_for_was_done(coder, text, trigger, root):
    events = coded(coder, text, trigger)
    assert events and all(e.cameo.root == root and e.modality == "asserted" for e in events), events


@pytest.mark.parametrize(
    "text, trigger, root",
    [
        ("Britain is seeking to finalize a deal with Mauritius on the Chagos Islands.", "finalize", "05"),
        ("China aims to boost trade with African countries.", "boost", "06"),
        ("Ankara has sought to repair relations with Israel.", "repair", "05"),
        ("Trump is pushing to broker an end to the war in Ukraine.", "broker", "04"),
    ],
)
def test_an_effort_is_neither_the_act_nor_a_pledge(coder, text, trigger, root):
    events = coded(coder, text, trigger)
    assert events and all(e.cameo.root == root and e.modality == "future" for e in events), events


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("All three countries want to maintain economic relations with Beijing.", "maintain"),
        ("Japan wants to preserve its alliance with the United States.", "preserve"),
        ("China needs and wants to buy American soybeans.", "buy"),
        ("Kenya wants to close the Dadaab refugee camp.", "close"),
    ],
)
def test_a_wish_is_no_act_and_no_intent(coder, text, trigger):
    events = coded(coder, text, trigger)
    assert all(e.modality != "asserted" and e.cameo.root != "03" for e in events), events


@pytest.mark.parametrize(
    "text, trigger, code, negated",
    [
        ("Trump wants to meet Kim Jong Un again.", "meet", "036", False),
        ("Trump told advisers he does not want to meet with Kim before the election.", "meet", "036", True),
        ("Iran said it was ready to hold talks with the United States.", "ready", "036", False),
        ("India is eager to expand trade with Japan.", "expand", "0311", False),
        ("China pledged to boost investment in Kenya.", "pledged", "0311", False),
    ],
)
def test_a_wish_to_meet_and_a_stated_willingness_are_intents(coder, text, trigger, code, negated):
    events = coded(coder, text, trigger)
    assert events and all(e.cameo.code == code and e.modality == "asserted" and e.negated == negated
                          for e in events), events


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("The United States instructed Israel to halt the strikes on Lebanon.", "instructed", "1056"),
        ("Egypt urged Israel to stop its strikes on Gaza.", "urged", "0256"),
        ("Israel halted the strikes on Lebanon.", "halted", "087"),
        ("Russia agreed to suspend strikes on energy sites.", "agreed", "0356"),
    ],
)
def test_strikes_a_state_halts_are_military(coder, text, trigger, code):
    events = coded(coder, text, trigger)
    assert events and all(e.cameo.code == code for e in events), events


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("The United States called for free and fair elections in Venezuela.", "called", "024"),
        ("The government urged the doctors to end their strike.", "urged", "0252"),
        ("The union agreed to end the strike.", "agreed", "0352"),
    ],
)
def test_a_labour_strike_ended_stays_dissent_and_elections_called_for_an_appeal(coder, text, trigger, code):
    events = coded(coder, text, trigger)
    assert events and all(e.cameo.code == code for e in events), events


@pytest.mark.parametrize(
    "text, root",
    [
        ("Trump attacked Biden over the border.", "11"),
        ("Putin attacked Zelenskyy in a speech.", "11"),
        ("Trump attacked Iran over its nuclear program.", "18"),
    ],
)
def test_one_public_figure_attacking_another_criticizes(coder, text, root):
    events = coded(coder, text, "attacked")
    assert events and all(e.cameo.root == root for e in events), events


@pytest.mark.parametrize(
    "text, trigger, root",
    [
        ("The White House said negotiations between Russia and North Korea were moving ahead.", "negotiations", "04"),
        ("China summoned the Japanese ambassador to protest the visit.", "protest", "11"),
    ],
)
def test_an_act_no_effort_holds_or_one_done_in_words_is_done(coder, text, trigger, root):
    events = [e for e in coded(coder, text, trigger) if e.cameo.root == root]
    assert events and all(e.modality == "asserted" for e in events), events
