"""Concessions refused in words that do not negate them: 'Hamas ruled out disarming', 'the government ruled
out releasing the prisoners', 'Israel rejected calls to halt its offensive', 'Russia has resisted calls to
withdraw its troops'. The parser takes the gerund after 'ruled out', and the infinitive of a call that is
rejected, for a clause of the rejecting verb, so no entry of that verb sees it; the act is then refused, as a
concession negated by 'not' is (refusals.txt), and an act that is no concession is coded as not done."""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import lemma

# what a gerund hangs on when it is the thing ruled out
GERUND_DEPS = frozenset({"xcomp", "advcl", "dobj", "pcomp"})
# verbs that turn down what someone asks for, and the nouns of what is asked
REJECTING_VERBS = frozenset({
    "reject", "refuse", "rebuff", "spurn", "resist", "defy", "ignore", "dismiss", "disregard", "snub", "decline",
})
ASKING_NOUNS = frozenset({
    "call", "demand", "appeal", "request", "plea", "pressure", "ultimatum", "proposal", "suggestion", "urging",
})


def refused_act(head: Token) -> bool:
    """The act's verb is the gerund that 'rule out' takes, or the infinitive of a call that is rejected
    ('rejected calls to halt', 'resisted pressure to withdraw', 'ignored demands to stop')."""
    verb = head.head
    if verb == head or head.i < verb.i:
        return False
    if head.tag_ == "VBG" and head.dep_ in GERUND_DEPS and lemma(verb) == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    if head.dep_ == "acl" and lemma(verb) in ASKING_NOUNS:
        verb = verb.head  # 'ignored demands to stop the strikes'
    elif not (head.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "dobj" and lemma(c) in ASKING_NOUNS for c in verb.children)):
        return False
    return lemma(verb) in REJECTING_VERBS
