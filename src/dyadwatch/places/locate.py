"""Give each coded event the place where it happened.

In order: a place in a locative phrase attached to the event's trigger or its clause ('killed in
Anbar', 'strikes on Kharkiv', 'traveled to North Korea', 'the Kharkiv attack'); the object of a visit
or an act of force ('Russia invaded Ukraine'); the document's dateline ('KYIV, Ukraine (AP) -', for
the acts of that country's actors); another place the sentence names (a destination only for meetings
and cooperation: 'deported to China' happened where the deporter is); for a meeting, an act of
diplomatic cooperation or a material act (aid, protest, force, violence), else the last place an
earlier event's own words gave ('resolved_by': 'story'; 'traveled to Jeddah ... The delegations met'; for
violence, the last place of violence: talks in Doha do not place a bombing in a story about Kabul),
else the story's place (the place it names most often, within the country it speaks most
of); else none. A country or province found by the sentence or the story is narrowed to the place
inside it that the story names ('story'). A name that is one of the sentence's actors is not its
place ('Russian strikes' did not happen in Russia; 'Iraqi officials said' is not a place), except as
the object of a visit or an attack; nor is a name that only qualifies a person or thing ('U.S.
officials', 'India's defense ties', 'the Russia-Ukraine war'), nor a capital that speaks ('Islamabad
must address').
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Callable, Iterable

from spacy.tokens import Doc, Token

from ..coding.event import Event
from ..documents.document import Document
from .gazetteer import Gazetteer, Place, load_gazetteer
from .location import Location
from .mentions import LOCATIVE_PREPS, STATIC_PREPS, TOPIC_PREPS, Mention, find_mentions, resolve_mentions
from .names import name_key

# Where the place of an event is also its target: visits and hosting, posture, coercion, assault,
# fighting and mass violence.
PLACE_TARGET_CODES = ("042", "043", "15", "17", "18", "19", "20")
# Acts that send people away: they happen where the sender is, not where the people are sent
# ('Thailand deported 40 Uyghurs to China' happened in Thailand).
SENDING_CODES = ("174",)
# Acts that happen where their actors go ('representatives on their way to Moscow for discussions').
DESTINATION_CODES = ("04", "05", "06")
# Heads climbed from the trigger to the clause whose locatives count: not across a reporting verb.
CLAUSE_DEPS = frozenset({"xcomp", "conj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "acl", "pcomp", "pobj", "prep",
                         "compound", "amod", "oprd", "auxpass", "aux", "advcl"})
# Not followed below a locative phrase: other participants ('pressure from Moscow') and clauses of
# their own ('in what U.S. officials describe as ...').
NOT_LOCATIVE = frozenset({"from", "against", "with", "by", "for", "about", "between", "among"})
# 'strikes on Kharkiv', 'incursion into Kursk', 'traveled to North Korea' place an attack or a visit;
# 'talks on Ukraine' are about a place, 'supplied weapons to Russia' names a recipient.
TARGET_PREPS = frozenset({"on", "into", "over", "toward", "towards", "to"})
OWN_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "pcomp", "csubj", "nsubj", "acl", "parataxis"})
_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]*[A-Z.])(?:,\s*([^()\n\u2013\u2014]{1,40}?))?\s*(?:\([^)\n]*\)\s*)?"
                       r"(?:-{1,2}|\u2013|\u2014|:)\s")
_RANK = {"city": 0, "adm1": 1, "country": 2}

Parts = list[tuple[Doc, int]]


def locate_events(document: Document, parts: Parts, events: list[Event], gazetteer: Gazetteer | None = None) -> list[Event]:
    """The events with their `location` set (or left None); `parts` are the parsed segments as
    (Doc, document offset) pairs."""
    if not events:
        return events
    places = DocumentPlaces.find(document, parts, events, gazetteer or load_gazetteer())
    agents = _agent_spans(events)
    located = []
    for event in events:
        target_ok = event.cameo.code.startswith(PLACE_TARGET_CODES)
        own = [a.span for a in (event.source, event.reported_by) if a is not None and a.span]
        if event.target is not None and event.target.span and not target_ok:
            own.append(event.target.span)
        blocked = [tuple(s) for s in own] + agents.get(event.sentence_index, [])
        location = places.locate(event.evidence.trigger_span[0], event.cameo.code, blocked, event.source.country,
                                 background=event.modality == "background")
        located.append(replace(event, location=location))
    return located


@dataclass
class DocumentPlaces:
    """A document's resolved place mentions, its dateline, and the parse to find an event's place in."""

    parts: Parts
    placed: list[Mention]
    by_token: dict[tuple[int, int], Mention]
    dateline: Location | None
    settings: list[Mention] = field(default_factory=list)  # places named as places, not as actors
    focus: Location | None = None  # the place the document names most often
    previous: Location | None = None  # the last place found in an event's own sentence
    previous_force: Location | None = None  # the last place found for an act of violence

    @classmethod
    def find(cls, document: Document, parts: Parts, events: list[Event], gazetteer: Gazetteer) -> "DocumentPlaces":
        mentions = find_mentions(parts, gazetteer)
        actors = {a.country for e in events for a in (e.source, e.target) if a is not None and a.country}
        resolve_mentions(mentions, {c for c in actors if c.isalpha() and len(c) == 3})
        placed = [m for m in mentions if m.place is not None]
        for mention in placed:
            mention.speaks = _speaks(mention, parts)
        by_token = {(m.part, i): m for m in placed for i in range(*m.tokens)}
        spans = _Spans([tuple(a.span) for e in events for a in (e.source, e.target, e.reported_by)
                        if a is not None and a.span])
        settings = [m for m in placed if (m.locative or not spans.overlap(m.span))
                    and not m.modifier and not m.agentive and not m.destination and not m.speaks]
        return cls(parts, placed, by_token, _dateline(document, gazetteer), settings, _focus(settings))

    def locate(self, offset: int, code: str, blocked: list[tuple[int, int]] = (), source_country: str | None = None,
               background: bool = False) -> Location | None:
        """The place of the event with CAMEO `code` whose trigger starts at `offset`; `blocked` are the
        spans of its sentence's actors. Events are asked in document order (see `previous`). The
        dateline places the acts of its own country's actors and of actors of unknown country: a
        foreign government reacting to the news acts at home. A country or province that only the
        sentence or the story gives is narrowed to the place inside it that the story names. A
        `background` event (old context: 'In 2024, separatists killed 400 people') that its sentence
        does not place happened across the story's province or country, not at the story's own site."""
        target_ok = code.startswith(PLACE_TARGET_CODES) and not code.startswith(SENDING_CODES)
        to_ok = code.startswith(DESTINATION_CODES)
        dateline = self.dateline
        if dateline is not None and source_country and source_country != dateline.place.country:
            dateline = None
        location = _locate(offset, target_ok, to_ok, code.startswith(DEEDS), self.parts, self.placed, self.by_token,
                           list(blocked), dateline)
        if location is not None:
            if location.resolved_by in ("locative", "object"):
                self.previous = location
                if code.startswith(VIOLENCE_ROOTS):
                    self.previous_force = location
            elif location.resolved_by == "sentence" and location.place.precision != "city":
                return _finer_within(location.place, self.settings) or location
            return location
        if not code.startswith(MATERIAL_ROOTS) or code.startswith(DECIDED_AT_HOME):
            return None
        previous = self.previous
        if code.startswith(VIOLENCE_ROOTS) and (self.previous_force or self.focus):
            previous = self.previous_force  # talks in Doha do not place a bombing: the story's violence does
        story = replace(previous, resolved_by="story") if previous is not None else self.focus
        if background and story is not None:
            return _area_around(story, self.placed)
        if story is not None and (story.place.precision == "adm1" or (self.previous and story.place.is_country)):
            return _finer_within(story.place, self.settings) or story
        return story


# Acts that happen somewhere (meetings and talks, diplomatic cooperation such as signing an agreement or
# conferring an honour during a visit, material cooperation, aid, yielding, protest, force, coercion,
# violence): with no place of their own they happened where the story is. Statements, appeals and
# reductions of relations are placed only by their own sentence; so are sanctions, decided at home.
DEEDS = ("06", "07", "08", "14", "15", "17", "18", "19", "20")
MATERIAL_ROOTS = ("04", "05") + DEEDS
DECIDED_AT_HOME = ("163", "172")
# violence (assault, fighting, mass violence): where the story's violence is, not its talks
VIOLENCE_ROOTS = ("18", "19", "20")


def _locate(offset: int, target_ok: bool, to_ok: bool, deed: bool, parts: Parts, placed: list[Mention],
            by_token: dict, blocked: list[tuple[int, int]], dateline: Location | None) -> Location | None:
    """The place of the event whose trigger starts at `offset`; `blocked` are the spans of actors;
    `to_ok` when a place the sentence's people go to may be the event's own; a `deed` (not words) that
    someone reports happened where the report says, not where its speaker was ('During a visit to
    Quetta, the prime minister told media 339 passengers were rescued')."""
    found = _trigger_token(parts, offset)
    if found is None:
        return None
    part, trigger = found

    def allowed(mention: Mention) -> bool:
        """Not an actor's own name ('Russia's strikes'), but the place of one ('police in West Bengal')."""
        return mention.locative or not any(mention.overlaps(s) for s in blocked)

    own_preps = LOCATIVE_PREPS if target_ok else LOCATIVE_PREPS - TARGET_PREPS
    for token in _clause(trigger):
        # the clause above the trigger may move to its place: 'traveled to North Korea to press Pyongyang'
        preps = own_preps if token is trigger else LOCATIVE_PREPS - TOPIC_PREPS
        # of all the trigger's locatives and its object's, the finest: 'attacked a train near Sibi in
        # Pakistan's Balochistan province' is Sibi
        phrases = [(token, preps)] + [(c, STATIC_PREPS) for c in token.children
                                      if token is trigger and c.dep_ == "dobj"]
        mention = _finest([m for head, wanted in phrases for prep in head.children
                           if prep.dep_ == "prep" and prep.lower_ in wanted
                           for m in _in_subtree(prep, part, by_token)], allowed)
        if mention:
            return _location(mention, "locative")
        if token.pos_ in ("NOUN", "PROPN"):
            mention = _finest(_modifiers(token, part, by_token), allowed)
            if mention:
                return _location(mention, "locative")  # 'the Kharkiv attack'
    if target_ok:
        for token in (trigger, trigger.head):
            for child in token.children:
                if child.dep_ in ("dobj", "pobj") and child.i != trigger.i:
                    mention = _finest(_in_subtree(child, part, by_token), allowed)
                    if mention:
                        return _location(mention, "object")
    if dateline is not None:
        return dateline
    sentence = trigger.sent
    start, end = parts[part][1] + sentence.start_char, parts[part][1] + sentence.end_char
    top = _clause(trigger)[-1]
    if deed and top.dep_ == "ccomp":
        start = max(start, parts[part][1] + top.left_edge.idx)
        end = min(end, parts[part][1] + top.right_edge.idx + len(top.right_edge.text))
    others = [m for m in placed if m.part == part and start <= m.span[0] < end and allowed(m) and not m.modifier
              and not m.agentive and (to_ok or not m.destination) and not m.speaks]
    if others:
        return _location(min(others, key=lambda m: (m.place.precision == "country", abs(m.span[0] - offset))),
                         "sentence")
    return None


class _Spans:
    """Actors' spans, asked whether any overlaps a place mention: sorted by start, with the furthest end
    among the first k, so that each question is a bisection and not a walk of every event's actors."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.ends = list(accumulate((end for _, end in spans), max))

    def overlap(self, span: tuple[int, int]) -> bool:
        before = bisect_left(self.starts, span[1])  # the spans that start before `span` ends
        return before > 0 and self.ends[before - 1] > span[0]


def _speaks(mention: Mention, parts: Parts) -> bool:
    """A country or capital that acts or speaks ('Bangkok could send envoys', 'Islamabad must address'):
    its government, not the story's setting."""
    doc = parts[mention.part][0]
    return ((mention.place.is_country or mention.place.feature_code == "PPLC")
            and doc[mention.tokens[0]:mention.tokens[1]].root.dep_ == "nsubj")


def _finer_within(area: Place, mentions: list[Mention]) -> Location | None:
    """A country or province that the sentence names only in passing ('the leader of ISIS in Iraq was
    killed') is narrowed to the place inside it that the story names most often (first named on a tie),
    as a story place."""
    inside = [m for m in mentions if m.place.country == area.country and _RANK[m.place.precision] < _RANK[area.precision]
              and (area.is_country or area.id in (m.place.id, m.place.adm1_id))]
    best = _most_named(inside, scattered=True)
    return _location(best, "story") if best else None


def _area_around(story: Location, mentions: list[Mention]) -> Location:
    """The province the story names around its town ('Balochistan prisons' counts), else the country it
    names around it; for a country, the province inside it that the story names most often; else the
    story's place itself."""
    place = story.place
    if place.precision == "adm1":
        return story
    if place.is_country:
        best = _most_named([m for m in mentions if m.place.country == place.country and m.place.precision == "adm1"])
        return _location(best, "story") if best else story
    around = [m for m in mentions if m.place.id == place.adm1_id]
    around = around or [m for m in mentions if m.place.is_country and m.place.country == place.country]
    return _location(around[0], "story") if around else story


def _most_named(mentions: list[Mention], scattered: bool = False) -> Mention | None:
    """The place named most often (first named on a tie); when several are named once each, the story
    moves between them and none is its place, unless `scattered` allows the first."""
    counts = Counter(m.place.id for m in mentions)
    if not counts or (not scattered and len(counts) > 1 and max(counts.values()) == 1):
        return None
    return min(mentions, key=lambda m: (-counts[m.place.id], m.span[0]))


def _focus(mentions: list[Mention]) -> Location | None:
    """The story's place: in the country its places are most often in, the place below country level it
    names most often (first named on a tie), else that country (also when it names several places there
    once each). `mentions` leave out the names of actors ('Ukraine agreed to a ceasefire' says nothing
    of where) and of their people or things."""
    if not mentions:
        return None
    countries = Counter(m.place.country for m in mentions)
    country = max(countries, key=lambda c: (countries[c], -min(m.span[0] for m in mentions if m.place.country == c)))
    inside = [m for m in mentions if m.place.country == country]
    # 'Khartoum', 'Darfur' and 'Omdurman' once each, 'Sudan' throughout: the story is the country's
    best = _most_named([m for m in inside if m.place.precision != "country"]) or _most_named(inside) or inside[0]
    return _location(best, "story")


def _trigger_token(parts: Parts, offset: int) -> tuple[int, Token] | None:
    for index, (doc, start) in enumerate(parts):
        if len(doc) and start <= offset < start + doc[-1].idx + len(doc[-1].text_with_ws):  # not doc.text, rebuilt per call
            span = doc.char_span(offset - start, offset - start + 1, alignment_mode="expand")
            if span is not None and len(span):
                return index, span[0]
    return None


def _clause(trigger: Token) -> list[Token]:
    """The trigger and the heads of its clause, up to (not across) a reporting verb."""
    chain = [trigger]
    token = trigger
    while token.dep_ in CLAUSE_DEPS and token.head is not token and len(chain) < 6:
        token = token.head
        chain.append(token)
    return chain


def _in_subtree(head: Token, part: int, by_token: dict) -> list[Mention]:
    """Places under a preposition or object ('in the Somali city of Beledweyne', 'at a jail in Dili'),
    not names that only qualify a person or thing ('in what U.S. officials describe')."""
    found: list[Mention] = []
    stack = [head]
    while stack:
        token = stack.pop()
        mention = by_token.get((part, token.i))
        if mention and mention not in found and not (mention.modifier and mention.place.precision == "country"):
            found.append(mention)
        stack.extend(c for c in token.children
                     if not (c.dep_ == "prep" and c.lower_ in NOT_LOCATIVE) and c.dep_ not in OWN_CLAUSES)
    return found


def _modifiers(noun: Token, part: int, by_token: dict) -> list[Mention]:
    found = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss") and child.i < noun.i:
            mention = by_token.get((part, child.i))
            if mention and mention not in found:
                found.append(mention)
    return found


def _finest(mentions: Iterable[Mention], allowed: Callable[[Mention], bool]) -> Mention | None:
    """Of the places in one phrase, the most precise ('in Kharkiv, Ukraine' is Kharkiv)."""
    usable = [m for m in mentions if allowed(m)]
    return min(usable, key=lambda m: _RANK[m.place.precision]) if usable else None


def _location(mention: Mention, how: str) -> Location:
    return Location(mention.place, mention.text, mention.span, how)


def _agent_spans(events: list[Event]) -> dict[int, list[tuple[int, int]]]:
    """Per sentence, the spans of every event's source and reporter: who acts or speaks is no place for
    any event of the sentence, while another event's target may be ('traveled to North Korea to
    press Pyongyang')."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for event in events:
        for actor in (event.source, event.reported_by):
            if actor is not None and actor.span:
                spans.setdefault(event.sentence_index, []).append(tuple(actor.span))
    return spans


def _dateline(document: Document, gazetteer: Gazetteer) -> Location | None:
    """'KYIV, Ukraine (AP) - ', 'TBILISI, December 5, 2024 (Ledger Wire) - ' or 'WASHINGTON -- ' at the
    start of the body: where the report was filed."""
    body = next((s for s in document.segments if s.kind == "body"), None)
    if body is None:
        return None
    start = body.start
    for _ in range(2):  # the body's first paragraph, or the one after a headline
        match = _DATELINE.match(document.text[start : start + 160])
        end = document.text.find("\n\n", start, body.end)
        if match or end < 0:
            break
        start = end + 2
    if not match:
        return None
    candidates = gazetteer.candidates(name_key(match.group(1)))
    country = (match.group(2) or "").split(",")[0]
    if country and not any(c.isdigit() for c in country):  # 'KYIV, Ukraine', not 'TBILISI, December 5'
        countries = {c.country for c in gazetteer.candidates(name_key(country)) if c.is_country}
        candidates = tuple(p for p in candidates if p.country in countries or
                           name_key(p.adm1 or "") == name_key(country)) or candidates
    if not candidates:
        return None
    best = max(candidates, key=lambda p: (p.feature_code == "PPLC", p.feature_class == "P", p.population))
    start += match.start(1)
    return Location(best, match.group(1), (start, start + len(match.group(1))), "dateline")
