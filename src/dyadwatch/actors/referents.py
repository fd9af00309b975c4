"""Which of the actors named shortly before a definite noun or 'it' refers to, when more than one
could: the one named nearest, and of several named there, the subject.

News refers back to the actor it has just named, and after a sentence that names two ('Pakistan
summoned the Afghan envoy. The country accused Kabul ...'; 'The Philippines protested to China. It
accused Beijing ...') a subject that refers back continues the subject of the sentence before. A
name used as a place ('NATO ministers met in Brussels') is where something happened, not an actor
that is referred to; and the third party that reports on two others ('the United Nations says both
sides ...') is not one of the sides.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Collection, Iterable, Protocol

from spacy.tokens import Span, Token

from .context import PLACE_PREPS
from .resolver import Actor

SUBJECT_DEPS = ("nsubj", "nsubjpass")
PLACE_LABELS = ("GPE", "LOC", "FAC")
# numbers of actors a plural definite noun refers to ('the two countries', 'the three nations')
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
# 'it' with a verb like these says something of a situation, not of an actor ('it is time', 'it
# seems', 'it remains unclear')
IMPERSONAL_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "mean", "matter", "happen", "become"})


class Mentioned(Protocol):
    """What this module reads of a noted mention (coreference.Mention)."""

    sentence: int
    start: int
    actor: Actor
    subject: bool


@dataclass(frozen=True)
class Choice:
    """An actor found among the candidates, and whether a subject decided between several."""

    actor: Actor
    by_subject: bool = False


def nearest(mentions: Callable[[int], list], sentences: Iterable[int], fits: Callable[[Mentioned], bool],
            subject: bool) -> Choice | None:
    """The one actor that fits among the mentions of the nearest sentence naming any (sentences are
    given nearest first; `mentions(i)` are sentence i's, before the referring word). Of several there,
    the one that was a subject, for a referring word that is a subject itself and when that
    sentence is not its own; otherwise none."""
    for own, sentence in enumerate(sentences):
        found: dict[str, list] = {}
        for mention in mentions(sentence):
            if fits(mention):
                actor = mention.actor
                entry = found.setdefault(actor.name or actor.code, [actor, False])
                entry[1] = entry[1] or mention.subject
        if len(found) == 1:
            return Choice(next(iter(found.values()))[0])
        if found:
            subjects = [a for a, was_subject in found.values() if was_subject]
            if subject and own and len(subjects) == 1:
                return Choice(subjects[0], by_subject=True)
            return None
    return None


def placed(token: Token) -> bool:
    """'in Brussels', 'at the Pentagon', 'near Kabul': a name that says where, not who ('membership in
    NATO' names an organisation)."""
    return (token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS and (token.ent_type_ in PLACE_LABELS or (
        token.pos_ == "PROPN" and token.ent_type_ not in ("ORG", "NORP", "PERSON"))))


def reporters(head: Token, offset: int) -> list[tuple[int, int]]:
    """Character spans of the subjects of the verbs whose reports embed `head` ('the United Nations
    says both sides ...'): who reports on the actors the phrase refers to. A clause joined to another
    ('X has been fighting Y, and the U.N. says ...') is not reported by the other's subject."""
    spans = []
    node = head
    while node.head.i != node.i and node.dep_ != "conj":
        if node.dep_ in ("ccomp", "parataxis"):
            for child in node.head.children:
                if child.dep_ in SUBJECT_DEPS:
                    words = list(child.subtree)
                    spans.append((offset + words[0].idx, offset + words[-1].idx + len(words[-1])))
        node = node.head
    return spans


def count(head: Token) -> int:
    """How many actors a plural definite noun refers to: 'the three nations' three, else two."""
    words = [c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet")]
    return max((COUNTS[w] for w in words if w in COUNTS), default=2)


def referring_it(head: Token) -> bool:
    """An 'it' that can stand for an actor: the subject of its sentence's main verb (or of one joined
    to it), a verb that acts ('It accused Beijing'), not one that describes ('it is time', 'it seems'),
    with no noun before it in its sentence that it could mean instead."""
    verb = head.head
    if head.lower_ != "it" or head.dep_ != "nsubj" or verb.lemma_.lower() in IMPERSONAL_VERBS:
        return False
    if not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return False
    if any(c.dep_ in ("expl", "ccomp", "xcomp") and c.lemma_ == "that" for c in verb.children):
        return False
    return not any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
                   for t in head.doc[head.sent.start : head.i])


def plain_before(sent: Span) -> bool:
    """Whether the sentence before an 'it' leaves its subject the only thing 'it' may mean: its main
    verb has no singular common noun for object ('The government announced a new policy. It aims
    to ...' is about the policy)."""
    return not any(c.dep_ in ("dobj", "attr") and c.tag_ == "NN" for c in sent.root.children)


def aside_speaker(head: Token, reporting: Collection[str]) -> Token | None:
    """'Lai said, we are open for dialogue': an unquoted 'we' or 'I' whose clause carries its reporting
    verb as an aside (a parenthetical 'X said,') is that verb's subject; a first or second person
    there ('we are ready, I think') names no one."""
    verb = head.head
    for aside in verb.children:
        if aside.dep_ == "parataxis" and aside.lemma_.lower() in reporting:
            subjects = [s for s in aside.children if s.dep_ in SUBJECT_DEPS and s.pos_ in ("PROPN", "NOUN")]
            if subjects:
                return subjects[0]
    return None
