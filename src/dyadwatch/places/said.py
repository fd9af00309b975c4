"""What words are about, which is not where they were said.

A statement, an appeal, an accusation or a threat happens where its speaker is. The places of what is
said ('needs a billion dollars for 8.7 million children in Sudan', 'accusing it of supporting militants
in Afghanistan', 'said Kabul was failing to rein in separatists in Balochistan') are its topic: event
data sets place words where they were said (the speaker's own locative, 'Speaking at a U.N. Security
Council meeting', 'On Thursday in Washington'), or nowhere when the text does not say.
"""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import STATIC_PREPS

# A trigger's dependents that are not what the words say: who speaks, when, how, and the words' own
# setting ('Speaking in Mogadishu, the spokesman condemned').
NOT_CONTENT = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "advmod", "npadvmod",
                         "mark", "cc", "conj", "det", "poss", "compound", "amod", "nummod", "case", "prt", "expl", "appos"})
# Clauses that a reporting verb introduces: what was reported ('said [Kabul was failing]').
REPORTED = frozenset({"ccomp", "parataxis"})
# Time phrases ('On Thursday in Washington, Blinken assured ...') are a setting, not a topic.
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def said_content(trigger: Token, top: Token) -> set[int]:
    """The token indices of what the words at `trigger` say or are about (`top` is the head of the
    trigger's clause, up to a reporting verb): the trigger's objects, complements, clauses and topical
    phrases, and the whole clause when it is itself reported. Static locatives of the trigger or of an
    adverbial clause ('at a hearing in Harare', 'Speaking at the U.N.') stay its setting."""
    content: set[int] = set()
    if top.dep_ in REPORTED and top.head != top:
        content.update(t.i for t in top.subtree)
    for child in trigger.children:
        if child.dep_ in NOT_CONTENT or _setting(child):
            continue
        if child.dep_ == "advcl":  # 'Speaking at a U.N. meeting': its place is the words' own
            for grandchild in child.children:
                if not _setting(grandchild) and grandchild.dep_ not in ("nsubj", "nsubjpass"):
                    content.update(t.i for t in grandchild.subtree)
            continue
        content.update(t.i for t in child.subtree)
    return content


def _setting(token: Token) -> bool:
    """A locative phrase of places or a time phrase ('in Washington', 'at a hearing', 'on Thursday'),
    not one that holds an act ('at lifting the sanctions', 'in support of Palestinians')."""
    if token.dep_ != "prep":
        return False
    objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
    if not objects or any(o.pos_ == "VERB" or o.dep_ == "pcomp" for o in objects):
        return False
    if any(o.ent_type_ in TIME_ENTITIES for o in objects):
        return True
    return token.lower_ in STATIC_PREPS and not any(c.dep_ == "prep" and c.lower_ == "of" for o in objects
                                                     for c in o.children)
