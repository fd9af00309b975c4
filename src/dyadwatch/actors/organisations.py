"""Organisations the knowledge base does not list, named after their country: the name of another
country's body or party inside such a name is a word of it, not that body ('the Zimbabwe Congress
of Trade Unions' is no US Congress, 'the Myanmar Democratic Alliance Army' no South African party).
The kind the name carries ('Trade Unions', 'Liberation Army', 'Law Society') gives the sector
(sectors.tsv), and the country its first words name places it.
"""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge import NameEntry

COUNTRY_KINDS = ("country", "alias", "adjective")
BODY_KINDS = ("seat", "party")


def own_names(matches: list[tuple[list[Token], object]]) -> list[tuple[list[Token], object]]:
    """The matches without another country's seat or party that a country's name begins the name of,
    all in capitalised words ('Nigeria Labour Congress'); a seat of the same country stays ('U.S.
    Congress')."""
    countries = [(m, f.code[:3]) for m, f in matches if isinstance(f, NameEntry) and f.kind in COUNTRY_KINDS]
    if not countries:
        return matches
    kept = []
    for matched, found in matches:
        if isinstance(found, NameEntry) and found.kind in BODY_KINDS and any(
                code != found.code[:3] and _one_name(words, matched) for words, code in countries):
            continue
        kept.append((matched, found))
    return kept


def _one_name(country: list[Token], body: list[Token]) -> bool:
    """Whether the country's words begin a run of capitalised words that holds the body's name."""
    if country[-1].i >= body[0].i:
        return False
    between = country[-1].doc[country[-1].i + 1 : body[-1].i + 1]
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in between)
