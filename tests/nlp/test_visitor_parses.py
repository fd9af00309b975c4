"""The parse of a guest named with 'visiting' is mended so that the guest, not the host, is the visitor."""
from __future__ import annotations

import pytest


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, verb, guest", [
    ("Xi Jinping met visiting U.S. Secretary of State Antony Blinken in Beijing.", "met", "Blinken"),
    ("Blinken assured visiting Australian Foreign Minister Marise Payne that Washington would help.", "assured", "Payne"),
    ("Modi thanked visiting Russian Foreign Minister Sergei Lavrov for his support.", "thanked", "Lavrov"),
])
def test_met_visiting_guest_is_the_verbs_object(nlp, text, verb, guest):
    doc = nlp(text)
    visiting, name = _word(doc, "visiting"), _word(doc, guest)
    assert (name.dep_, name.head.text) == ("dobj", verb)
    assert visiting.dep_ == "amod" and visiting.head == name


def test_opening_visiting_modifies_the_subject(nlp):
    doc = nlp("Visiting Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida.")
    visiting = doc[0]
    assert visiting.dep_ == "amod" and visiting.head.text == "Modi"


@pytest.mark.parametrize("text", [
    # the subject's own visits keep their reading
    "Macron spent the day visiting Kyiv and Odesa.",
    "After visiting Kyiv, Macron met Zelenskyy in Paris.",
])
def test_own_visits_keep_their_parse(nlp, text):
    visiting = _word(nlp(text), "visiting")
    assert visiting.dep_ != "amod" and any(c.dep_ == "dobj" for c in visiting.children)
