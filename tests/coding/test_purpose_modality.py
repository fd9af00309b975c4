"""An infinitive of purpose shares the modality and negation of the act it is the aim of: a meeting
someone is expected to travel to is not a meeting held today."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def events_of(coder, text: str, trigger: str):
    """The events coded from the purpose clause's verb (an intent folded with the trip's counts too)."""
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return [e for e in events if e.evidence.trigger == trigger or e.cameo.root == "03"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Putin is expected to travel to Pyongyang this month to meet Kim Jong Un.", "meet"),
        ("Erdogan will fly to Moscow next week to meet Putin.", "meet"),
        ("Blinken is due to travel to Cairo to hold talks with Egyptian officials.", "hold"),
        ("Macron may go to Beijing to meet Xi Jinping.", "meet"),
    ],
)
def test_purpose_of_a_future_trip_is_not_asserted(coder, text, trigger):
    events = events_of(coder, text, trigger)
    assert events and all(e.modality != "asserted" or e.cameo.root == "03" for e in events)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Blinken did not travel to Israel to meet Netanyahu.", "meet"),
        ("Erdogan never flew to Moscow to meet Putin.", "meet"),
    ],
)
def test_purpose_of_a_negated_trip_is_negated(coder, text, trigger):
    events = events_of(coder, text, trigger)
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Blinken traveled to Israel to meet Netanyahu.", "meet"),
        ("Erdogan flew to Moscow to meet Putin.", "meet"),
    ],
)
def test_purpose_of_a_trip_made_is_asserted(coder, text, trigger):
    events = events_of(coder, text, trigger)
    assert events and all(e.modality == "asserted" and not e.negated and e.cameo.root == "04" for e in events)
