"""Read 'met visiting X' as the visitor X met.

Wire copy names a foreign guest by an attributive participle: "Xi Jinping met visiting U.S. Secretary of
State Antony Blinken", "Blinken assured visiting Australian Foreign Minister Marise Payne that ...". The
parser takes "visiting" for a clause of the host's with the guest as its object, so that the host would
visit the guest. A "visiting" right after the verb it hangs on (no preposition or conjunction between:
"after visiting Kyiv" is a visit of the subject's), whose object is a name right after it, is relabelled
as the name's modifier, and the name as the verb's object; so is a bare "Visiting" that opens the
sentence before the name of its subject.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VISITING = frozenset({"visit"})  # the participle of a guest; coding/visitors.py reads it too
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "conj"})


@Language.component("dyadwatch_visitors")
def repair_visitors(doc: Doc) -> Doc:
    for token in doc[1:-1]:
        verb = doc[token.i - 1]
        if (token.lemma_.lower() not in VISITING or token.tag_ != "VBG" or token.dep_ not in CLAUSE_DEPS
                or token.head.i != verb.i or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children)):
            continue
        guests = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == token.i + 1]
        if len(guests) != 1 or any(c.dep_ in ("nsubj", "aux", "mark", "prep") for c in token.children if c.i < token.i):
            continue
        guest = guests[0]
        guest.head, guest.dep_ = verb, "dobj"
        token.head, token.dep_, token.pos_ = guest, "amod", "VERB"
    for sent in doc.sents:
        _opening_visitor(sent[0])
    return doc


def _opening_visitor(token) -> None:
    """'Visiting Indian Prime Minister Narendra Modi held talks with ...': a bare 'Visiting' that opens the
    sentence, taken for a clausal subject, modifies the subject named right after it."""
    if (token.lemma_.lower() not in VISITING or token.tag_ != "VBG" or token.dep_ != "csubj"
            or any(True for _ in token.children)):
        return
    subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.left_edge.i == token.i + 1]
    if len(subjects) == 1:
        token.head, token.dep_ = subjects[0], "amod"
