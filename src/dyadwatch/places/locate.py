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
of); words (statements, appeals, threats) take the story's place only when their speaker is of its
country; else none. A country or province found by the sentence or the story is narrowed to the place
inside it where the story's things are or its events happen ('story'). A sentence opening with 'There,'
is where the one before it ends; what is said at a meeting or visit, in its sentence or the next, is
said there; a government's restrictions on its own people happen in its country. A name that is one
of the sentence's actors is not its place ('Russian strikes' did not happen in Russia; 'Iraqi officials
said' is not a place), except as the object of a visit or an attack; nor is a name that only qualifies
a person or thing ('U.S. officials', 'India's defense ties', 'the Russia-Ukraine war'), nor a capital
that speaks ('Islamabad must address'). Words are placed by their setting, never by what they say
(said.py); a border named by its country is on its actors' side (borders.py). An event in a 'where'
clause that names no place is at the place the clause describes (where.py); a visit to a country is in
the town where the story's meetings in that country are; a story of one country's affairs that names no
place has its events in that country (home.py). A story that is its country's, not a town's, places
what has no place of its own in the country (scope.py); an event that the story or the dateline would
place in another country than its actors tell is placed in its own (abroad.py). A nation's acts that the
story would put in one of its towns or provinces are the country's (nation.py); a long campaign of
violence is across the province around the story's town (scope.ongoing); an unplaced attack reported by
the nation that suffered it is in that nation (home.reported_home); a dateline at home does not place
the meetings of a visit the story has taken abroad.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Callable, Iterable

from spacy.tokens import Doc, Token

from ..coding.event import Event
from ..documents.document import Document
from ..nlp.pipeline import token_at
from .abroad import AbroadPlaces, Actors, country_place
from .borders import border_side
from .capitals import capital_mentions, resolve_story_capitals, territory_mentions
from .dateline import document_dateline
from .gazetteer import Gazetteer, Place, load_gazetteer
from .home import home_country, reported_home
from .location import VIOLENCE_ROOTS, Location
from .mentions import (LOCATIVE_PREPS, PLACE_NOUNS, SIEGE_NOUNS, STATIC_PREPS, TOPIC_PREPS, Mention, find_mentions,
                       resolve_mentions)
from .nation import national_act, of_nation
from .said import said_content
from .scope import StoryScope, countrywide, main_country, most_named, ongoing
from .where import where_antecedents

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
        location = places.locate(event.evidence.trigger_span[0], event.cameo.code, _blocked(event, agents),
                                 event.source.country, background=event.modality == "background",
                                 target_country=event.target.country if event.target is not None else None,
                                 actors=_actors(event),
                                 national=national_act(event, places.placed, places.gazetteer, document.text))
        location = location or places.home_of(event) or reported_home(event, places.gazetteer)
        located.append(replace(event, location=location))
    return located


def _actors(event: Event) -> Actors:
    """The event's source and target as (country, words, span), each None when absent."""
    return tuple((a.country, a.text, tuple(a.span)) if a is not None and a.country and a.span else None
                 for a in (event.source, event.target))


def _blocked(event: Event, agents: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans that are no place for `event`: its source and reporter, its target unless the act is one
    that happens where its target is, and every source and reporter of its sentence (`agents`)."""
    own = [a.span for a in (event.source, event.reported_by) if a is not None and a.span]
    if event.target is not None and event.target.span and not event.cameo.code.startswith(PLACE_TARGET_CODES):
        own.append(event.target.span)
    return [tuple(s) for s in own] + agents.get(event.sentence_index, [])


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
    previous_sentence: int = 0  # the number of its sentence
    previous_force: Location | None = None  # the last place found for an act of violence
    sites: list[Mention] = field(default_factory=list)  # places that events' own words put them in
    scene: tuple[Location, int] | None = None  # the last meeting's or visit's place, and its sentence number
    sentence_starts: list[int] = field(default_factory=list)  # document offsets, filled on first use
    national: frozenset[str] = frozenset()  # countries whose story is the country's, not a town's (scope.py)
    gazetteer: Gazetteer | None = None
    borders: frozenset[tuple[int, int]] = frozenset()  # spans of borders named by their country ('the Afghan border')
    home: Location | None = None  # the one country of a story that names no place (see home_country)
    venues: list[Mention] = field(default_factory=list)  # towns where meetings and visits are, by their own words
    abroad: AbroadPlaces | None = None  # places an event in its own country when the story's is another

    @classmethod
    def find(cls, document: Document, parts: Parts, events: list[Event], gazetteer: Gazetteer) -> "DocumentPlaces":
        mentions = find_mentions(parts, gazetteer)
        for part, (doc, offset) in enumerate(parts):
            taken = {i for m in mentions if m.part == part for i in range(*m.tokens)}
            mentions += capital_mentions(doc, part, offset, taken, gazetteer)
            mentions += territory_mentions(doc, part, offset, taken, gazetteer)
        actors = {a.country for e in events for a in (e.source, e.target) if a is not None and a.country}
        resolve_mentions(mentions, {c for c in actors if c.isalpha() and len(c) == 3})
        dateline = document_dateline(document, gazetteer)
        resolve_story_capitals(mentions, gazetteer, dateline.place if dateline else None)
        placed = [m for m in mentions if m.place is not None]
        for mention in placed:
            mention.speaks = _speaks(mention, parts)
        by_token = {(m.part, i): m for m in placed for i in range(*m.tokens)}
        spans = _Spans([tuple(a.span) for e in events for a in (e.source, e.target, e.reported_by)
                        if a is not None and a.span])
        # a sea or a region with no country is where an event happened only by the event's own words or,
        # for a deed, its sentence's ('vessels were spotted near reefs in the South China Sea'): named
        # elsewhere it is the topic ('peace and stability across the Taiwan Strait', 'talks on the Red Sea')
        settings = [m for m in placed if (m.locative or not spans.overlap(m.span)) and not m.border
                    and not m.modifier and not m.agentive and not m.destination and not m.speaks and m.place.country]
        places = cls(parts, placed, by_token, dateline, settings, gazetteer=gazetteer,
                     borders=frozenset(m.span for m in placed if m.border))
        places.sites = places._sites(events)
        places.national = StoryScope.of(places.sites, settings, document.text).national
        places.focus = _focus(settings, places.national, gazetteer)
        places.abroad = AbroadPlaces(settings, places.sites, places.national, gazetteer)
        if places.focus is None and dateline is None:
            places.home = home_country(events, gazetteer)
        return places

    def home_of(self, event: Event) -> Location | None:
        """For an event that nothing places, in a story that names no place and whose actors are all of
        one country, that country (see home_country)."""
        home = self.home
        actors = [a for a in (event.source, event.target) if a is not None and a.country and a.country != "---"]
        if home is None or any(a.country != home.place.country for a in actors):
            return None
        return home

    def _sites(self, events: list[Event]) -> list[Mention]:
        """The places where something is or happens by the story's words: those named in a locative
        ('the train remains blocked in a tunnel near Sibi') and those where its events happen by their
        own words ('took over the train near Sibi'), once per event. A country or province is narrowed
        to these, not to any town the story names in passing ('the war began in the capital, Khartoum,
        but has since spread to the Darfur region')."""
        agents = _agent_spans(events)
        by_span = {m.span: m for m in self.placed}
        sites = [m for m in self.settings if m.locative]
        for event in events:
            code = event.cameo.code
            found = _locate(event.evidence.trigger_span[0], code.startswith(PLACE_TARGET_CODES) and not
                            code.startswith(SENDING_CODES), code.startswith(DESTINATION_CODES), code.startswith(DEEDS),
                            self.parts, self.placed, self.by_token, _blocked(event, agents), None)
            if found is not None and found.resolved_by in ("locative", "object") and found.span in by_span:
                sites.append(by_span[found.span])
                if code.startswith(MEETING_ROOTS) and not found.place.is_country:
                    self.venues.append(by_span[found.span])
        return sites

    def _venue_in(self, country: Location) -> Location:
        """A visit or meeting in a country ('Rubio's second visit to Saudi Arabia') that the story's other
        meetings and visits put in a town of it by their own words ('met with Rubio in the Red Sea port
        city of Jeddah'): that town (the most named; first on a tie); else the country. A town the story
        only names ('the Turkish capital') does not say where a meeting in the country is held."""
        best = most_named([m for m in self.venues if m.place.country == country.place.country], scattered=True)
        return _location(best, "story") if best else country

    def locate(self, offset: int, code: str, blocked: list[tuple[int, int]] = (), source_country: str | None = None,
               background: bool = False, target_country: str | None = None, actors: Actors = (None, None),
               national: bool = False) -> Location | None:
        """The place of the event with CAMEO `code` whose trigger starts at `offset`; `blocked` are the
        spans of its sentence's actors. Events are asked in document order (see `previous`). The
        dateline places the acts of its own country's actors and of actors of unknown country: a
        foreign government reacting to the news acts at home. A country or province that only the
        sentence or the story gives is narrowed to the place inside it that the story names. A
        `background` event (old context: 'In 2024, separatists killed 400 people') that its sentence
        does not place happened across the story's province or country, not at the story's own site.
        `actors` are the event's source and target as (country, words, span): an event that the
        dateline or the story would place in another country than its own is placed in its own (abroad.py);
        a `national` act (nation.py) that the story would place in a town or province is the country's."""
        target_ok = code.startswith(PLACE_TARGET_CODES) and not code.startswith(SENDING_CODES)
        to_ok = code.startswith(DESTINATION_CODES)
        dateline = self.dateline
        if dateline is not None and source_country and source_country != dateline.place.country:
            dateline = None
        if dateline is not None and self._scene_abroad(offset, code):
            dateline = None  # 'WASHINGTON - Rubio arrived in Saudi Arabia ... Rubio met the crown prince'
        moved = self.abroad.place(dateline, code, actors) if dateline is not None and self.abroad else None
        if moved is not None:
            dateline = None  # 'WASHINGTON -' does not place Sudanese troops shelling a Sudanese town
        location = _locate(offset, target_ok, to_ok, code.startswith(DEEDS), self.parts, self.placed, self.by_token,
                           list(blocked), dateline, words=code.startswith(VERBAL_ROOTS),
                           topical_object=code.startswith(VERBAL_ROOTS) and not code.startswith(THREATS))
        if location is not None and self.gazetteer is not None and location.span in self.borders:
            # 'near the Afghan border': the side of the event's actors, else of the story
            story = self.focus.place.country if self.focus else None
            location = border_side(location, (target_country, source_country, story), self.gazetteer)
        if location is not None:
            if location.resolved_by in ("locative", "object"):
                if code.startswith(MEETING_ROOTS) and location.place.is_country:
                    location = self._venue_in(location)
                self.previous = location
                self.previous_sentence = self._sentence_of(offset)
                if code.startswith(VIOLENCE_ROOTS):
                    self.previous_force = location
                if code.startswith(MEETING_ROOTS):
                    self.scene = (location, self._sentence_of(offset))
            elif location.resolved_by == "sentence" and location.place.precision != "city":
                return self._finer(location.place) or location
            return location
        there = _there(offset, self.parts, self.settings)
        if there is not None:
            # 'There, Kim asked Trump for relief. Trump denied the request': the exchange goes on there
            self.scene = (there, self._sentence_of(offset))
            return there
        if code.startswith(RULED_AT_HOME):
            home = [p for p in (self._recent(offset), self.focus) if p is not None and p.place.country == source_country]
            return self._of_nation(replace(home[0], resolved_by="story"), national, source_country) if home else None
        if not code.startswith(MATERIAL_ROOTS) and self.scene is not None and \
                0 <= self._sentence_of(offset) - self.scene[1] <= SCENE_SENTENCES:
            return replace(self.scene[0], resolved_by="story")  # said at the meeting the story just placed
        if code.startswith(VERBAL_ROOTS):
            return self._of_nation(self._said_at_home(source_country, background, offset), national, source_country) or moved
        if not code.startswith(MATERIAL_ROOTS) or code.startswith(DECIDED_AT_HOME):
            return moved
        previous = self._recent(offset)
        if code.startswith(VIOLENCE_ROOTS) and (self.previous_force or self.focus):
            previous = self.previous_force  # talks in Doha do not place a bombing: the story's violence does
        story = replace(previous, resolved_by="story") if previous is not None else self.focus
        abroad = self.abroad.place(story, code, actors) if story is not None and self.abroad else None
        if abroad is not None:
            return abroad
        if story is not None and not code.startswith(VIOLENCE_ROOTS):
            story = self._at_home(story, (source_country, target_country)) or story
        if story is None:
            return moved
        return self._of_nation(self._narrowed(story, background, offset, code.startswith(VIOLENCE_ROOTS)), national,
                               source_country)

    def _scene_abroad(self, offset: int, code: str) -> bool:
        """Whether the story has taken its people to a visit or meeting in another country than the
        dateline's: its meetings and diplomacy from then on, and what is said in the scene's sentence or
        the next (SCENE_SENTENCES), happen there, not at the dateline ('NEW DELHI - Modi arrived in Moscow
        ... The two leaders signed agreements')."""
        if self.scene is None or self.dateline is None or self.scene[0].place.country == self.dateline.place.country:
            return False
        return code.startswith(DESTINATION_CODES) or 0 <= self._sentence_of(offset) - self.scene[1] <= SCENE_SENTENCES

    def _recent(self, offset: int) -> Location | None:
        """The last place an event's own words gave; in a story that is its country's, a town or province
        only for the next RECENT_SENTENCES sentences ('Gunmen killed 12 in Zamfara. Police said they fled'):
        further on, an event with no place is the country's, not the town's the story last passed through."""
        previous = self.previous
        if previous is not None and previous.place.country in self.national and not previous.place.is_country \
                and self._sentence_of(offset) - self.previous_sentence > RECENT_SENTENCES:
            return None
        return previous

    def _said_at_home(self, source_country: str | None, background: bool, offset: int) -> Location | None:
        """For words with no place of their own, the story's place when the speaker is of its country
        (the Sudanese army's statement in a story set in Khartoum), narrowed as for deeds; none for a
        speaker of another or of no known country ('Russia's foreign ministry condemned' in a story set
        in Ukraine was said in Moscow, which the story does not name)."""
        recent = self._recent(offset)
        story = replace(recent, resolved_by="story") if recent is not None else self.focus
        if story is None or not source_country or story.place.country != source_country:
            return None
        return self._narrowed(story, background, offset)

    def _of_nation(self, story: Location | None, national: bool, source_country: str | None) -> Location | None:
        """For a nation's act, the country rather than one of its towns or provinces (nation.of_nation)."""
        return of_nation(story, source_country, self.settings, self.gazetteer) if national and story else story

    def _narrowed(self, story: Location, background: bool, offset: int, campaign: bool = False) -> Location:
        """The story's place for an event that does not place itself: its country for an event whose
        sentence puts it across the country ('protests spread across the country'); across the province
        or country around it for old context, and so for a campaign of violence that has gone on for long
        ('the group has been fighting an insurgency', 'have carried out attacks for years') unless the
        story's place is its country; else narrowed to the place the story's things are in (see _finer)."""
        found = token_at(self.parts, offset)
        if found is not None and not story.place.is_country and countrywide(found[1].sent.text) and self.gazetteer:
            return country_place(story.place.country, self.settings, self.gazetteer, (story.text, story.span)) or story
        if background or (campaign and found is not None and not story.place.is_country and ongoing(found[1])):
            return _area_around(story, self.placed)
        if story.place.precision == "adm1" or (self.previous and story.place.is_country):
            return self._finer(story.place) or story
        return story

    def _finer(self, area: Place) -> Location | None:
        """The place inside `area` where the story's things are (see _finer_within); none for a country
        whose story is the country's."""
        return None if area.is_country and area.country in self.national else _finer_within(area, self.sites)

    def _sentence_of(self, offset: int) -> int:
        """The number of the document's sentence that holds `offset`."""
        if not self.sentence_starts:
            self.sentence_starts = [start + sent.start_char for doc, start in self.parts for sent in doc.sents]
        return bisect_right(self.sentence_starts, offset) - 1

    def _at_home(self, story: Location, countries: tuple[str | None, ...]) -> Location | None:
        """For a story place in a country that is neither the actors' (Israeli police firing tear gas in a
        story that last named a protest in Istanbul; Turkey testing missiles in a story about U.S.
        sanctions), the town or province the story names most often in the source's country, else the
        target's, if named as often as the story place at least; not the country itself ('Britain expelled
        the islanders' in a story set on the islands)."""
        if story.place.country in countries or not any(countries):
            return None
        named = Counter(m.place.id for m in self.settings)
        for country in countries:
            best = most_named([m for m in self.settings if m.place.country == country and not m.place.is_country],
                               scattered=True)
            if best is not None and named[best.place.id] >= named[story.place.id]:
                return _location(best, "story")
        return None


# Acts that happen somewhere (meetings and talks, diplomatic cooperation such as signing an agreement or
# conferring an honour during a visit, material cooperation, aid, yielding, protest, force, coercion,
# violence): with no place of their own they happened where the story is. Words are placed so only when
# their speaker is of the story's country (VERBAL_ROOTS); reductions of relations only by their own sentence,
# and so are sanctions, decided at home.
DEEDS = ("06", "07", "08", "14", "15", "17", "18", "19", "20")
MATERIAL_ROOTS = ("04", "05") + DEEDS
DECIDED_AT_HOME = ("163",)
# Words (statements, appeals, intents, demands, disapproval, rejection, threats, investigations): placed by
# the story only when their speaker is of the story place's country (see DocumentPlaces._said_at_home).
VERBAL_ROOTS = ("01", "02", "03", "09", "10", "11", "12", "13")
# Restrictions a government imposes on its own people ('the Taliban barred girls from school') happen in its
# country: the story's place when it lies there, else none ('the U.S. imposed visa curbs on Chinese officials').
RULED_AT_HOME = ("172",)
# violence (assault, fighting, mass violence): where the story's violence is, not its talks
# Meetings and visits: what is said in their sentence or the next ones (SCENE_SENTENCES) is said there ('During
# a visit by Starmer to the White House, Trump said he was inclined to approve the deal').
MEETING_ROOTS = ("04",)
# Threats, unlike other words, are often made where the threatened are ('warships threatened Taiwanese
# vessels in the Taiwan Strait'): their object's locatives place them.
THREATS = ("13",)
SCENE_SENTENCES = 1
RECENT_SENTENCES = 0


def _locate(offset: int, target_ok: bool, to_ok: bool, deed: bool, parts: Parts, placed: list[Mention],
            by_token: dict, blocked: list[tuple[int, int]], dateline: Location | None, words: bool = False,
            topical_object: bool = False) -> Location | None:
    """The place of the event whose trigger starts at `offset`; `blocked` are the spans of actors;
    `to_ok` when a place the sentence's people go to may be the event's own; a `deed` (not words) that
    someone reports happened where the report says, not where its speaker was ('During a visit to
    Quetta, the prime minister told media 339 passengers were rescued'); `words` are not placed by the
    places of what they say (see said.py); with `topical_object`, nor by the locatives of their object."""
    found = token_at(parts, offset)
    if found is None:
        return None
    part, trigger = found

    def allowed(mention: Mention) -> bool:
        """Not an actor's own name ('Russia's strikes'), but the place of one ('police in West Bengal')."""
        return mention.locative or not any(mention.overlaps(s) for s in blocked)

    own_preps = LOCATIVE_PREPS if target_ok else LOCATIVE_PREPS - TARGET_PREPS
    if target_ok and trigger.lemma_.lower() in SIEGE_NOUNS:
        own_preps = own_preps | {"of"}  # 'an Israeli blockade of the Gaza Strip'
    for token in _clause(trigger):
        # the clause above the trigger may move to its place: 'traveled to North Korea to press Pyongyang'
        preps = own_preps if token is trigger else LOCATIVE_PREPS - TOPIC_PREPS
        # of all the trigger's locatives and its object's, the finest: 'attacked a train near Sibi in
        # Pakistan's Balochistan province' is Sibi; the object of words is what they are about ('condemned
        # the deployment of missiles in the Philippines')
        phrases = [(token, preps)] + [(c, STATIC_PREPS) for c in token.children
                                      if token is trigger and c.dep_ == "dobj" and not topical_object]
        located = [m for head, wanted in phrases for prep in head.children if prep.dep_ == "prep" and prep.lower_ in wanted
                   for m in _in_subtree(prep, part, by_token)]
        if located and target_ok and token is trigger:
            # 'attacked the Kakuma refugee camp in northwestern Kenya': the named site is the finer
            located += [m for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in PLACE_NOUNS
                        for m in _modifiers(c, part, by_token)]
        mention = _finest(located, allowed)
        if mention:
            return _location(mention, "locative")
        if token.pos_ in ("NOUN", "PROPN"):
            mention = _finest(_modifiers(token, part, by_token, owned=token is not trigger), allowed)
            if mention:
                return _location(mention, "locative")  # 'the Kharkiv attack'
    if target_ok:
        # the head's object too ('launched attacks on Kharkiv'), not a reporter's ('told a news conference in
        # Port Sudan that the militia had shelled Omdurman')
        for token in (trigger,) if trigger.dep_ in ("ccomp", "parataxis") else (trigger, trigger.head):
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
    content = said_content(trigger, top) if words else set()
    others = [m for m in placed if m.part == part and start <= m.span[0] < end and allowed(m) and not m.modifier
              and not m.agentive and (to_ok or not m.destination) and not m.speaks and (deed or m.place.country)
              and m.tokens[0] not in content]
    # 'Balochistan is a province where they face discrimination': the place the clause describes, as a
    # whole, when its sentence names no other
    where = _finest(where_antecedents(trigger, part, by_token), allowed)
    if others:
        nearest = min(others, key=lambda m: (m.border, m.place.precision == "country", abs(m.span[0] - offset)))
        return _location(nearest, "locative" if where is not None and where.place == nearest.place else "sentence")
    return _location(where, "locative") if where else None


def _there(offset: int, parts: Parts, settings: list[Mention]) -> Location | None:
    """For a sentence that opens with 'There,', the place the sentence before it names last ('talks
    failed at the Hanoi summit in February. There, Kim asked Trump for relief')."""
    found = token_at(parts, offset)
    if found is None:
        return None
    part, trigger = found
    sentence = trigger.sent
    if not (len(sentence) > 2 and sentence[0].lower_ == "there" and sentence[0].dep_ == "advmod"
            and sentence[1].text == ","):
        return None
    doc, start = parts[part]
    before = doc[sentence.start - 1].sent if sentence.start > 0 else None
    named = [m for m in settings if m.part == part and before is not None
             and start + before.start_char <= m.span[0] < start + sentence.start_char]
    return _location(named[-1], "story") if named else None


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
    killed') is narrowed to the place inside it where the story's things most often are or happen
    (`mentions` are its sites; first named on a tie), as a story place; a story with no such site inside
    it ('16 million children in Sudan', the war that 'began in the capital, Khartoum') keeps the country."""
    inside = [m for m in mentions if m.place.country == area.country and _RANK[m.place.precision] < _RANK[area.precision]
              and (area.is_country or area.id in (m.place.id, m.place.adm1_id))]
    best = most_named(inside, scattered=True)
    return _location(best, "story") if best else None


def _area_around(story: Location, mentions: list[Mention]) -> Location:
    """The province the story names around its town ('Balochistan prisons' counts), else the country it
    names around it; for a country, the province inside it that the story names most often; else the
    story's place itself."""
    place = story.place
    if place.precision == "adm1":
        return story
    if place.is_country:
        best = most_named([m for m in mentions if m.place.country == place.country and m.place.precision == "adm1"])
        return _location(best, "story") if best else story
    around = [m for m in mentions if m.place.id == place.adm1_id]
    around = around or [m for m in mentions if m.place.is_country and m.place.country == place.country]
    return _location(around[0], "story") if around else story


def _focus(mentions: list[Mention], national: frozenset[str], gazetteer: Gazetteer) -> Location | None:
    """The story's place: in the country its places are most often in, the place below country level it
    names most often (first named on a tie), else that country (also when it names several places there
    once each, and when the story is the country's, even if it names the country only by its towns).
    `mentions` leave out the names of actors ('Ukraine agreed to a ceasefire' says nothing of where) and
    of their people or things."""
    if not mentions:
        return None
    country = main_country(mentions)
    inside = [m for m in mentions if m.place.country == country]
    if country in national and not any(m.place.is_country for m in inside):
        # 'clashes near Goma ... an ambush outside Bunia ... protests in Kinshasa': the country's story
        return country_place(country, [], gazetteer, (inside[0].text, inside[0].span)) or _location(inside[0], "story")
    # 'Sudan' throughout, 'Khartoum' twice: the story is the country's (see scope.py)
    below = [] if country in national else [m for m in inside if m.place.precision != "country"]
    best = most_named(below) or most_named(inside) or inside[0]
    return _location(best, "story")


def _clause(trigger: Token) -> list[Token]:
    """The trigger and the heads of its clause, up to (not across) a reporting verb."""
    chain = [trigger]
    token = trigger
    while token.dep_ in CLAUSE_DEPS and token.head != token and len(chain) < 6:
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


def _modifiers(noun: Token, part: int, by_token: dict, owned: bool = False) -> list[Mention]:
    """Places named before a noun ('the Kharkiv attack', 'the Jeddah talks'); with `owned`, for a noun of
    the trigger's clause rather than the trigger, only as its place, not as whose it is ('China's
    Sinovac vaccine purchased by the Philippine government arrived in Manila')."""
    found = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss") and child.i < noun.i:
            mention = by_token.get((part, child.i))
            if mention and not (owned and mention.modifier) and mention not in found:
                found.append(mention)
    return found


def _finest(mentions: Iterable[Mention], allowed: Callable[[Mention], bool]) -> Mention | None:
    """Of the places in one phrase, the most precise ('in Kharkiv, Ukraine' is Kharkiv; 'in Kupwara
    district of Jammu and Kashmir' is the district); a border last ('near the Sudanese border in
    eastern Chad' is Chad)."""
    usable = [m for m in mentions if allowed(m)]
    return min(usable, key=lambda m: (m.border, _RANK[m.place.precision], m.place.feature_code != "ADM2")) if usable else None


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
