"""People the knowledge base does not hold: a person named in full is kept as an actor, described by
what any other mention of them in the document says (an apposition, a title, a relative clause, a
led party), else kept as '---', so that an event with a known other side is not lost; analysts stay no actor."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

PUBLISHED = date(2025, 3, 1)


def events(coder, text: str) -> list[tuple[str, str, str, str | None, str | None]]:
    found = coder.code(read_text(text, "t", published=PUBLISHED))
    return [(e.cameo.code, e.source.code, e.source.resolved_by, e.target.code if e.target else None,
             e.target.resolved_by if e.target else None) for e in found]


@pytest.mark.parametrize("text, target", [
    # kept, of no known country: the place of what a person does says not whose they are
    ("Ahmed Rashid met with the Pakistani prime minister on Monday.", "PAKGOV"),
    ("Kwame Mensah met with Ghanaian President John Mahama in Accra on Tuesday.", "GHAGOV"),
    ("Maria Lopez met with Colombian President Gustavo Petro on Friday.", "COLGOV"),
    ("Ahmed Rashid met with Prime Minister Shehbaz Sharif on Monday.", "PAKGOV"),
])
def test_a_person_only_named_is_kept_when_the_other_side_is_known(coder, text, target):
    got = events(coder, text)
    assert any(c.startswith("04") and s == "---" and how == "named-person" and t == target
               for c, s, how, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as the club's manager.",
    "Julian Assange has denied both allegations.",
])
def test_people_only_named_on_both_sides_make_no_event(coder, text):
    assert not events(coder, text)


@pytest.mark.parametrize("text, code", [
    # a description after the mention
    ("Ahmed Rashid met with Prime Minister Shehbaz Sharif on Monday. Rashid, an opposition leader, later "
     "accused the government of rigging the vote.", "PAKOPP"),
    # a party the person's name possesses
    ("Police in Lahore arrested Ahmed Rashid on Sunday. Rashid's party called for protests across Pakistan.",
     "PAKPTY"),
])
def test_a_person_takes_what_another_mention_says_of_them(coder, text, code):
    got = events(coder, text)
    assert any(code in (s, t) and "person-description" in (how, thow) for _, s, how, t, thow in got), got


def test_a_later_surname_is_the_documents_person_not_a_namesake_in_office(coder):
    # 'Rashid' alone would otherwise be Iraq's president Abdul Latif Rashid
    got = events(coder, "Police in Lahore arrested Ahmed Rashid on Sunday. Rashid's party called for protests.")
    assert not any(s.startswith("IRQ") or (t or "").startswith("IRQ") for _, s, _, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Security analyst Kabiru Adamu welcomed the move by the Nigerian government.",
    "Kabiru Adamu, a security analyst, welcomed the move by the Nigerian government.",
])
def test_analysts_stay_no_actor(coder, text):
    assert not events(coder, text)


def test_a_pronoun_is_not_a_person_only_named(coder):
    # whom 'he' means is left open when no code tells the story's people apart
    got = events(coder, "Ahmed Rashid met with the Pakistani prime minister on Monday. "
                        "He urged the government to hold early elections.")
    assert not any(c.startswith("02") for c, *_ in got), got


def test_a_described_person_is_a_pronouns_antecedent(coder):
    got = events(coder, "Ahmed Rashid, a Pakistani opposition leader, was released on Sunday. "
                        "He accused the police of torturing him.")
    assert any(c.startswith("112") and s == "PAKOPP" for c, s, *_ in got), got



@pytest.mark.parametrize("text, target", [
    ("Cops nabbed Sunil Yadav and Anil Verma in Ghaziabad for robbing a jeweller.", "IND"),
    ("A mob lynched Mohammad Akhlaq in Dadri over rumours of beef consumption.", "IND"),
])
def test_a_person_an_act_is_done_to_is_placed_by_its_place(coder, text, target):
    got = events(coder, text)
    assert any(t == target and thow == "location" for _, _, _, t, thow in got), got


@pytest.mark.parametrize("text", [
    "Police arrested Masih Alinejad on Sunday. Alinejad, a vocal critic of Tehran, had led the protests.",
    "Police arrested Ahmed Rashid on Sunday. Rashid, a fierce critic of the Kremlin, had led the protests.",
])
def test_what_a_relation_noun_is_of_says_not_whose_the_person_is(coder, text):
    # the one arrested is no government's
    got = events(coder, text)
    assert not any(c.startswith("17") and (t or "").endswith("GOV") for c, _, _, t, _ in got), got
