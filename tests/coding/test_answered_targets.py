"""Targets read from the story and the sentence around an act: a denial answers whoever accused its
source, a condemnation of 'the attack' is aimed at whoever the story said carried it out, two
sources acting on 'each other' are each other's targets, a complaint lodged 'with' someone is aimed
at them, a thing aimed at or carrying people names them, and what police seize is taken from
whom the 'from' phrase names."""
from __future__ import annotations

import pytest
from coding_helpers import RECENT, codes_of

from dyadwatch.coding.replies import ACCUSER, ATTACKER
from dyadwatch.documents.readers import read_text


def targets(coder, text: str, code: str) -> list[tuple[str, str | None, str | None]]:
    """(source, target, target resolved_by) of the events whose code starts with `code`."""
    events = coder.code(read_text(text, "t", published=RECENT))
    return [(e.source.code, e.target.code if e.target else None, e.target.resolved_by if e.target else None)
            for e in events if e.cameo.code.startswith(code)]


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Pakistani officials blamed India, accusing it of supporting militants in Balochistan. "
         "New Delhi rejected the charge.", "INDGOV", "PAKGOV"),
        ("The United States accused Beijing of genocide in Xinjiang. Beijing denies the allegations.", "CHNGOV", "USA"),
        ("Rights groups sued the Department of Homeland Security over conditions at the detention centre. "
         "DHS has dismissed the allegations.", "USAGOV", "USAHRI"),
    ],
)
def test_a_denial_answers_whoever_accused_its_source(coder, text, source, target):
    assert (source, target, ACCUSER) in targets(coder, text, "016")


@pytest.mark.parametrize(
    "text",
    [
        # the accusation was aimed at someone else of the country: the opposition, not the ruling party
        "Kenya's government accused the opposition of planning violence. The ruling party denied the accusations.",
        # no accusation at all, only an attack, and it was long before
        "Russia shelled Kharkiv on Tuesday. The weather was cold. Trains ran late. Shops stayed shut. "
        "Markets opened late. The mayor denied the reports.",
    ],
)
def test_a_denial_of_no_accusation_of_its_source_keeps_no_target(coder, text):
    assert all(t is None for _, t, _ in targets(coder, text, "016"))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Militants of the Baloch Liberation Army attacked a passenger train in Balochistan, killing 26 people. "
         "The chief minister condemned the attack.", "PAKGOV", "PAKREB"),
        ("Israeli jets struck a building in Beirut. Egypt condemned the strike.", "EGY", "ISRMIL"),
    ],
)
def test_a_condemned_attack_is_aimed_at_its_attacker(coder, text, source, target):
    assert (source, target, ATTACKER) in targets(coder, text, "111")


@pytest.mark.parametrize(
    "text",
    [
        # two sides attacked: the violence is no one's
        "Russian forces shelled Kharkiv on Monday. Ukrainian drones struck a refinery in Belgorod on Tuesday. "
        "The United Nations condemned the violence.",
        # a decision is no attack
        "Police arrested the suspects on Monday. Opposition leaders condemned the decision.",
    ],
)
def test_a_condemnation_of_no_single_attacker_keeps_no_target(coder, text):
    assert all(t is None for _, t, _ in targets(coder, text, "111"))


@pytest.mark.parametrize(
    "text, code, first, second",
    [
        ("India and Pakistan accused each other of violating the ceasefire.", "112", "IND", "PAK"),
        ("Armenia and Azerbaijan blamed one another for the clashes.", "112", "ARM", "AZE"),
        ("Kyiv and Moscow traded blame for the destruction of the Kakhovka dam.", "112", "UKRGOV", "RUSGOV"),
    ],
)
def test_two_sources_acting_on_each_other_are_each_others_targets(coder, text, code, first, second):
    found = {(s, t) for s, t, _ in targets(coder, text, code)}
    assert {(first, second), (second, first)} <= found


def test_two_sources_of_a_plain_criticism_are_not_each_others_targets(coder):
    assert all(t is None for _, t, _ in targets(coder, "France and Germany criticized the decision.", "111"))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("China lodged a formal protest with Manila over the ramming of a Chinese coast guard vessel.", ("CHN", "PHLGOV")),
        ("India lodged a strong protest with Pakistan over the killing of an Indian fisherman.", ("IND", "PAK")),
    ],
)
def test_a_protest_lodged_with_someone_is_aimed_at_them_not_at_its_topic(coder, text, dyad):
    assert [(s, t) for _, s, t in codes_of(coder, text, RECENT) if s.startswith(dyad[0][:3])] == [dyad]


@pytest.mark.parametrize(
    "text, code, target",
    [
        ("Al Shabaab militants detonated an IED targeting a SNA convoy near Mogadishu.", "1833", "SOMMIL"),
        ("An explosion hit a vehicle transporting Chinese workers near Dasu in Pakistan.", "183", "CHNLAB"),
        ("Last month, BLA insurgents ambushed a bus transporting a paramilitary force in Kalat.", "180", "PAKMIL"),
        ("Gunmen ambushed a bus carrying pilgrims in Reasi district of Jammu and Kashmir.", "180", "INDCVL"),
        ("The Enforcement Directorate raided 12 premises linked to the former minister in Chennai.", "170", "INDGOV"),
    ],
)
def test_a_thing_aimed_at_carrying_or_linked_to_people_names_them(coder, text, code, target):
    assert target in [t for c, _, t in codes_of(coder, text, RECENT) if c == code]


@pytest.mark.parametrize(
    "text, target",
    [
        ("The cops seized 2 kg of heroin from the accused in Amritsar.", "INDCRM"),
        ("Police seized 2 kg of heroin from a drug peddler in Amritsar.", "INDCRM"),
    ],
)
def test_what_police_seize_is_taken_from_whom_the_from_phrase_names(coder, text, target):
    assert ("1711", "INDCOP", target) in codes_of(coder, text, RECENT)


def test_a_seizure_from_a_house_is_not_from_a_person(coder):
    found = codes_of(coder, "Police seized weapons from the house in Ludhiana.", RECENT)
    assert all(t is None or t == "IND" for c, _, t in found if c == "1711")
