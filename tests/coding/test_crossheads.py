"""Crossheads glued to the next sentence code nothing; the sentence behind them is coded as usual,
and sentences with a capitalised name or a quotation inside are left whole."""
from __future__ import annotations

import pytest

from dyadwatch.coding.crossheads import body_start
from coding_helpers import code


@pytest.mark.parametrize(
    "text, heading",
    [
        ("China trade with Mauritius on rise While India has long enjoyed good relations with Mauritius, "
         "analysts said.", "China trade with Mauritius on rise"),
        ("Trump approval During a visit by Starmer to the White House last month, Trump said he was inclined "
         "to approve the deal.", "Trump approval"),
        ("Position on China Beyond Ukraine, G7 foreign ministers also discussed China's role.", "Position on China"),
        ("Recent attacks Since the beginning of the year, the BLA has ramped up attacks.", "Recent attacks"),
        ("Chinese demand The changes in Japanese immigration policy have come with consequences.", "Chinese demand"),
    ],
)
def test_a_glued_crosshead_is_found(nlp, text, heading):
    sent = next(nlp(text).sents)
    assert sent.doc[sent.start:body_start(sent)].text == heading


@pytest.mark.parametrize(
    "text",
    [
        "The case went before The Hague-based court in mid-March.",
        "Kenya refused to attend the hearing in The Hague on Monday.",
        "He said In the end it was fine.",
        "Israeli troops shelled the Gaza Strip on Sunday.",
        'Officials called it "A step backwards" on Monday.',
    ],
)
def test_sentences_without_a_crosshead_are_whole(nlp, text):
    sent = next(nlp(text).sents)
    assert body_start(sent) == sent.start


@pytest.mark.parametrize(
    "text, root",
    [
        ("China trade with Mauritius on rise While India has long enjoyed good relations with Mauritius, "
         "analysts said Modi's visit came amid rivalry.", "06"),
        ("Israeli strikes on Gaza After the truce collapsed, aid agencies urged restraint.", "19"),
    ],
)
def test_a_crosshead_codes_no_event(coder, text, root):
    assert not [e for e in code(coder, text) if e.cameo.root == root]


def test_the_sentence_behind_a_crosshead_is_coded(coder):
    text = "Kenya's refugee camps During a visit to Nairobi on Monday, Somalia's president met President Ruto."
    assert "04" in {e.cameo.root for e in code(coder, text)}
