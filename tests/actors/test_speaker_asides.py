"""Who a first person or 'he' is when the text names the speaker without quotation marks: the subject of a
reporting aside ('Lai said, we are open'), and a titled name the tagger left unmarked that embeds 'he'."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def codes_of(coder, text: str) -> list[tuple[str, str, str | None]]:
    """(CAMEO code, source code, target code) of every event coded from the text."""
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize("text, code, source", [
    ("And also, on the other hand, Lai Ching-te said, we are open for dialogue with China.", "03", "TWNGOV"),
    ("Prime Minister Shehbaz Sharif said, we will never accept the Indian demands.", "12", "PAKGOV"),
])
def test_first_person_of_a_reporting_aside_is_its_subject(coder, text, code, source):
    got = codes_of(coder, text)
    assert any(c.startswith(code) and s == source for c, s, _ in got), got


@pytest.mark.parametrize("text, roots", [
    # an aside whose subject is a first person or no one names nobody
    ("We are open for dialogue with China, I think.", ("03", "04")),
    ("We will never accept the Indian demands, they said.", ("12",)),
])
def test_first_person_with_no_named_speaker_stays_unknown(coder, text, roots):
    got = codes_of(coder, text)
    assert not [g for g in got if g[0].startswith(roots)], got


def test_titled_name_embeds_he(coder):
    text = ('Ja Ian Chong, associate professor of political science at the National University of Singapore, told '
            'VOA, "Because the EU is made up of many national entities, these may lead to the vetoing of tougher '
            'action." Spanish Prime Minister Pedro Sánchez said during a visit to Beijing in early September that he '
            "would urge the European Commission to reconsider raising tariffs on China's EVs.")
    got = codes_of(coder, text)
    assert ("0242", "ESPGOV", "IGOEUREEC") in got, got


def test_a_body_embeds_no_he(coder):
    # 'he' under a ministry's statement is someone else, whom nothing names
    got = codes_of(coder, "The Spanish Foreign Ministry said that he would urge the European Commission to "
                          "reconsider the tariffs.")
    assert not [g for g in got if g[0].startswith("02")], got
