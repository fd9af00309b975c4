"""The actor resolver on real noun phrases: names, sectors, titles, partitives and coreference."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.resolver import ActorResolver

DAY = date(2023, 9, 5)


def subject(nlp, text: str, resolver: ActorResolver | None = None, index: int = 0):
    doc = nlp(text)
    resolver = resolver or ActorResolver(load_knowledge())
    head = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    return resolver.resolve(head, DAY, 0, index)


@pytest.mark.parametrize(
    "text, code, how",
    [
        ("The Kremlin rejected the claim.", "RUSGOV", "seat"),
        ("Pyongyang fired a missile.", "PRKGOV", "capital"),
        ("Russian defense minister Sergei Shoigu arrived.", "RUSMIL", "knowledge-base"),
        ("Israeli troops entered the town.", "ISRMIL", "adjective"),
        ("The U.N. Security Council met.", "IGOUNO", "igo"),
        ("Police in Kenya arrested him.", "KENCOP", "country"),
        ("Dozens of Iraqi soldiers surrendered.", "IRQMIL", "adjective"),
        ("Kim Jong Un boarded the train.", "PRKGOV", "knowledge-base"),
        ("Xi met the delegation.", "CHNGOV", "knowledge-base"),
        ("An RSF spokesman denied the report.", "SDNREB", "group"),
        ("A Pentagon official criticized the plan.", "USAMIL", "seat"),
        ("A Kremlin spokesman criticized NATO.", "RUSGOV", "seat"),
        ("The UN condemned the attack.", "IGOUNO", "igo"),
    ],
)
def test_noun_phrases(nlp, text, code, how):
    actor = subject(nlp, text)
    assert actor is not None and (actor.code, actor.resolved_by) == (code, how)


@pytest.mark.parametrize("text", ["Military aid arrived.", "The weather turned.", "Ethnic Albanians protested."])
def test_phrases_that_name_no_state(nlp, text):
    actor = subject(nlp, text)
    assert actor is None or actor.country is None


def test_title_then_surname_then_pronoun(nlp):
    resolver = ActorResolver(load_knowledge())
    first = subject(nlp, "A White House spokesman, John F. Kirby, spoke.", resolver, 0)
    later = subject(nlp, "Mr. Kirby accused Moscow.", resolver, 1)
    pronoun = subject(nlp, "He left.", resolver, 2)
    assert first.code == later.code == pronoun.code == "USAGOV"
    assert (first.name, later.resolved_by, pronoun.resolved_by) == ("John Kirby", "coreference", "coreference")


def test_pronoun_is_not_resolved_when_two_people_are_in_view(nlp):
    resolver = ActorResolver(load_knowledge())
    doc = nlp("Vladimir Putin met Xi Jinping.")
    for ent in doc.ents:
        resolver.resolve(ent.root, DAY, 0, 0)
    assert subject(nlp, "He smiled.", resolver, 1) is None


def test_group_pronoun_is_the_reporting_subject(nlp):
    doc = nlp("Hungary has said it will support the resolution.")
    it = next(t for t in doc if t.lower_ == "it")
    actor = ActorResolver(load_knowledge()).resolve(it, DAY, 0, 0)
    assert actor.code == "HUN" and actor.resolved_by == "coreference"
