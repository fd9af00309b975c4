"""Concessions ruled out: 'Hamas ruled out disarming', 'the government ruled out releasing the prisoners',
'the prime minister ruled out stepping down'. The parser often takes the gerund after 'ruled out' for an
adverbial clause, so no 'rule out ...' entry sees it; the gerund's own act is then refused, as a concession
negated by 'not' is (refusals.txt), and an act that is no concession is coded as not done."""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import lemma

# what a gerund hangs on when it is the thing ruled out
GERUND_DEPS = frozenset({"xcomp", "advcl", "dobj", "pcomp"})


def ruled_out(head: Token) -> bool:
    """The act's verb is the gerund that a 'rule out' (or 'rule ... out') takes as its object."""
    verb = head.head
    return (head.tag_ == "VBG" and head.dep_ in GERUND_DEPS and verb != head and lemma(verb) == "rule"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and head.i > verb.i)
