"""Acts a sentence asks about or sets aside rather than reports: rhetorical questions ('why doesn't
the U.S. give us the Patriot missile', 'how can Washington impose sanctions on its allies') and
concessive 'whether or not' clauses ('whether they agree on things or not, they should talk').

A question with 'why' or 'how' and an inverted auxiliary asks why an act was (not) done or how it
could be; it tells of no act. A 'whether ... or not' clause says the act does not matter to what the
sentence asserts. Neither is coded. 'Asked whether Russia would attend' (no inversion, no 'or not')
and 'explained how Russia attacked' (no inversion) are left to modality (factuality.py).
"""
from __future__ import annotations

from spacy.tokens import Token

# wh-adverbs of a rhetorical question: why an act was not done, how it could be
QUESTION_ADVERBS = frozenset({"why", "how"})
# what links an act's word to the clause that holds it ('give ... missile', 'agree to a ceasefire')
CLIMB_DEPS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "advcl"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")


def asked_not_told(head: Token) -> str | None:
    """Why the act of `head` is only asked about or set aside, or None when the text may report it."""
    token = head
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            if _inverted_question(token):
                return f"a question ('{_question_word(token).text} ...'), not a report: no event"
            if _whether_or_not(token):
                return "a 'whether or not' clause sets the act aside: no event"
        if token.dep_ not in CLIMB_DEPS or token.head == token:
            return None
        token = token.head
    return None


def _question_word(verb: Token) -> Token:
    return next(c for c in verb.children if c.dep_ == "advmod" and c.lower_ in QUESTION_ADVERBS)


def _inverted_question(verb: Token) -> bool:
    """'why doesn't the U.S. give', 'how can Washington impose': a wh-adverb, then an auxiliary
    before the subject."""
    if not any(c.dep_ == "advmod" and c.lower_ in QUESTION_ADVERBS and c.i < verb.i for c in verb.children):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    auxiliaries = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(subjects and auxiliaries) and min(auxiliaries) < min(subjects)


def _whether_or_not(verb: Token) -> bool:
    """'whether they agree or not', 'whether or not Moscow signs the deal'."""
    if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("cc", "conj", "neg", "advmod")}
    return {"or", "not"} <= words
