"""Direct quotes and their speakers (nlp/quotes.py): attributed after, before, by a participle, or
going on after a quote already attributed; nothing outside quotes or for a quote no one is said to speak."""
from __future__ import annotations

import pytest

from dyadwatch.nlp.quotes import enclosing_quote, quote_spans, speaker

REPORTING = frozenset({"say", "tell", "write", "add", "note"})


def _speaker_of(nlp, text: str, word: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    found = speaker(token, REPORTING)
    return found.text if found is not None else None


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # after the quote, over two sentences
        ('"The parties must return to the table. There is no military solution," Guterres told reporters.',
         "parties", "Guterres"),
        ("“We urge Kyiv to negotiate,” Peskov said.", "urge", "Peskov"),
        ('"Hamas should release the hostages," said Blinken, the top U.S. diplomat.', "release", "Blinken"),
        # before the quote, with a colon
        ('Araghchi said on Sunday: "We will not negotiate. The Americans must lift the sanctions first."',
         "Americans", "Araghchi"),
        # a participle's subject is its clause's
        ("Lammy echoed this, saying, “Ukraine has set out its position. It is now for Russia to accept it.”",
         "Russia", "Lammy"),
        # a quote that goes on after one already attributed
        ('"Today the leader was killed," Trump wrote on Friday. "His miserable life was terminated."',
         "miserable", "Trump"),
    ],
)
def test_the_speaker_of_a_quote(nlp, text, word, expected):
    assert _speaker_of(nlp, text, word) == expected


@pytest.mark.parametrize(
    "text, word",
    [
        ("Russia must withdraw its troops from Ukraine, Scholz said.", "withdraw"),  # no quote
        ('"The Americans must lift the sanctions first." The minister made the remarks in Tehran.', "Americans"),
        ("The report called the deal “a historic step” for the region.", "historic"),  # a phrase quoted
    ],
)
def test_no_speaker_outside_an_attributed_quote(nlp, text, word):
    assert _speaker_of(nlp, text, word) is None


def test_straight_quotes_open_and_close_in_turn(nlp):
    doc = nlp('"We will win," he said. "They will lose," she said.')
    assert [(doc[a].text, doc[b].text) for a, b in quote_spans(doc)] == [('"', '"'), ('"', '"')]
    assert enclosing_quote(doc[1]) == quote_spans(doc)[0]
    assert enclosing_quote(doc[6]) is None  # 'he' stands outside
