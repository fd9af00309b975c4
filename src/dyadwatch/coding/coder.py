"""Code documents into events: parse, find triggers, resolve actors, dates, modality and attribution."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Span, Token

from ..actors.knowledge import KnowledgeBase, load_knowledge
from ..actors.context import STATELESS_KINDS, foreigner
from ..actors.phrases import named_for_border
from ..actors.coreference import DocumentResolver
from ..actors.resolver import NEW_ACTOR, Actor, ActorResolver
from ..errors import DocumentError
from ..documents.document import Document
from ..nlp.dates import clause_date
from ..nlp.pipeline import ParsedSegment, load_pipeline, once_per_doc, parse_documents, sentence_ents
from ..places.gazetteer import country_of
from ..places.locate import locate_events
from .event import CodedDocument, Event, Evidence, Sentence
from .aims import fold_protest_demands
from .arguments import doer_actors, doer_people
from .casing import restore_common_nouns
from .claims import claimed_agents
from .happenings import gerund_sides
from .commentary import said_by_commentators
from .accusations import antecedent, mutual
from .agentless import (
    AGENTLESS,
    FORCE_ROOTS,
    IMPLIED,
    MULTITUDES,
    agentless_kind,
    happening,
    implied_agent,
    named_agent_tokens,
    implied_source,
    keepers,
    mentioned,
    patient_actors,
    patient_tokens,
    protest_organisations,
)
from .content import find_matches
from .extract import Match, predicated_feeling
from .roles import attributed_agents, noun_source_tokens, pattern_sources, source_tokens, target_candidates
from .factuality import announced, assess, control_chain, refused
from .intents import refine_intent
from .lexicon import Lexicon, load_lexicon
from .borders import border_target
from .locatives import agent_country, cue_country, force_patients, locative_country, place_actors, place_target, with_country
from .ontology import Ontology, load_ontology
from .partners import partner_tokens, partnership_events
from .nominal import paired_target, struck_places
from .petrarch import load_dictionaries
from .petrarch.discards import dateline, discarded
from .speech import bare_obligations, is_bare, reporter_subjects
from .silence import declined_comments, silences
from .remarks import is_remark, mood, nobody, remarks
from .threats import threat_events
from .sense import actor_conditions, apply_sense, names_no_actor
from .syntax import expand_conjuncts, lemma
from .pairs import actor_pairs, split_multiple
from .pronoun_slots import unresolved_pronoun
from .replies import answered_targets
from .targets import (
    demanded, judged, mandate_tokens, not_placed_as_source, own_country, party_tokens, preferred_targets, refine_appeal,
    told_to,
)

IMPLICIT = "implicit"  # resolved_by of a target that goes without saying (implicit_targets.txt)

# acts that hit a place hit its people: violence and the seizure or destruction of property (171),
# not an arrest ('arrested in Lebanon' is not aimed at Lebanon)
PLACE_TARGET_CODES = ("18", "19", "20", "171")
# protest and force are done where they happen: its place says whose police, troops and protesters act
PLACED_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
PROTEST_ROOT = "14"  # whose doers, named by a common noun of people, are people of where it happens
AT_PREPS = ("from", "in", "at", "near", "inside", "outside")  # where force is used, not on whom
_ONLY_COUNTRY_KEY = "dyadwatch.only_country"

Notes = dict[int, list[str]]  # decisions on each trigger (token index), for `lexicon explain`


@dataclass
class Attribution:
    reporter: Actor | None
    denied: bool


@dataclass
class Coder:
    """Everything needed to code text: the spaCy pipeline, the lexicon, the actor knowledge and CAMEO."""

    nlp: Language
    lexicon: Lexicon
    kb: KnowledgeBase
    ontology: Ontology
    include_comments: bool = False
    context_countries: bool = True  # place sector-only actors by the sentence's or the event's country
    new_actor_length: int = 0  # PETRARCH's option: an unknown named phrase of up to this many words is an actor
    places: bool = True  # give each event the place where it happened (places/)

    @classmethod
    def create(
        cls, model: str | None = None, lexicon_dir: Path | None = None, include_comments: bool = False,
        dictionaries: Path | None = None,
    ) -> "Coder":
        """A coder with our lexicon (or `lexicon_dir`), or with PETRARCH dictionaries from `dictionaries`.

        PETRARCH dictionaries code only what the text names, as PETRARCH does: no country is inferred
        from context for an actor known only by its agent ('students' stays ---EDU)."""
        if dictionaries is not None:
            lexicon, kb = load_dictionaries(dictionaries)
            return cls(load_pipeline(model), lexicon, kb, load_ontology(), include_comments, False)
        return cls(load_pipeline(model), load_lexicon(lexicon_dir), load_knowledge(), load_ontology(), include_comments)

    def code(self, document: Document) -> list[Event]:
        """The events of one document; raises DocumentError if it cannot be coded."""
        result = next(self.code_many([document]))
        if isinstance(result, DocumentError):
            raise result
        return result.events

    def code_many(self, documents: Iterable[Document]) -> Iterator[CodedDocument | DocumentError]:
        """Code a stream of documents; a document that fails yields its DocumentError and the rest go on."""
        for document, parsed in parse_documents(self.nlp, documents):
            try:
                yield self.code_parsed(document, parsed)
            except Exception as exc:  # one bad document never stops a batch
                yield DocumentError(document.origin, f"could not be coded ({type(exc).__name__}: {exc})")

    def code_parsed(self, document: Document, parsed: list[ParsedSegment], notes: Notes | None = None) -> CodedDocument:
        resolver = DocumentResolver(self.kb, country_of if self.places else None,
                                    reporting=frozenset(self.lexicon.reporting))
        coded = CodedDocument(document, [], [])
        story = discarded(document.text, self.lexicon.story_discards)
        if story:
            coded.discards.append(f"storydiscard: {story}")
        for part in parsed:
            for sent in part.doc.sents:
                index = len(coded.sentences)
                text, span = _sentence_text(sent, part.offset, document.text)
                sentence = Sentence(index, part.segment.kind, span, text)
                coded.sentences.append(sentence)
                place = dateline(text)
                if place:
                    coded.discards.append(f"dateline: {place}")  # noted, as PETRARCH does; the sentence is still coded
                phrase = discarded(text, self.lexicon.sentence_discards)
                if phrase:
                    coded.discards.append(f"sentencediscard: {phrase}")
                elif not story and (part.segment.kind != "comment" or self.include_comments):
                    restore_common_nouns(sent, self.lexicon)  # 'Clashes erupted': a noun, not a name (casing.py)
                    coded.events.extend(self._code_sentence(document, part, sent, sentence, resolver, notes))
        # 'did not respond to requests for comment'; 'Pakistan accused India ... a charge New Delhi rejected'
        coded.events = answered_targets([(p.doc, p.offset) for p in parsed], declined_comments(coded.events))
        coded.events = claimed_agents(coded.events)  # 'a car bomb exploded ... Al Shabaab claimed responsibility'
        if self.places:
            coded.events = locate_events(document, [(p.doc, p.offset) for p in parsed], coded.events)
        return coded

    def _code_sentence(
        self, document: Document, part: ParsedSegment, sent: Span, sentence: Sentence, resolver: DocumentResolver,
        notes: Notes | None = None,
    ) -> list[Event]:
        index = sentence.index
        published = document.published
        resolver.observe(sent, published, part.offset, index)  # who it names, for later sentences too
        coded: list[tuple[Match, list[Event]]] = []
        matches = find_matches(sent, self.lexicon)
        extra = bare_obligations(sent, matches, self.lexicon) + silences(sent) + remarks(sent, matches, self.lexicon)
        for match in matches + extra:
            note = _noter(notes, match.trigger)
            if is_bare(match):
                note(f"a reported obligation that no entry codes: {match.pattern.code} ({match.pattern.rule})")
            if match.light_verb is None and match.pattern.kind == "noun" and lemma(match.trigger) in self.lexicon.light_verb_only:
                note("a noun of light_verb_only.txt without a light verb: no event")
                continue  # 'the treaty between Japan and the United States' is no signing
            if match.light_verb is None and match.pattern.kind == "noun" and mentioned(match.trigger) and not match.adjunct:
                note("an act mentioned by its owner's name in a phrase ('responded to BLA's demands'): no event")
                continue
            if not self._sense(match, note) or said_by_commentators(match, self.lexicon, note):
                continue
            resolved = clause_date(sent, match.head, published)
            day, date_source = (resolved.day, "text") if resolved else (published, "published")
            source_heads = self._source_heads(match)
            sources, targets = self._actors(match, source_heads, day, part.offset, index, resolver, note)
            if not sources and (reporters := reporter_subjects(match.head, self.lexicon)):  # 'said X failed and urged'
                source_heads = reporters
                sources, targets = self._actors(match, source_heads, day, part.offset, index, resolver, note)
            # an actor known by its sector alone ('police', ---COP) is enough; PETRARCH's dictionaries want a country
            if not sources or not any(a.country or (a.sectors and self.context_countries) or a.resolved_by == NEW_ACTOR
                                      for a in sources + targets):
                note("no source actor" if not sources else "no actor with a known country")
                continue
            if match.adjunct and all(t.code in {a.country for a in sources} for t in targets):
                # 'during a visit to Quetta, Pakistan's prime minister said': a trip at home meets no one
                note("a meeting in a time phrase with no one else named: no event")
                continue
            conditions = actor_conditions(sources, targets, source_heads, self.kb.lookup_person)
            if "(sense: " not in match.pattern.rule and not self._sense(match, note, conditions):
                continue
            if self.lexicon.implicit_sector(match.pattern.code) is None:  # 'Japan protested': a complaint, at no one implied
                targets = [t for t in targets if t.resolved_by != IMPLICIT]
            attribution = self._attribution(match, day, part.offset, index, resolver)
            fact = assess(match, sent, self.lexicon, attribution.reporter is not None,
                          resolved.day if resolved else None, published)
            for reason in fact.reasons + (["denied by its reporter"] if attribution.denied else []):
                note(reason)
            if attribution.reporter is not None:
                note(f"reported by {attribution.reporter.code} ('{attribution.reporter.text}')")
            if fact.unreported or (fact.negated and any(a.resolved_by in AGENTLESS for a in sources)):
                note(fact.unreported or "an agentless act that did not happen: no event")
                continue
            refusal = fact.refusal and not attribution.denied and fact.modality in ("asserted", "future")
            code = refine_intent(match, refine_appeal(match, self.lexicon, note, conditions), self.lexicon, note)
            found: list[Event] = []
            for source, target, dyad_code in self._dyads(match, sources, targets):
                event = self._event(document, part, sentence, match, (day, date_source), (source, target))
                event = replace(event, cameo=self.ontology.lookup(code if dyad_code == match.pattern.code else dyad_code),
                                negated=fact.negated or attribution.denied, modality=fact.modality,
                                reported_by=attribution.reporter)
                if refusal:
                    event = refused(event, self.lexicon, self.ontology)  # 'did not agree to', 'will not withdraw'
                event = announced(event, match, self.lexicon, self.ontology)
                asked = demanded(event, match, self.lexicon, self.ontology)
                if asked is None:
                    note("a reported obligation of no other known actor: no event")
                    continue
                # what someone is told they should not do is asked of them, not judged of them
                judgement = asked if asked is not event else judged(event, match, self.lexicon)
                if judgement is None:
                    note("a judgement no other known actor reports: no event")
                    continue
                found.append(judgement)
            found = threat_events(found, match, self.lexicon, self.ontology, note)  # threats.py
            partners = resolver.resolve_each(partner_tokens(match), day, part.offset, index)
            found += partnership_events(found, match, sources, partners, self.ontology)
            if found:
                note("coded " + ", ".join(_describe(e) for e in found))
            coded.append((match, found))
        events: list[Event] = []
        seen: set[tuple] = set()
        for match, found in fold_protest_demands(coded, self.lexicon, self.ontology):
            if self._folded(match, found, coded):
                _noter(notes, match.trigger)("folded into another event of the sentence")
                continue
            for event in found:
                if event.key not in seen:
                    seen.add(event.key)
                    events.append(event)
        return events

    def _sense(self, match: Match, note, actors: frozenset[str] = frozenset()) -> bool:
        """Recode the match by a sense rule that applies (senses.txt); False when the rule says no event.
        Words decide before the actors are known, the actors' sectors after."""
        rule = apply_sense(match, self.lexicon, actors)
        if rule is None:
            return True
        note(f"sense {rule.rule}: coded {match.pattern.code}")
        return rule.code != "---"

    def _folded(self, match: Match, found: list[Event], coded: list[tuple[Match, list[Event]]]) -> bool:
        """With word-order dictionaries, a targetless event is part of another coded event, as PETRARCH
        nests them: 'X said' of a clause with its own event, 'after crowds burned down its embassy' and
        a relative clause in a clause whose event is coded."""
        if not match.pattern.ordered or not found or any(e.target for e in found):
            return False
        others = [m for m, events in coded if events and m is not match]
        if match.head.dep_ == "relcl" and any(m.head in match.head.ancestors for m in others):
            return True  # 'launched an offensive following raids in which spokesmen said ...': part of the launch
        if lemma(match.head) in self.lexicon.reporting:
            inside = {t.i for t in match.head.subtree}
            chain = {t.i for t in control_chain(match.head.head)} if match.head.dep_ == "parataxis" else set()
            return any(m.head.i in inside or m.head.i in chain for m in others)
        if match.head.dep_ == "advcl":
            own = {t.i for t in match.head.subtree}
            clause = {t.i for t in match.head.head.subtree} - own
            return any(m.head.i in clause for m in others)
        return False

    def _dyads(self, match: Match, sources: list[Actor], targets: list[Actor]) -> list[tuple[Actor, Actor | None, str]]:
        """Source-target-code triples: the pattern's code, and its reverse code for the target's act back
        ('[032:033]': a visit and its hosting); a null code ('---') codes nothing. Conjoined sources
        with no target act on each other only in reciprocal events (reciprocal.txt): 'Putin and Kim
        met', but not 'France and Germany condemned the attack'."""
        pattern = match.pattern
        sources, targets = split_multiple(sources), split_multiple(targets)
        reciprocal = (pattern.ordered or not pattern.codes or self.lexicon.is_reciprocal(pattern.code)
                      or mutual(match.trigger, pattern.code))  # 'blamed each other', 'traded accusations'
        pairs = actor_pairs(sources, [] if pattern.compound else targets, reciprocal)
        if pattern.received:  # 'Egypt received a loan from the IMF': the giver acts on the receiver
            return [(t, s, pattern.code) for s, t in pairs if t is not None]
        out = [(s, t, pattern.code) for s, t in pairs] if pattern.codes else []
        if pattern.reverse_code and pattern.reverse_code != "---":
            out += [(t, s, pattern.reverse_code) for s, t in pairs if t is not None]
        return out

    def _actors(
        self, match: Match, source_heads: list[Token], day: date | None, offset: int, index: int,
        resolver: ActorResolver, note=None,
    ) -> tuple[list[Actor], list[Actor]]:
        note = note or (lambda text: None)
        root = self.ontology.lookup(match.pattern.code).root
        things = [t for t in source_heads if names_no_actor(t, root, self.lexicon)]
        if things:
            note(f"'{things[0].text}' names no actor (non_actors.txt)")
        source_heads = [t for t in source_heads if t not in things]
        # a news outlet reports events and is told, asked or banned; it does not act in them ('VOA spoke with
        # Armitage', '(CNN) President Trump made a trip')
        sources = [a for a in resolver.resolve_each(source_heads, day, offset, index) if a.resolved_by != "media"]
        sources = sources or nobody(match, source_heads, offset)  # 'no one has claimed responsibility' (remarks.py)
        if not sources and self.new_actor_length:
            sources = [a for a in (resolver.new_actor(t, self.new_actor_length, offset) for t in source_heads[:1]) if a]
        # 'a man killed his wife' ('detained by unknown men': the police); 'members of the union staged a dharna'
        if not sources and (root in FORCE_ROOTS or root == PROTEST_ROOT):
            # a multitude that protests is protesters (agentless.py); its doers may be named as in protesters.txt
            doers = [t for t in doer_people(source_heads, match.pattern.code) if t.pos_ != "NUM"  # 'raped by three men'
                     and not (root == PROTEST_ROOT and lemma(t) in MULTITUDES)]
            people = replace(self.lexicon, patients={**self.lexicon.patients, **self.lexicon.protesters}) \
                if root == PROTEST_ROOT else self.lexicon
            sources = doer_actors(doers, people, offset)
            if not sources and root == PROTEST_ROOT and (match.pattern.kind == "noun" or match.pattern.words):
                sources = protest_organisations(doers, offset)  # 'the ABVP staged a protest' (not a bare 'protested')
        if not sources and source_heads:
            note(f"source words {', '.join(repr(t.text) for t in source_heads)} name no known actor")
        kind = agentless_kind(match, self.lexicon) if not sources and not match.pattern.ordered else None
        agent = implied_agent(match, self.lexicon) if kind else None
        if agent is not None:
            candidates = [antecedent(c) for c in patient_tokens(match, kind, self.lexicon)]  # 'the girls, who were'
        else:
            clause_targets = self.lexicon.reporting.get(lemma(match.head)) != "report"
            candidates = [antecedent(c) for c in target_candidates(match, clause_targets)]  # 'which it accuses of'
        targets = keepers(match, self.lexicon, sources) or self._targets(match, candidates, sources, day, offset, index, resolver)
        targets = targets or paired_target(match.trigger, sources, resolver, (day, offset, index))  # 'Russia-Ukraine talks'
        if not targets and candidates:
            note(f"target words {', '.join(repr(t.text) for t in candidates[:4])} name no actor")
        if not targets and match.pattern.code.startswith("110") and predicated_feeling(match):
            # 'consumers are concerned about prices' (criticism held, 'is critical of the deal', is
            # coded without a target as 'criticized the deal' is)
            note("a feeling about no actor: no event")
            return [], []
        if (not targets and match.pattern.code.startswith(("012", "013")) and (predicated_feeling(match) or is_remark(match))
                and mood(sources)):
            # 'investors are hopeful about prices', 'farmers are doubtful of a good harvest': a mood,
            # not a comment; a state's ('Germany is optimistic about the talks') is one
            note("a hope or doubt of no state actor about no actor: no event")
            return [], []
        if agent is not None:
            country = (agent_country(match, candidates, resolver, (day, offset, index))
                       or locative_country(match.head, resolver, self.lexicon.reporting)
                       or resolver.document_country(match.trigger.doc)
                       or cue_country(match.trigger.sent, self.lexicon.country_cues))
            if not targets:
                targets = patient_actors(candidates, self.lexicon, country, offset, match.pattern.code)
                if targets:
                    note(f"{kind}: done to {targets[0].code} ('{targets[0].text}', patients.txt)")
            if kind == IMPLIED and not targets and not _goes_without_target(match, root, self.lexicon):
                note(f"{kind}: no one named it is done to; a noun alone is coded only with its target")
                return [], []
            # 'the woman was taken into custody after ... in Pune': the country its patient was placed in
            country = country or next((a.country for a in targets if a.country and a.country.isalpha()
                                       and not a.country.startswith(("IGO", "NGO"))), None)
            named = resolver.resolve_each(named_agent_tokens(match, self.lexicon), day, offset, index)
            sources = [a for a in named if a.span not in {t.span for t in targets}] or [implied_source(agent, country, kind)]
            note(f"{kind}: agent {sources[0].code} ({'named in its phrase' if named else agent.rule})")
        if not self.context_countries:
            return sources, targets
        at = (day, offset, index)
        done_there = match.pattern.code[:2] in PLACED_ROOTS
        sources = place_actors(sources, match, resolver, at, self.lexicon.reporting, source_heads, relocate=done_there)
        # violence hits people where it happens, whoever's it is ('Israeli jets struck Beirut, killing four')
        hits = match.pattern.code.startswith(PLACE_TARGET_CODES)
        targets = place_actors(targets, match, resolver, at, self.lexicon.reporting, anywhere=hits, relocate=done_there,
                               people=True)
        sent = match.trigger.sent  # found anew by spaCy on each read
        only = self._only_country(sent)
        # 'Police lathi-charged the ABVP activists': the country the sentence's words tell of, last
        cue = cue_country(sent, self.lexicon.country_cues)
        sources = [with_country(with_country(a, only, "sentence-country"), cue, "country-cue") for a in sources]
        home = next((a.country for a in sources if a.country), None)
        # 'Russia's Foreign Ministry warned Western governments': a target that context would place as the
        # source itself is placed wrongly, and stays of unknown country
        source_codes = {a.code for a in sources}
        targets = not_placed_as_source(match, targets, source_codes)
        targets = [with_country(a, place.country, "struck-place", True) for place in resolver.resolve_each(
            struck_places(match.head), *at) for a in targets] or targets  # 'a strike on Odesa killed five people'
        placed = [with_country(with_country(a, only, "sentence-country", True), home, "source-country", True) for a in targets]
        targets = [p if p is a or p.code not in source_codes else a for p, a in zip(placed, targets)]
        # the ones it is done to are placed by the sentence's own country and the source's before the
        # place phrases of the clause ('police arrested a Pakistani national who crossed in Gurdaspur')
        targets = place_actors(targets, match, resolver, at, self.lexicon.reporting, relocate=done_there, people=True)
        targets = [with_country(a, cue, "country-cue", True) for a in targets]
        if not targets and self.lexicon.is_reciprocal(match.pattern.code):
            targets = self._partner(source_heads, sources, day, offset, index, resolver)
        if not targets:
            targets = [a for a in resolver.resolve_each(mandate_tokens(source_heads), day, offset, index)
                       if a.country not in {s.country for s in sources}][:1]
        sector = self.lexicon.implicit_sector(match.pattern.code)
        if not targets and sector and home and home.isalpha() and not home.startswith(("IGO", "NGO")):
            targets = [Actor("", home + sector, home, (sector,), None, IMPLICIT, None)]
        # 'Russia massed troops on the Ukrainian border': the country across the border (borders.py)
        targets = border_target(match.pattern.code, match.head, sources, targets, resolver, offset)
        return sources, targets

    def _source_heads(self, match: Match) -> list[Token]:
        """The words that name the act's source, before they are resolved to actors."""
        if match.pattern.kind == "noun" and match.light_verb is None:
            return noun_source_tokens(match.trigger, match.pattern.code)
        heads = pattern_sources(match)
        if heads is None:
            heads = self._event_agents(source_tokens(
                match.head, self.lexicon.object_control, passive_subject=match.pattern.ordered
            ))
        heads = heads or gerund_sides(match.head)  # 'fighting continued between A and B' (happenings.py)
        if not heads and match.pattern.kind == "noun" and match.trigger.dep_ == "nsubjpass":
            # 'the Pentagon's delivery of Patriots to Ukraine was completed': the noun's own source
            heads = noun_source_tokens(match.trigger, match.pattern.code)
        return heads

    def _partner(
        self, source_heads: list[Token], sources: list[Actor], day: date | None, offset: int, index: int,
        resolver: ActorResolver,
    ) -> list[Actor]:
        """The other party of a reciprocal act done by 'the two leaders': the one other country the
        sentence names besides the source's (targets.py, party_tokens)."""
        own = {a.country for a in sources}
        if len(own) != 1 or not next(iter(own)):
            return []
        found = resolver.resolve_each(party_tokens(source_heads), day, offset, index)
        others = [a for a in found if a.country and a.country.isalpha() and a.country not in own]
        return others[:1] if len({a.country for a in others}) == 1 else []

    def _event_agents(self, heads: list[Token]) -> list[Token]:
        """An event noun as subject with an agent of its own stands for that agent: 'The Kharkiv
        attack by Russian forces killed' is the Russian forces' act, not Kharkiv's; a noun that also
        names a group does so with no complement of its own ('Kenya's opposition protested', not
        'Russia's opposition to the plan')."""
        found: list[Token] = []
        for head in heads:
            agents = []
            group = self.kb.lookup_sector([lemma(head)]) and not any(c.dep_ == "prep" for c in head.children)
            if head.pos_ == "NOUN" and lemma(head) in self.lexicon.nouns and not group:
                agents = [t for t in noun_source_tokens(head) if t.dep_ == "poss" or t.head.lower_ == "by"
                          or (t.dep_ == "conj" and t.head.head.lower_ == "by")] + attributed_agents(head)
            found.extend(t for t in agents or [head] if t not in found)
        return found

    def _targets(
        self, match: Match, candidates: list[Token], sources: list[Actor], day: date | None, offset: int,
        index: int, resolver: ActorResolver,
    ) -> list[Actor]:
        """The first candidate that names an actor, with its conjuncts; a recipient, possessor or place
        may stand before a first candidate that names only a sector of unknown country (targets.py)."""
        targets: list[Actor] = []
        source_spans = {a.span for a in sources}
        source_codes = {a.code for a in sources}
        chosen: Token | None = None
        pattern_words = {item.token.i for item in match.used}
        force = match.pattern.code[:2] in FORCE_ROOTS
        # 'the accused was arrested from Nepal border by the Bihar police': people named by a common
        # noun are whom force is used on, before the place it is used at
        patients = patient_actors(force_patients(match, candidates), self.lexicon, None, offset, match.pattern.code) if force else []
        for candidate in preferred_targets(match, candidates):
            if chosen is not None and candidate not in expand_conjuncts([chosen]):
                continue
            if patients and candidate.dep_ == "pobj" and candidate.head.lower_ in AT_PREPS:
                continue
            found = resolver.resolve_all(candidate, day, offset, index)
            if not found and chosen is None and self.new_actor_length:
                found = [a for a in [resolver.new_actor(candidate, self.new_actor_length, offset)] if a]
            if not found and chosen is None and candidate.i in pattern_words and any(a.country or a.sectors for a in sources):
                found = unresolved_pronoun(candidate, self.lexicon, resolver, day, offset, index)  # 'beat him'
            for actor in found:
                if candidate.i in pattern_words and not actor.country and candidate.pos_ != "PRON":
                    continue  # 'fired artillery': a word of the pattern is an actor only with a country of its own
                if actor.code in source_codes and (actor.resolved_by.startswith("coreference") or (
                        len(source_codes) > 1 and self.lexicon.is_reciprocal(match.pattern.code))):
                    # 'Russia denied that it had...', 'Xi and Putin held talks on the Chinese leader's
                    # visit': a source, referred to again, is not its own target
                    continue
                if told_to(match, candidate, actor, self.lexicon) or own_country(match, candidate, actor, sources):
                    continue
                if actor.span not in source_spans:
                    targets.append(actor)
                    chosen = chosen or candidate
        # 'residents lynched a man', 'filed a chargesheet against 17 accused': placed later by where it happens
        targets = targets or patients
        if not targets and force:
            # 'raided a militant hideout', 'struck rebel positions': whose the thing hit is
            owners = [m for c in candidates if c.pos_ == "NOUN" for m in c.children
                      if m.dep_ in ("amod", "compound") and m.pos_ in ("NOUN", "ADJ")]
            targets = [a for a in resolver.resolve_each(owners, day, offset, index) if a.sectors][:1]
        if not targets and match.pattern.code.startswith(PLACE_TARGET_CODES) and match.trigger.pos_ == "VERB":
            # 'burnt a village near Tillia', 'shelled farmland east of Khan Younis' (an event noun
            # alone, 'a bombing near Samarra', still wants someone it is done to)
            targets = [a for a in [place_target(match.head, resolver, offset, self.lexicon.reporting)] if a]
        return targets

    def _only_country(self, sent: Span) -> str | None:
        """The one state the sentence names, if it names exactly one ('President Bouteflika ... in Algiers');
        found once per sentence (kept in `doc.user_data`), not for each event."""
        def one() -> str | None:
            found = set()
            for ent in sentence_ents(sent):
                entry = self.kb.lookup_name(ent.text)
                if entry is not None and entry.kind not in STATELESS_KINDS and "|" not in entry.code and not foreigner(ent.root) \
                        and not named_for_border([ent.root]):
                    found.add(entry.code[:3])
            return found.pop() if len(found) == 1 else None
        return once_per_doc(sent.doc, _ONLY_COUNTRY_KEY, (sent.start, sent.end), one, owner=self.kb)

    def _attribution(self, match: Match, day: date | None, offset: int, index: int, resolver: ActorResolver) -> Attribution:
        """Who reports the event: the subject of an enclosing reporting verb, 'according to X', or the
        speaker of the quote it stands in."""
        chain = [match.head, *match.head.ancestors]
        for token in chain:
            for prep in token.children:
                if prep.lower_ == "according":
                    for to in prep.children:
                        for pobj in to.children:
                            if pobj.dep_ == "pobj":
                                return Attribution(resolver.resolve(pobj, day, offset, index), False)
        for token in chain[1:]:
            kind = self.lexicon.reporting.get(lemma(token))
            if kind and token.pos_ in ("VERB", "AUX"):
                heads = source_tokens(token, self.lexicon.object_control)
                reporter = next((a for a in (resolver.resolve(h, day, offset, index) for h in heads) if a), None)
                return Attribution(reporter, kind == "deny")
        # '"The parties must return to the table. There is no military solution," he said': the quote's speaker
        speaker = resolver.quote_speaker(match.head, day, offset, index) if isinstance(resolver, DocumentResolver) else None
        return Attribution(speaker, False)

    def _event(
        self,
        document: Document,
        part: ParsedSegment,
        sentence: Sentence,
        match: Match,
        when: tuple[date | None, str],
        dyad: tuple[Actor, Actor | None],
    ) -> Event:
        """An event of `sentence`, whose text and span were taken once for all its events."""
        off = part.offset
        source, target = dyad
        trigger = match.trigger
        return Event(
            doc_id=document.id,
            sentence_index=sentence.index,
            sentence=sentence.text,
            sentence_span=sentence.span,
            segment=part.segment.kind,
            date=when[0],
            date_source=when[1],
            source=source,
            target=target,
            cameo=self.ontology.lookup(match.pattern.code),
            negated=False,
            modality="asserted",
            reported_by=None,
            evidence=Evidence(
                trigger=trigger.text,
                trigger_span=(off + trigger.idx, off + trigger.idx + len(trigger)),
                source_span=source.span,
                target_span=target.span if target else None,
                rule=f"{match.pattern.rule} {match.pattern.text}",
            ),
        )


def _sentence_text(sent: Span, offset: int, document_text: str) -> tuple[str, tuple[int, int]]:
    """The sentence without trailing whitespace, and its span in the document, sliced from the
    document's text (a segment's Doc is parsed from it; Doc.text and Span.text join every token on
    each call)."""
    text = document_text[offset + sent.start_char : offset + sent.end_char].rstrip()
    start = offset + sent.start_char
    return text, (start, start + len(text))


def _noter(notes: Notes | None, trigger: Token):
    """A function that records a decision about `trigger` (nothing, when no one asked)."""
    if notes is None:
        return lambda text: None
    return notes.setdefault(trigger.i, []).append


def _describe(event: Event) -> str:
    target = event.target.code if event.target else "-"
    flags = (" negated" if event.negated else "") + ("" if event.modality == "asserted" else f" {event.modality}")
    return f"{event.cameo.code} {event.source.code}->{target}{flags}"


def _goes_without_target(match: Match, root: str, lexicon: Lexicon) -> bool:
    """A protest's target goes without saying (implicit_targets.txt) when a verb reports it: 'thousands
    marched in Paris', 'protests erupted in Nairobi'; a protest noun standing alone is more often
    mentioned than reported ('his speech at the rally', 'after weeks of protests')."""
    return root in lexicon.implicit_targets and (match.trigger.pos_ == "VERB" or happening(match))
