"""Local police, courts and administrations named by their town or district: 'Ludhiana police',
'the Raichur district police', 'police of Thane', 'police in Raichur district', 'a Patiala court',
'the Ludhiana district administration'. Local news rarely names the country of such bodies; the town
does, through the gazetteer. Only consulted for a phrase that names no country itself."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..places.gazetteer import TOWN_POPULATION, load_gazetteer
from .context import PLACE_NOUNS

# sectors whose bodies local news names by the town or district they serve
LOCAL_SECTORS = frozenset({"COP", "JUD", "GOV"})
# 'the Obama administration', 'Trump officials': before these nouns a bare name is as often a person
# as a town, so a town is taken only with a place noun ('the Ludhiana district administration')
PERSONAL_BODIES = frozenset({"administration", "government", "official", "officer", "camp", "team", "aide"})
LOCAL_PREPS = ("of", "in")
# 'police in March' is a date; a town the tagger missed has no label
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", ""})


def local_country(tokens: list[Token], head: Token, sectors: tuple[str, ...], used: set[int],
                  place_country: Callable[[str], str | None] | None, home: str | None = None) -> str | None:
    """The country of the town or district the phrase says its police, court or officials serve: one
    of that name in `home` (the document's country) if there is one, else the most populous."""
    if not sectors or sectors[-1] not in LOCAL_SECTORS or place_country is None or head.pos_ != "NOUN":
        return None  # 'Ambassador Shafqat Ali Khan': a person's names are not towns
    within = {t.i for t in tokens}
    # the tagger often takes a town before 'police' for a person; before a court or an office, less so
    people = ("PERSON",) if sectors[-1] != "COP" else ()
    towns = [t for t in _towns_before(head) if t.i in within and t.i not in used and t.ent_type_ not in people]
    towns += [t for t in _towns_after(head) if t.i not in used]
    return next((c for c in (_town_country(t.text, place_country, home) for t in towns) if c), None)


def _town_country(name: str, place_country: Callable[[str], str | None], home: str | None) -> str | None:
    """'Salem police' in a story about the United States are Salem, Oregon's, not Salem, India's."""
    country = place_country(name)
    if country is None or home is None or country == home:
        return country
    towns = load_gazetteer().lookup(name)
    return home if any(p.country == home and (p.is_division or p.population >= TOWN_POPULATION) for p in towns) else country


def _towns_before(head: Token) -> list[Token]:
    """'Ludhiana police', 'the Raichur district police', 'a Ludhiana district court'."""
    compounds = [t for t in head.children if t.dep_ == "compound" and t.i < head.i]
    place_nouns = [t for t in compounds if t.lemma_.lower() in PLACE_NOUNS]
    named = [t for n in place_nouns for t in n.children if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not place_nouns and head.lemma_.lower() in PERSONAL_BODIES:
        return named
    if place_nouns:  # 'Raichur district police': the tagger hangs the town on either noun
        named += [t for t in compounds if t.pos_ == "PROPN" and t.i < place_nouns[0].i]
        return named
    return [t for t in compounds if t.pos_ == "PROPN"]


def _towns_after(head: Token) -> list[Token]:
    """'police of Thane', 'police in Raichur district', 'officials in Raichur'."""
    towns = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in LOCAL_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.pos_ == "PROPN" and pobj.ent_type_ in PLACE_LABELS:
                towns.append(pobj)
            elif pobj.lemma_.lower() in PLACE_NOUNS:
                towns += [t for t in pobj.children if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return towns
