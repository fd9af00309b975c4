"""Sentences the parser reads without a verb get their past-tense verb back: the participle it took for
a noun's modifier heads the sentence, with the noun phrase before it as subject and the noun it
modified as object. Passive participles with their agent and headline-like passives stay as they are."""
from __future__ import annotations

import pytest


def _verb(doc):
    sent = next(iter(doc.sents))
    return sent.root


@pytest.mark.parametrize(
    "text, verb, subject, obj",
    [
        ("Teachers in Nigeria's Ogun State downed tools over unpaid salaries.", "downed", "Teachers", "tools"),
        ("Dock workers in Antwerp downed tools on Monday.", "downed", "workers", "tools"),
        ("Lawyers across Punjab boycotted courts on Thursday.", "boycotted", "Lawyers", "courts"),
        ("The traffic police diverted vehicles from MG Road for the festival.", "diverted", "police", "vehicles"),
        ("On 5 August 2024, JNIM militants killed at least 150 civilians.", "killed", "militants", "civilians"),
        ("A group of students protested in Lahore.", "protested", "group", None),
    ],
)
def test_a_lost_verb_heads_its_sentence(nlp, text, verb, subject, obj):
    root = _verb(nlp(text))
    assert root.text == verb and root.pos_ == "VERB"
    assert [c.text for c in root.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in root.children if c.dep_ == "dobj"] == ([obj] if obj else [])


def test_the_place_of_the_subject_stays_its_place(nlp):
    doc = nlp("Dock workers in Antwerp downed tools on Monday.")
    antwerp = next(t for t in doc if t.text == "Antwerp")
    assert antwerp.dep_ == "pobj" and antwerp.head.text == "in" and antwerp.head.head.text == "workers"


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers killed by a roadside bomb in Kashmir.",
        "Three soldiers killed in Kashmir.",
        "Casualties unknown.",
    ],
)
def test_passives_and_fragments_keep_their_parse(nlp, text):
    doc = nlp(text)
    assert _verb(doc).pos_ != "VERB"


def test_the_repair_keeps_one_sentence(nlp):
    doc = nlp("Lawyers across Punjab boycotted courts on Thursday. Police arrested two men.")
    assert [s.text for s in doc.sents] == ["Lawyers across Punjab boycotted courts on Thursday.", "Police arrested two men."]
