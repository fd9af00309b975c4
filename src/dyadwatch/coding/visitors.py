"""A guest named with 'visiting' visits the one who receives it: "Xi Jinping met visiting U.S. Secretary
of State Antony Blinken" is Blinken's visit to China (042 USA -> CHN) besides the meeting, and "Visiting
Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese" Li's visit to Australia. The
participle's source is the guest its phrase names, its target the other side of the clause the guest
is in (the subject that receives it, or the object it meets); the parse of 'met visiting X' is mended
in nlp/visitors.py."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.visitors import VISITING
from .syntax import children_of, lemma

PHRASE_DEPS = ("compound", "nmod")
OBJECT_SIDES = ("dobj", "dative")


def visitor_participle(token: Token) -> bool:
    """'visiting' as the modifier of a named guest."""
    return (token.dep_ == "amod" and token.tag_ == "VBG" and lemma(token) in VISITING
            and token.head.pos_ == "PROPN")


def guest(participle: Token) -> Token:
    """The head of the guest's phrase: 'Li Qiang' in 'Visiting Chinese Premier Li Qiang'."""
    head = participle.head
    while head.dep_ in PHRASE_DEPS and head.head != head:
        head = head.head
    return head


def hosts(participle: Token) -> list[Token]:
    """Who receives the guest: the clause's subject when the guest is met, its object or 'with'
    partner when the guest meets ('Visiting Premier Li met Albanese', 'held talks with Albanese')."""
    visitor = guest(participle)
    verb = visitor.head
    if visitor.dep_ in OBJECT_SIDES:
        return children_of(verb, ("nsubj",))
    if visitor.dep_ == "pobj" and verb.lower_ == "with":
        return children_of(verb.head, ("nsubj",))
    if visitor.dep_ == "nsubj":
        objects = children_of(verb, OBJECT_SIDES)
        partners = [p for word in [verb, *objects] for prep in children_of(word, ("prep",)) if prep.lower_ == "with"
                    for p in children_of(prep, ("pobj",))]  # 'held talks with Kishida'
        return partners or objects
    return []
