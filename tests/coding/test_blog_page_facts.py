"""The sample blog page (samples/kim-train.html): what it reports is coded as the page presents it,
a planned meeting as future, a supply under a threat of sanctions as no supply, the 2019 meeting as
background, a denied purchase as negated, and nothing from the reader comments."""
from __future__ import annotations

from importlib import resources

import pytest

from dyadwatch.documents import read_html


@pytest.fixture(scope="module")
def page_events(coder) -> list:
    path = resources.files("dyadwatch.samples") / "kim-train.html"
    return coder.code(read_html(path.read_bytes(), "kim-train.html"))


def about(events: list, words: str) -> list:
    return [e for e in events if words in e.sentence]


def test_planned_meetings_are_future_not_meetings(page_events):
    planned = about(page_events, "is to meet") + about(page_events, "expected to meet")
    assert len({e.sentence for e in planned}) == 2
    assert all(e.modality == "future" and e.cameo.root == "04" for e in planned)


def test_a_supply_under_threat_of_sanctions_is_no_supply(page_events):
    # 'would face new sanctions if it supplied weapons to Russia': the supply is only the condition
    warned = about(page_events, "if it supplied weapons")
    assert warned and not [e for e in warned if e.cameo.root == "07"]


def test_the_2019_meeting_is_background(page_events):
    old = about(page_events, "in 2019")
    assert old and {e.modality for e in old} == {"background"}


def test_a_denied_purchase_is_negated(page_events):
    bought = [e for e in page_events if e.evidence.trigger == "bought"]
    assert bought and all(e.negated for e in bought)


def test_the_news_of_the_quote_is_asserted(page_events):
    trip = [e for e in page_events if e.evidence.trigger == "traveled"]
    assert trip and all(e.modality == "asserted" and e.source.code == "RUSMIL" for e in trip)


def test_nothing_is_coded_from_the_comments(page_events):
    comments = ("bomb Pyongyang", "attacked our ships", "throw Russia off", "shoot down")
    assert not [e for e in page_events if any(words in e.sentence for words in comments)]
    assert {e.segment for e in page_events} <= {"title", "body", "quote"}
