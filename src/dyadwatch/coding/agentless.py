"""Acts with no named agent: agentless passives ('dozens were arrested', 'three soldiers were killed
by a roadside bomb') and bare event nouns ('the arrest of the opposition leader', 'airstrikes on the
city'). Which acts imply which agent is data (implied_agents.txt): an arrest implies the police of
the country where it happens, a killing no one known. The source says how it was found in
`resolved_by`, so that users can keep or drop such events."""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import UNKNOWN_COUNTRY, Actor
from ..nlp.pipeline import entity_of
from .accusations import counted_among
from .extract import Match
from .happenings import attacked_units
from .lexicon import Lexicon
from .rules import ImpliedAgent
from .syntax import (
    active_subjects, expand_conjuncts, is_passive, joined_passive, lemma, pobjs, reduced_passive,
    reduced_passive_patients, reported_happening,
)

PASSIVE = "agentless-passive"
IMPLIED = "implied-agent"
AGENTLESS = (PASSIVE, IMPLIED)
ORGANISATION = "protest-organisation"  # an organisation no actor file holds, protesting
PROTESTERS = "OPP"
PATIENT = "agentless-patient"  # a common noun of people as the one an agentless act is done to
# a bare noun's patient ('the killing of protesters') and the object of its attack ('strikes on the city')
NOUN_TARGET_PREPS = ("of", "on", "against", "at")
# nouns that count acts of violence: 'cases of rape against children', 'incidents of violence against women'
COUNTING_NOUNS = frozenset({"case", "incident", "instance", "act"})
# aid given by no one named is done to whom it goes, not to the aid: 'food was delivered to 200,000 people'
RECIPIENT_ROOTS = ("07",)
RECIPIENT_PREPS = ("to", "into", "for")
# acts of force: coercion, assault, fighting and mass violence; their targets may be people named by a
# common noun, or a place's people
FORCE_ROOTS = ("17", "18", "19", "20")
# a weapon fired, thrown or launched by no one named hits what it was aimed at
AIMED_ROOTS = ("18", "19", "20")
AIMED_PREPS = ("at", "on", "upon", "toward", "towards", "into", "against")
# nouns of a fight that no entry codes alone, whose 'with' phrase names who did the harm in it
CONFRONTATIONS = frozenset({"confrontation", "scuffle", "standoff", "stand-off", "face-off", "melee"})
# a number with these names what it counts itself ('17 accused', '37 of whom')
COUNTED_DEPS = ("prep", "acl", "amod", "appos", "compound", "relcl")
PLACE_PREPS = ("in", "at", "inside", "near")
FROM_PREPS = ("from",)
# personal pronouns (by lemma: 'him' is 'he') that may stand for the ones arrested, of the roots where they may
PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})
PRONOUN_ROOTS = ("17",)
MULTITUDES = frozenset({"thousand", "hundred", "dozen", "score", "million", "ten", "crowd", "throng", "multitude", "people"})
# verbs whose subject, a protest noun, is reported as happening: 'protests erupted in Nairobi', 'the
# agitation entered its tenth day', 'a general strike paralysed Buenos Aires', 'the protest turned violent'
HAPPENING_VERBS = frozenset({
    "erupt", "break", "spread", "continue", "enter", "intensify", "escalate", "flare", "spill", "rage", "resume",
    "grip", "sweep", "rock", "paralyse", "paralyze", "cripple", "disrupt", "hit", "turn", "mount", "swell", "grow",
    "persist", "last", "begin", "start", "take", "go", "spiral", "engulf", "shake", "roil", "culminate", "evoke",
    "pass", "proceed",
    # its effect and its turnout: 'the bandh brought life to a standstill', 'the strike threw normal life out
    # of gear', 'the strike got a mixed response', 'the agitation gained momentum'
    "bring", "throw", "affect", "hamper", "halt", "shut", "stall", "get", "receive", "witness", "see",
    "gather", "gain", "peak", "snowball", "widen", "deepen",
})
# protest nouns that are as often something else ('strikes continued overnight' may be air strikes, 'the
# march of the troops', a market's 'rally'): reported so only with a word of their entry ('a protest march')
AMBIGUOUS_HAPPENINGS = frozenset({"strike", "march", "rally"})


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
    subjects = active_subjects(head)
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
    if _plain_agentless_passive(match.head) or _thing_as_subject(match, lexicon):
        agent = lexicon.implied_agents.get(match.pattern.code)
        if agent is not None:
            found.append(agent)
    for item in match.used:
        agent = lexicon.implied_agents.get(lemma(item.token))
        if agent is not None:
            found.append(agent)
    if (not found and _multitude_subject(match.head)) or happening(match):
        # 'thousands took to the streets', 'hundreds poured onto the square': a crowd doing an act of the
        # root the table names by its two digits (a protest: the protesters of the place); so is a protest
        # reported as happening ('the transport strike hit normal life', whose 'strike' alone has no agent)
        agent = lexicon.implied_agents.get(match.pattern.code[:2])
        if agent is not None:
            found.append(agent)
    return next((a for a in found if a.sector is not None), found[0] if found else None)


def keepers(match: Match, lexicon: Lexicon, sources: list[Actor]) -> list[Actor]:
    """Who holds someone in custody that the text names no keeper of: 'Mhlanga has been in custody
    since February', 'has remained in police detention in Cairo' (a received act, '<173 be|remain in
    custody'), by the words of its phrase in implied_agents.txt: the police of the place, not the place.
    Captivity implies no one, and custody with an owner of its own is theirs ('in Thai custody', 'in
    Israel's detention', 'in the custody of his grandparents')."""
    if not (match.pattern.received and sources):
        return []
    found = [item.token for item in match.used if lemma(item.token) in lexicon.implied_agents]
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
           or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
           for word in found for c in word.children):
        return []
    agents = [lexicon.implied_agents[lemma(word)] for word in found]
    return [implied_source(agent, None, IMPLIED) for agent in agents[:1] if agent.sector is not None]


def _multitude_subject(head: Token) -> bool:
    """The verb's subjects are all a number of people that names no one ('thousands', 'a crowd')."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    subjects = active_subjects(head)
    return bool(subjects) and all(_multitude(s) for s in subjects)


def named_agent_tokens(match: Match, lexicon: Lexicon | None = None) -> list[Token]:
    """Who a noun of an agentless act's phrase names as its doer: 'killed in an encounter **with the
    STF**', 'an exchange of fire **with militants**', 'injured in retaliatory firing **by the
    police**', 'killed in a **police** encounter', 'killed in **Israeli** strikes'. They acted, rather
    than the implied agent."""
    for agent in (c for c in match.head.children if c.dep_ == "agent"):
        # 'killed by Russian shelling', 'destroyed by Israeli airstrikes': whose the act that did it is
        acts = [p for p in agent.children if p.dep_ in ("pobj", "pcomp")]  # 'by Russian shelling' may be a gerund
        found = _owners(acts)
        if found:
            return found
    if lexicon is not None:
        # 'dozens were killed in Israeli strikes on Rafah', 'wounded during a Russian drone attack': the
        # act of force it happened in, by its nationality (not a place: 'arrested in the Iraqi city of Irbil')
        acts = [p for c in match.head.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                for p in pobjs(c) if lemma(p) in lexicon.nouns or lemma(p) in CONFRONTATIONS]
        found = _owners(acts)
        if found:
            return found
        # 'ten fighters were killed in clashes **with Afghan forces**', 'injured in violent confrontations
        # **with Israeli police**': the other side of the fight or confrontation did it
        found = [p for act in acts for c in act.children if c.dep_ == "prep" and c.lower_ == "with" for p in pobjs(c)]
        if found:
            return expand_conjuncts(found)
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


def _owners(acts: list[Token]) -> list[Token]:
    """The nationality or organisation that modifies an act: '**Russian** shelling', '**Israeli** strikes'."""
    return [m for p in acts for m in p.children if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG")]


def _thing_as_subject(match: Match, lexicon: Lexicon) -> bool:
    """'A bomb blast ripped through the market', 'an IED went off near a school': a verb whose subject
    is a weapon or an act of force implies the act's agent by its code ('the team seized the moment'
    is no one's seizure)."""
    if match.pattern.kind == "noun" or not match.pattern.code.startswith(FORCE_ROOTS):
        return False
    root = match.pattern.code[:2]
    subjects = active_subjects(match.head)
    # a weapon stands for whoever uses it (non_actors.txt keeps it in this root); a storm does not
    return bool(subjects) and all(root in lexicon.non_actors.get(lemma(s), ()) or any(
        p.code.startswith(FORCE_ROOTS) for p in lexicon.nouns.get(lemma(s), ())) for s in subjects)


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


def patient_actors(
    patients: list[Token], lexicon: Lexicon, country: str | None, offset: int, code: str = "",
) -> list[Actor]:
    """People named only by a common noun as the ones the act is done to ('the accused was nabbed',
    'two persons were detained'): of the sector patients.txt gives and of the act's country. A personal
    pronoun that the resolver found no one for is a person too, of coercion (`code`) alone: 'police
    arrested him in Ludhiana' ('they are being targeted' may be anyone's armed men)."""
    found: list[Actor] = []
    for noun in patients:
        people = lexicon.patients.get(lemma(noun)) or lexicon.patients.get(noun.lower_) or _read_as_verb(noun, lexicon)
        if people is None and noun.pos_ == "PRON" and lemma(noun) in PERSONAL_PRONOUNS and code.startswith(PRONOUN_ROOTS):
            people = lexicon.patients.get("person")
        if people is None and noun.pos_ == "NUM" and not any(c.dep_ in COUNTED_DEPS for c in noun.children):
            # ACLED's 'killing 4', 'abducted 12': a count of people ('37 of whom' counts people named before)
            people = lexicon.patients.get("people")
        if people is None or people.sector is None:
            continue
        home = country or UNKNOWN_COUNTRY
        span = (offset + noun.idx, offset + noun.idx + len(noun))
        found.append(Actor(noun.text, home + people.sector, country, (people.sector,), None, PATIENT, span))
    return found


def _read_as_verb(noun: Token, lexicon: Lexicon) -> ImpliedAgent | None:
    """'The main accused was arrested', 'the absconding accused was nabbed': the parser reads the
    modifier as the noun and the noun 'accused' as a participle modifying it. A participle with a
    phrase of its own may be an accusation ('the main accused in the murder case' is left alone)."""
    if noun.pos_ not in ("ADJ", "VERB", "NOUN"):
        return None
    return next((lexicon.patients[c.lower_] for c in noun.children
                 if c.dep_ in ("acl", "amod") and c.lower_ in lexicon.patients and not any(c.children)), None)


def protest_organisations(doers: list[Token], offset: int) -> list[Actor]:
    """An organisation that no actor file holds, doing a protest: 'the ABVP staged a protest', 'the
    Bajrang Dal held a demonstration', 'NSUI activists' being known by their noun. Unions, student
    bodies, associations and parties of the place are protesters there (OPP), as the implied agent of
    a protest is; a person's unknown name is no organisation."""
    found: list[Actor] = []
    for noun in doers:
        entity = entity_of(noun)
        acronym = noun.pos_ == "PROPN" and len(noun.text) >= 2 and noun.text.isupper() and noun.text.isalpha()
        if entity is not None and entity.label_ != "ORG" or entity is None and not acronym:
            continue
        start, end = (entity.start_char, entity.end_char) if entity is not None else (noun.idx, noun.idx + len(noun))
        text = noun.doc.text[start:end]
        found.append(Actor(text, UNKNOWN_COUNTRY + PROTESTERS, None, (PROTESTERS,), None, ORGANISATION,
                           (offset + start, offset + end)))
    return found


def patient_tokens(match: Match, how: str, lexicon: Lexicon | None = None) -> list[Token]:
    """Who the act is done to: the passive subject ('protesters were detained'), the recipient of aid
    ('aid was airdropped into Gaza'), what a weapon was aimed at ('a grenade was thrown at a police
    station', 'rockets were fired towards Israel'), or the noun's 'of' or 'on' phrase ('the killing of
    protesters', 'airstrikes on the city')."""
    if how == PASSIVE:
        recipients = [p for c in match.head.children if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS
                      for p in pobjs(c)] if match.pattern.code.startswith(RECIPIENT_ROOTS) else []
        if recipients:
            return expand_conjuncts(recipients)  # 'aid was airdropped into northern Gaza': Gaza gets it
        found = [c for c in match.head.children if c.dep_ == "nsubjpass"]
        if found and lexicon is not None and match.pattern.code.startswith(AIMED_ROOTS) \
                and all(lemma(f) in lexicon.non_actors for f in found):
            aimed = [p for c in match.head.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS for p in pobjs(c)]
            if aimed:
                return expand_conjuncts(aimed)
        if not found and reduced_passive(match.head):
            # 'three journalists were among those arrested': the ones counted among them (accusations.py)
            found = [s for p in reduced_passive_patients(match.head) for s in counted_among(p) or [p]]
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
    if attacked_units(match.trigger):  # 'a UN convoy came under attack' (happenings.py)
        return attacked_units(match.trigger)
    for noun in (match.trigger, *_counter(match.trigger)):
        for wanted in NOUN_TARGET_PREPS:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == wanted:
                    found = [p for p in prep.children if p.dep_ == "pobj" and p.i != match.trigger.i]
                    if found:
                        return expand_conjuncts(found)
    return []


def _counter(noun: Token) -> list[Token]:
    """'cases of rape against children', 'acts of violence against women': the noun that counts the acts,
    on which the parser hangs whom they are done to."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in COUNTING_NOUNS:
        return [head.head]
    return []


def place_tokens(match: Match, patients: list[Token]) -> list[Token]:
    """Where the act happens: 'in'/'at' phrases of its clause, of the event noun itself, or of the
    ones it is done to ('the arrest of five people in the Iraqi city of Irbil'); failing those, where
    the people were taken from ('three diplomats were expelled from Norway', 'nabbed from Bihar')."""
    places: list[Token] = []
    for preps in (PLACE_PREPS, FROM_PREPS):
        for word in dict.fromkeys((match.head, match.trigger, *patients)):
            for pobj in (p for prep in word.children if prep.dep_ == "prep" and prep.lower_ in preps for p in pobjs(prep)):
                inner = [p for i in pobj.children if i.dep_ == "prep" for p in pobjs(i)]
                # 'killed in Israeli strikes on Rafah': the place is what the strikes hit
                if not (inner and _owners([pobj]) and pobj.ent_type_ not in ("GPE", "LOC", "FAC")):
                    places.append(pobj)
                places.extend(inner)
    return places


def happening(match: Match) -> bool:
    """'Violent protests broke out in Nairobi', 'a nationwide bandh crippled life in Kerala': a protest
    noun as the subject of a verb of its happening reports the protest, as a verb would."""
    noun = match.trigger
    if match.pattern.kind != "noun" or not (_happening_subject(noun) or reported_happening(noun)):
        return False
    return lemma(noun) not in AMBIGUOUS_HAPPENINGS or bool(match.pattern.words)


def _happening_subject(noun: Token) -> bool:
    """'Protests erupted', 'the agitation entered its tenth day'."""
    return noun.dep_ == "nsubj" and lemma(noun.head) in HAPPENING_VERBS


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
