"""An act's sides in shapes its entries do not spell out (pronouns in slots for people are in
pronoun_slots.py).

- People named by a common noun as the `by` agent of violence: "she was raped **by three men**",
  "the convoy was ambushed **by unidentified men**", "attacked **by a group of youths**". They are of
  the sector patients.txt gives their noun (an unknown, unidentified or masked doer is `UAF`), and
  of the country where it happens, as any sector-only actor.
- The doer of an event noun of going, staying or giving up, named in its `of` phrase: "the
  **withdrawal of French troops** from Mali", "the **deployment of Kenyan police** to Haiti", "the
  **resignation of the prime minister**" (for acts of force the `of` phrase is whom it is done to).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import UNKNOWN_COUNTRY, Actor
from .agentless import patient_actors
from .lexicon import Lexicon
from .syntax import lemma, pobjs

# violence (assault, fighting, mass violence) and the destruction of property: their doers named by a
# common noun of people are such people; an arrest by 'unknown men' stays the police's (agentless.py)
VIOLENT_CODES = ("18", "19", "20", "171")
UNKNOWN_DOER = "UAF"
CIVILIANS = "CVL"  # 'unknown men' are armed men no one names; 'unidentified perpetrators' stay criminals
UNKNOWN_WORDS = frozenset({"unknown", "unidentified", "masked", "hooded", "unnamed"})
# nouns of a band of people: 'a group of men', 'a gang of youths', 'a mob of villagers'
BANDS = frozenset({"group", "gang", "band", "mob", "crowd", "bunch", "posse", "horde", "pack"})

# event nouns whose 'of' phrase is the doer, the one who goes, stays, arrives or gives up: 'the
# withdrawal of French troops', 'the arrival of Russian troops', 'the surrender of the rebels'
OF_DOER_NOUNS = frozenset({
    "withdrawal", "pullout", "pull-out", "redeployment", "disengagement", "deployment", "arrival", "visit",
    "departure", "intervention", "incursion", "mobilization", "mobilisation", "buildup", "build-up", "surrender",
    "resignation", "defection",
})
# where such a noun reports its act: as its clause's subject ('the withdrawal of French troops was
# completed') or a note's head; as an object or a preposition's object it is mostly talked about
# ('allow for the eventual withdrawal of US troops', 'including the retreat of the United States')
REPORTING_DEPS = ("nsubj", "nsubjpass", "ROOT")


def doer_people(heads: list[Token], code: str) -> list[Token]:
    """The words naming the doers of an act of force or protest by a common noun: the subject, and for
    violence and destruction the passive's `by` agent too ('raped by three men'), a band by whom it is made of ('a group
    of men')."""
    found: list[Token] = []
    for head in heads:
        if head.head.dep_ == "agent" and not code.startswith(VIOLENT_CODES):
            continue
        if lemma(head) in BANDS:
            members = [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in pobjs(prep)]
            head = members[0] if members else head
        found.append(head)
    return found


def doer_actors(doers: list[Token], people: Lexicon, offset: int) -> list[Actor]:
    """The doers' actors by their common noun (patients.txt); an unknown, unidentified or masked doer
    that the noun would make a civilian ('by unknown men', 'an unidentified group of men') is of
    unidentified armed men (UAF), while 'unidentified perpetrators' are criminals still (CRM)."""
    found: list[Actor] = []
    for doer in doers:
        for actor in patient_actors([doer], people, None, offset):
            band = doer.head.head if doer.head.lower_ == "of" else doer
            if actor.sectors == (CIVILIANS,) and any(
                    c.lower_ in UNKNOWN_WORDS for w in (doer, band) for c in w.children if c.dep_ == "amod"):
                actor = Actor(actor.text, UNKNOWN_COUNTRY + UNKNOWN_DOER, None, (UNKNOWN_DOER,), None, actor.resolved_by,
                              actor.span)
            found.append(actor)
    return found


def of_doers(noun: Token, found: list[Token]) -> list[Token]:
    """'The withdrawal of French troops from Mali': the `of` phrase of a noun of going or giving up is
    its doer, when no possessor, `by` phrase or nationality names one ('Kenya's deployment of police'),
    and when the noun is what its clause reports."""
    if found or lemma(noun) not in OF_DOER_NOUNS or noun.dep_ not in REPORTING_DEPS:
        return []
    return [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in pobjs(prep)
            if p.pos_ in ("NOUN", "PROPN")]
