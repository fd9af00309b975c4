"""A person known only by a two-word title ('Turkey's foreign minister') is whom 'he' or 'she' means in
the clause they report, as a named one is; and 'the foreign minister' refers back to a named one."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def code(coder, text: str) -> list:
    return coder.code(read_text(text, "t", published=date(2025, 3, 1)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkey's foreign minister said he was hopeful that Sweden would address Ankara's concerns.", ("TUR", "01")),
        ("Japan's defense minister said she was optimistic that the talks with Seoul would succeed.", ("JPN", "01")),
        ("Iran's foreign minister said he would urge the Europeans to return to the deal.", ("IRN", "02")),
    ],
)
def test_a_titled_reporter_is_the_one_the_pronoun_means(coder, text, expected):
    assert expected in {(e.source.country, e.cameo.root) for e in code(coder, text)}


def test_the_foreign_minister_refers_back_to_the_named_one(coder):
    text = ("Iranian Foreign Minister Abbas Araghchi met European envoys in Geneva on Friday. "
            "The foreign minister urged the Europeans to lift the sanctions.")
    assert ("IRN", "02") in {(e.source.country, e.cameo.root) for e in code(coder, text)}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Top diplomats from the Group of Seven urged Russia on Friday to accept the ceasefire. “We called for "
         "Russia to reciprocate,” the diplomats said in a joint statement.", "IGO"),
        ("Senior officials of the African Union met in Addis Ababa on Monday. “We urge the junta to release "
         "President Bazoum,” the officials said.", "IGO"),
    ],
)
def test_a_definite_noun_refers_back_to_the_phrase_with_the_same_head(coder, text, speaker):
    calls = [e for e in code(coder, text) if e.evidence.trigger in ("called", "urge")]
    assert calls and all(e.source.country == speaker for e in calls)

