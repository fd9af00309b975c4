"""Repair sentences the parser reads without a verb.

The small English parser sometimes takes a sentence's past-tense verb for a modifier of a noun and
leaves the sentence with a noun as its root: "Teachers in Ogun State *downed* tools" (an adjective
of "tools"), "Lawyers across Punjab *boycotted* courts", "Police *lathi-charged* ABVP activists",
"A group of students *protested* in Lahore" (a reduced relative clause of "group"). Every event
pattern is keyed to a verb and its subject, so such a sentence codes nothing. A full sentence
without any verb is rare in news, so the participle is made the sentence's verb again: the noun
phrase before it becomes its subject and the noun it modified its object. A passive participle
with its agent ("soldiers killed by a bomb") is left alone, and so is a sentence the repair would
not keep whole.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

PAST_TAGS = frozenset({"VBD", "VBN"})
MODIFIER_DEPS = frozenset({"amod", "acl"})
SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})
SENTENCE_ENDS = frozenset({".", "!"})


@Language.component("dyadwatch_verbless")
def repair_verbless(doc: Doc) -> Doc:
    for sent in list(doc.sents):
        if sent.root.pos_ not in ("VERB", "AUX") and sent[-1].text in SENTENCE_ENDS:
            verb = _lost_verb(sent)
            if verb is not None:
                _promote(sent, verb)
    return doc


def _lost_verb(sent: Span) -> Token | None:
    """The first past-tense word parsed as a noun's modifier right after a noun, with no agent."""
    for token in sent[1:]:
        if (token.tag_ in PAST_TAGS and token.pos_ == "VERB" and token.dep_ in MODIFIER_DEPS
                and _ends_noun_phrase(token.doc[token.i - 1])
                and not any(c.dep_ == "agent" for c in token.children)
                and (token.dep_ == "acl") == (token.head.i < token.i)
                and (token.dep_ == "amod" or _acts_on_something(token))):
            return token
    return None


def _acts_on_something(participle: Token) -> bool:
    """A participle after a noun is a verb when it has an object ('militants killed 150 civilians') or
    follows a group ('a group of students protested'); 'soldiers killed in Kashmir' is passive."""
    return (participle.tag_ == "VBD" or any(c.dep_ == "dobj" for c in participle.children)
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in participle.head.children))


def _ends_noun_phrase(token: Token) -> bool:
    """A noun, or a name the tagger took for an adjective ('Lawyers across Punjab boycotted')."""
    return token.pos_ in SUBJECT_POS or (token.pos_ == "ADJ" and token.text[:1].isupper())


def _subject(sent: Span, verb: Token, obj: Token | None) -> Token:
    """The head of the noun phrase before the verb: the root, unless the root is the verb's object."""
    if (obj is None or sent.root.i != obj.i) and sent.root.i < verb.i:
        return sent.root
    subject = verb.doc[verb.i - 1]
    while subject.head.i < verb.i and subject.head.i != subject.i and (obj is None or subject.head.i != obj.i):
        subject = subject.head
    return subject


def _promote(sent: Span, verb: Token) -> None:
    doc = sent.doc
    saved = [(t.head.i, t.dep_) for t in sent]
    start, end = sent.start, sent.end
    obj = verb.head if verb.dep_ == "amod" else None
    subject = _subject(sent, verb, obj)
    old_root = sent.root
    verb.head = verb
    verb.dep_ = "ROOT"
    if obj is not None:
        preposition = obj.head if obj.dep_ == "pobj" and obj.head.i < verb.i else None
        obj.head = verb
        obj.dep_ = "dobj"
        if preposition is not None:  # 'Teachers in [Ogun State] downed tools': the place was the object's
            kept = [c for c in obj.children if c.i < verb.i and c.dep_ not in ("det", "poss")]
            if kept:
                kept[-1].head = preposition
                kept[-1].dep_ = "pobj"
    if subject.i != verb.i:
        subject.head = verb
        subject.dep_ = "nsubj"
    if old_root.i not in {subject.i, verb.i, obj.i if obj is not None else -1}:
        old_root.head = verb
    for holder in (subject, obj):
        for child in list(holder.children) if holder is not None else []:
            if child.i > verb.i and holder.i == subject.i:
                child.head = verb  # 'Lawyers ... boycotted courts [on Thursday]'
            elif child.i < subject.i and child.dep_ in ("prep", "punct", "npadvmod"):
                child.head = verb  # '[On 5 August,] militants killed ...'
            elif obj is not None and holder.i == obj.i and child.i < verb.i and child.dep_ == "det" and subject.i > child.i:
                child.head = subject  # '[The] traffic police diverted vehicles'
            elif child.dep_ == "punct" and child.i == end - 1:
                child.head = verb
    if [t.is_sent_start for t in doc[start:end]] != [True] + [False] * (end - start - 1) or _roots(doc, start, end) != 1:
        _restore(doc, start, saved)
    else:
        verb.tag_ = "VBD"


def _roots(doc: Doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if t.head.i == t.i)


def _restore(doc: Doc, start: int, saved: list[tuple[int, str]]) -> None:
    """Put the parser's reading back (heads first to a flat tree, so that no cycle forms on the way)."""
    tokens = doc[start : start + len(saved)]
    for token in tokens:
        token.head = token
    for token, (head, dep) in zip(tokens, saved):
        token.head = doc[head]
        token.dep_ = dep
