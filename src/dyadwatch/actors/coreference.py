"""Who 'he', 'they', 'the minister', 'the group' and 'the two leaders' are: actors named in other
sentences of the document.

News names an actor once in full ("Iran's Foreign Minister Abbas Araghchi") and then refers to it
by pronoun, surname or role ("he said", "the minister said", "the ministry said"). A resolver
that follows the document sentence by sentence (`DocumentResolver.observe`) keeps the actors each
sentence mentions, its subjects and named entities, pronouns included once resolved, so that a
chain of 'she said' sentences stays with the person first named. It resolves only when one actor
of the right kind was named in the sentence before the mention or in the two sentences before
that; with two candidates ('Zelenskyy met Macron. ...') the mention stays unresolved.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from spacy.tokens import Span, Token

from ..errors import LexiconError
from ..nlp.pipeline import sentence_ents
from ..nlp.quotes import speaker
from .descriptors import StateDescriptors, load_descriptors
from .knowledge import DATA_DIR, KnowledgeBase, normalize
from .tsv import read_tsv
from .persons import NAMED_PERSON
from .pronouns import PERSONAL_PRONOUNS, in_sentences
from .referents import aside_speaker, count, nearest, placed, plain_before, referring_it, reporters
from .resolver import DOCUMENT_COUNTRY, SEAT_COUNTRY, Actor, ActorResolver, make_code

ANAPHORS = DATA_DIR / "anaphors.tsv"
KINDS = ("person", "group", "body", "state", "pair", "issuer")
RESOLVED_BY = {  # how each kind of mention was resolved, in Actor.resolved_by
    "pronoun": "coreference-pronoun", "person": "coreference-role", "group": "coreference-group",
    "body": "coreference-body", "state": "coreference-state", "pair": "coreference-pair",
    "issuer": "coreference-issuer", "speaker": "coreference-speaker", "noun": "coreference-noun",
}
PAIR = RESOLVED_BY["pair"]
WINDOW = 2  # sentences before a mention's own in which its antecedent may be named
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NAMED_DEPS = ("dobj", "pobj", "conj", "appos", "attr", "dative")  # where an object's name stands
ENTITY_LABELS = ("PERSON", "ORG", "NORP", "GPE")
# ways a phrase is resolved when it names no one: a role noun placed only by context
WEAK = frozenset({"sector", "coreference", DOCUMENT_COUNTRY, SEAT_COUNTRY})
FEMININE = frozenset({"she", "her"})
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
PAIR_WORDS = frozenset({"two", "both", "three", "four"})
SIDES = frozenset({"side", "party"})  # pair nouns that may mean two actors that are no states
STATE_PREFIXES = ("IGO", "NGO", "IMG", "---")
GROUP_NAME = "group"  # Actor.resolved_by of a name of groups.tsv ('the Taliban', 'the Houthis'), which 'they' may mean


@dataclass(frozen=True)
class Anaphor:
    """A definite noun that refers back: to what kind of actor, and with which codes (anaphors.tsv)."""

    kind: str
    codes: tuple[str, ...]


@lru_cache(maxsize=4)
def load_anaphors(path: Path = ANAPHORS) -> dict[str, dict[str, Anaphor]]:
    """noun -> kind -> Anaphor, validated line by line."""
    table: dict[str, dict[str, Anaphor]] = {}
    for line in read_tsv(path, ("noun", "kind", "codes")):
        noun, kind, codes = line.fields
        if noun != noun.lower():
            raise line.error(f"noun '{noun}' must be written in lower case")
        if kind not in KINDS:
            raise line.error(f"kind '{kind}' is not one of {', '.join(KINDS)}")
        items = () if codes == "-" else tuple(c.strip() for c in codes.split("|"))
        bad = next((c for c in items if not re.fullmatch(r"[A-Z]{3}", c)), None)
        if bad is not None:
            raise line.error(f"code '{bad}' is not a three-letter code; write codes like REB|NGO, or '-'")
        if kind in table.get(noun, {}):
            raise line.error(f"'{noun}' is listed twice as {kind}")
        table.setdefault(noun, {})[kind] = Anaphor(kind, items)
    if not table:
        raise LexiconError(str(path), 0, "no anaphoric nouns listed")
    return table


@dataclass(frozen=True)
class Mention:
    """An actor a sentence mentions: where, and whether as a subject or in the plural; `issued` is
    the noun of what it issued ('statement'), for mentions that say so."""

    sentence: int
    start: int
    actor: Actor
    subject: bool = False
    plural: bool = False
    issued: str | None = None
    unnamed: bool = False  # a person known only by title ('a police spokesman'), whom 'he' may mean
    noun: str | None = None  # the common noun the mention is headed by ('spokesperson')
    place: bool = False  # a name that says where ('met in Brussels'), which only 'the country' may mean


@dataclass
class _Candidates:
    """Antecedents of one kind, most recent first, one per actor (a person by name, others by code)."""

    found: dict[str, Actor] = field(default_factory=dict)

    def add(self, key: str, actor: Actor) -> None:
        self.found.setdefault(key, actor)

    def only(self) -> Actor | None:
        return next(iter(self.found.values())) if len(self.found) == 1 else None


class DocumentResolver(ActorResolver):
    """An actor resolver that also refers pronouns and definite nouns to the actors the document
    named shortly before (see the module's docstring)."""

    def __init__(
        self, kb: KnowledgeBase, place_country: Callable[[str], str | None] | None = None,
        anaphors: dict[str, dict[str, Anaphor]] | None = None, reporting: frozenset[str] = frozenset(),
    ):
        super().__init__(kb, place_country)
        self.anaphors = load_anaphors() if anaphors is None else anaphors
        self.descriptors: StateDescriptors = load_descriptors()
        self.reporting = reporting  # lemmas of verbs that name a quote's speaker ('said', 'told')
        self.mentions: list[Mention] = []
        self.genders: dict[str, str] = {}  # person's name -> 'm' or 'f', from honorifics and pronouns

    def observe(self, sent: Span, day, offset: int, index: int) -> None:
        """Note the actors the sentence mentions, in order: its named entities and the subjects of its
        clauses, pronouns resolved as they come; and the actors of the statements it mentions."""
        heads: dict[int, Token] = {}
        people: set[int] = set()  # heads of people's names
        for ent in _entities(sent):
            head = ent.root.head if ent.root.dep_ == "appos" and ent.label_ == "PERSON" else ent.root
            heads.setdefault(head.i, head)
            if ent.label_ == "PERSON":
                people.add(head.i)
            if ent.label_ == "PERSON" and ent.start > 0:
                self._honorific(ent, day, offset, index)
        tokens = list(sent)  # walked twice: each walk of a Span makes every Token anew
        for token in tokens:
            if token.dep_ in SUBJECT_DEPS and token.pos_ in ("PROPN", "NOUN", "PRON"):
                heads.setdefault(token.i, token)
            elif token.dep_ in NAMED_DEPS and not token.ent_type_ and _acronym(token):
                heads.setdefault(token.i, token)  # 'withdrew from ECOWAS': a name the tagger took for a word
        for i in sorted(heads):
            head = heads[i]
            actor = self.resolve(head, day, offset, index)
            if actor is not None and actor.resolved_by == NAMED_PERSON:
                actor = None  # a person only named: someone 'he' may mean whom no code names
            plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "we")
            # someone 'he' may mean whom no actor code names: a title alone, or a name no one knows
            unnamed = not plural and (head.i in people or (_common_noun(head) and "person" in self._kinds(head)))
            if actor is not None or unnamed:
                actor = actor or Actor(head.text, "---", None, (), None, "sector", None)
                unnamed = unnamed and not actor.name
                noun = self._noun(head) if _common_noun(head) else None
                self.mentions.append(Mention(index, offset + head.idx, actor, _subject(head), plural,
                                             unnamed=unnamed, noun=noun, place=placed(head)))
        for token in tokens:
            noun = token.lemma_.lower()
            if "issuer" in self.anaphors.get(noun, {}) and _common_noun(token) and token.dep_ not in SUBJECT_DEPS:
                issuer = self._issuer(token, day, offset, index)
                if issuer is not None:
                    self.mentions.append(Mention(index, offset + token.idx, issuer, issued=noun))

    def resolve(self, head: Token, day, offset: int, sentence_index: int = 0) -> Actor | None:
        if head.lower_ == "i" and head.dep_ in SUBJECT_DEPS:
            # '"I have ordered the army to respond," the prime minister said': the quote's speaker
            return self._speaking(self._group_pronoun(head, day, offset, sentence_index))
        actor = self._titled_name(head, super().resolve(head, day, offset, sentence_index), sentence_index)
        if head.pos_ == "PRON":
            actor = self._speaking(actor)  # whom a pronoun means is too uncertain among people no code tells apart
        found = self._antecedents(head, [actor] if actor else [], day, offset, sentence_index)
        return found[0] if found else actor

    def resolve_all(self, head: Token, day, offset: int, sentence_index: int = 0) -> list[Actor]:
        if head.lower_ == "i":
            actor = self.resolve(head, day, offset, sentence_index)
            return [actor] if actor else []
        actors = super().resolve_all(head, day, offset, sentence_index)
        return self._antecedents(head, actors, day, offset, sentence_index) or actors

    def _titled_name(self, head: Token, actor: Actor | None, index: int) -> Actor | None:
        """'Nigerian police spokesman Olumuyiwa Adejobi': a full name after a person's title is that
        person's, also where the tagger takes an unfamiliar name for a firm or for nothing; the person
        is remembered by name, so that 'Adejobi said' and 'he said' later are the spokesman."""
        if (actor is None or actor.name or actor.resolved_by in WEAK or head.pos_ != "PROPN"
                or head.ent_type_ == "PERSON" or self._describing):
            return actor
        doc = head.doc
        first = head.i
        start = head.sent.start  # read once: each read of Token.sent walks the parse to the sentence's start
        while first > start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head == head and (
                doc[first - 1].dep_ in ("compound", "flat")):
            first -= 1
        title = doc[first - 1] if first > start else None
        if (head.i - first < 1 or title is None or title.head != head or not _common_noun(title)
                or "person" not in self._kinds(title)):
            return actor
        name = doc[first : head.i + 1].text
        if not all(t.is_title and t.is_alpha for t in doc[first : head.i + 1]) or self.kb.lookup_name(name) is not None:
            return actor
        named = Actor(actor.text, actor.code, actor.country, actor.sectors, name, "title", actor.span)
        self._register(name, named, index)
        return named

    def _pronoun(self, head: Token, offset: int, sentence_index: int) -> Actor | None:
        """'he'/'she' is the one person of its gender named (or referred to) in the sentence before or
        earlier in its own; with none there, in the two sentences before that. An embedded subject is
        the person of the clause embedding it, and of several people, the subject of the sentence
        before is preferred (ActorResolver._pronoun, _subject_before). A 'he' inside a quote is never
        the quote's own speaker ('"He calls Xi a friend," Wyne said' is not about Wyne)."""
        start = offset + head.idx
        gender = "f" if head.lower_ in FEMININE else "m"
        speaker = self.quote_speaker(head, None, offset, sentence_index)
        unquoted = speaker.name if speaker is not None and speaker.name else None
        near = [a for a in self._people(sentence_index - 1, sentence_index, start, gender) if a.name != unquoted or not a.name]
        embedded = head.dep_ in SUBJECT_DEPS and self._embedding_person(head, offset, sentence_index) is not None
        if embedded or len(near) > 1:
            actor = None if embedded else self._subject_before(head, near, offset, sentence_index)
            if actor is None:
                actor = super()._pronoun(head, offset, sentence_index)
        elif near:
            actor = near[0].moved(head.text, (start, start + len(head)), "coreference")
        elif any(m.unnamed and not _titled(m) for m in self._window(sentence_index - WINDOW, sentence_index, start)):
            actor = None  # 'A police spokesman said ... He added': someone no actor code names
        else:
            far = [a for a in self._people(sentence_index - WINDOW, sentence_index, start, gender)
                   if a.name != unquoted or not a.name]
            if len(far) == 1:
                actor = far[0].moved(head.text, (start, start + len(head)), RESOLVED_BY["pronoun"])
            else:
                actor = self._subject_before(head, far, offset, sentence_index) if far else None
        if actor is not None and actor.name and (self.genders.get(actor.name, gender) != gender or actor.name == unquoted):
            actor = None
        if actor is not None and actor.name:
            self.genders.setdefault(actor.name, gender)
        return actor

    def _subject_before(self, head: Token, people: list[Actor], offset: int, index: int) -> Actor | None:
        """Of several people, the one that was a subject in the nearest sentence before that had one
        of them as a subject, when the pronoun is its own sentence's main subject ('"He doesn't view
        Xi as a rival," Wyne said. "He calls Xi a friend."'); two subjects there ('Putin said
        Zelenskyy must ...') leave it unresolved, and so does a person named before it in its own."""
        start = offset + head.idx
        if head.dep_ != "nsubj" or head.head != head.sent.root:
            return None
        if any(m.actor.name or m.unnamed for m in self._window(index, index, start)):
            return None  # 'Sondland amended his testimony: "I recall," he said': its own sentence has one
        names = {a.name for a in people if a.name}
        for sentence in range(index - 1, index - WINDOW - 1, -1):
            subjects = {m.actor.name: m.actor for m in self._window(sentence, sentence, start)
                        if m.subject and m.actor.name in names}
            if len(subjects) > 1:
                return None
            if subjects:
                return next(iter(subjects.values())).moved(head.text, (start, start + len(head)), RESOLVED_BY["pronoun"])
        return None

    def _group_pronoun(self, head: Token, day, offset: int, sentence_index: int) -> Actor | None:
        """'They' as a subject with no antecedent in its own sentence is the one group the sentence
        before had as a subject ('The G7 statement said the group remains concerned. They called on
        China ...'), besides the plural subject of its main clause (ActorResolver._previous_subject)."""
        actor = super()._group_pronoun(head, day, offset, sentence_index)
        if actor is None and head.lower_ in ("we", "i") and head.dep_ in SUBJECT_DEPS:
            return self._quote_speaker(head, day, offset, sentence_index)
        if actor is None and referring_it(head) and speaker(head, self.reporting) is None:
            return self._it(head, offset, sentence_index)
        if actor is not None or head.lower_ != "they" or head.dep_ not in SUBJECT_DEPS or head.head != head.sent.root:
            return actor
        if any(t.tag_ in ("NNS", "NNPS") or t.pos_ == "PROPN" for t in head.doc[head.sent.start : head.i]):
            return None  # 'No country has recognized the Taliban since they seized ...': they are named before
        start = offset + head.idx
        candidates = _Candidates()
        for mention in self._window(sentence_index - 1, sentence_index, start):
            a = mention.actor
            if mention.subject and not a.name and a.resolved_by not in WEAK and (
                    mention.plural or _group_code(a.code) or a.resolved_by == GROUP_NAME):
                candidates.add(a.code, a)
        only = candidates.only()
        return only.moved(head.text, (start, start + len(head)), RESOLVED_BY["pronoun"]) if only else None

    def _it(self, head: Token, offset: int, index: int) -> Actor | None:
        """'The Philippines protested to China on Monday. It accused Beijing of ...': an 'it' that opens
        its sentence as the subject of an act (referents.referring_it) is the state or organisation
        that was the subject of the sentence before; never a person, nor people in the plural."""
        start = offset + head.idx

        def fits(mention: Mention) -> bool:
            a = mention.actor
            state = not a.sectors and a.code == a.country and not a.code.startswith(STATE_PREFIXES)
            return (mention.subject and not mention.place and not mention.unnamed and not a.name
                    and a.resolved_by not in WEAK and a.resolved_by != PAIR and mention.issued is None
                    and (state or not mention.plural))

        if index == 0 or head.sent.start == 0 or not plain_before(head.doc[head.sent.start - 1].sent):
            return None
        choice = nearest(lambda i: self._window(i, i, start), [index - 1], fits, True)
        return choice.actor.moved(head.text, (start, start + len(head)), RESOLVED_BY["pronoun"]) if choice else None

    def _quote_speaker(self, head: Token, day, offset: int, index: int) -> Actor | None:
        """'"We will not back down. We are ready," the minister said': a 'we' or 'I' inside a quote is
        the speaker the quote is attributed to, before or after it (nlp/quotes.py); unquoted, the
        subject of a reporting aside ('Lai said, we are open', referents.aside_speaker)."""
        subject = speaker(head, self.reporting) or aside_speaker(head, self.reporting)
        actor = self._speaking(self.resolve(subject, day, offset, index) if subject is not None else None)
        start = offset + head.idx
        return actor.moved(head.text, (start, start + len(head)), RESOLVED_BY["speaker"]) if actor else None

    def quote_speaker(self, token: Token, day, offset: int, index: int) -> Actor | None:
        """Who spoke the quote `token` stands in, when the quote names its speaker (nlp/quotes.py)."""
        subject = speaker(token, self.reporting)
        return self._speaking(self.resolve(subject, day, offset, index) if subject is not None else None)

    def _speaking(self, actor: Actor | None) -> Actor | None:
        """A speaker or a pronoun's person, unless only named (persons.py): what a person no code
        places says ('"I'm hoping the administration will reach out," Smith said') is no act a
        reader can place, and whom a pronoun means is too uncertain among such people."""
        if actor is None or not (actor.resolved_by == NAMED_PERSON or actor.name):
            return actor
        known = self.registry.get(normalize(actor.name)) if actor.name else None
        named_only = actor.resolved_by == NAMED_PERSON or (known is not None and known.resolved_by == NAMED_PERSON)
        return None if named_only else actor

    def _antecedents(self, head: Token, found: list[Actor], day, offset: int, index: int) -> list[Actor]:
        """The actor(s) a definite noun of anaphors.tsv refers back to, when the noun phrase names none
        of its own ('the minister', 'the group', 'the two leaders'; not 'the Iranian minister')."""
        if not _common_noun(head):
            return []
        words = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        fits = self.descriptors.fitting(head) if "the" in words else None
        named = [a for a in found if a.resolved_by not in WEAK]
        if fits is not None and not any(a.country in fits for a in named):
            # 'the island nation', 'the kingdom'; 'the Central Asian country' is no region but a state
            return self._described_state(head, fits, offset, index)
        if named or not ({"the"} | PAIR_WORDS) & words:
            return []
        kinds = self._kinds(head)
        if any((c.dep_ in ("prep", "poss", "appos", "relcl", "acl") and not _charge(c)) or c.pos_ == "PROPN"
               for c in head.children):
            return []  # 'the head of MSF', 'the group's leader', 'the Hamas group': the phrase says who
        start = offset + head.idx
        span = (start, start + len(head))
        window = self._window(index - WINDOW, index, start)
        plural = head.tag_ in ("NNS", "NNPS")
        pair = kinds.get("pair") if plural else None
        if pair is not None:
            # 'the parties' to talks are no political parties, whatever the noun's own sector says
            sectors = found[0].sectors if found and head.lemma_.lower() not in SIDES else pair.codes
            countries = self._pair(index, start, count(head))
            if countries:
                return [Actor(head.text, make_code(c, sectors), c, sectors, None, RESOLVED_BY["pair"], span)
                        for c in countries]
            if head.lemma_.lower() in SIDES:
                sides = self._sides(head, offset, index)
                if sides:
                    return [a.moved(head.text, span, RESOLVED_BY["pair"]) for a in sides]
        for kind, anaphor in kinds.items():
            if kind == "pair" or (plural and kind != "group"):  # 'the militants', not 'the ministers'
                continue
            if kind == "person" or kind == "issuer":
                candidates = _Candidates()
                for mention in window:
                    if self._refers(head, kind, anaphor, mention, day):
                        a = mention.actor
                        candidates.add(a.name or a.code, a)
                only = candidates.only()
            else:  # the one named nearest before; of several there, the subject
                own = _clause_subjects(head, offset)  # 'Pakistan accused the country of ...' is not Pakistan
                choice = nearest(lambda i: self._window(i, i, start), range(index, index - WINDOW - 1, -1),
                                 lambda m: (kind == "state" or not m.place) and m.start not in own
                                 and self._refers(head, kind, anaphor, m, day), head.dep_ in SUBJECT_DEPS)
                only = choice.actor if choice else None
            if only is not None:
                return [only.moved(head.text, span, RESOLVED_BY[kind])]
        return self._same_noun(head, window, span)

    def _described_state(self, head: Token, fits: tuple[str, ...], offset: int, index: int) -> list[Actor]:
        """The one state that fits the description, named nearest before the phrase: in its own
        sentence, else the sentence before, else the one before that (descriptors.py)."""
        start = offset + head.idx
        for sentence in range(index, index - WINDOW - 1, -1):
            countries = {m.actor.country for m in self._window(sentence, sentence, start) if m.actor.country in fits}
            if len(countries) > 1:
                return []
            if countries:
                country = countries.pop()
                span = (start, start + len(head))
                return [Actor(head.text, country, country, (), None, RESOLVED_BY["state"], span)]
        return []

    def _same_noun(self, head: Token, window: list[Mention], span: tuple[int, int]) -> list[Actor]:
        """'Top diplomats from the Group of Seven urged Russia ... "...," the diplomats said': a definite
        noun refers back to the one actor named shortly before by a phrase with the same head noun."""
        noun = self._noun(head)
        candidates = _Candidates()
        for mention in window:
            actor = mention.actor
            if (mention.noun == noun and mention.issued is None and not actor.name
                    and actor.resolved_by not in WEAK and actor.resolved_by != PAIR):
                candidates.add(actor.code, actor)
        only = candidates.only()
        return [only.moved(head.text, span, RESOLVED_BY["noun"])] if only else []

    def _refers(self, head: Token, kind: str, anaphor: Anaphor, mention: Mention, day) -> bool:
        """Whether the noun of `kind` can refer to the actor of `mention`."""
        actor = mention.actor
        if kind == "issuer":
            return mention.issued == head.lemma_.lower()
        if mention.issued is not None:
            return False
        if kind == "person":  # a named person of that title, or one the same title named ('a U.S. spokesperson')
            noun = self._noun(head)
            if actor.name:
                return _has_words(self._title(actor, day), noun)
            return mention.noun == noun and actor.resolved_by not in WEAK and actor.country is not None
        if actor.name or actor.resolved_by in WEAK or actor.resolved_by == PAIR:
            return False
        if kind == "group":
            return bool(set(_segments(actor.code)) & set(anaphor.codes))
        if kind == "body":
            return _has_words(normalize(actor.text), head.lemma_.lower())
        return not actor.sectors and actor.code == actor.country and not actor.code.startswith(STATE_PREFIXES)

    def _title(self, actor: Actor, day) -> str:
        """The words a person's mentions and role give: 'foreign minister abbas araghchi'."""
        person = self.kb.lookup_person(actor.name) if actor.name else None
        role = person.role_on(day) if person is not None else None
        return " ".join([normalize(actor.text), normalize(role.title) if role else ""])

    def _kinds(self, head: Token) -> dict[str, Anaphor]:
        """The anaphor entries of the noun, a two-word title's first ('prime minister'), and its head's
        for kinds the title has none of ('foreign minister' is a pair and, as 'minister', a person)."""
        return {**self.anaphors.get(head.lemma_.lower(), {}), **self.anaphors.get(self._noun(head), {})}

    def _noun(self, head: Token) -> str:
        before = head.doc[head.i - 1] if head.i > 0 else None
        lemma = head.lemma_.lower()
        if before is not None and before.head == head and before.dep_ in ("compound", "amod"):
            pair = f"{before.lower_} {lemma}"
            if pair in self.anaphors:
                return pair
        return lemma

    def _sides(self, head: Token, offset: int, index: int) -> list[Actor]:
        """'The RSF has been fighting the army, and the U.N. says both sides ...': the two actors other
        than states that its sentence, else the one before, names as acting, leaving aside whoever
        reports on them and international bodies, which mediate and observe."""
        start = offset + head.idx
        aside = reporters(head, offset)
        for sentence in range(index, index - 2, -1):
            sides = _Candidates()
            for mention in reversed(self._window(sentence, sentence, start)):
                a = mention.actor
                if (not a.name and not mention.place and a.resolved_by not in WEAK and a.sectors
                        and not a.code.startswith(STATE_PREFIXES) and not any(s <= mention.start < e for s, e in aside)):
                    sides.add(a.code, a)
            if len(sides.found) > 1:
                return list(sides.found.values()) if len(sides.found) == 2 else []
        return []

    def _pair(self, index: int, start: int, size: int = 2) -> list[str]:
        """The `size` states (two, or 'the three nations') named nearest before `start`: in its own
        sentence if that names two or more, else with the sentence before, else with the two before;
        none unless exactly that many."""
        for first in range(index, index - WINDOW - 1, -1):
            countries: list[str] = []
            for mention in self._window(first, index, start):
                country = mention.actor.country
                if country and len(country) == 3 and country.isalpha() and not country.startswith(STATE_PREFIXES):
                    if country not in countries:
                        countries.append(country)
            if len(countries) >= 2:
                return countries if len(countries) == size else []
        return []

    def _people(self, first: int, last: int, start: int, gender: str) -> list[Actor]:
        """The people of `gender` (or of unknown gender) named in sentences first..last before
        `start`, the most recent first, one per name."""
        candidates = _Candidates()
        recent = [Mention(i, at, a) for i, at, a in in_sentences(self.recent_people, first, last, lambda r: r[0])]
        for mention in sorted(self._window(first, last, start, recent), key=lambda m: -m.start):
            name = mention.actor.name
            if name and mention.issued is None and self.genders.get(name, gender) == gender:
                candidates.add(name, mention.actor)
            elif _titled(mention):
                candidates.add(f"{mention.actor.code} {mention.noun}", mention.actor)
        return list(candidates.found.values())

    def _window(self, first: int, last: int, start: int, extra: list[Mention] = ()) -> list[Mention]:
        """Mentions in sentences first..last that come before `start`, the most recent first."""
        near = in_sentences(self.mentions, first, last, lambda m: m.sentence)
        inside = [m for m in (*near, *extra) if first <= m.sentence <= last and m.start < start]
        return sorted(inside, key=lambda m: -m.start)

    def _honorific(self, ent: Span, day, offset: int, index: int) -> None:
        """'Mr. Shoigu', 'Ms. Russell': the person's gender, for the pronouns that follow."""
        gender = HONORIFIC_GENDER.get(ent.doc[ent.start - 1].lower_)
        if gender is None:
            return
        actor = super().resolve(ent.root, day, offset, index)
        if actor is not None and actor.name:
            self.genders.setdefault(actor.name, gender)

    def _issuer(self, noun: Token, day, offset: int, index: int) -> Actor | None:
        """Who issued a statement the sentence mentions: its possessor ('the ministry's statement') or
        the subject of the clause it is part of ('the State Department said in a statement')."""
        for child in noun.children:
            if child.dep_ in ("poss", "compound") and child.lower_ not in PERSONAL_PRONOUNS:
                actor = self.resolve(child, day, offset, index)
                if actor is not None and actor.resolved_by not in WEAK:
                    return actor
        for ancestor in noun.ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                subjects = [c for c in ancestor.children if c.dep_ in SUBJECT_DEPS and noun not in c.subtree]
                actor = self.resolve(subjects[0], day, offset, index) if subjects else None
                return actor if actor is not None and actor.resolved_by not in WEAK else None
        return None


def _entities(sent: Span) -> list[Span]:
    return [e for e in sentence_ents(sent) if e.label_ in ENTITY_LABELS]


def _titled(mention: Mention) -> bool:
    """A person known only by title whose actor the title places ('UNICEF's executive director',
    'a U.S. State Department spokesperson'): 'she' may refer to them."""
    actor = mention.actor
    return mention.unnamed and actor.resolved_by not in WEAK and actor.country not in (None, "---")


def _common_noun(token: Token) -> bool:
    """A common noun, also where the tagger takes a lower-case one for a name ('" the minister said')."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())


def _clause_subjects(head: Token, offset: int) -> set[int]:
    """Where the subjects of the verb a noun is an object of start: who acts on it is not it."""
    if head.dep_ in SUBJECT_DEPS:
        return set()
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return {offset + c.idx for c in verb.children if c.dep_ in SUBJECT_DEPS} if verb is not None else set()


def _subject(token: Token) -> bool:
    """A subject, or one of several joined as one ('Hamas and Hezbollah praised ...')."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _acronym(token: Token) -> bool:
    return len(token) > 2 and token.text.isupper() and token.is_alpha


def _charge(child: Token) -> bool:
    """'accused the regional body of failing ...', 'the group, led by ...': what is said of the actor
    the noun refers to, not whose it is."""
    if child.dep_ == "prep" and child.lower_ in ("of", "for"):
        return any(c.tag_ == "VBG" for c in child.children)
    return child.dep_ == "acl" and child.tag_ in ("VBN", "VBG")


def _segments(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def _group_code(code: str) -> bool:
    """A code of an organisation or armed group, which 'they' can refer to."""
    return code.startswith(("IGO", "NGO")) or bool({"REB", "INS", "UAF", "OPP", "PTY"} & set(_segments(code)))


def _has_words(text: str, words: str) -> bool:
    return f" {words} " in f" {text} "
