"""A capital named by its country rather than its name: 'the Afghan capital', 'Turkey's capital', 'the
capital of Sudan', and, with no country, 'the capital' or 'the country's capital', which is the capital
of the country the document is about.

Adjectives and demonyms of countries ('Afghan', 'Turkish') come from the actor knowledge
(actors/data/countries.tsv), so places and actors read a country's adjective alike. A noun 'capital'
that is money or standing ('venture capital', 'political capital', 'capital flows') or the seat of a
province ('the provincial capital', 'the state capital') is no country's capital.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..errors import GazetteerError
from .gazetteer import Gazetteer, Place
from .mentions import BORDER_NOUNS, Mention, described
from .names import name_key

COUNTRIES = Path(__file__).resolve().parents[1] / "actors" / "data" / "countries.tsv"
# 'the country's capital', 'the nation's capital': the document's country
# The land of a country that its adjective names ('on Ukrainian soil', 'in Afghan territory').
LAND_NOUNS = frozenset({"soil", "territory", "airspace", "waters", "land", "border", "borders"})
LAND_PREPS = frozenset({"in", "on", "into", "inside", "within", "across", "over", "at", "along", "near"})
HELD = ("held", "occupied", "controlled", "annexed")
OWN_COUNTRY_WORDS = frozenset({"country", "nation"})


@lru_cache(maxsize=1)
def adjectives(path: Path = COUNTRIES) -> dict[str, str]:
    """name key of a country's adjective or demonym -> its three-letter code ('afghan' -> 'AFG')."""
    found: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot be read ({exc})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) < 4:
            raise GazetteerError(f"{path}:{number}: expected code, name, aliases, adjectives (TAB-separated)")
        code, words = columns[0], columns[3]
        if len(code) == 3 and code.isalpha() and words != "-":
            for word in words.split("|"):
                found.setdefault(name_key(word), code)
    return found


def capital_mentions(doc: Doc, part: int, offset: int, taken: set[int], gazetteer: Gazetteer) -> list[Mention]:
    """The capitals `doc` names by their country; a capital of the document's own country ('in the
    capital') gets its place later, from the document's places (`resolve_story_capitals`)."""
    found = []
    for token in doc:
        if token.lemma_.lower() != "capital" or token.pos_ != "NOUN" or token.i in taken:
            continue
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
            continue  # 'the capital, Khartoum': the name says it
        country = _country_of(token, gazetteer)
        if country is None:
            continue
        start = min([token.i] + [c.left_edge.i for c in token.children if c.dep_ in ("amod", "poss", "compound")])
        while start < token.i and doc[start].dep_ == "det":
            start += 1
        words = doc[start : token.i + 1]
        if any(i in taken for i in range(start, token.i + 1)):
            words = doc[token.i : token.i + 1]
        capital = gazetteer.capital(country) if country else None
        if country and capital is None:
            continue
        mention = described(words, part, offset, (capital,) if capital else ())
        mention.story_capital = not country
        found.append(mention)
        taken.update(range(words.start, words.end))
    return found


def territory_mentions(doc: Doc, part: int, offset: int, taken: set[int], gazetteer: Gazetteer) -> list[Mention]:
    """A country named by its adjective before a word of its land in a locative ('on Ukrainian soil',
    'in Pakistani airspace', 'into Syrian territory'); not land another holds ('Russian-held
    territory', 'Russian-occupied areas' are not Russia)."""
    found = []
    for token in doc:
        if token.dep_ not in ("amod", "compound") or token.i in taken or token.head.lemma_.lower() not in LAND_NOUNS:
            continue
        land = token.head
        if not (land.dep_ == "pobj" and land.head.lower_ in LAND_PREPS):
            continue
        if any(c.lower_.endswith(HELD) or c.lower_ == "-" for c in land.children if c.i > token.i) or (
                token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "\u2010", "\u2011")):
            continue
        code = adjectives().get(name_key(token.text))
        country = gazetteer.country(code) if code else None
        if country is None:
            continue
        mention = described(doc[token.i : token.i + 1], part, offset, (country,))
        mention.modifier, mention.locative = False, True
        mention.border = land.lemma_.lower() in BORDER_NOUNS
        found.append(mention)
        taken.add(token.i)
    return found


def _country_of(capital: Token, gazetteer: Gazetteer) -> str | None:
    """The country whose capital the noun names: '' for the document's own ('the capital', 'the
    country's capital'), None when it is no country's capital."""
    if capital.dep_ == "compound" and capital.head.lemma_.lower() != "city":
        return None  # 'capital markets', 'capital punishment'
    country = ""
    for child in capital.children:
        if child.dep_ == "amod":
            code = adjectives().get(name_key(child.text))
            if code is None:
                return None  # 'the provincial capital', 'political capital'
            country = code
        elif child.dep_ in ("poss", "compound", "nmod"):
            if child.lower_ in OWN_COUNTRY_WORDS:
                continue
            code = _country_named(child, gazetteer)
            if code is None:
                return None  # 'the region's capital', 'the Kurdish region's capital'
            country = code
        elif child.dep_ == "det" and child.lower_ not in ("the",):
            return None  # 'a capital', 'its capital' are not the document's
    for child in capital.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            code = _country_named(objects[0], gazetteer) if objects else None
            if code is None:
                return None  # 'the capital of the province'
            country = code
    if not country and not any(c.dep_ in ("det", "poss") for c in capital.children):
        return None  # 'capital' with no article: money ('raise capital')
    return country


def _country_named(token: Token, gazetteer: Gazetteer) -> str | None:
    """The country a name ('Afghanistan', 'Turkey's') or adjective ('Afghan') means, if it means one."""
    words = token.doc[token.left_edge.i : token.i + 1]
    key = name_key(words.text.removesuffix("'s").removesuffix("\u2019s"))
    countries = [p for p in gazetteer.candidates(key) if p.is_country]
    if countries:
        return countries[0].country
    return adjectives().get(key)


def resolve_story_capitals(mentions: list[Mention], gazetteer: Gazetteer, dateline: Place | None) -> None:
    """'in the capital' is the capital of the country whose places the document names most often (not
    counting names that only qualify people or things: 'U.S. officials'), else of its dateline's; left
    without a place when there is none."""
    pending = [m for m in mentions if m.story_capital]
    if not pending:
        return
    counts = Counter(m.place.country for m in mentions if m.place is not None and not m.modifier)
    country = max(counts, key=lambda c: counts[c]) if counts else dateline.country if dateline else None
    capital = gazetteer.capital(country) if country else None
    for mention in pending:
        mention.candidates = (capital,) if capital else ()
        mention.place = capital
