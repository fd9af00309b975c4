"""Sides of an act in shapes its entries do not spell out: a pronoun in a slot for people, the
common-noun `by` agent of violence, and the `of` phrase that is the doer of a noun of going. Real-shaped
sentences of wire copy, ACLED notes and Indian police reports, with the traps that must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

PUBLISHED = date(2025, 3, 1)


def coded(coder, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(CAMEO code, source code, target code, target resolved_by) of each event of the text."""
    events = coder.code(read_text(text, "t", published=PUBLISHED))
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None,
             e.target.resolved_by if e.target else None) for e in events]


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # a pronoun that means someone named before fills the slot with that actor
        ("Kenyan police arrested opposition leader Kizza Besigye on Monday. They released him two days later.",
         "0841", "KENCOP", "UGAOPP"),
        ("Police arrested 12 protesters in Nairobi on Monday and released them on bail the next day.",
         "0841", "KENCOP", "KENOPP"),
        ("Security forces in Kashmir arrested two militants. They later neutralised them in an encounter.",
         "19", "INDMIL", "INDREB"),
        # 'him' and 'her' after a person named by a common noun, of the pronoun's gender
        ("Russian forces captured a Ukrainian soldier near Bakhmut. They later freed him.", "0841", "RUSMIL", "UKRMIL"),
        ("Houthi rebels detained a Yemeni journalist in Sanaa in March. The rebels released her last week.",
         "0841", "YEMREB", "YEMMED"),
        ("Police arrested the woman's husband in Pune. They beat him in custody, his family said.",
         "182", "INDCOP", "INDCVL"),
    ],
)
def test_a_pronoun_fills_a_slot_for_people_with_its_antecedent(coder, text, code, source, target):
    got = coded(coder, text)
    assert any(c.startswith(code) and s == source and t == target for c, s, t, _ in got), got


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("The soldiers beat him with sticks in Goma.", "182", "CODMIL"),
        ("Israel released him on Monday.", "0841", "ISR"),
        ("Myanmar's junta pardoned her in January.", "0841", "MMRGOV"),
        ("Hamas militants freed her on Sunday.", "0841", "PSEREB"),
    ],
)
def test_a_pronoun_in_a_slot_that_means_no_one_known_keeps_the_event(coder, text, code, source):
    got = coded(coder, text)
    assert (code, source, "---", "unresolved-pronoun") in got, got


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # a pronoun no word of the entry needs leaves the target to the act's place, as before; one
        # arrested or detained is a person of that place (agentless.patient_actors)
        ("Police arrested her on Sunday in Lagos.", "173", "NGACOP", "NGACVL"),
        ("Militants abducted him from his village in Borno State.", "181", "NGAREB", "NGA"),
        ("Russian troops detained him at a checkpoint near Kherson.", "173", "RUSMIL", "UKRCVL"),
    ],
)
def test_a_pronoun_outside_the_entry_leaves_the_target_to_the_place(coder, text, code, source, target):
    got = coded(coder, text)
    assert any(c == code and s == source and t == target for c, s, t, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The army seized a cache of rifles in Kashmir and destroyed them.",
        "Sudan's government will seize the party's assets and hand them to the finance ministry.",
        "She released her statement on Sunday.",
        "They shot him dead outside his home.",  # neither side known: nothing to code
        "Biden beat him in the 2020 election.",  # beaten in a vote, not assaulted
        "Macron beat her in the runoff in 2017.",
    ],
)
def test_a_pronoun_that_means_no_people_fills_no_slot_for_people(coder, text):
    got = coded(coder, text)
    assert not [g for g in got if g[0].startswith(("0841", "0842", "18", "173"))], got


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("She was raped by three men in Uttar Pradesh.", "1821", "INDCVL", "IND"),
        ("A woman was attacked by a group of men in Delhi.", "18", "INDCVL", "INDCVL"),
        ("A woman was killed by her husband in Bareilly.", "18", "INDCVL", "INDCVL"),
        ("The businessman was abducted by unknown men in Kano.", "181", "NGAUAF", None),
        ("The church was torched by unidentified persons in Jalandhar.", "171", "INDUAF", None),
        ("Two were hacked to death by unidentified assailants in Kenya.", "18", "KENUAF", "KENCVL"),
        ("The convoy was ambushed by gunmen near Gao in Mali.", "190", "MLIUAF", None),
    ],
)
def test_the_common_noun_agent_of_violence_is_those_people(coder, text, code, source, target):
    got = coded(coder, text)
    assert any(c.startswith(code) and s == source and (target is None or t == target) for c, s, t, _ in got), got


@pytest.mark.parametrize(
    "text, source",
    [
        # an arrest by 'unknown men' stays the police's; a thing as agent names no one
        ("Two journalists were detained by unknown men in Caracas.", "VENCOP"),
        ("The bill was passed by lawmakers in Nairobi.", None),
        ("The sculpture was made by three men in Delhi.", None),
    ],
)
def test_a_common_noun_agent_outside_violence_is_no_doer(coder, text, source):
    got = coded(coder, text)
    assert not [g for g in got if g[1].endswith(("CVL", "UAF"))], got
    if source:
        assert any(s == source for _, s, _, _ in got), got


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("The withdrawal of French troops from Mali was completed in August.", "087", "FRAMIL", "MLI"),
        ("The deployment of Kenyan police to Haiti began on Tuesday.", "15", "KENCOP", "HTI"),
        ("Russia's withdrawal from the grain deal alarmed Ukraine.", "087", "RUS", None),
        ("The arrest of the journalist by police sparked protests in Guatemala.", "173", "GTMCOP", "GTMMED"),
    ],
)
def test_the_doer_of_an_event_noun_in_its_of_phrase(coder, text, code, source, target):
    got = coded(coder, text)
    assert any(c.startswith(code) and s == source and (target is None or t == target) for c, s, t, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        # talked about, not reported: the noun is another word's object
        "Peace would allow for the eventual withdrawal of US troops.",
        "Japan must be prepared for any eventualities, including the withdrawal of the United States from Asia.",
    ],
)
def test_a_noun_of_going_that_is_only_talked_about_codes_no_doer(coder, text):
    got = coded(coder, text)
    assert not [g for g in got if g[0].startswith(("08", "15"))], got


@pytest.mark.parametrize(
    "text, entry",
    [
        ("The soldiers beat him with sticks in Goma.", "beat &PERSON: matched"),
        ("Security forces arrested two militants. They later neutralised them.", "neutralize|neutralise|eliminate|hunt &COMBATANT: matched"),
    ],
)
def test_explain_shows_a_pronoun_filling_the_entry(coder, text, entry):
    from dyadwatch.coding.explain import explain, format_explanation

    shown = format_explanation(explain(coder, text, PUBLISHED))
    assert entry in shown, shown
