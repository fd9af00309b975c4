"""Lower-case hyphenated words are one token with a hyphenated lemma, so lexicon entries written with
hyphens match; names joined by hyphens stay apart, since they carry actors."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


@pytest.mark.parametrize(
    "text, word, lemma",
    [
        ("North Korea test-fired a ballistic missile on Sunday.", "test-fired", "test-fire"),
        ("Protesters staged a sit-in outside the parliament.", "sit-in", "sit-in"),
        ("Both sides called for de-escalation.", "de-escalation", "de-escalation"),
        ("The rebels agreed to a cease-fire.", "cease-fire", "cease-fire"),
        ("Workers staged sit-ins across the country.", "sit-ins", "sit-in"),
    ],
)
def test_hyphenated_words_are_one_token(nlp, text, word, lemma):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert token.lemma_ == lemma and doc.text == text


@pytest.mark.parametrize(
    "text, names",
    [
        ("Iran-backed militias attacked a base.", {"Iran"}),
        ("The Russia-Ukraine war entered its fourth year.", {"Russia", "Ukraine"}),
        ("Hamas-run health authorities gave the toll.", {"Hamas"}),
    ],
)
def test_names_joined_by_hyphens_stay_apart(nlp, text, names):
    assert names <= {t.text for t in nlp(text)}


@pytest.mark.parametrize(
    "text, root",
    [
        ("Protesters staged a sit-in outside the parliament in Dhaka.", "14"),
        ("Workers staged a walk-out at the garment plant in Dhaka.", "14"),
    ],
)
def test_hyphenated_nouns_match_entries_for_their_parts(coder, text, root):
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    assert any(e.cameo.root == root for e in events)


def test_a_hyphenated_verb_is_not_its_last_part(coder):
    events = coder.code(read_text("North Korea test-fired a ballistic missile on Sunday.", "t",
                                  published=date(2025, 3, 1)))
    assert not any(e.cameo.root in ("18", "19") for e in events)
