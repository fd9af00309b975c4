"""The country a document is about: the one it names most often. Actors the text gives no country
(a national body, 'the police', an agentless act's agent) take it."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from spacy.tokens import Doc, Token

from .knowledge import KnowledgeBase, normalize
from .phrases import named_for_border

STATE_KINDS = ("country", "alias", "adjective", "capital")
PLACE_KINDS = ("country", "alias", "capital", "region")
# names that say nothing of which country a story is about: international bodies, and the news outlets
# that report it ('told VOA', 'Xinhua reported')
STATELESS_KINDS = ("igo", "media")
# 'the town of Djibo', 'Kidal region': a name the tagger takes for a firm is a place by its noun
PLACE_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "county", "commune", "state",
                         "department", "territory", "locality", "area", "outskirts"})
PLACE_PREPS = ("in", "near", "at", "outside", "around")
# 'police arrested a Nigerian national', 'two nationals of Bangladesh': a foreigner's nationality says
# where someone comes from, not what country the story is about
FOREIGNER_NOUNS = frozenset({"national", "citizen", "immigrant", "migrant", "infiltrator", "expatriate", "expat"})
# 'Turkish-backed fighters', 'Iran-sponsored militias': the backer's country is not the group's; nor is
# the city where a body sits its government ('the Paris-based International Energy Agency', 'the
# Doha-based Al Jazeera')
BACKER_PARTICIPLES = frozenset({"backed", "sponsored", "funded", "supported", "armed", "trained", "allied", "aligned", "based"})


@dataclass
class DocumentCountry:
    """Counts, over every part of one document seen so far (title, body), the countries its named
    entities name: countries, their adjectives, capitals, seats, regions, parties, groups, people in
    office, and the towns a gazetteer places ('near Vijayawada')."""

    kb: KnowledgeBase
    place_country: Callable[[str], str | None] | None = None
    documents: list[Doc] = field(default_factory=list)  # the parsed parts seen so far
    mentions: Counter = field(default_factory=Counter)  # countries named in them
    places: Counter = field(default_factory=Counter)  # countries named by a place, not by an adjective or a person
    seats: set[str] = field(default_factory=set)  # countries of the seats of power named ('the White House')
    country: str | None = None

    def of(self, doc: Doc) -> str | None:
        """The country named most often, counting `doc` too; with a tie, none."""
        if self.documents and self.documents[-1] is doc:
            return self.country  # asked for every actor: the part being coded is the last one seen
        if not any(d is doc for d in self.documents):
            self.documents.append(doc)
            for ent in doc.ents:
                if foreigner(ent.root) or named_for_border([ent.root]):
                    continue  # nor is the state a border is named for ('near the Afghan border')
                # 'Port-au-Prince (Ouest' or 'Bokkos (Plateau' tagged as one entity is two places
                parts = [part.strip() for part in re.split(r"[()]", ent.text) if part.strip()]
                placed = len(parts) > 1 or (ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS) or _named_place(ent.root)
                for name in parts:  # 'in Rajshahi' is a place whatever the tagger's label
                    self._count(name, "GPE" if placed else ent.label_)
            self.country = _leader(self.mentions)
        return self.country

    def place(self, doc: Doc) -> str | None:
        """The country whose places (the country, its regions, towns and capital) the document names most
        often: where its acts happen, which the nationality of those they are done to need not be."""
        self.of(doc)
        return _leader(self.places)

    def seat_country(self, doc: Doc) -> str | None:
        """The country of the seats of power the document names, when they are all of one."""
        self.of(doc)
        return next(iter(self.seats)) if len(self.seats) == 1 else None

    def _count(self, name: str, label: str) -> None:
        entry = self.kb.lookup_name(name)
        if entry is not None and entry.kind not in STATE_KINDS and normalize(name) in self.kb.contextual:
            entry = None  # 'Congress' is whose the document says; 'Georgia' is first of all the country
        if entry is not None and "|" in entry.code:
            return  # a group fighting in several countries tells of none of them
        if entry is not None:
            if entry.kind not in STATELESS_KINDS:
                self.mentions[entry.code[:3]] += 1
            if entry.kind in PLACE_KINDS:
                self.places[entry.code[:3]] += 1
            if entry.kind == "seat" and entry.code[:3].isalpha() and entry.code[3:] == "GOV":
                self.seats.add(entry.code[:3])
            return
        town = self.place_country(name) if label in ("GPE", "LOC") and self.place_country else None
        person = self.kb.lookup_person(name) if town is None else None  # 'Modi' tagged a place
        if town or (person is not None and person.roles):
            self.mentions[town or person.code_on(None)[:3]] += 1
        if town:
            self.places[town] += 1


def _leader(counts: Counter) -> str | None:
    """The country counted most often, when no other is counted as often."""
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def foreigner(token: Token) -> bool:
    """'a Pakistani national', 'nationals of Bangladesh': the nationality of a foreigner."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    return token.dep_ in ("amod", "compound", "pobj") and head.lemma_.lower() in FOREIGNER_NOUNS


def backer(token: Token) -> bool:
    """'Turkish' in 'Turkish-backed fighters': a name that only says who backs, arms or trains them, or
    where they are based."""
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not doc[token.i + 1].whitespace_
            and doc[token.i + 2].lower_ in BACKER_PARTICIPLES)


def _named_place(token: Token) -> bool:
    """'the town of Djibo', 'Kidal region', 'Soum province': a name a place noun names as a place."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return token.head.head.lemma_.lower() in PLACE_NOUNS
    return token.dep_ == "compound" and token.head.lemma_.lower() in PLACE_NOUNS
