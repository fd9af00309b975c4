"""Acts with no named agent: agentless passives ('dozens were arrested', 'three soldiers were killed
by a roadside bomb') and bare event nouns ('the arrest of the opposition leader', 'airstrikes on the
city'). Which acts imply which agent is data (implied_agents.txt): an arrest implies the police of
the country where it happens, a killing no one known. The source says how it was found in
`resolved_by`, so that users can keep or drop such events."""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import UNKNOWN_COUNTRY, Actor
from .extract import Match
from .lexicon import Lexicon
from .rules import ImpliedAgent
from .syntax import (
    expand_conjuncts, is_passive, joined_passive, lemma, pobjs, reduced_passive, reduced_passive_patients, shared_subjects,
)

PASSIVE = "agentless-passive"
IMPLIED = "implied-agent"
AGENTLESS = (PASSIVE, IMPLIED)
PATIENT = "agentless-patient"  # a common noun of people as the one an agentless act is done to
# a bare noun's patient ('the killing of protesters') and the object of its attack ('strikes on the city')
NOUN_TARGET_PREPS = ("of", "on", "against", "at")
# aid given by no one named is done to whom it goes, not to the aid: 'food was delivered to 200,000 people'
RECIPIENT_ROOTS = ("07",)
RECIPIENT_PREPS = ("to", "into", "for")
MULTITUDES = frozenset({"thousand", "hundred", "dozen", "score", "million", "ten", "crowd", "throng", "multitude", "people"})


def agentless_kind(match: Match, lexicon: Lexicon) -> str | None:
    """PASSIVE for a passive clause; IMPLIED for an event noun standing alone, or for a verb whose
    subject is a thing or an event ('a roadside bomb killed three soldiers', 'airstrikes killed
    dozens', 'an IED exploded, killing two'); else None."""
    if match.pattern.kind == "noun" and match.light_verb is None:
        # 'the detention center' names a place, not an act
        return None if match.trigger.dep_ == "compound" else IMPLIED
    head = match.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if is_passive(head) or joined_passive(head):
        return PASSIVE
    subjects = [c for c in head.children if c.dep_ == "nsubj"] or shared_subjects(head)
    if subjects and all(lemma(s) in lexicon.non_actors or lemma(s) in lexicon.nouns or _multitude(s) for s in subjects):
        return IMPLIED
    return None


def _multitude(subject: Token) -> bool:
    """'Thousands marched in Paris', 'tens of thousands of people rallied': a number of people that
    names no one (an actor named in its 'of' phrase, 'hundreds of farmers', is resolved before)."""
    return subject.pos_ == "NUM" or lemma(subject) in MULTITUDES


def implied_agent(match: Match, lexicon: Lexicon) -> ImpliedAgent | None:
    """The agent the act implies: by the trigger's lemma, the verb's for 'were killed', by the act's
    CAMEO code ('three men were held for the murder' is an arrest, the police's, whatever its phrase
    names), and by a word of its phrase for 'was taken into custody'. A known agent beats an unknown
    one found first: 'killed in an encounter' is the police's although a killing's author is unknown."""
    found: list[ImpliedAgent] = []
    for word in (match.trigger, match.head):
        agent = lexicon.implied_agents.get(lemma(word))
        if agent is not None:
            found.append(agent)
    if _plain_agentless_passive(match.head):
        agent = lexicon.implied_agents.get(match.pattern.code)
        if agent is not None:
            found.append(agent)
    for item in match.used:
        agent = lexicon.implied_agents.get(lemma(item.token))
        if agent is not None:
            found.append(agent)
    return next((a for a in found if a.sector is not None), found[0] if found else None)


def named_agent_tokens(match: Match) -> list[Token]:
    """Who a noun of an agentless act's phrase names as its doer: 'killed in an encounter **with the
    STF**', 'an exchange of fire **with militants**', 'injured in retaliatory firing **by the
    police**', 'killed in a **police** encounter'. They acted, rather than the implied agent."""
    for agent in (c for c in match.head.children if c.dep_ == "agent"):
        # 'killed by Russian shelling', 'destroyed by Israeli airstrikes': whose the act that did it is
        acts = [p for p in agent.children if p.dep_ in ("pobj", "pcomp")]  # 'by Russian shelling' may be a gerund
        found = [m for p in acts for m in p.children if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG")]
        if found:
            return found
    for item in match.used:
        word = item.token
        if item.role != "obj":
            continue
        found = [c for c in word.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "by"):
                found.extend(pobjs(prep))
        if found:
            return expand_conjuncts(found)
    return []


def _plain_agentless_passive(head: Token) -> bool:
    """'Three men were held for the murder': a passive with its auxiliary and no by-agent. A bare
    participle describes a state ('workers held in prisons'), and a by-agent that names no actor
    still acted ('was picked up by his friend')."""
    return (is_passive(head) and not reduced_passive(head)
            and not any(c.dep_ == "agent" for c in head.children))


def implied_source(agent: ImpliedAgent, country: str | None, how: str) -> Actor:
    """The implied agent as an actor with no words in the text: 'IRNCOP' for an arrest in Iran,
    '---' when the agent is unknown or the place is."""
    if agent.sector is None:
        return Actor("", UNKNOWN_COUNTRY, None, (), None, how, None)
    if country is None:
        return Actor("", UNKNOWN_COUNTRY + agent.sector, None, (agent.sector,), None, how, None)
    return Actor("", country + agent.sector, country, (agent.sector,), None, how, None)


def patient_actors(patients: list[Token], lexicon: Lexicon, country: str | None, offset: int) -> list[Actor]:
    """People named only by a common noun as the ones the act is done to ('the accused was nabbed',
    'two persons were detained'): of the sector patients.txt gives and of the act's country."""
    found: list[Actor] = []
    for noun in patients:
        people = lexicon.patients.get(lemma(noun)) or lexicon.patients.get(noun.lower_)
        if people is None or people.sector is None:
            continue
        home = country or UNKNOWN_COUNTRY
        span = (offset + noun.idx, offset + noun.idx + len(noun))
        found.append(Actor(noun.text, home + people.sector, country, (people.sector,), None, PATIENT, span))
    return found


def patient_tokens(match: Match, how: str) -> list[Token]:
    """Who the act is done to: the passive subject ('protesters were detained'), the recipient of aid
    ('aid was airdropped into Gaza'), or the noun's 'of' or 'on' phrase ('the killing of protesters',
    'airstrikes on the city')."""
    if how == PASSIVE:
        recipients = [p for c in match.head.children if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS
                      for p in pobjs(c)] if match.pattern.code.startswith(RECIPIENT_ROOTS) else []
        if recipients:
            return expand_conjuncts(recipients)  # 'aid was airdropped into northern Gaza': Gaza gets it
        found = [c for c in match.head.children if c.dep_ == "nsubjpass"]
        if not found and reduced_passive(match.head):
            found = reduced_passive_patients(match.head)
        if not found and match.head.dep_ == "conj":
            # 'a constable was suspended and arrested': the first verb's passive subject
            found = [c for c in match.head.head.children if c.dep_ == "nsubjpass"]
        # 'an FIR was lodged against the BJP leader', 'a case was registered against the principal':
        # a charge names no one; whom it is against is who it is done to
        against = [p for w in (match.head, *found) for c in w.children if c.dep_ == "prep" and c.lower_ == "against"
                   for p in pobjs(c)]
        return expand_conjuncts(found + against)
    if match.head.pos_ in ("VERB", "AUX"):
        return expand_conjuncts([c for c in match.head.children if c.dep_ == "dobj"])
    for wanted in NOUN_TARGET_PREPS:
        for prep in match.trigger.children:
            if prep.dep_ == "prep" and prep.lower_ == wanted:
                found = [p for p in prep.children if p.dep_ == "pobj"]
                if found:
                    return expand_conjuncts(found)
    return []


def place_tokens(match: Match, patients: list[Token]) -> list[Token]:
    """Where the act happens: 'in'/'at' phrases of its clause, of the event noun itself, or of the
    ones it is done to ('the arrest of five people in the Iraqi city of Irbil')."""
    places: list[Token] = []
    for word in dict.fromkeys((match.head, match.trigger, *patients)):
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "inside", "near"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        places.append(pobj)
                        places.extend(p for inner in pobj.children if inner.dep_ == "prep" for p in inner.children if p.dep_ == "pobj")
    return places


def mentioned(noun: Token) -> bool:
    """'responded to BLA's demands', 'comfort in Beijing's promises', 'the China threat': an event
    noun inside a prepositional phrase whose actor is named only as its possessor or modifier refers
    to an act, it does not report one ('a visit by Modi', 'the arrest of five people' do)."""
    if noun.dep_ != "pobj":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "between", "among") for c in noun.children):
        return False
    # a date as possessor names no owner: "in Tuesday's train hijacking" reports the act
    return any((c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"))
               or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG"))
               for c in noun.children)
