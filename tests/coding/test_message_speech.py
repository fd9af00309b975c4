"""Speech carried by a message or a telling: the sender's own 'would'/'will' is the sender's intent,
and whom the message is addressed to is its target when the words name no other."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def dyads(coder, text: str) -> set[tuple[str, str, str | None]]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.cameo.root, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim Jong Un sent Putin a message saying he would strengthen cooperation.", ("03", "PRK", "RUS")),
        ("Kim Jong Un sent a letter to Putin pledging full support.", ("03", "PRK", "RUS")),
        ("Erdogan told Putin he would cooperate.", ("03", "TUR", "RUS")),
        ("Zelenskyy wrote to Biden asking for more air defense systems.", ("02", "UKR", "USA")),
        ("Xi Jinping sent Lula a message saying he would visit Brazil.", ("03", "CHN", "BRA")),
    ],
)
def test_message_carries_the_senders_speech_to_the_addressee(coder, text, expected):
    assert expected in dyads(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Erdogan told Biden he would visit Washington.", ("03", "TUR", "USA")),
        ("Macron said he would meet Xi Jinping.", ("03", "FRA", "CHN")),
    ],
)
def test_he_in_reported_words_is_the_speaker(coder, text, expected):
    assert expected in dyads(coder, text)


def test_force_reported_to_someone_is_not_aimed_at_them(coder):
    assert not any(target == "USA" for _, _, target in
                   dyads(coder, "Zelenskyy told Biden that Russia attacked at dawn."))
