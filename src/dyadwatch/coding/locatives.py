"""Where an act happens, and the country that places the actors it names only by sector.

Police, troops, protesters and an agentless arrest's implied police belong to the country where the
act happens, which news names in a place phrase anywhere in the sentence, often not on the verb and
often in a shape the entity tagger misses: 'a Pakistani national who had crossed the border **in
Gurdaspur**', 'the murder of a dealer **in Gurugram's Sector 56**', 'in the forests **of Narayanpur
district**', '**in Bihar's Sasaram**', 'a village **near Tillia (Tahoua)**'. A place phrase beats a
nationality named elsewhere ('a Pakistani national' is arrested by the police of the place)."""
from __future__ import annotations

from datetime import date
from typing import Mapping, Sequence

from spacy.tokens import Span, Token

from ..actors.context import STATELESS_KINDS
from ..actors.organisations import COUNTRY_KINDS
from ..actors.persons import NAMED_PERSON
from ..actors.phrases import BORDER_NOUNS
from ..actors.resolver import DOCUMENT_COUNTRY, UNKNOWN_COUNTRY, Actor, ActorResolver
from ..nlp.pipeline import entity_of, once_per_doc, sentence_ents
from ..places.gazetteer import TOWN_POPULATION, load_gazetteer
from .agentless import place_tokens
from .extract import Match
from .roles import locative_tokens
from .syntax import lemma, pobjs

Where = tuple[date | None, int, int]  # the day, the document offset and the sentence index actors are resolved at

PLACE_KINDS = ("country", "alias", "capital", "region", "seat")
_CUES_KEY = "dyadwatch.country_cues"
PLACE_PREPS = ("in", "at", "inside", "near", "outside", "around", "across", "within")
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "outside",
})
PEOPLE = ("PERSON", "NORP")  # entities that are no place ("kidnapped Ahmed Musa"); towns are often tagged ORG
# the nouns a place name is a compound or possessor of: 'Narayanpur district', 'Kano State'
PLACE_NOUNS = frozenset({
    "district", "state", "province", "region", "city", "town", "village", "area", "county", "division",
    "tehsil", "taluk", "block", "mandal", "municipality", "governorate", "prefecture", "zone", "locality",
    "neighbourhood", "neighborhood", "suburb", "outskirts", "forest", "border", "camp", "market", "station",
})


def locative_country(head: Token, resolver: ActorResolver, reporting: Mapping[str, str]) -> str | None:
    """The one country that the place phrases of the act's clause name, or None when they name none
    or several. A reported act's clause is the reported one, not its reporter's ('rebels shelled Juba,
    killing 20, relief officials in Nairobi said'); `reporting` holds the reporting verbs."""
    while head.head.i != head.i and lemma(head.head) not in reporting:
        head = head.head
    named = _named_countries(head.sent, resolver)
    found: set[str] = set()
    for word in head.subtree:
        for prep in _place_preps(word):
            for pobj in pobjs(prep):
                found.update(c for c in (_country(name, resolver, named) for name in _place_names(pobj)
                                         if not _border_side(pobj, name, resolver)) if c)
    return found.pop() if len(found) == 1 else None


def _place_names(pobj: Token) -> list[str]:
    """The names a place phrase may hold: a name itself ('in Maputo'), its possessor ('in Gurugram's
    Sector 56'), the name a place noun carries ('in Narayanpur district'), the names of its 'of'
    phrase ('the forests of Narayanpur district', 'the town of Djibo') and in its parentheses
    ('Tillia (Tahoua)')."""
    heads = [pobj]
    heads += [p for prep in pobj.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in pobjs(prep)]
    heads += [a for a in pobj.children if a.dep_ == "appos"]
    names: list[str] = []
    for head in heads:
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if owners:  # the town a quarter is of says the country ("Ludhiana's Model Town")
            names.extend(_name(o) for o in owners)
            continue
        if head.pos_ == "PROPN":
            names.append(_name(head))
        elif head.lower_ in PLACE_NOUNS:
            names.extend(_name(c) for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    return names


def _border_side(place: Token, name: str, resolver: ActorResolver) -> bool:
    """'near the Bangladesh border': a state that names a border is one of its two sides, not where
    the act happens; a town does ('at the Attari border')."""
    return place.lemma_.lower() in BORDER_NOUNS and state_named(name, resolver) is not None


def state_named(name: str, resolver: ActorResolver) -> str | None:
    """The country code of a name that is a state's name, alias or adjective ('Bangladesh', 'Thai'); a
    capital or a town is not one."""
    entry = resolver.kb.lookup_name(name)
    return entry.code[:3] if entry is not None and entry.kind in COUNTRY_KINDS else None


def _name(token: Token) -> str:
    """A proper noun with the proper nouns compounded before it ('Khan Younis', 'Port-au-Prince')."""
    words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    start = min([token.i, *(w.i for w in words)])
    return token.doc[start : token.i + 1].text


def _country(name: str, resolver: ActorResolver, named: set[str]) -> str | None:
    """A country, capital or region the actor knowledge holds, else a town or division the gazetteer
    knows; of a name several countries share, the one the sentence names ('ADF rebels ambushed a
    Congolese convoy near Beni' is in Congo, not in Bolivia's Beni)."""
    entry = resolver.kb.lookup_name(name)
    if entry is not None:
        code = entry.code[:3]
        return code if entry.kind in PLACE_KINDS and code.isalpha() else None
    if resolver.place_country is None:
        return None
    countries = [p.country for p in load_gazetteer().lookup(name) if p.is_division or p.population >= TOWN_POPULATION]
    return next((c for c in countries if c in named), countries[0] if countries else None)


def _named_countries(sent: Span, resolver: ActorResolver) -> set[str]:
    """The countries the sentence's named entities name ('Congolese', 'Pakistan's ISI')."""
    found = set()
    for ent in sentence_ents(sent):
        entry = resolver.kb.lookup_name(ent.text)
        if entry is not None and entry.kind not in STATELESS_KINDS and entry.code[:3].isalpha():
            found.add(entry.code[:3])
    return found


def place_target(head: Token, resolver: ActorResolver, offset: int, reporting: Mapping[str, str]) -> Actor | None:
    """The country of the place an act of force hits when it names no one it hits: the place it hits
    ('captured **the town of Rubaya**', 'stormed **Monguno**') or where it hits ('burnt a village **near
    Tillia**', 'shelled farmland **east of Khan Younis**', 'torched houses **in Kathua district**', and
    anywhere in its clause: 'the convoy was ambushed by fighters **near Mogadishu**'); None for a
    place neither the actor knowledge nor the gazetteer knows."""
    named = _named_countries(head.sent, resolver)
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    places = [o for o in objects if o.lower_ in PLACE_NOUNS or (o.pos_ == "PROPN" and o.ent_type_ not in PEOPLE)]
    places += [p for word in (head, *objects) for prep in _place_preps(word) for p in pobjs(prep)]
    for place in places:
        for name in _place_names(place):
            country = None if _border_side(place, name, resolver) else _country(name, resolver, named)
            if country:
                span = (offset + place.idx, offset + place.idx + len(place))
                return Actor(name, country, country, (), None, "location", span)
    clause = head.head if head.dep_ == "conj" else head
    if clause.dep_ == "relcl":
        return None  # 'a colleague who was raped and murdered at the hospital' is told of, not reported
    country = locative_country(head, resolver, reporting)
    return Actor("", country, country, (), None, "location", None) if country else None


def _place_preps(word: Token) -> list[Token]:
    """The place prepositions of a word, with the 'of' of a direction ('east of Khan Younis')."""
    found = [c for c in word.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    for direction in word.children:
        if direction.lower_ in DIRECTIONS:
            found.extend(c for c in direction.children if c.dep_ == "prep" and c.lower_ == "of")
    return found


SEIZURE_CODES = ("1711",)


def force_patients(match: Match, candidates: list[Token]) -> list[Token]:
    """The words that may name, by a common noun, whom force is used on: the object or passive subject
    ('lynched a man', 'the accused was arrested'), whom it is against ('a chargesheet against 17
    accused'), and the owner of what it hits ('demolished the extension of a drug peddler's house')."""
    found = [c for c in candidates if (c.dep_ in ("dobj", "nsubjpass") and c.head == match.head)
             or (c.dep_ == "pobj" and c.head.lower_ == "against")]
    # 'seized 2 kg of heroin from the accused': whom what is seized is taken from
    found += [c for c in candidates if match.pattern.code.startswith(SEIZURE_CODES) and c.dep_ == "pobj"
              and c.head.lower_ == "from" and c.head.head == match.head and c not in found]
    things = found + [p for c in found for prep in c.children if prep.lower_ == "of" for p in pobjs(prep)]
    owners = [o for t in things for o in t.children if o.dep_ == "poss" and o.pos_ == "NOUN"]
    # 'against 12 accused': the parser makes the number the noun and the noun its modifier
    counted = [m for c in found if c.pos_ == "NUM" for m in c.children if m.dep_ in ("acl", "amod", "appos")]
    return found + owners + counted


def cue_country(sent: Span, cues: Mapping[str, str]) -> str | None:
    """The one country the sentence's cue words tell of (country_cues.txt): 'an FIR under the BNS'.
    Read once per sentence and cue list (kept in `doc.user_data`): every actor of every event asks."""
    def one() -> str | None:
        found = {cues.get(t.text) or cues.get(t.lower_) or cues.get(lemma(t)) for t in sent} - {None}
        return found.pop() if len(found) == 1 else None
    return once_per_doc(sent.doc, _CUES_KEY, (sent.start, sent.end), one, owner=cues)


def agent_country(match: Match, patients: list[Token], resolver: ActorResolver, at: Where) -> str | None:
    """The country where an agentless act happens, from its place phrase ('arrested in Tehran')."""
    for place in place_tokens(match, patients):
        actor = resolver.resolve(place, *at)
        if actor is not None and actor.country and actor.country.isalpha() and not actor.country.startswith(("IGO", "NGO")):
            return actor.country
    return None


def place_actors(
    actors: list[Actor], match: Match, resolver: ActorResolver, at: Where, reporting: Mapping[str, str],
    heads: Sequence[Token] = (), anywhere: bool = True, relocate: bool = False, people: bool = False,
) -> list[Actor]:
    """Give actors known only by sector the country where the event happens ('protested in Jericho'),
    or where their own words place them ('lawyers in Cuttack protested'); `anywhere`: or where a
    place phrase of its clause places it ('Police arrested a Pakistani national who had crossed the
    border in Gurdaspur'); `relocate`: an act of protest or force happens where it is done, so that its
    actors placed only by the document's country are placed there instead."""
    if not any(_unplaced(a, relocate) for a in actors):
        return actors
    country = None
    for place in [*locative_tokens(match.head), *(p for h in heads for p in locative_tokens(h))]:
        actor = resolver.resolve(place, *at)
        country = actor.country if actor is not None else None
        if not country and resolver.place_country is not None and place.ent_type_ in ("GPE", "LOC"):
            country = resolver.place_country(_entity_text(place))  # a town the gazetteer knows
        if country:
            break
    if not country and anywhere:
        country = locative_country(match.head, resolver, reporting)
    if not country:
        return actors
    return [with_country(_sector_only(a), country, "location", people) if _unplaced(a, relocate) else a for a in actors]


def _unplaced(actor: Actor, relocate: bool) -> bool:
    """An actor known by sector alone, or (`relocate`) placed only by the country its document is most
    about: a place phrase of the act's own clause says better where police or troops are ('police
    arrested a trader in Jalandhar for spying for Pakistan's ISI')."""
    return not actor.country or (relocate and actor.resolved_by == DOCUMENT_COUNTRY and bool(actor.sectors))


def _sector_only(actor: Actor) -> Actor:
    if not actor.country:
        return actor
    return Actor(actor.text, UNKNOWN_COUNTRY + "".join(actor.sectors), None, actor.sectors, actor.name,
                 actor.resolved_by, actor.span)


def with_country(actor: Actor, country: str | None, how: str, people: bool = False) -> Actor:
    """An actor known only by sector, placed in a country by context; how says which context. With
    `people`, for the ones an act is done to, a person known only by name (actors/persons.py) is
    placed so too ('police nabbed Sunil Yadav in Ghaziabad'); what such a person does is not placed."""
    if actor.country or not country or not (actor.sectors or (people and actor.resolved_by == NAMED_PERSON)):
        return actor
    code = country + "".join(actor.sectors)
    return Actor(actor.text, code, country, actor.sectors, actor.name, how, actor.span)


def _entity_text(token: Token) -> str:
    """The whole named entity a token belongs to ('Palakkad' in 'Palakkad district' is 'Palakkad')."""
    entity = entity_of(token)
    return token.text if entity is None else entity.text
