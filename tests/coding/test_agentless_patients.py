"""People named only by a common noun as the ones an agentless act is done to ('two persons were
detained in Lucknow') are of the act's country, so the event keeps its target; and generic
protesters ('traders', 'fishermen') get a sector that the place can give a country."""
from __future__ import annotations

from datetime import date

import pytest
from coding_helpers import codes_of

from dyadwatch.documents.readers import read_text


PUBLISHED = date(2025, 3, 1)



@pytest.mark.parametrize("text, root, target", [
    ("A 35-year-old man was arrested in Chennai on Sunday.", "17", "INDCVL"),
    ("Two persons were detained in Lucknow after the clash.", "17", "INDCVL"),
    ("Three women were arrested in Kano on Friday.", "17", "NGACVL"),
    ("The suspect was arrested in Mumbai late on Tuesday.", "17", "INDCRM"),
    ("Two drug peddlers were arrested in Amritsar with heroin.", "17", "INDCRM"),
    ("A man was shot dead in Lagos on Monday night.", "18", "NGACVL"),
    ("Two men were taken into custody in Kano on Sunday.", "17", "NGACVL"),
])
def test_generic_patient_of_agentless_act_is_of_the_place(coder, text, root, target):
    got = codes_of(coder, text, PUBLISHED)
    assert any(c.startswith(root) and t == target for c, _, t in got), got


@pytest.mark.parametrize("text", [
    "The man said the arrests in Chennai were unlawful.",
    "Two persons visited the temple in Lucknow on Sunday.",
])
def test_people_nouns_name_no_target_outside_agentless_acts(coder, text):
    got = codes_of(coder, text, PUBLISHED)
    assert not [g for g in got if g[2] is not None and g[2].endswith(("CVL", "CRM")) and g[0].startswith("17")], got


def test_named_target_wins_over_generic_patient(coder):
    got = codes_of(coder, "Opposition leader Rahul Gandhi was detained in Delhi on Monday.")
    assert got and all(t != "INDCVL" for _, _, t in got), got


@pytest.mark.parametrize("text, source", [
    ("Hundreds of traders protested in Bengaluru against the new market fee.", "INDBUS"),
    ("Fishermen in Kasaragod protested against the seizure of their boats.", "INDCVL"),
    ("Street vendors in Mumbai protested against the eviction drive.", "INDBUS"),
    ("Villagers in Kano protested against the closure of the road.", "NGACVL"),
])
def test_generic_protesters_take_the_country_of_the_place(coder, text, source):
    got = codes_of(coder, text, PUBLISHED)
    assert any(c.startswith("14") and s == source for c, s, _ in got), got


@pytest.mark.parametrize("text, source", [
    ("Two men were taken into custody in Kano on Sunday.", "NGACOP"),
    ("The woman was taken into custody after the footage surfaced in Pune.", "INDCOP"),
    ("Three youths were taken into custody in Chennai.", "INDCOP"),
])
def test_custody_phrase_implies_the_police_of_the_place(coder, text, source):
    got = codes_of(coder, text, PUBLISHED)
    assert any(c.startswith("17") and s == source for c, s, _ in got), got


@pytest.mark.parametrize("text", [
    "He died in custody in Lagos.",
    "The custody battle over the children went on in Mumbai.",
])
def test_custody_alone_is_no_arrest(coder, text):
    got = codes_of(coder, text, PUBLISHED)
    assert not [g for g in got if g[0].startswith("17")], got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thousands marched in Paris against pension reform.", ("FRAOPP", "FRAGOV", "14")),
        ("Hundreds rallied outside the parliament in Nairobi on Tuesday.", ("KENOPP", "KENGOV", "14")),
        ("The crackdown on protesters in Iran drew international condemnation.", ("IRNGOV", "IRNOPP", "17")),
    ],
)
def test_a_multitude_that_protests_is_protesters_and_a_crackdown_is_the_states(coder, text, expected):
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    assert expected in {(e.source.code, e.target.code if e.target else None, e.cameo.root) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Millions watched the parade on television.",
        "Police have slapped charges against the student leader for his speech at the rally.",
    ],
)
def test_a_multitude_or_a_protest_mentioned_is_no_protest(coder, text):
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    assert not [e for e in events if e.cameo.root == "14"]
