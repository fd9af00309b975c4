"""Silence kept on a question is a comment declined (CAMEO 011): 'the ministry did not respond to
requests for comment', 'Neither ICE nor DHS have responded to VOA's questions', 'the embassy has
not commented on the report', 'officials have made no comment', 'the army had no immediate comment',
'the company has yet to reply to the query'.

Only the negated form is an act: a response given is a statement, and a response to anything else
('did not respond to calls for a ceasefire', 'Iran has not responded to the letter') is no comment
declined. The match is the responding verb's; being negated is what it reports, so its event is
asserted and not negated (declined_comments).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .event import Event
from .extract import Match, phrase_items
from .factuality import negated
from .lexicon import Pattern
from .syntax import children_of, lemma

CODE = "011"
RULE = "silence.py: a question or request for comment left unanswered"
# verbs of answering, and nouns of what they answer that ask for comment by themselves
RESPONDING = frozenset({"respond", "reply", "answer", "return"})
QUESTIONS = frozenset({"question", "query", "inquiry", "enquiry"})
# nouns that ask for comment only when they say so: 'requests for comment', 'emails seeking comment'
REQUESTS = frozenset({"request", "message", "email", "e-mail", "call", "text"})
COMMENT_WORDS = frozenset({"comment", "interview", "reaction", "response", "clarification"})
# 'made no comment', 'had no immediate comment', 'offered no comment'
HAVING = frozenset({"make", "have", "offer", "give", "issue"})
ANSWERING = RESPONDING | {"comment"}


def silences(sent: Span) -> list[Match]:
    """Matches of 011 on the verbs of the sentence that leave a question for comment unanswered."""
    out: list[Match] = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        word = lemma(token)
        if word not in ANSWERING and word not in HAVING:
            continue  # the match and its phrase are made only for a verb that can leave a question unanswered
        match = Match(token, Pattern(CODE, "verb", frozenset({word}), (), False, None, RULE, word), [], phrase_items(token))
        if _unanswered(token, match) or _no_comment(token):
            out.append(match)
    return out


def _unanswered(verb: Token, match: Match) -> bool:
    """'did not respond to requests for comment', 'has not commented on the report'."""
    if lemma(verb) == "comment":
        asked = True
    elif lemma(verb) in RESPONDING:
        asked = any(_asks_comment(n) for n in _answered(verb))
    else:
        return False
    return asked and (negated(match) or _neither_subject(verb) or _yet_to(verb))


def _answered(verb: Token) -> list[Token]:
    nouns = children_of(verb, ("dobj",))
    for prep in children_of(verb, ("prep",)):
        if prep.lower_ == "to":
            nouns += children_of(prep, ("pobj",))
    return [n for noun in nouns for n in (noun, *noun.conjuncts)]


def _asks_comment(noun: Token) -> bool:
    if lemma(noun) in QUESTIONS:
        return True
    return lemma(noun) in REQUESTS and any(lemma(t) in COMMENT_WORDS for t in noun.subtree if t != noun)


def _neither_subject(verb: Token) -> bool:
    """'Neither ICE nor DHS have responded'."""
    return any(c.lower_ == "neither" for s in children_of(verb, ("nsubj",)) for c in s.children)


def _yet_to(verb: Token) -> bool:
    """'has yet to respond': the 'yet' of the 'have' whose infinitive it is."""
    head = verb.head
    return verb.dep_ == "xcomp" and lemma(head) == "have" and any(c.lower_ == "yet" for c in head.children)


def _no_comment(verb: Token) -> bool:
    """'made no comment', 'had no immediate comment'."""
    return lemma(verb) in HAVING and any(
        lemma(o) == "comment" and any(d.lower_ == "no" for d in children_of(o, ("det",)))
        for o in children_of(verb, ("dobj",)))


def is_silence(event: Event) -> bool:
    return event.evidence.rule.startswith(RULE)


def declined_comments(events: list[Event]) -> list[Event]:
    """A question left unanswered is the act reported: asserted, not negated, and aimed at no one, as
    what it is about ('has yet to comment on the Iraqi claims') is no one it is addressed to."""
    out: list[Event] = []
    seen: set[tuple] = set()
    for event in events:
        if is_silence(event) and event.modality != "background":
            event = replace(event, negated=False, modality="asserted", target=None,
                            evidence=replace(event.evidence, target_span=None))
            if (event.sentence_index, event.key) in seen:
                continue
            seen.add((event.sentence_index, event.key))
        out.append(event)
    return out
