"""Targets named inside the object phrase or the event noun's own phrase: its possessor, the agent
of its participle clause, its 'against'/'on'/'toward' phrase, the 'to' of a noun event with a 'by'
source, and the partner of a reciprocal act."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def dyads(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.source.code, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("The talks came during a two-day visit by Indian Prime Minister Narendra Modi to Mauritius.", ("INDGOV", "MUS")),
        ("Protests broke out during a state visit by Chinese President Xi Jinping to Nepal.", ("CHNGOV", "NPL")),
    ],
)
def test_a_noun_event_takes_its_target_from_its_own_phrase(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Ukraine rejected Putin's proposal.", ("UKR", "RUSGOV")),
        ("Afghanistan's foreign ministry called Pakistan's assertions \"baseless\" in a statement.", ("AFGGOV", "PAK")),
        ("India rejected the allegations made by Pakistan.", ("IND", "PAK")),
        ("Egypt condemned the attack carried out by Hamas.", ("EGY", "PSEREB")),
        ("Russia condemned the sanctions against Iran.", ("RUS", "IRN")),
    ],
)
def test_the_object_names_its_owner_agent_or_aim(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Amnesty International demanded the release of activists held in Iranian prisons.", ("NGOAMN", "IRN")),
        ("The rebels demanded the release of fighters held in Colombian jails.", ("COLREB", "COL")),
    ],
)
def test_a_demand_for_people_held_somewhere_is_aimed_at_that_country(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Mauritius conferred its highest civilian honor on Modi, and the prime ministers signed eight pacts.", ("MUSGOV", "INDGOV")),
        ("Chinese President Xi Jinping welcomed Vladimir Putin in Beijing, and the two leaders signed a trade pact.", ("CHNGOV", "RUSGOV")),
    ],
)
def test_the_partner_of_a_reciprocal_act_by_both_parties_is_the_other_one_named(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize("text", ["The G7 ministers met in Canada to discuss the war.",
                                  "Iranian officials said the negotiators met in Oman on Saturday."])
def test_the_place_or_the_reporter_of_a_reciprocal_act_is_no_partner(coder, text):
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    assert events and all(e.target is None for e in events)


def test_a_plural_subject_among_several_other_countries_has_no_partner(coder):
    events = coder.code(read_text("Japan hosted officials from India and Brazil in Tokyo, and the ministers signed a pact.", "t",
                                  published=date(2025, 3, 1)))
    signed = [e for e in events if e.cameo.code == "057"]
    assert signed and all(e.source.country == "JPN" and e.target is None for e in signed)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ukraine agreed to a 30-day ceasefire as a step toward peace in Europe.", "0871"),
        ("Serbia agreed to the talks as a first step toward membership in the European Union.", None),
    ],
)
def test_what_an_act_counts_as_names_no_target(coder, text, code):
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    assert events and all(e.target is None for e in events if code is None or e.cameo.code == code)


@pytest.mark.parametrize(
    "text",
    [
        "Iran pledged aid on the sidelines of an Arab League meeting.",
        "Egypt offered help on the margins of a NATO summit.",
    ],
)
def test_the_sidelines_of_a_meeting_are_no_target(coder, text):
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    assert events and all(e.target is None for e in events)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("The U.N. special envoy for Syria is calling for an end to violence.", ("IGOUNO", "SYR")),
        ("The UN special rapporteur on Myanmar condemned the executions.", ("IGOUNO", "MMR")),
    ],
)
def test_an_envoy_acts_toward_the_country_of_the_office(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Putin received Iraq's prime minister in Moscow.", ("RUSGOV", "IRQGOV")),
        ("Saudi Crown Prince Mohammed bin Salman received Iraq's prime minister in Riyadh on Sunday.", ("SAUGOV", "IRQGOV")),
    ],
)
def test_a_named_possessor_beats_the_place_of_the_target(coder, text, dyad):
    assert dyad in dyads(coder, text)


@pytest.mark.parametrize(
    "text, target",
    [
        ("Belgian farmers blocked roads around the European Parliament with tractors.", "IGOEUREECLEG"),
        ("Protesters blocked the road outside the Chinese embassy.", "CHNGOV"),
    ],
)
def test_what_an_object_lies_around_or_outside_is_the_target(coder, text, target):
    assert target in {t for _, t in dyads(coder, text)}
