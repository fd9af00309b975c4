"""Event nouns of force: the 'of' phrase names the one the act is done to ('Israel's bombardment of
Gaza', 'the killing of 33 militants'), and a participle's 'by' phrase its doer ('an offensive launched
by Somali forces')."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def triples(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.cameo.code[:2], e.source.code, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israel's bombardment of Gaza continued for a third week.", ("19", "ISR", "PSE")),
        ("Russia's shelling of Kharkiv drew condemnation from Kyiv.", ("19", "RUS", "UKR")),
        ("Russia launched a full-scale invasion of Ukraine.", ("19", "RUS", "UKR")),
        ("The Nigerian army claimed the killing of 20 bandits in Zamfara.", ("19", "NGAMIL", "NGAUAF")),
    ],
)
def test_an_event_nouns_of_phrase_names_whom_force_is_used_on(coder, text, expected):
    assert expected in triples(coder, text)


def test_the_of_phrase_of_a_withdrawal_is_its_doer_not_its_target(coder):
    found = triples(coder, "The withdrawal of Russian troops from Kherson was confirmed by Ukraine.")
    assert not any(t and t.startswith("RUS") for _, _, t in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An offensive launched by Somali forces in Puntland has pushed the militants out of their strongholds.",
         ("19", "SOMMIL")),
        ("The shelling carried out by Ethiopian troops in Tigray has displaced thousands.", ("19", "ETHMIL")),
    ],
)
def test_an_event_nouns_participle_agent_is_its_source(coder, text, expected):
    assert any((r, s) == expected for r, s, _ in triples(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A drone strike attributed to the Ethiopian military hit a minibus in Oromia, killing four civilians.",
         ("19", "ETHMIL")),
        ("An explosion blamed on Baloch separatists killed three soldiers in Quetta.", ("18", "PAKSEP")),
    ],
)
def test_whom_an_act_is_attributed_to_is_its_doer(coder, text, expected):
    assert any((r, s) == expected for r, s, _ in triples(coder, text))
