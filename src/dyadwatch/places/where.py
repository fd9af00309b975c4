"""Events told in a 'where' clause happen at the place the clause hangs on.

'Balochistan is Pakistan's largest province, where members of the Baloch minority say they face
discrimination' and 'a meeting in Doha, where they met envoys of 25 countries' put their events in
Balochistan and Doha, however far the clause's own words are from the name.
"""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import MODIFIER_DEPS, PLACE_NOUNS, Mention

# How far up from the trigger the 'where' clause may start (the trigger may sit in a clause that the
# 'where' clause reports: 'where members say they face discrimination').
MAX_CLIMB = 6


def where_antecedents(trigger: Token, part: int, by_token: dict[tuple[int, int], Mention]) -> list[Mention]:
    """The places named by the noun that a 'where' relative clause holding `trigger` describes: the
    noun itself ('in Doha, where'), or a place noun's own name ('the Darfur region, where') and, as the
    complement of 'is', its subject ('Balochistan is Pakistan's largest province, where'); not the owner
    of a part ('Syria's coastal region, where'). Empty when the trigger is in no such clause or the noun
    is no place ('a situation where')."""
    token = trigger
    for _ in range(MAX_CLIMB):
        if token.head == token:
            return []
        if token.dep_ == "relcl":
            break
        token = token.head
    else:
        return []
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
        return []
    noun = token.head
    own = by_token.get((part, noun.i))
    if own is not None:
        return [own]
    if noun.lemma_.lower() not in PLACE_NOUNS:
        return []
    # the noun's own name ('the Darfur region'), not its owner's ('Syria's coastal region' is a part of Syria)
    names = [c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.dep_ != "poss" and c.i < noun.i]
    if noun.dep_ == "attr":
        names += [c for c in noun.head.children if c.dep_ == "nsubj"]
    found: list[Mention] = []
    for mention in (by_token.get((part, t.i)) for t in names):
        if mention is not None and all(mention is not m for m in found):
            found.append(mention)
    return found
