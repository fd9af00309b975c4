"""Clauses that say an act would, could or should happen, or that it was not the one done: 'for X
to' infinitives, a chance or a plan that an act happens, prospects ('pave the way for talks'),
'instead of' and 'rather than'; a forecast the press or scholars report is no announcement; and a
date in the clause leading into an act dates the act."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text
from coding_helpers import code


def modalities(coder, text: str, root: str) -> set[str]:
    return {e.modality for e in code(coder, text) if e.cameo.root == root}


@pytest.mark.parametrize(
    "text, root",
    [
        ("It is time for Israel to withdraw its troops from southern Lebanon.", "08"),
        ("It is now for Russia to accept the ceasefire.", "08"),
        ("Officials in Seoul think there is little chance that another summit between Washington and Pyongyang will take place.", "04"),
        ("NATO sees a real risk that Russia will attack Moldova.", "18"),
        ("He hoped the swap would pave the way for direct talks between the Afghan government and the Taliban.", "04"),
        ("The deal lays the groundwork for a summit between Putin and Trump.", "04"),
        ("The vote was delayed to Friday to allow time for more consultation between China and the EU.", "04"),
    ],
)
def test_acts_that_would_or_could_happen_are_hypothetical(coder, text, root):
    assert modalities(coder, text, root) == {"hypothetical"}


@pytest.mark.parametrize(
    "text, root",
    [
        ("It will be very difficult for the West to pull Russia away from China, he said.", "08"),
        ("China's new grid makes it possible for Chinese AI companies to invest less in computing power.", "06"),
        ("It will be hard for Pakistan to cooperate with Afghanistan on border security.", "06"),
    ],
)
def test_an_act_judged_for_someone_to_do_is_no_event(coder, text, root):
    assert not [e for e in code(coder, text) if e.cameo.root == root]


def test_a_plan_for_someone_to_act_stays_hypothetical(coder):
    text = "The next step will be for President Zelenskyy to come back to the Oval Office to sign the agreement."
    assert modalities(coder, text, "05") == {"hypothetical"}


@pytest.mark.parametrize(
    "text, root",
    [
        ("Russia accepted the ceasefire on Tuesday.", "08"),
        ("Israel withdrew its troops from southern Lebanon on Sunday.", "08"),
        ("Afghanistan and Pakistan held direct talks in Doha for the first time.", "04"),
        ("Putin met Trump in Alaska, paving the way for a deal.", "04"),
        ("Russia warned that Ukraine's attacks on its refineries would escalate the war.", "18"),
    ],
)
def test_acts_that_happened_stay_asserted(coder, text, root):
    assert modalities(coder, text, root) == {"asserted"}


@pytest.mark.parametrize(
    "text, root",
    [
        ("Instead of calling for an Asian NATO, Japan increased its cooperation with Australia.", "02"),
        ("Rather than arresting the protesters, police in Dhaka escorted them home.", "17"),
        ("North Korea is refusing to meet to discuss denuclearization with the United States.", "04"),
        ("Kenya declined to send troops to Haiti to fight the gangs.", "19"),
    ],
)
def test_the_act_not_chosen_is_negated(coder, text, root):
    events = [e for e in code(coder, text) if e.cameo.root == root]
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(
    "text, announced",
    [
        ("British media have reported that Britain will cede sovereignty of the Chagos Islands to Mauritius.", False),
        ("A South Korean rights group says North Korea will release the detainees.", False),
        ("British media report that Britain will cede sovereignty of the Chagos Islands to Mauritius.", False),
        ("Britain will cede sovereignty of the Chagos Islands to Mauritius, Prime Minister Keir Starmer said.", True),
    ],
)
def test_only_a_state_or_its_officials_announce_its_acts(coder, text, announced):
    events = code(coder, text)
    assert events
    assert any(e.cameo.root == "03" and e.modality == "asserted" for e in events) == announced
    if not announced:
        assert all(e.modality == "future" for e in events if e.cameo.root != "01")


def test_a_date_in_the_leading_clause_dates_the_act(coder):
    text = "The last time he made this journey, in 2019, Kim met Putin on Russky Island."
    events = coder.code(read_text(text, "t", published=date(2023, 9, 5)))
    meetings = [e for e in events if e.cameo.root == "04"]
    assert meetings and {e.modality for e in meetings} == {"background"}


def test_a_recent_date_in_the_leading_clause_keeps_the_act_news(coder):
    text = "When he arrived in Vladivostok, in September, Kim met Putin at the cosmodrome."
    events = coder.code(read_text(text, "t", published=date(2023, 9, 14)))
    meetings = [e for e in events if e.cameo.root == "04"]
    assert meetings and {e.modality for e in meetings} == {"asserted"}


@pytest.mark.parametrize(
    "text, root",
    [
        ("Israel is poised to launch a ground offensive in Rafah.", "19"),
        ("Russia is poised to resume talks with Ukraine in Istanbul.", "04"),
    ],
)
def test_poised_acts_are_future(coder, text, root):
    assert modalities(coder, text, root) == {"future"}


def test_announced_plans_stay_a_schedule(coder):
    text = "India's foreign secretary said Saturday while announcing plans that Modi will visit the Maldives."
    visits = [e for e in code(coder, text) if e.cameo.root in ("03", "04")]
    assert visits and {(e.cameo.root, e.modality) for e in visits} == {("04", "future")}


@pytest.mark.parametrize(
    "text, root, negated",
    [
        ("The Taliban said they will no longer grant Bennett access to Afghanistan.", "12", False),
        ("Russia will no longer attend the talks in Geneva.", "04", True),
        ("Israel struck more targets in Gaza on Monday.", "19", False),
    ],
)
def test_no_longer_negates_and_a_concession_no_longer_made_is_refused(coder, text, root, negated):
    events = [e for e in code(coder, text) if e.cameo.root == root]
    assert events and all(e.negated == negated for e in events)
