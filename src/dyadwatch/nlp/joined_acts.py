"""Read 'gunmen killed and injured 12 people' as two acts of the gunmen on the same people.

Event notes and wire copy join two acts before one object: "Unidentified gunmen shot and killed two
traders", "militants killed and abducted several villagers", "government troops killed and wounded dozens
of rebels". The parser often takes the first verb for a passive participle ("gunmen [were] killed") with
the doers as its passive subject, and the second verb, with the object, for its conjunct. A past
participle with a passive subject but no auxiliary of its own, joined by "and" or "or" to a past-tense
verb that has an object and no subject of its own, is the active past tense: its subject is relabelled
an active one. Which object the first verb shares is read by the coder (syntax.shared_objects).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

JOINING = frozenset({"and", "or"})


@Language.component("dyadwatch_joined_acts")
def repair_joined_acts(doc: Doc) -> Doc:
    for verb in doc:
        if verb.tag_ != "VBN" or verb.pos_ != "VERB" or not _joined_before_object(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
        if len(subjects) != 1 or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        subjects[0].dep_ = "nsubj"
        verb.tag_ = "VBD"
    return doc


def _joined_before_object(verb: Token) -> bool:
    """The verb is followed by 'and'/'or' and a past-tense verb with an object and no subject."""
    if not any(c.dep_ == "cc" and c.lower_ in JOINING for c in verb.children):
        return False
    return any(
        c.dep_ == "conj" and c.tag_ == "VBD" and c.i > verb.i and any(o.dep_ == "dobj" for o in c.children)
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in verb.children
    )
