"""Resolve noun phrases to CAMEO actor codes: countries, seats, organisations, sectors and people.

A resolver lives for one document: it remembers the people the document has introduced ("Sergei K.
Shoigu, the Russian defense minister") so that later mentions ("Mr. Shoigu", "he") get the same code.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Callable

from spacy.tokens import Doc, Token

from ..nlp.pipeline import once_per_doc
from .context import PLACE_KINDS, STATE_KINDS, DocumentCountry, backer
from .knowledge import KnowledgeBase, NameEntry, normalize
from .localities import local_country
from .phrases import (
    PARTITIVES, SHARED_DEPS, compass_suffix, in_person_name, is_former, named_for_border, named_for_place,
    other_given_name, partitive_head,
    phrase_text, phrase_tokens, runs, stray_places,
)
from .organisations import own_names
from .persons import DESCRIBED, NAME_DEPS, NAMED_PERSON, commentator, descriptions, mentions, person_name
from .prefilter import name_keys
from .pronouns import GROUP_PRONOUNS, PERSONAL_PRONOUNS, PronounResolver

UNKNOWN_COUNTRY = "---"
DOCUMENT_COUNTRY = "document-country"
SEAT_COUNTRY = "seat-country"
SEAT_KINDS = ("igo", "seat", "capital", "actor", "party", "group", "media")  # names of a body with a code of its own
NEW_ACTOR = "new-actor"
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "gen", "gen.", "sen", "sen.", "rep", "rep."}
LISTED_DEPS = ("pobj", "amod", "compound", "nmod")
# adjectives that take a group out of any one country ('international rights groups')
STATELESS_WORDS = {"international", "foreign", "western", "global", "multinational", "overseas"}
NGO_SECTORS = ("HRI", "NGO")
ORGANISATION_NOUNS = {"group", "organization", "organisation", "watchdog", "agency", "charity", "ngo", "body"}
PARTY_WORKERS = frozenset({"worker", "cadre", "karyakarta"})
# nouns for an ethnic or national group living somewhere: 'the Serb minority in Kosovo' is Kosovo's
ETHNIC_NOUNS = frozenset({"minority", "population", "community"})
# a place its people are of or from ('the Albanians of southern Serbia', 'fishermen from Rameswaram')
ORIGIN_PREPS = ("of", "from")
# sectors whose people keep the country their adjective names wherever they are or come from: a
# state's agents ('Russian troops from Belarus') and refugees ('Afghan refugees from Pakistan')
NATIONALITY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REF"})
# people named for what they act against: their 'of' phrase is whom they oppose, not whose they are
OBJECT_OF_NOUNS = frozenset({"critic", "critics", "opponent", "opponents"})
# people who are an actor only as some country's: critics the phrase or story places nowhere are a
# film's or a product's
PLACED_ONLY = frozenset({"critic", "critics"})
_TOKENS_KEY = "dyadwatch.actor_tokens"
_SECTORS_KEY = "dyadwatch.actor_sectors"


@dataclass(frozen=True)
class Actor:
    """An actor mention; `country` is None while context may still place it, UNKNOWN_COUNTRY ('---')
    when the text says it belongs to no one country ('international rights groups')."""

    text: str
    code: str
    country: str | None
    sectors: tuple[str, ...]
    name: str | None
    resolved_by: str
    span: tuple[int, int] | None

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "name": self.name,
            "resolved_by": self.resolved_by,
        }

    def moved(self, text: str, span: tuple[int, int], resolved_by: str) -> "Actor":
        return Actor(text, self.code, self.country, self.sectors, self.name, resolved_by, span)


def make_code(country: str | None, sectors: tuple[str, ...]) -> str:
    """Country and sector codes; a sector written 'NGO~' is a prefix (PETRARCH agents), the rest suffixes."""
    return compose(country or UNKNOWN_COUNTRY, sectors)


def compose(base: str, sectors: tuple[str, ...]) -> str:
    """A sector the base code already carries is not added again ('White House officials' is USAGOV)."""
    have = {base[i : i + 3] for i in range(3, len(base), 3)}
    prefixes = "".join(s[:-1] for s in sectors if s.endswith("~") and not base.startswith(s[:-1]))
    suffixes = [
        s for s in sectors if not s.endswith("~") and not have.issuperset(s[i : i + 3] for i in range(0, len(s), 3))
    ]
    return prefixes + base + "".join(suffixes)



class ActorResolver(PronounResolver):
    """Resolve actor mentions within one document, remembering who has been introduced."""

    def __init__(self, kb: KnowledgeBase, place_country: Callable[[str], str | None] | None = None):
        self.kb = kb
        # the country of a place the knowledge base does not hold (a town, a district), from a gazetteer
        self.place_country = place_country
        self.registry: dict[str, Actor | None] = {}
        self.recent_people: list[tuple[int, int, Actor]] = []
        self.sector_homes: dict[tuple[str, ...], str] = {}  # sectors -> country of the last such actor
        self.context = DocumentCountry(kb, place_country)
        self._describing = False  # resolving what the document says of a person (_described)

    def document_country(self, doc: Doc) -> str | None:
        """The country the document is about (context.py); none with dictionaries that code only
        what the text names."""
        return self.context.of(doc) if self.kb.document_context else None

    def resolve(self, head: Token, day: date | None, offset: int, sentence_index: int = 0) -> Actor | None:
        """The actor named by the noun phrase headed by `head`, or None if it names none we know."""
        lower = head.lower_
        if lower in PERSONAL_PRONOUNS:
            return self._pronoun(head, offset, sentence_index)
        if lower in GROUP_PRONOUNS:
            return self._group_pronoun(head, day, offset, sentence_index)
        head = partitive_head(head)
        tokens = self._tokens(head, head)
        return self._resolve_tokens(tokens, head, day, offset, sentence_index)

    def resolve_word(self, word: Token, day: date | None, offset: int, sentence_index: int = 0) -> Actor | None:
        """The actor one word names without its modifiers: 'Ukraine' in 'the Russia-Ukraine talks',
        whose phrase would be read from its first name."""
        return self._resolve_tokens([word], word, day, offset, sentence_index)

    def resolve_each(self, heads: Iterable[Token], day: date | None, offset: int, sentence_index: int = 0) -> list[Actor]:
        """Every actor each of the noun phrases names, in order (resolve_all of each)."""
        return [actor for head in heads for actor in self.resolve_all(head, day, offset, sentence_index)]

    def resolve_all(self, head: Token, day: date | None, offset: int, sentence_index: int = 0) -> list[Actor]:
        """Every actor a noun phrase names, its coordinations distributed: 'the ambassadors of Arnor and
        Gondor' and 'lawmakers in Arnor and Gondor' are two actors each, and in 'Danish media and
        government' the second noun shares the first one's modifiers."""
        if head.lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS:
            actor = self.resolve(head, day, offset, sentence_index)
            return [actor] if actor else []
        head = partitive_head(head)
        first = head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        strays = stray_places(first)
        if head in strays:
            return []  # 'lawmakers in Arnor and Gondor' parsed with Gondor beside the lawmakers: a place of theirs
        bare = head.pos_ != "PROPN" and not any(c.dep_ in SHARED_DEPS for c in head.children)
        donor = first if bare else head
        tokens = self._tokens(donor, head)
        if donor != head:
            tokens = sorted({*[t for t in tokens if t != donor], head}, key=lambda t: t.i)
        variants = [tokens]
        listed = next((t for t in tokens if t != head and t.dep_ in LISTED_DEPS and (t.conjuncts or (
            t.dep_ == "pobj" and strays and t.head.head == donor))), None)
        if listed is not None:
            own = set(phrase_tokens(listed))
            rest = [t for t in tokens if t not in own]
            alternatives = (listed, *listed.conjuncts, *(strays if listed.head.head == donor else ()))
            variants = [sorted({*rest, *phrase_tokens(c)}, key=lambda t: t.i) for c in alternatives]
        actors = [a for a in (self._resolve_tokens(v, head, day, offset, sentence_index) for v in variants) if a]
        for sectors in {a.sectors for a in actors if a.sectors}:
            if len({a.country for a in actors if a.sectors == sectors}) > 1:
                # 'officials from India and Brazil ... the ministers': no one country for a later 'the ministers'
                self.sector_homes.pop(sectors, None)
        return actors

    def new_actor(self, head: Token, max_words: int, offset: int) -> Actor | None:
        """PETRARCH's new actors: a phrase with a name no dictionary knows stands for itself, its words
        in capitals as its code ('THE MINISTRY OF MAGIC'), when it has at most `max_words` words."""
        tokens = [t for t in self._tokens(head, head) if not t.is_punct]
        if not any(t.pos_ == "PROPN" for t in tokens) or len(tokens) > max_words:
            return None
        span = (offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1]))
        return Actor(phrase_text(tokens), " ".join(t.text.upper() for t in tokens), None, (), None, NEW_ACTOR, span)

    def _tokens(self, head: Token, owner: Token) -> list[Token]:
        """The words of `head`'s phrase that can name an actor; 'police in Jericho' is Jericho's police,
        but 'an attack in Ithilen' is no actor, so an 'in' phrase counts only for a name or sector head,
        and not after a named possessor ('Iraq's prime minister in Moscow' is Iraq's)."""
        # once per phrase: when its sentence is observed, then for each event
        return list(once_per_doc(head.doc, _TOKENS_KEY, (head.i, owner.i), lambda: self._find_tokens(head, owner),
                                 owner=self.kb))

    def _find_tokens(self, head: Token, owner: Token) -> list[Token]:
        named = sorted([owner, *(c for c in owner.children if c.dep_ in ("compound", "amod"))], key=lambda t: t.i)
        # a person in a place is not of that place ('Xi Jinping in Moscow'), nor is an office with a named
        # possessor ('Iraq's prime minister in Moscow')
        possessed = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in owner.children)
        locative = not possessed and (
            (owner.pos_ == "PROPN" and owner.ent_type_ != "PERSON") or bool(self._sectors(named, owner, False)))
        # a possessive ending stays, so that names with one ('People's Liberation Army') match whole;
        # a name never ends with one (_longest_name) and sectors skip it (_sectors)
        tokens = [t for t in phrase_tokens(head, locative) if t.lower_ not in HONORIFICS]
        if owner.lemma_.lower() in OBJECT_OF_NOUNS:  # 'critics of Beijing' are not Beijing's
            aside = {t.i for c in owner.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
            tokens = [t for t in tokens if t.i not in aside]
        return tokens

    def _resolve_tokens(
        self, tokens: list[Token], head: Token, day: date | None, offset: int, sentence_index: int
    ) -> Actor | None:
        used: set[int] = set()
        country: str | None = None
        seat_code: str | None = None
        person: Actor | None = None
        how = "sector"
        # 'ethnic Albanians' in Serbia are not Albania, nor is 'the Serb minority in Kosovo' Serbia
        ethnic = any(t.lower_ == "ethnic" for t in tokens) or head.lemma_.lower() in ETHNIC_NOUNS
        demonym: tuple[str, list[Token]] | None = None  # the adjective that gave the country, with its words
        matches: list[tuple[list[Token], NameEntry | Actor]] = [*self._gapped_names(tokens)] if self.kb.gapped else []
        apart = {t.i for matched, _ in matches for t in matched}
        for run in runs([t for t in tokens if t.i not in apart]):
            i = 0
            while i < len(run):
                match = self._longest_name(run, i, day, offset)
                if match is None:
                    i += 1
                    continue
                length, found = match
                matches.append((run[i : i + length], found))
                i += length
        matches = own_names(matches)
        body: str | None = None
        for matched, found in sorted(matches, key=lambda m: m[0][0].i):
            used.update(t.i for t in matched)
            if backer(matched[-1]):
                continue
            if isinstance(found, Actor):
                person = person or found
            elif found.kind == "body":
                body = body or found.code
            elif found.kind in STATE_KINDS and named_for_border(matched):
                continue  # 'near the Afghan border': which side of a border, not an actor
            elif found.kind == "capital" and named_for_place(matched, head):
                continue  # 'the Doha agreement', 'the Delhi-Amritsar highway': a place, not its government
            elif found.kind == "capital" and matched[0].dep_ == "pobj" and matched[0].head.head == head:
                country = country or found.code[:3]  # 'the Muslims in Jerusalem': a place, not its government
                how = found.kind if how == "sector" else how
            elif found.kind in SEAT_KINDS:
                seat_code = seat_code or found.code
                how = found.kind if how == "sector" else how
            elif not (found.kind == "adjective" and ethnic):
                if country is None and found.kind == "adjective":
                    demonym = (found.code[:3], matched)
                country = country or found.code[:3]
                how = found.kind if how == "sector" else how
        if seat_code and "|" in seat_code:
            seat_code = self._where_it_fights(seat_code.split("|"), country, head)
        # a title before a name the knowledge base lacks is its sector ("President Laurent Gbago")
        sectors = self._sectors([t for t in tokens if t.i not in used], head, bool(used) or head.ent_type_ == "PERSON")
        if seat_code and how == "media" and set(sectors) - {"MED"}:
            seat_code, how = None, "sector"  # 'VOA's source, a Syrian refugee': an outlet's source is not its own
        if body:
            sectors = sectors or (body,)
            how = "body" if how == "sector" else how
        if demonym and country == demonym[0] and (head in demonym[1] or (sectors and not set(sectors) & NATIONALITY_SECTORS)):
            origin = self._origin(tokens, head, matches, day)
            if origin and origin != country:
                country, how = origin, "origin"
        if seat_code and seat_code.startswith("IMG") and self.kb.document_context:
            # an international armed group is coded as the rebels of the country where it fights
            # ('IS in Syria', 'Iraqi IS cells'), named in the phrase or else the document's country
            place = country or self.document_country(head.doc)
            seat_code, country = (place + "REB", None) if place else (seat_code, country)
            how = "group" if place else how
        stateless = False
        if sectors and not (country or seat_code or person):
            country = self._possessor_country(head, day, offset, sentence_index)
            if country is None:
                country = local_country(tokens, head, sectors, used, self.place_country, self.document_country(head.doc))
                how = "gazetteer" if country else how
            stateless = country is None and self._stateless(tokens, head)
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            if stateless:
                pass  # 'international journalists': of no one country of the context
            elif country is None and definite and not any(c.dep_ == "nummod" for c in head.children):
                country = self.sector_homes.get(sectors)  # 'Houthi rebels ... the rebels would attack'
                how = "coreference" if country else how
            if country is None and body and not stateless:
                # 'The White House said ... a National Security Council spokeswoman said': a national
                # body is of the country whose seats of power the document names, when they are one
                country = self.context.seat_country(head.doc)
                how = SEAT_COUNTRY if country else how
            if country is None and not stateless:
                country = self.document_country(head.doc)
                how = DOCUMENT_COUNTRY if country else how
        words = self._sector_words(sectors)
        span_tokens = [t for t in tokens if t.i in used or t.lemma_.lower() in words or t.lower_ in words] or [head]
        start, end = min(t.idx for t in span_tokens), max(t.idx + len(t) for t in span_tokens)
        span = (offset + start, offset + end)
        text = head.doc[min(t.i for t in span_tokens) : max(t.i for t in span_tokens) + 1].text  # not doc.text: O(doc)
        person_tokens = [t for t in tokens if t.ent_type_ == "PERSON" and t.i not in used]
        if person is not None:
            # a person named in full keeps a mere title ('President Bill Clinton'); one the document
            # introduced gives way to any actor words of this mention
            known = self.kb.lookup_person(person.text) is not None
            apposed = head.dep_ == "appos" or any(t.dep_ == "appos" for t in tokens)
            owned = () if head.i in used or apposed else self._sectors([t for t in tokens if t.i not in used], head, False)
            if owned and person.country and person.country != UNKNOWN_COUNTRY:
                # a person who only qualifies the group the phrase names ('Trump supporters', 'Putin's
                # troops', 'supporters of Imran Khan') gives it a country, not the person's own code
                actor = Actor(text, make_code(person.country, owned), person.country, owned, None, "possessor", span)
                self.sector_homes[owned] = person.country
                return actor
            if person.resolved_by in ("coreference", NAMED_PERSON) and (country or seat_code or (sectors and not known)):
                if not (country or seat_code) and person.country not in (None, UNKNOWN_COUNTRY):
                    country, how = person.country, "coreference"  # 'Rashid, an opposition leader': still Rashid's country
                if person.name and (person.resolved_by == NAMED_PERSON or self.kb.lookup_person(person.name) is None):
                    # a person no knowledge holds keeps their name with what this mention says of them
                    # ('Sayim, of the World Uyghur Congress'); one only named so far takes it for later mentions
                    if person.resolved_by == NAMED_PERSON:
                        self.registry[normalize(person.name)] = None
                    words = normalize(person.name).split()
                    person_tokens = [t for t in tokens if t.i in used and t.pos_ == "PROPN" and normalize(t.text) in words]
                person = None
            else:
                self._remember(person, sentence_index)
                return person.moved(text, span, person.resolved_by)
        if stateless and sectors[-1] in NGO_SECTORS and head.lemma_.lower() in ORGANISATION_NOUNS:
            # 'international rights groups', 'foreign aid agencies': non-governmental organisations
            return Actor(text, "NGO" + "".join(s for s in sectors if s != "NGO"), "NGO", sectors, None, how, span)
        if stateless:
            # known to be of no one country: context does not place it later
            return Actor(text, make_code(None, sectors), UNKNOWN_COUNTRY, sectors, None, how, span)
        if seat_code and how == "actor":
            code = compose(seat_code, sectors)
            actor = Actor(text, code, code[:3], sectors, None, how, span)
        elif seat_code:
            # a spokesman or official of a body with a sector of its own speaks for it ('an RSF
            # spokesman', 'a Pentagon official'); other sectors name a part of it ('Kremlin guards')
            speaks_for = sectors == ("GOV",) and len(seat_code) > 3
            # a party's workers are the party ('BJP workers clashed with Congress workers')
            speaks_for = speaks_for or (how == "party" and sectors == ("LAB",) and head.lemma_.lower() in PARTY_WORKERS)
            code = seat_code if not sectors or speaks_for or seat_code.startswith(("IGO", "NGO")) else seat_code[:3] + sectors[0]
            actor = Actor(text, code, code[:3], tuple(self._split_sectors(code[3:])), None, how, span)
        elif not country and head.lemma_.lower() in PLACED_ONLY:
            return None  # 'users and critics alike have been asking for noise cancellation'
        elif country or sectors:
            actor = Actor(text, make_code(country, sectors), country, sectors, None, how, span)
        else:
            return self._named_person(head, day, offset, sentence_index)
        if actor.country and actor.sectors:
            self.sector_homes[actor.sectors] = actor.country
        if person_tokens and (actor.country or actor.sectors):
            name = phrase_text(person_tokens)
            if self.registry.get(normalize(name), False) is None:
                self.registry.pop(normalize(name))  # a person only named before, now described
            by = "apposition" if any(t.dep_ == "appos" for t in tokens) or head.dep_ == "appos" else "title"
            actor = Actor(text, actor.code, actor.country, actor.sectors, name, by, span)
            self._register(name, actor, sentence_index)
        return actor

    def _named_person(self, head: Token, day: date | None, offset: int, sentence_index: int) -> Actor | None:
        """A person no knowledge holds, by what the document says of them or by name alone (persons.py);
        dictionaries that code only what the text names (PETRARCH) keep no such person."""
        name = person_name(head) if self.kb.document_context and not self._describing else None
        if name is None:
            return None
        words = phrase_text([t for t in name if t.lower_ not in HONORIFICS])
        span = (offset + name.start_char, offset + name.end_char)
        if commentator(name, descriptions(head.doc, words)):
            return None
        described = self._described(head.doc, words, day, offset, sentence_index)
        if described is not None:
            actor = Actor(name.text, described.code, described.country, described.sectors, words, DESCRIBED, span)
        else:
            # of no country the text gives: an event of theirs is kept only when its other side is known
            actor = Actor(name.text, UNKNOWN_COUNTRY, None, (), words, NAMED_PERSON, span)
        # a person nothing describes is no antecedent of 'he' or 'she': whom a pronoun means is too
        # uncertain when no code tells the people of a story apart
        self._register(words, actor, sentence_index if described is not None else None)
        return actor

    def _described(self, doc: Doc, name: str, day: date | None, offset: int, sentence_index: int) -> Actor | None:
        """The actor the document's first description of the person makes of them that gives a sector,
        else one that gives a country. Resolving a description must not change what the document has
        introduced so far, so the resolver's memory is restored after each."""
        found: list[Actor] = []
        saved = (dict(self.registry), list(self.recent_people), dict(self.sector_homes))
        self._describing = True
        try:
            for token in descriptions(doc, name):
                # the description's words without the person's own name ('Rashid's party' is a party)
                own = {t.i for m in mentions(doc, name) for t in (m, *m.children) if t is m or t.dep_ in NAME_DEPS}
                tokens = [t for t in self._tokens(token, token) if t.i not in own]
                if token.pos_ == "NOUN" and not self._sectors([token], token, False) and token.lemma_.lower() not in PARTITIVES:
                    # 'Alinejad, a vocal critic of Tehran': what a relation noun is of or whose says
                    # nothing of whose the person is; 'a member of Hamas' and 'a lawmaker of the PTI' do
                    aside = {t.i for c in token.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                             for t in c.subtree}
                    tokens = [t for t in tokens if t.i not in aside]
                actor = self._resolve_tokens(tokens, token, day, offset, sentence_index) if tokens else None
                if actor is not None and (actor.sectors or actor.country not in (None, UNKNOWN_COUNTRY)):
                    found.append(actor)
        finally:
            self.registry, self.recent_people, self.sector_homes = saved
            self._describing = False
        return next((a for a in found if a.sectors), found[0] if found else None)

    def _origin(self, tokens: list[Token], head: Token, matches: list, day: date | None) -> str | None:
        """The country of the place the phrase says its people are of or from: 'the Albanians of southern
        Serbia', 'Tamil fishermen from Rameswaram' (a town the gazetteer places)."""
        places = [t for t in tokens if t.dep_ == "pobj" and t.head.lower_ in ORIGIN_PREPS and t.head.head == head]
        if not places:
            return None
        within = {t.i for p in places for t in p.subtree}
        for matched, found in matches:
            if isinstance(found, NameEntry) and found.kind in PLACE_KINDS and matched[0].i in within:
                return found.code[:3]
        towns = [p for p in places if p.pos_ == "PROPN" and p.ent_type_ not in ("PERSON", "ORG", "NORP")]
        return next((c for c in (self.place_country(t.text) for t in towns) if c), None) if self.place_country else None

    def _where_it_fights(self, codes: list[str], country: str | None, head: Token) -> str:
        """A group that fights in several countries is the rebels of the one its phrase or else its
        document's places name ('JNIM militants in Burkina Faso', a note on Djibo), else of its home
        (the first): 'al-Shabaab gunned down two Kenyan teachers' names whom, not where."""
        place = country or (self.context.place(head.doc) if self.kb.document_context else None)
        return next((code for code in codes if code[:3] == place), codes[0])

    def _stateless(self, tokens: list[Token], head: Token) -> bool:
        """Whether a group named only by sector belongs to no one country of the context: the phrase
        says it is international ('international rights groups', 'foreign journalists', 'Western
        diplomats')."""
        return any(  # 'foreign minister' is a term of its own
            t.lower_ in STATELESS_WORDS and t.dep_ in ("amod", "compound")
            and not self.kb.lookup_sector([t.lower_, head.lemma_.lower()]) for t in tokens
        )

    def _gapped_names(self, tokens: list[Token]) -> list[tuple[list[Token], NameEntry]]:
        """Names a TABARI dictionary writes with spaces, matched with other words of the phrase between
        theirs ('ITHILEN TELEVISION' in 'Ithilen state-run television'); adjacent ones are left to
        the ordinary longest match."""
        words = [(t, normalize(t.text)) for t in tokens]
        found: list[tuple[list[Token], NameEntry]] = []
        taken: set[int] = set()
        for n, (token, word) in enumerate(words):
            for key in self.kb.gapped.get(word, ()):
                rest, matched = key.split()[1:], [token]
                for later, other in words[n + 1 :]:
                    if rest and other == rest[0]:
                        matched.append(later)
                        rest = rest[1:]
                contiguous = matched[-1].i - matched[0].i == len(matched) - 1
                if not rest and not contiguous and not taken & {t.i for t in matched}:
                    found.append((matched, self.kb.names[key]))
                    taken.update(t.i for t in matched)
        return found

    def _longest_name(self, run: list[Token], i: int, day: date | None, offset: int):
        """The longest known name starting at run[i]: (length, NameEntry or person Actor)."""
        counted = False  # the first lookup counts the part's names for the document's country (context.py)
        for length, surface, key, in_kb in name_keys(self.kb, run, i):
            if not (in_kb or key in self.registry):
                if not counted:
                    self.document_country(run[i].doc)
                    counted = True
                continue
            tokens = run[i : i + length]
            start, end = offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1])
            if self.registry.get(key) is not None:
                known = self.registry[key]
                if known.span == (start, end) and known.resolved_by in (NAMED_PERSON, DESCRIBED):
                    return length, known  # the mention that introduced the person, resolved again
                return length, known.moved(surface, (start, end), NAMED_PERSON if known.resolved_by == NAMED_PERSON else "coreference")
            person = self.kb.lookup_person(surface)
            if person is None and length == 1 and tokens[0].pos_ == "PROPN" and self.kb.lookup_name(surface) is None:
                # a bare surname, unless it names a place or body ('UN'); a given name before a surname
                before_surname = i + 1 < len(run) and run[i + 1].pos_ == "PROPN"
                surname = run[i + 1].text if before_surname else None
                person = self.kb.holder_named(surface, day, before_surname, surname)
            if person is not None and length == 1 and other_given_name(run[i - 1] if i else None, person.name):
                person = None  # 'special rapporteur Richard Bennett' is not Naftali Bennett
            if person is not None:
                code = person.code_on(day)
                role = person.role_on(day)
                actor = Actor(
                    surface, code, code[:3], tuple(self._split_sectors(code[3:])), person.name,
                    "knowledge-base" if role else "knowledge-base-nearest", (start, end),
                )
                self._register(person.name, actor, None)
                return length, actor
            entry = self.kb.lookup_in_context(surface, self.document_country(tokens[0].doc), day)
            every = self.kb.names.get(key)  # a group of several countries: all of them, for _where_it_fights
            entry = every if entry is not None and every is not None and "|" in every.code else entry
            # a body's acronym matches only in capitals: 'the ED' is the Enforcement Directorate, 'Ed' a name
            if entry is None and key in self.kb.bodies and not (key in self.kb.upper_only and not surface.isupper()):
                entry = NameEntry(self.kb.bodies[key], "body")
            if entry is not None and length == 1 and compass_suffix(run, i):
                return None
            if entry is not None and not (length == 1 and entry.kind == "capital" and in_person_name(tokens[0])):
                return length, entry
        return None

    def _sectors(self, tokens: list[Token], head: Token, named: bool) -> tuple[str, ...]:
        """The sector of the phrase: a sector term covering its head ('defense minister', 'troops'),
        or any sector term when the head is a name ('the Russian military'). 'Military aid' has none.
        Once per document and word set: a phrase is read when its sentence is observed and per event."""
        key = (tuple(t.i for t in tokens), head.i, named)
        return once_per_doc(head.doc, _SECTORS_KEY, key, lambda: self._find_sectors(tokens, head, named), owner=self.kb)

    def _find_sectors(self, tokens: list[Token], head: Token, named: bool) -> tuple[str, ...]:
        words = [t for t in tokens if not t.is_punct and t.pos_ != "DET" and t.dep_ != "case"]
        lemmas = [t.lemma_.lower() for t in words]
        lowers = [t.lower_ for t in words]
        found: list[str] = []
        former: set[int] = set()
        own: int | None = None  # the sector of the head's own term: 'activists of the Youth Congress' are activists
        i = 0
        while i < len(lemmas):
            if lowers[i] not in self.kb.sector_starts and lemmas[i] not in self.kb.sector_starts:
                i += 1
                continue
            for length in range(min(4, len(lemmas) - i), 0, -1):
                # 'rights groups': a compound's modifiers keep their form, only its head is inflected
                sector = self.kb.lookup_sector(lowers[i : i + length]) or (None if self.kb.surface_forms else (
                    self.kb.lookup_sector(lemmas[i : i + length])
                    or self.kb.lookup_sector(lowers[i : i + length - 1] + lemmas[i + length - 1 : i + length])))
                if sector:
                    if named or head in words[i : i + length]:
                        own = len(found) if head in words[i : i + length] and not sector.endswith("~") else own
                        found.append(sector)
                        if is_former(words[i + length - 1]):
                            former.add(len(found) - 1)
                    i += length
                    break
            else:
                i += 1
        head_sector = found[own] if own is not None and (own not in former or len(former) == len(found)) else None
        if len(former) < len(found):  # 'Prime Minister Keir Starmer, a former lawyer': the office he holds
            found = [s for n, s in enumerate(found) if n not in former]
        suffixes = tuple(s for s in found if not s.endswith("~"))
        if head_sector is not None and not self.kb.all_agents:
            suffixes = (head_sector,)
        return tuple(s for s in found if s.endswith("~")) + (suffixes if self.kb.all_agents else suffixes[-1:])

    def _sector_words(self, sectors: tuple[str, ...]) -> set[str]:
        return set().union(*(self.kb.words_by_sector.get(code, ()) for code in sectors))

    @staticmethod
    def _split_sectors(rest: str) -> list[str]:
        return [rest[i : i + 3] for i in range(0, len(rest), 3) if rest[i : i + 3]]

    def _register(self, name: str, actor: Actor, sentence_index: int | None) -> None:
        """Remember a person under full name, first and last word; a word two people share is ambiguous."""
        key = normalize(name)
        self.registry.setdefault(key, actor)
        parts = key.split()
        for part in {parts[0], parts[-1]} if len(parts) > 1 else set():
            known = self.registry.get(part, actor)
            self.registry[part] = actor if known is not None and known.name == actor.name else None
        if sentence_index is not None:
            self._remember(actor, sentence_index)

    def _remember(self, actor: Actor, sentence_index: int) -> None:
        if actor.name:
            self.recent_people.append((sentence_index, actor.span[0], actor))
