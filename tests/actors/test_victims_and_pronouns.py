"""People named without a country are civilians of the place; an object 'it' is not the subject that
acts on it; a capital the tagger takes for a person is still the capital."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def dyads(coder, text: str) -> set[tuple[str, str, str | None]]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.cameo.root, e.source.code, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, target",
    [
        ("Gunmen killed 12 worshippers at a mosque in Peshawar.", "PAKCVL"),
        ("Russian missiles killed five women in Kharkiv.", "UKRCVL"),
        ("Militants abducted 30 villagers in Zamfara state.", "NGACVL"),
        ("A bomb wounded several commuters in Quetta.", "PAKCVL"),
    ],
)
def test_people_named_without_a_country_are_civilians_of_the_place(coder, text, target):
    assert any(t == target for _, _, t in dyads(coder, text))


@pytest.mark.parametrize(
    "text, trigger, dyad",
    [
        ("Pakistan summoned the Indian envoy, accusing it of backing militants.", "accusing", ("PAK", "IND")),
        ("China protested to Japan, accusing it of provocation.", "accusing", ("CHN", "JPN")),
        ("Iran criticized Israel and warned it against further attacks.", "warned", ("IRN", "ISR")),
    ],
)
def test_an_object_pronoun_is_the_last_actor_that_is_no_subject(coder, text, trigger, dyad):
    events = [e for e in coder.code(read_text(text, "t", published=date(2025, 3, 1))) if e.evidence.trigger == trigger]
    assert events and all((e.source.country, e.target.country if e.target else None) == dyad for e in events)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Zelenskyy said Kyiv would retaliate against Russia.", "UKRGOV"),
        ("Moscow denies it, but Kyiv says Russia attacked the hospital.", None),
    ],
)
def test_a_capital_tagged_as_a_person_is_the_capital(coder, nlp, text, source):
    assert any(e.label_ == "PERSON" and e.text == "Kyiv" for e in nlp(text).ents)  # the case this is about
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    if source:
        assert any(e.source.code == source and e.evidence.trigger == "retaliate" for e in events)
    else:
        assert any(e.reported_by is not None and e.reported_by.code == "UKRGOV" for e in events)
