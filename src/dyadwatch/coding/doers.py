"""Who acts when a clause names its doer only through another phrase: the group a partitive relative
counts a part of ('protesters in Nairobi, some of whom threw stones'), the sender of a message that
is one of a series ('issued a series of warnings demanding'), and the 'from' phrase of a noun of
saying, giving or asking ('with support from France', 'calls from opposition leaders'). roles.py
asks these when the clause's own words name no doer; this module knows syntax only, like roles.py.
"""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import RELATIVE_TAGS, children_of, lemma, pobjs

# nouns that count messages, of which a message is one: 'a series of warnings', 'a flurry of statements'
SERIES_NOUNS = frozenset({"series", "string", "flurry", "barrage", "spate", "raft", "volley", "stream", "succession"})
# a place phrase after the group's noun: 'protesters in Nairobi, some of whom'
PLACE_PREPS = ("in", "near", "outside", "across", "around")
# acts whose noun's 'from' phrase names who does them: statements, appeals, offers, visits, support,
# aid, demands, criticism and threats ('support from France', 'criticism from China', 'an offer from
# Moscow', 'threats from Pyongyang'); not acts that move away from something ('withdrawal from',
# 'release from', 'expulsion from') nor force ('attacks from the north', 'fire from Gaza')
FROM_DOER_ROOTS = frozenset({"01", "02", "03", "04", "05", "07", "10", "11", "13"})


def partitive_antecedent(subject: Token) -> Token | None:
    """'Palestinian demonstrators, some of whom threw rocks', parsed with the clause hung on the
    sentence's verb: the group named right before the comma, also past a place phrase of its own
    ('protesters in Nairobi, some of whom'). None when no noun stands there, and for 'some of which'
    (a part of things, which do nothing)."""
    doc = subject.doc
    whom = any(p.lower_ == "whom" for prep in subject.children if prep.lower_ == "of" for p in prep.children)
    if not whom or subject.i - 2 < subject.sent.start or doc[subject.i - 1].text != ",":
        return None
    token = doc[subject.i - 2]
    while (token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS and token.ent_type_ in ("GPE", "LOC", "FAC")
           and token.head.head.pos_ in ("NOUN", "PROPN")):
        token = token.head.head
    return token if token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NNS", "NNPS", "NNP") else None


def partitive_relative(subject: Token) -> bool:
    """'some of whom', 'many of whom': a part of the ones a relative clause is about."""
    return any(p.tag_ in RELATIVE_TAGS for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj")


def series_holder(noun: Token) -> Token:
    """'issued a series of warnings demanding ...': the series stands in the clause where the message would."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and lemma(prep.head) in SERIES_NOUNS:
        return prep.head
    return noun


def from_doers(noun: Token, code: str) -> list[Token]:
    """'with support from France, Greece and Italy', 'demands from the protesters': the 'from' phrase of a
    noun of the roots above names who does the act."""
    if code[:2] not in FROM_DOER_ROOTS:
        return []
    return [p for prep in children_of(noun, ("prep",)) if prep.lower_ == "from" for p in pobjs(prep)
            if p.pos_ in ("NOUN", "PROPN")]
