"""Who does what to whom on the parse: the source and target phrases of a matched event.

A pattern may name its source or target slot; otherwise the default chain applies (subject or
passive agent for the source; recipient, objects, prepositional objects and the subjects of the
clause asked for, for the target). This module knows syntax only, like extract.py.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .extract import (
    CLAIM_VERBS, Match, OBJECT_DEPS, EXPERIENCER_PASSIVES, STATIVE_PASSIVES, SUBJECT_DEPS, clause_after,
)
from .arguments import of_doers
from .nominal import nominal_sides, nominal_targets, owner_names
from .happenings import fragment_gerund
from .lexicon import Pattern
from .accusations import amid_verb, counted_among
from .doers import from_doers, partitive_antecedent, partitive_relative, series_holder
from .visitors import guest, hosts, visitor_participle
from .syntax import (
    RELATIVE_TAGS, addressees, appeal_to_infinitive, children_of, content_subjects, drawing_verb, expand_conjuncts,
    for_to_clause, is_control_complement, is_passive, joined_passive, lemma, of_objects, pobjs, shared_objects,
)

# what a sender's words come in: 'sent a message pledging', 'issued a statement condemning'
# texts that carry their author's words: 'sent Putin a message pledging to', 'adopted a resolution
# demanding an immediate ceasefire', 'issued a report calling for an inquiry'
MESSAGE_NOUNS = frozenset({
    "message", "letter", "note", "statement", "communique", "cable", "telegram", "declaration", "resolution",
    "motion", "petition", "memorandum", "report",
    # orders, warnings and appeals carry their issuer's words too: 'issued an ultimatum demanding that
    # Israel release', 'issued an order banning gatherings', 'made a speech criticizing the West'
    "warning", "ultimatum", "appeal", "plea", "decree", "directive", "order", "notice", "advisory",
    "announcement", "speech", "tweet", "post",
})
# 'Iran is ready to talk': the subject of 'be' acts in the infinitive (not in 'it is important to talk');
# 'China is busy bullying Taiwan', 'Beijing was quick to condemn'
READINESS_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "determined", "keen", "set", "due", "likely", "able", "about",
                                  "busy", "quick", "swift"})
TARGET_PREPS = ("with", "against", "to", "toward", "towards", "on", "into", "at", "from", "for", "over", "upon", "in")
# participles that name an act's doer: 'attributed to the army', 'blamed on the rebels'
ATTRIBUTING = {"attribute": "to", "blame": "on", "ascribe": "to"}
# acts of force, whose event noun's 'of' phrase names the one it is done to (not its doer, as in 'the
# withdrawal of troops' or 'the resignation of the minister')
PATIENT_OF_ROOTS = frozenset({"17", "18", "19", "20"})
ASIDE_PREPS = ("as",)
# pledges, talks, diplomacy and cooperation: a place they name is where they happen, not whom they are
# done with ('held talks in Oman', 'signed the deal in Beijing')
VENUE_ROOTS = ("03", "04", "05", "06")
# 'announced it on the sidelines of the ECOWAS summit': where something is done, not to whom
VENUE_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
# 'came under attack from Russian forces', 'was under fire from rebels': the act is done to the subject
UNDER_VERBS = frozenset({"come", "be", "fall", "remain"})


def message_addressees(verb: Token) -> list[Token]:
    """Whom words carried by a message or a telling are addressed to: 'sent Putin a message saying he
    would ...', 'a letter to Putin pledging ...', 'wrote to Biden asking ...', 'told Putin he would ...'."""
    token = verb
    while token.dep_ in ("xcomp", "conj", "ccomp") and token.head != token:
        token = token.head
        found = _addressed(token)
        if found:
            return found
    if token.dep_ == "acl" and lemma(token.head) in MESSAGE_NOUNS:
        noun = token.head
        return [p for c in children_of(noun, ("prep",)) if c.lower_ == "to" for p in pobjs(c)] or _addressed(noun.head)
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        return _addressed(token.head)
    return []


def _addressed(verb: Token) -> list[Token]:
    """The person or party a verb of sending or telling names as the receiver."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    found = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    found += [p for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for p in pobjs(c)]
    found += [c for c in children_of(verb, ("dobj",)) if lemma(c) not in MESSAGE_NOUNS and c.pos_ in ("PROPN", "PRON")]
    return found


def under_verb(noun: Token) -> Token | None:
    """The verb of 'came under attack' or 'drew criticism from', whose subject suffers the act `noun` names."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head != prep and lemma(prep.head) in UNDER_VERBS:
        return prep.head
    return drawing_verb(noun) or amid_verb(noun)


def under_sources(noun: Token) -> list[Token]:
    """'came under attack from X', 'drew criticism from X': X, the one who acts (also on the noun's 'of'
    object: 'despite threats of sanctions from Washington')."""
    verb = under_verb(noun)
    if verb is None:
        return []
    found = [p for holder in (noun, verb, *of_objects(noun)) for c in children_of(holder, ("prep",))
             if c.lower_ in ("from", "by") for p in pobjs(c)][:1]
    if not found and amid_verb(noun) is not None:
        found = owner_names(noun)[:1]  # 'despite Chinese objections' (nominal.py)
    return expand_conjuncts(found)


def claiming_verb(noun: Token) -> Token | None:
    """The verb by which its subject claims the act `noun` names as its own: 'claimed the killing of',
    'claimed responsibility for the attack', 'admitted the bombing'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) in ("responsibility", "credit"):
        noun = head.head
        head = noun.head
    if noun.dep_ == "dobj" and lemma(head) in CLAIM_VERBS:
        return head
    return None


def _before(verb: Token) -> Span:
    """The words of the verb's sentence before it; read only where asked: each read of Token.sent walks
    the parse to the sentence's start."""
    sent = verb.sent
    return sent[: verb.i - sent.start]


def source_tokens(
    verb: Token, object_control: frozenset[str], depth: int = 0, passive_subject: bool = False
) -> list[Token]:
    """Who acts: subject or passive agent, inherited through control, conjunction and participles.

    Below the clause itself (depth > 0) a passive subject counts too: in "Kim is expected to meet
    Putin" and "Iran was asked to stop", the passive subject is who would act. With `passive_subject`
    (word-order dictionaries, which code the actor before the verb) it counts in the clause itself.
    """
    if visitor_participle(verb):
        return [guest(verb)]  # 'met visiting U.S. Secretary of State Antony Blinken' (visitors.py)
    if passive_subject and depth == 0 and not any(t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") for t in _before(verb)):
        return []  # 'Rebuked by Eriador, ...': a word-order dictionary's source is an actor before the verb
    for agent in children_of(verb, ("agent",)) if lemma(verb) not in EXPERIENCER_PASSIVES else []:
        if pobjs(agent) and depth == 0:
            return expand_conjuncts(pobjs(agent))
    stative = lemma(verb) in STATIVE_PASSIVES  # 'Serb forces were engaged in ethnic cleansing'
    subject_deps = ("nsubj", "nsubjpass") if depth or passive_subject or stative else ("nsubj",)
    # 'The Philippines was heavily and unjustly criticized' may hang the subject on the auxiliary
    subjects = [c for c in verb.children if c.dep_ in subject_deps] or [
        s for aux in children_of(verb, ("aux", "auxpass")) for s in aux.children if s.dep_ in subject_deps
    ]
    if not subjects and not passive_subject and verb.pos_ == "VERB":
        # 'Police lathi-charged the protesters': the subject of a hyphenated verb hung on it as a compound
        subjects = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    if not subjects and not passive_subject:
        subjects = _participle_subjects(verb)
    if not subjects and passive_subject:
        # the actor before the verb, which the parser may hang on it as a modifier ('Ethiopia act on',
        # 'Arnor departs from' parsed as a noun phrase)
        subjects = [c for c in verb.children if c.dep_ in ("compound", "amod") and c.i < verb.i
                    and c.pos_ in ("PROPN", "ADJ") and (c.pos_ == "PROPN" or verb.pos_ != "VERB")]
    if subjects:
        if verb.dep_ == "relcl" and (subjects[0].tag_ in RELATIVE_TAGS or partitive_relative(subjects[0])):
            return expand_conjuncts(counted_among(verb.head) or [verb.head])  # 'was among the countries that'
        antecedent = partitive_antecedent(subjects[0]) if verb.dep_ != "relcl" else None
        if antecedent is not None:  # 'fired at protesters, some of whom threw stones' (doers.py)
            return expand_conjuncts([antecedent])
        return expand_conjuncts(subjects)
    if verb.dep_ in ("nsubj", "csubj") and verb.tag_ == "VBG":
        # a gerund as subject has its sides in a 'between' phrase: 'Fighting between A and B has ...'
        return expand_conjuncts([p for prep in children_of(verb, ("prep",)) if prep.lower_ in ("between", "among")
                                 for p in pobjs(prep)])
    # a bare participle is passive ('protesters arrested on Sunday'), except for word-order
    # dictionaries, whose source is the actor before the verb
    passive = is_passive(verb) if not passive_subject else any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    passive = passive or (not passive_subject and joined_passive(verb))
    if passive or depth > 4 or verb.head == verb:
        return []
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "from" and lemma(head.head) in object_control:
        objects = children_of(head.head, ("dobj",))  # 'dissuade North Korea from supplying': North Korea would supply
        if objects:
            return expand_conjuncts(objects[:1])
    readiness = head.dep_ == "acomp" and lemma(head) in READINESS_ADJECTIVES
    if verb.dep_ in ("pcomp", "xcomp") and (head.dep_ == "prep" or readiness) and head.pos_ not in ("VERB", "AUX"):
        head = head.head  # 'Arnor is about to restore', 'is ready to sign': the clause the word belongs to
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") or (verb.dep_ == "ccomp" and head.pos_ == "VERB"):
        if is_control_complement(verb, object_control):
            objects = children_of(head, ("dobj",)) or [p for prep in children_of(head, ("prep",)) for p in pobjs(prep)]
            if objects:
                return expand_conjuncts(objects[:1])
        if verb.dep_ == "ccomp":
            return []
        return source_tokens(head, object_control, depth + 1)
    if verb.dep_ == "relcl":
        return [verb.head]
    held = series_holder(head)  # 'issued a series of warnings demanding' (doers.py)
    if verb.dep_ == "acl" and lemma(head) in MESSAGE_NOUNS and held.dep_ in ("dobj", "nsubjpass"):
        return source_tokens(held.head, object_control, depth + 1)  # 'Kim sent Putin a message pledging to'
    if (verb.dep_ == "acl" and lemma(head) in MESSAGE_NOUNS and head.dep_ == "pobj" and head.head.dep_ == "prep"
            and head.head.head.pos_ in ("VERB", "AUX")):
        # 'In a statement condemning the attack, the ministry called for restraint': the clause's subject
        return source_tokens(head.head.head, object_control, depth + 1)
    return []


def _participle_subjects(verb: Token) -> list[Token]:
    """'Agitating farmers blocked the highway', 'Striking workers marched': a participle opening the
    sentence that the parser took for a clausal subject with an object is the subject's adjective."""
    return [o for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i == c.sent.start
            for o in c.children if o.dep_ == "dobj" and o.i == c.i + 1]


def noun_source_tokens(noun: Token, code: str = "") -> list[Token]:
    """'Russia's attack', 'the Russian attack', 'U.S. sanctions', 'an attack by rebels', 'talks between A and B',
    'fighting broke out between A and B'; with the event's `code`, 'support from France' (doers.py)."""
    if under_verb(noun) is not None:
        return under_sources(noun)
    claimer = claiming_verb(noun)
    if claimer is not None and not children_of(noun, ("poss",)):
        return expand_conjuncts(children_of(claimer, ("nsubj",)))
    found = [c for c in children_of(noun, ("poss",)) if c.ent_type_ not in ("DATE", "TIME")]  # not "Tuesday's"
    # 'fighting broke out between A and B', 'clashes erupted between A and B'
    sides = [noun.head] if noun.dep_ == "nsubj" and not children_of(noun, ("prep",)) else []
    for prep in children_of(noun, ("prep",)) + [p for verb in sides for p in children_of(verb, ("prep",))]:
        if prep.lower_ in ("by", "between", "among") and (prep.head.i == noun.i or prep.lower_ != "by"):
            found.extend(pobjs(prep))
    found.extend(c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
    found.extend(nominal_sides(noun, found))  # 'the Biden-Xi summit', 'the Saudi-led blockade' (nominal.py)
    # 'an offensive launched by Somali forces', 'the strikes carried out by Israeli jets'
    found.extend(p for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
                 for agent in clause.children if agent.dep_ == "agent" for p in pobjs(agent))
    found.extend(attributed_agents(noun))
    found.extend(of_doers(noun, found))  # 'the withdrawal of French troops' (arguments.py)
    return expand_conjuncts(found or from_doers(noun, code))


def attributed_agents(noun: Token) -> list[Token]:
    """'a drone strike attributed to the Ethiopian military', 'an explosion blamed on the rebels': whom
    an act is attributed to is its doer."""
    return [p for clause in noun.children if clause.dep_ == "acl" and lemma(clause) in ATTRIBUTING
            for prep in children_of(clause, ("prep",)) if prep.lower_ == ATTRIBUTING[lemma(clause)] for p in pobjs(prep)]


def slot_tokens(word: Token, skips: int = 0) -> list[Token]:
    """The phrase a pattern marks right after one of its words ('FROM $', 'WITH +'): the word's
    object, else the head of the next noun phrase in the sentence; `skips` phrases are passed over
    first ('IFTAR IN ^ +': the phrase after the place)."""
    found = pobjs(word) or children_of(word, ("dobj",))
    if found and not skips:
        return expand_conjuncts(found[:1])
    start = found[0].i if found else word.i + 1
    chunks = [c for c in word.sent.noun_chunks if c.end > start]  # the sentence's own: O(sentence)
    return expand_conjuncts([chunks[skips].root]) if len(chunks) > skips else []


def preceding_slot(word: Token) -> list[Token]:
    """The phrase a pattern marks right before one of its words ('+ HOSTING *'): the head of the last
    noun phrase of the sentence that ends before the word."""
    chunks = [c for c in word.sent.noun_chunks if c.end <= word.i]
    return expand_conjuncts([chunks[-1].root]) if chunks else []


def pattern_sources(match: Match) -> list[Token] | None:
    """The source the pattern marks with '$' after the trigger, or None when it marks none there."""
    if match.pattern.source_word is None:
        return None
    return slot_tokens(match.used[match.pattern.source_word].token, match.pattern.source_skips)


def target_candidates(match: Match, clause_targets: bool = True) -> list[Token]:
    """Target noun heads in order of preference, as the pattern says or by the default chain; with
    `clause_targets`, the subjects of the verb's complement clause come last."""
    pattern = match.pattern
    if visitor_participle(match.trigger):
        return expand_conjuncts(hosts(match.trigger))
    if pattern.target_subject:
        return expand_conjuncts(children_of(match.trigger, SUBJECT_DEPS))
    if pattern.target_before is not None:
        word = [i.token for i in match.used if i.role == "before"][pattern.target_before]
        return preceding_slot(word)
    if pattern.target_object:
        objects = [i.token for i in match.used + match.phrase if i.role == "obj" and i.token.dep_ in OBJECT_DEPS]
        # 'called Pakistan's assertions baseless': an object that is no word of the pattern first
        used = {i.token.i for i in match.used}
        objects = [o for o in objects if o.i not in used] + [o for o in objects if o.i in used]
        return expand_conjuncts(objects[:1])
    if pattern.target_word is not None:
        word = match.used[pattern.target_word].token
        if pattern.ordered:
            return slot_tokens(word, pattern.target_skips)
        if not pobjs(word) and word.dep_ == "prep" and word.head.i == match.trigger.i:
            # 'the protesters were fired upon': a passive's stranded preposition is its subject's
            return expand_conjuncts(children_of(match.trigger, ("nsubjpass",)))
        return expand_conjuncts(pobjs(word) or (children_of(word.head, ("nsubj",)) if word.dep_ == "mark" else []))
    candidates: list[Token] = []
    if (match.trigger.pos_ in ("VERB", "AUX") and is_passive(match.trigger) and children_of(match.trigger, ("agent",))
            and lemma(match.trigger) not in STATIVE_PASSIVES):
        candidates.extend(children_of(match.trigger, ("nsubjpass",)))
        if match.trigger.dep_ == "acl":  # 'two of its soldiers were among those captured by Russian forces'
            candidates.extend(counted_among(match.trigger.head))
    if any(c.dep_ in ("advcl", "xcomp") and appeal_to_infinitive(match.head, c) for c in match.head.children):
        # the one appealed to comes before the objects of what is asked for
        candidates.extend(addressees(match.head))
    # 'called for Russia to accept', 'renewed its call for Netanyahu to resign'
    candidates.extend(s for w in dict.fromkeys((match.head, match.trigger)) for c in w.children if for_to_clause(c)
                      for s in children_of(c, ("nsubj",)))
    candidates.extend(i.token for i in match.phrase if i.role == "obj" and i.token.dep_ in OBJECT_DEPS + ("dative",))
    if match.trigger.pos_ == "VERB" and not is_passive(match.trigger):  # 'shot and killed two traders'
        candidates.extend(shared_objects(match.trigger))
    if (match.trigger.pos_ in ("NOUN", "PROPN") or fragment_gerund(match.trigger)) and pattern.code[:2] in PATIENT_OF_ROOTS:
        # 'Russia's shelling of Kharkiv', 'the arrest of the opposition leader', 'launched an invasion of Ukraine'
        candidates.extend(of_objects(match.trigger))
    preps = [i.token for i in match.phrase if i.role == "prep"]
    # 'warned that it would respond with force': the means a threat's entry names is how, not whom ('agreed
    # with the U.S. proposal' is agreed with its owner)
    means = {i.token.i for i in match.used if i.token.head.lower_ == "with" and pattern.code.startswith("13")}
    for wanted in TARGET_PREPS:
        for prep in preps:
            if lemma(prep) == wanted and not _venue(prep, pattern) and not _aside(prep, match):
                candidates.extend(p for p in pobjs(prep) if lemma(p) not in VENUE_NOUNS and p.i not in means)
    if pattern.ordered:
        ordered = _in_word_order(candidates) + (clause_subjects(match.head) if clause_targets else [])
        return expand_conjuncts(ordered + _nouns_after(match.head))
    if match.trigger.pos_ in ("NOUN", "PROPN") and match.light_verb is None:
        under = under_verb(match.trigger)
        if under is not None:
            return expand_conjuncts(children_of(under, SUBJECT_DEPS))
        candidates = [c for c in candidates if c.head.head == match.trigger or c.head == match.trigger]
        candidates.extend(content_subjects(match.trigger))  # 'Kyiv's accusations that Moscow shelled'
    else:
        candidates.extend(clause_subjects(match.head))
        candidates.extend(condition_subjects(match.head))
        if pattern.code[:2] < "15":  # what is said or pledged to someone, not force used while talking
            candidates.extend(message_addressees(match.head))
    # 'drills around Taiwan', 'the expulsion of Russian diplomats', 'the threat of sanctions against Lithuania'
    candidates.extend(nominal_targets(match.trigger, match.head, pattern.code))  # nominal.py
    return expand_conjuncts(candidates)


def _venue(prep: Token, pattern: Pattern) -> bool:
    """'held talks in Oman', 'signed the deal in Beijing': for pledges, talks, diplomacy and cooperation
    (03-06) a place after 'in' is where it happened, not whom it was done with, unless the entry names
    'in' ('invest in'). Elsewhere it is the target: 'sought refuge in Germany', 'eased curbs in the
    province', 'airstrikes in Syria'."""
    return (prep.lower_ == "in" and pattern.code[:2] in VENUE_ROOTS and not any("in" in w for w in pattern.words)
            and any(p.ent_type_ in ("GPE", "LOC", "FAC") for p in pobjs(prep)))


def _aside(prep: Token, match: Match) -> bool:
    """'agreed to a ceasefire as a step toward peace in Europe': a phrase inside one that says what
    the act counts as names no target, unless the entry names it ('act as go-between for')."""
    token, used = prep.head, {i.token.i for i in match.used}
    while token != match.head and token.head != token:
        if token.dep_ == "prep" and lemma(token) in ASIDE_PREPS and token.i not in used:
            return True
        token = token.head
    return False


def _in_word_order(candidates: list[Token]) -> list[Token]:
    """Word-order dictionaries take the first actor after the verb: objects and prepositional objects,
    and inside them their own prepositional phrases ('condemned an attack by Osgiliath soldiers')."""
    found = {c.i: c for c in candidates}
    for candidate in candidates:
        for prep in children_of(candidate, ("prep",)):
            found.update((p.i, p) for p in pobjs(prep))
    return [found[i] for i in sorted(found)]


def condition_subjects(verb: Token) -> list[Token]:
    """'threatened to stop talks if the US deploys missiles': who the condition is set for."""
    found: list[Token] = []
    stack = [verb]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "xcomp":
                stack.append(child)
            elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
                found.extend(s for s in child.children if s.dep_ in ("nsubj", "nsubjpass"))
    return found


def _nouns_after(verb: Token) -> list[Token]:
    """The noun phrase heads of the verb's clause after it, in word order: a word-order dictionary's
    target is the first actor after the verb, also inside noun modifiers, relative or participle
    clauses and reported clauses ('the roads leading into Mordor', 'memos sent by Bree', 'said that
    an embargo against Mordor would fail'), and in the clause an open complement belongs to."""
    top = verb
    while top.dep_ in ("xcomp", "acomp") and top.head != top:
        top = top.head  # 'was seen to break into ... parade', 'is about to restore ties with ...'
    words = [t for t in clause_after(top) if t.i > verb.i]
    return [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]


def clause_subjects(verb: Token) -> list[Token]:
    """'demanded that the US cancel plans': the subject of the demanded clause is who it is aimed at."""
    return [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def locative_tokens(verb: Token) -> list[Token]:
    """Places where the event happens ('in Gaza', 'at a jail in Dili'), for actors known only by sector."""
    places: list[Token] = []
    for prep in children_of(verb, ("prep",)):
        if prep.lower_ in ("in", "at", "inside"):
            for pobj in pobjs(prep):
                places.append(pobj)
                places.extend(p for inner in children_of(pobj, ("prep",)) for p in pobjs(inner))
    return places
