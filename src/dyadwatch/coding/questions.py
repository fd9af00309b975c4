"""Acts a sentence asks about or sets aside rather than reports: questions ('why doesn't Germany
send us its missiles', 'how can Washington impose sanctions on its allies', 'what tariffs has
the United States imposed?') and concessive 'whether or not' clauses ('whether they sign the accord
or not, both sides must keep talking').

A clause opened by a wh-word with its auxiliary before its subject is a question: it asks why or
whether an act was done, or what it was, and tells of none. A 'whether ... or not' clause says the act
does not matter to what the sentence asserts. Neither is coded. 'Asked whether Russia would attend'
(no inversion, no 'or not'), 'explained how Russia attacked' and 'the tariffs the United States has
imposed' (no inversion) are left to modality (factuality.py).
"""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import lemma

# the wh-words of a question: 'why', 'how', 'when', 'where', 'what', 'which', 'who(m)'
WH_TAGS = ("WRB", "WP", "WDT")
# what links an act's word to the clause that holds it ('give ... missile', 'agree to a ceasefire')
CLIMB_DEPS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "advcl", "nsubj", "nsubjpass"})
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


def _question_word(verb: Token) -> Token | None:
    """The wh-word that opens the verb's clause: 'why', 'how', 'when', or 'what' and 'which' as a
    word or a determiner ('what tariffs has the United States imposed')."""
    for child in verb.children:
        if child.i > verb.i:
            break
        if child.tag_ in WH_TAGS and child.dep_ not in ("nsubj", "nsubjpass"):
            return child
        if child.dep_ in ("dobj", "attr", "pobj", "npadvmod"):
            determiner = next((d for d in child.children if d.dep_ == "det" and d.tag_ in WH_TAGS), None)
            if determiner is not None:
                return determiner
    return None


def _inverted_question(verb: Token) -> bool:
    """'why doesn't Germany send', 'how can Washington impose', 'what tariffs has the United States
    imposed': a wh-word, then an auxiliary before the subject."""
    word = _question_word(verb)
    if word is None:
        return False
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    auxiliaries = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > word.i]
    if lemma(verb) == "be" and not auxiliaries:
        auxiliaries = [verb.i]  # 'what was the Swedish investigation about', 'how likely is a conviction'
    return bool(subjects and auxiliaries) and min(auxiliaries) < min(subjects)


def _whether_or_not(verb: Token) -> bool:
    """'whether they sign or not', 'whether or not Moscow signs the deal'."""
    if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("cc", "conj", "neg", "advmod")}
    return {"or", "not"} <= words
