"""Whom an act is aimed at, and what a demand demands.

Target order: the recipient before the theme ('offered troops to the Philippines'), the agent,
possessor, content, aim or place of an object that names no actor ('condemned the attack by Hamas',
'rejected the allegations made by Pakistan', 'dismissed Putin's response', 'welcomed the
announcement that Ukraine had agreed', 'denies the charges against him', 'fired at targets in Ukraine'), the topic of a complaint
('complained about ...'); never whoever the sentence is told to ('told reporters'). Speech that demands: 'X said Y must stop the bombing' is X's demand of Y, and a
bare 'urged Y to V' takes the specific appeal or demand code of what is asked (demands.txt).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.resolver import DOCUMENT_COUNTRY, UNKNOWN_COUNTRY, Actor
from ..nlp.pipeline import sentence_ents
from .agentless import FORCE_ROOTS
from .embedded import modal_obligation
from .event import Event
from .accusations import condemned_act, demonstrative_reporter, reported_judgement
from .extract import Match, best_match
from .lexicon import Lexicon
from .ontology import Ontology
from .roles import VENUE_NOUNS, VENUE_ROOTS
from .rules import longest_prefix
from .sense import sense_of_code
from .speech import GENERIC_CODES, HOPING_VERBS, is_bare, obligation
from .syntax import children_of, content_subjects, lemma, pobjs

RECIPIENT_PREPS = ("to",)
# a complaint, demand or protest is lodged with whom it is aimed at, before what it is about: 'lodged a
# protest with Manila over the ramming of a Chinese vessel', 'raised the demand with Delhi'
LODGED_WITH = ("with",)
LODGED_ROOTS = ("10", "11", "12", "13", "16")
# a thing that names no actor is aimed at, carries or belongs to one: 'an IED targeting a SNA convoy',
# 'a vehicle transporting Chinese workers', 'premises linked to the former minister'
AIMING_PARTICIPLES = frozenset({"target", "carry", "transport", "ferry"})
OWNED_PARTICIPLES = {"link": ("to",), "belong": ("to",), "connect": ("to", "with"), "own": ("by",), "run": ("by",)}
# an object that names no actor gives way to its agent at once ('the attack by Hamas'), and to its
# place after every other candidate ('fired at targets in Ukraine')
AGENT_PREPS = ("by",)
PLACE_PREPS = ("in", "inside", "near", "around", "outside")
# whom the object itself is aimed at: 'denies the charges against him', 'the curbs on Iran'
AIM_PREPS = ("against", "on", "upon", "toward", "towards")
TOPIC_PREPS = ("about",)
GENERIC_REQUESTS = ("020", "100")
PARTY_LABELS = ("GPE", "NORP", "PERSON", "ORG")
# 'the U.N. envoy for Syria', 'the special rapporteur on Myanmar': whom the source's office is about
MANDATE_NOUNS = frozenset({"envoy", "rapporteur", "representative", "coordinator", "mediator", "emissary"})
MANDATE_PREPS = ("for", "on", "to")


def preferred_targets(match: Match, candidates: list[Token]) -> list[Token]:
    """The candidates in the order they are tried; word-order dictionaries keep their own order (the
    first actor after the verb)."""
    if match.pattern.ordered:
        return candidates
    head = match.head
    objects = [c for c in candidates if c.dep_ == "dobj" and c.head == head and c.pos_ != "PROPN"]
    preps = RECIPIENT_PREPS + (LODGED_WITH if match.pattern.code[:2] in LODGED_ROOTS else ())
    recipients = [c for c in candidates if c.dep_ == "pobj" and c.head.lower_ in preps
                  and c.head.head in (head, match.trigger)]
    ordered = recipients + [c for c in candidates if c not in recipients] if objects and recipients else list(candidates)
    out: list[Token] = []
    for candidate in ordered:
        out.append(candidate)
        out.extend(carried_tokens(candidate))  # 'an IED targeting a SNA convoy' (the parser's IED is a name)
        if candidate.pos_ == "NOUN":
            out.extend(_pobjs(candidate, AGENT_PREPS))
            out.extend(_possessors(candidate))
            out.extend(_participle_agents(candidate))
            out.extend(content_subjects(candidate))
            out.extend(_pobjs(candidate, AIM_PREPS))
    if match.pattern.code[:2] not in VENUE_ROOTS:  # 'held talks in Oman' were not held with Oman
        out.extend(p for c in ordered if c.pos_ == "NOUN" and head in (c.head, c.head.head) for p in _pobjs(c, PLACE_PREPS))
        # 'demanded the release of prisoners held in Balochistan prisons'
        nouns = [c for c in ordered if c.pos_ == "NOUN"]
        nouns += [p for c in nouns for p in _pobjs(c, ("of",))]
        out.extend(p for c in nouns for clause in c.children
                   if clause.dep_ == "acl" and clause.tag_ == "VBN" for p in _pobjs(clause, PLACE_PREPS))
    out.extend(_pobjs(head, TOPIC_PREPS))
    return [t for t in dict.fromkeys(out) if lemma(t) not in VENUE_NOUNS]


def party_tokens(source_heads: list[Token]) -> list[Token]:
    """'Mauritius conferred its highest honour on Modi, and the prime ministers signed eight pacts': a
    plural common noun as the subject of a reciprocal act ('the two leaders', 'both sides') stands for
    the parties the sentence names; these are its named entities outside the subject, to be resolved."""
    if not source_heads or any(h.pos_ != "NOUN" or h.tag_ != "NNS" for h in source_heads):
        return []
    # neither the subject itself nor whoever reports ('Iranian officials said the negotiators met')
    sent = source_heads[0].sent
    subject = {t.i for h in [*source_heads, *(t for t in sent if t.dep_ == "nsubj")] for t in h.subtree}
    return [ent.root for ent in sentence_ents(sent)
            if ent.label_ in PARTY_LABELS and ent.root.i not in subject and not _where(ent.root)]


def _where(token: Token) -> bool:
    """'met in Canada', 'signed at the Kremlin': a place where it happened is no party to it."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS + ("at",)


def mandate_tokens(source_heads: list[Token]) -> list[Token]:
    """'The U.N. envoy for Syria called for an end to violence': an envoy's act that names no target is
    aimed at the country of the envoy's office."""
    return [p for h in source_heads if lemma(h) in MANDATE_NOUNS for p in _pobjs(h, MANDATE_PREPS)]


def _possessors(noun: Token) -> list[Token]:
    """'dismissed Putin's response', 'called Pakistan's assertions baseless': whose the object is."""
    return [c for c in noun.children if c.dep_ == "poss"]


def carried_tokens(noun: Token) -> list[Token]:
    """'an IED targeting a SNA convoy', 'a bus carrying pilgrims', 'a vehicle transporting Chinese
    workers', 'premises linked to the former minister', 'a shop owned by a trader': whom the thing is
    aimed at, carries or belongs to, named in its participle clause."""
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.pos_ != "VERB":
            continue
        if clause.tag_ == "VBG" and lemma(clause) in AIMING_PARTICIPLES:
            found.extend(children_of(clause, ("dobj",)))
        preps = OWNED_PARTICIPLES.get(lemma(clause), ())
        found.extend(p for c in clause.children if c.dep_ in ("prep", "agent") and c.lower_ in preps for p in pobjs(c))
    return found


def _participle_agents(noun: Token) -> list[Token]:
    """'rejected the allegations made by Pakistan', 'condemned the attack carried out by Hamas'."""
    return [p for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for agent in clause.children if agent.dep_ == "agent" for p in pobjs(agent)]


def _pobjs(word: Token, preps: tuple[str, ...]) -> list[Token]:
    return [p for prep in word.children if prep.dep_ == "prep" and prep.lower_ in preps for p in pobjs(prep)]


# how an actor named as a whole by its own name resolves (resolver.py): not an adjective, a person or a sector
WHOLE_NAMES = ("country", "alias", "igo")


def own_country(match: Match, candidate: Token, actor: Actor, sources: list[Actor]) -> bool:
    """'The United States said it would deny entry to the United States to all individuals ...', 'the
    Security Council agreed to extend the mandate of UNIFIL': short of force, an actor does not act on
    itself named again by its own name; the next candidate is the target. A person or group of its
    country may be ('a judge ordered former president Menem to appear'), and a trip at home is left
    to the coder ('during a visit to Quetta'). Nor is the source the possessor of what it offers or
    speaks of ('Sullivan expressed the Biden administration's commitment to Israel's security')."""
    same = any(s.code == actor.code for s in sources)
    if same and candidate.dep_ == "poss" and candidate.head.head in (match.head, match.trigger):
        return True
    return same and actor.resolved_by in WHOLE_NAMES and not match.adjunct and not match.pattern.code.startswith(FORCE_ROOTS)


def not_placed_as_source(match: Match, targets: list[Actor], source_codes: set[str]) -> list[Actor]:
    """'Venezuela's government expelled diplomats from seven Latin American countries': in demands,
    complaints, rejections, threats, protests and cuts of relations (10-16), a target that only the
    document's country placed, as the source itself, is placed wrongly and stays of unknown country.
    Meetings, concessions and force may be done to one's own ('met with security officials', 'yielded
    control to regional governments', police arresting a constable of their own)."""
    if not "10" <= match.pattern.code[:2] <= "16":
        return targets
    return [Actor(t.text, UNKNOWN_COUNTRY + "".join(t.sectors), None, t.sectors, t.name, "sector", t.span)
            if t.resolved_by == DOCUMENT_COUNTRY and t.code in source_codes and t.sectors else t for t in targets]


def told_to(match: Match, candidate: Token, actor: Actor, lexicon: Lexicon) -> bool:
    """'told reporters', 'said in an interview with CNN': the media a statement is made to are not its target."""
    if "MED" not in actor.sectors:
        return False
    speech = lemma(match.head) in lexicon.reporting or lemma(match.head) == "tell"
    addressed = candidate.dep_ in ("dobj", "dative") or (candidate.dep_ == "pobj" and candidate.head.lower_ in ("to", "with"))
    return speech and addressed


def _content(match: Match, lexicon: Lexicon) -> Match | None:
    """The act an appeal asks for: its infinitive or clause ('urged Iran to release'), or its 'for' noun;
    a call or demand noun's own clause ('renewed its demand that Israel end the war')."""
    head = match.head
    words = [match.trigger] if match.trigger.pos_ == "NOUN" and match.trigger != head else []
    for child in [c for w in (head, *words) for c in w.children]:
        infinitive = (child.dep_ in ("xcomp", "ccomp") or (child.dep_ in ("advcl", "acl") and any(c.lower_ in ("to", "that") for c in child.children)))
        if infinitive and child.pos_ in ("VERB", "AUX"):
            found = best_match(child, "verb", lexicon)
            if found is None:
                found = next((m for m in (best_match(o, "noun", lexicon) for o in child.children if o.dep_ == "dobj") if m), None)
            if found is not None:
                return found
        if child.dep_ == "prep" and child.lower_ == "for":
            found = next((m for m in (best_match(p, "noun", lexicon) for p in child.children if p.dep_ == "pobj") if m), None)
            if found is not None:
                return found
    return None


def _asks_not(head: Token) -> bool:
    """'urged Israel not to sell', 'called on Iran not to retaliate', 'urged that Israel not sell': the act
    asked for (an infinitive or a base form) is negated; 'allowed that Mordor isn't a place to visit'
    asks for nothing."""
    return any(children_of(c, ("neg",)) for c in head.children
               if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and c.tag_ == "VB")


def refine_appeal(match: Match, lexicon: Lexicon, note, actors: frozenset[str] = frozenset()) -> str:
    """A bare appeal or demand ('020', '100') takes the code of what it asks for (demands.txt), read
    by the sense rules with the actors' conditions `actors` (senses.txt)."""
    code = match.pattern.code
    if code[:2] in ("02", "10") and _asks_not(match.head):
        generic = GENERIC_REQUESTS[0] if code.startswith("02") else GENERIC_REQUESTS[1]
        if generic != code:
            note(f"asks that something not be done: coded {generic}")
        return generic  # 'asked Israel not to sell weapons to Russia' asks for no sale
    if code not in GENERIC_REQUESTS:
        return code
    content = _content(match, lexicon)
    if content is None or not content.pattern.codes:
        return code
    recode = longest_prefix(lexicon.demands, content.pattern.code)
    if recode is None:
        return code
    refined = recode.codes[0] if code.startswith("02") else recode.codes[1]
    refined = sense_of_code(match, content, refined, lexicon, actors)
    note(f"asks for {content.pattern.code} ('{content.trigger.text}'): coded {refined} ({recode.rule})")
    return refined


# roots whose acts a speaker may ask of another with 'should' or 'must' but not by hoping for them
UNASKED_BY_HOPE = frozenset({"11", "12", "13", "14", "15", "17", "18", "19", "20"})


def demanded(event: Event, match: Match, lexicon: Lexicon, ontology: Ontology) -> Event | None:
    """'The United States said Israel must (needs to, has to) stop the bombing': the reporter's
    demand (or, with 'should', appeal) of the one who must act, coded by what is demanded
    (demands.txt, speech.py); what it asks not to be done is a demand all the same ('said Washington
    should not interfere'). None for a clause that no entry codes and that asks nothing of another
    actor."""
    found = obligation(match.head, lexicon)
    reporter = event.reported_by
    # 'Biden said the United States must lead': what one's own country must do is a stance, not a demand
    if (found is None or reporter is None or not reporter.country
            or event.source.code in (reporter.code, reporter.country)):
        # what someone must (should, has to) do is a demand or nothing: not the act (embedded.py)
        return None if is_bare(match) or (found is not None and modal_obligation(found)) else event
    recode = longest_prefix(lexicon.demands, event.cameo.code)
    if (event.cameo.code[:2] in UNASKED_BY_HOPE and found.carrier.dep_ == "ccomp"
            and lemma(found.carrier.head) in HOPING_VERBS):
        return event  # 'Russia hopes that Ukraine will attack Belarus' asks no one to attack: a hope of force
    if is_bare(match) or event.negated:
        code, why = GENERIC_CODES[found.strength], "demanded" if found.strength else "asked for"
    elif recode is None:
        return event
    else:
        code, why = recode.codes[found.strength], f"demanded: {recode.rule}"
    return _reporters_act(event, reporter, why, cameo=ontology[code], negated=False)


def judged(event: Event, match: Match, lexicon: Lexicon) -> Event | None:
    """'The EU said Russia's annexation of Crimea was illegal', 'Poland said Belarus was wrong to ...':
    the reporter criticizes whoever the judged clause is about; None when no other actor reports it."""
    if not reported_judgement(match, lexicon) or demonstrative_reporter(match, lexicon) is not None:
        return event  # '"This is unacceptable," Casin said': the speaker's own, aimed by replies.py
    if condemned_act(match):  # 'to stop Israel's heinous attacks': the condemning words are said, stopped or not
        event = replace(event, negated=False)
    reporter = _other_reporter(event)
    return None if reporter is None else _reporters_act(event, reporter, "a reported judgement")


def _other_reporter(event: Event) -> Actor | None:
    """Whoever reports an act that is not denied, when a known actor other than the act's own source."""
    reporter = event.reported_by
    if reporter is None or not reporter.country or reporter.code == event.source.code or event.negated:
        return None
    return reporter


def _reporters_act(event: Event, reporter: Actor, why: str, **changes) -> Event:
    """The reported act recoded as the reporter's own, aimed at the reported act's source."""
    evidence = replace(event.evidence, source_span=reporter.span, target_span=event.source.span,
                       rule=f"{event.evidence.rule} ({why})")
    return replace(event, source=reporter, target=event.source, modality="asserted", reported_by=None,
                   evidence=evidence, **changes)
