"""The coder on real news sentences: codes, actors, direction, modality and attribution."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

PUBLISHED = date(2023, 9, 5)


def code(coder, text: str, published: date = PUBLISHED):
    return coder.code(read_text(text, "t", published=published))


def triples(events) -> set[tuple]:
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo.plover_type)
        for e in events
    }


def countries(events) -> set[tuple]:
    return {
        (e.source.country, e.target.country if e.target else None, e.cameo.plover_type)
        for e in events
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian Foreign Minister Sergei Lavrov met with his Chinese counterpart in Beijing on Monday.", ("RUS", "CHN", "CONSULT")),
        ("Sergei K. Shoigu, the Russian defense minister, traveled to North Korea in July.", ("RUS", "PRK", "CONSULT")),
        ("Israeli troops shelled the Gaza Strip on Sunday.", ("ISR", "PSE", "ASSAULT")),
        ("The United States imposed new sanctions on Iran on Friday.", ("USA", "IRN", "SANCTION")),
        ("Germany condemned the Russian invasion of Ukraine.", ("DEU", "RUS", "ACCUSE")),
        ("Iran threatened to attack Israel if it struck its nuclear sites.", ("IRN", "ISR", "THREATEN")),
        ("Japan sent humanitarian aid to Turkey after the earthquake.", ("JPN", "TUR", "AID")),
        ("Pakistan refused to deploy peacekeepers in Iraq.", ("PAK", None, "REJECT")),
        ("Switzerland expelled two Russian diplomats for spying.", ("CHE", "RUS", "SANCTION")),
        ("Egypt urged Israel to halt its military operation in Gaza.", ("EGY", "ISR", "REQUEST")),
        ("Police in Kenya arrested dozens of opposition supporters on Tuesday.", ("KEN", "KEN", "COERCE")),
        ("A Ukrainian drone attacked a Russian air base in Pskov.", ("UKR", "RUS", "ASSAULT")),
    ],
)
def test_codes_type_and_dyad(coder, text, expected):
    found = countries(code(coder, text))
    source, target, kind = expected
    assert any(s == source and (target is None or t == target) and k == kind for s, t, k in found), found


def test_conjoined_subjects_act_on_each_other(coder):
    events = code(coder, "Putin and Kim exchanged letters on an arms deal.")
    dyads = {(e.source.code, e.target.code) for e in events}
    assert ("RUSGOV", "PRKGOV") in dyads and ("PRKGOV", "RUSGOV") in dyads


def test_reported_speech_is_attributed_not_duplicated(coder):
    events = code(coder, "The White House warned that Putin and Kim had exchanged letters on an arms deal.")
    consult = [e for e in events if e.cameo.root == "04"]
    assert consult and all(e.reported_by and e.reported_by.code == "USAGOV" for e in consult)
    assert {e.cameo.root for e in events} <= {"04", "13", "01", "11"}


@pytest.mark.parametrize(
    "text, modality, negated",
    [
        ("Kim is expected to meet Putin in Vladivostok next week.", "future", False),
        ("China could impose sanctions on Lithuania.", "hypothetical", False),
        ("Israel did not attack Iran on Friday.", "asserted", True),
        ("Turkey attacked Kurdish militants in Syria.", "asserted", False),
    ],
)
def test_modality_and_negation(coder, text, modality, negated):
    events = code(coder, text)
    assert events, text
    assert (events[0].modality, events[0].negated) == (modality, negated)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia plans to send troops to Belarus.", "138"),
        ("Nigeria said it will withdraw its peacekeepers from Chad unless the fighting stops.", "136"),
        ("Greece will impose sanctions on the smugglers' home country, Albania.", "1312"),
    ],
)
def test_announced_acts_are_intents_or_threats(coder, text, expected):
    events = code(coder, text)
    assert any(e.cameo.code == expected and e.modality == "asserted" for e in events), [
        (e.cameo.code, e.modality, e.evidence.rule) for e in events
    ]


def test_denied_act_is_negated(coder):
    events = code(coder, "Russia denied that it had bought artillery shells from North Korea.")
    bought = [e for e in events if e.evidence.trigger == "bought"]
    assert not bought or all(e.negated for e in bought)
    assert not any(e.evidence.trigger == "bought" and not e.negated for e in events)


def test_dates_from_text_and_publication(coder):
    events = code(coder, "In June, Russia sent troops to Belarus. Russia sent tanks to Belarus.")
    by_sentence = {e.sentence_index: e for e in events}
    assert by_sentence[0].date == date(2023, 6, 1) and by_sentence[0].date_source == "text"
    assert by_sentence[1].date == PUBLISHED and by_sentence[1].date_source == "published"


def test_later_mentions_resolve_to_first_full_mention(coder):
    text = (
        "A White House spokesman, John F. Kirby, spoke to reporters. "
        "Mr. Kirby accused Russia of seeking weapons from North Korea."
    )
    events = code(coder, text)
    accuse = [e for e in events if e.cameo.plover_type == "ACCUSE"]
    assert accuse and accuse[0].source.code == "USAGOV" and accuse[0].target.country == "RUS"
    assert accuse[0].source.resolved_by == "coreference"


def test_people_take_the_role_held_on_the_event_date(coder):
    early = code(coder, "Putin met Bush in Slovenia.", date(2001, 6, 16))
    late = code(coder, "Putin met Xi in Moscow.", date(2023, 3, 21))
    assert ("RUSGOV", "USAGOV", "CONSULT") in triples(early)
    assert ("RUSGOV", "CHNGOV", "CONSULT") in triples(late)


def test_offsets_point_into_the_document(coder):
    text = "Title line\n\nIsraeli troops shelled the Gaza Strip on Sunday."
    document = read_text(text, "t", published=PUBLISHED)
    for event in coder.code(document):
        start, end = event.evidence.trigger_span
        assert document.text[start:end] == event.evidence.trigger
        s, e = event.evidence.source_span
        assert document.text[s:e] == event.source.text
