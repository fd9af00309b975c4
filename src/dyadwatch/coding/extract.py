"""Find event triggers on the dependency parse and match them against the lexicon.

A trigger's *phrase* is what the patterns can ask for: particles, prepositions, object nouns with
their compounds, and the verbs of open clausal complements. This module knows syntax only; which
words mean what is in the lexicon files.
"""
from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .accusations import (
    JUDGING_ADJECTIVES, JUDGING_NOUNS, JUDGING_VERBS, amid_verb, condemned_act, condemning_noun, demonstrative_reporter,
    judged_noun, reported_judgement,
)
from .happenings import happening_root
from .lexicon import Lexicon, Pattern
from .pronoun_slots import PRONOUN_WORD, pronoun_words
from .syntax import (
    JOINTLY, MODIFIER_DEPS, RELATIVE_TAGS, absolute, appeal_to_infinitive, children_of, drawing_verb, expand_conjuncts,
    for_to_clause, infinitive, is_passive, lemma, modifiers, pobjs, predicate_adjective, predicate_noun,
    predicate_participle, reduced_passive, reported_happening, subject_infinitive,
)

OBJECT_DEPS = ("dobj", "attr", "oprd")
PREP_DEPS = ("prep", "agent", "dative")
CLAUSE_DEPS = ("xcomp", "pcomp")
# the aims of force used on a crowd, whose object is the one it is used on: 'fired in the air to disperse
# the protesters', 'lathi-charged the crowd to bring it under control'
CROWD_PURPOSES = frozenset({"disperse", "scatter", "quell", "control", "chase", "clear", "evict"})
# Verbs whose passive describes the subject's own act, not something done to it: "Serb forces were
# engaged in ethnic cleansing", "Vietnam is committed to opening its economy"
# Verbs of feeling whose passive or participle names the one who feels as its subject and what causes
# the feeling in its 'by' phrase: "France was alarmed by the tests", "the EU is concerned by the plans"
EXPERIENCER_PASSIVES = frozenset({
    "concern", "alarm", "worry", "trouble", "disturb", "perturb", "disappoint", "dismay", "anger", "outrage",
    "upset", "frustrate", "shock", "appal", "appall", "irritate", "annoy", "offend", "incense", "enrage",
    "infuriate", "sadden", "unnerve", "disgust", "horrify",
})
STATIVE_PASSIVES = frozenset({"engage", "commit", "oppose", "involve", "base"}) | EXPERIENCER_PASSIVES  # the passive subject acts
# verbs whose small clause is a verdict on its subject: 'held Israel responsible', 'declared the vote void'
VERDICT_VERBS = frozenset({"hold", "declare", "pronounce", "rule", "deem", "judge", "adjudge", "find"})
# verbs whose reported clause may say what the speaker will do, or what the one warned will suffer
WARNING_VERBS = frozenset({"warn", "caution", "threaten", "vow", "swear"})
# reports whose passive or bearing clause may be a threat: 'Iran said any attack would be met with force' (threats.py)
FORETELLING_VERBS = frozenset({"say", "add", "indicate", "signal", "stress"})
# verbs whose subject bears what someone else does to it: 'warned that NATO members would face consequences'
BEARING_VERBS = frozenset({"face", "pay", "suffer", "bear", "incur", "regret"})
# pronouns that name no speaker: 'warned that there would be consequences'
IMPERSONAL_PRONOUNS = frozenset({"there", "this", "that", "which", "what", "everyone", "anyone", "nobody"})
# first parts of a hyphenated verb that make it no act of its last part ('test-fired', 'war-gamed')
PRETENDED_ACT_PREFIXES = frozenset({"test", "mock", "dry", "war"})
# verbs by which the subject claims an act as its own, which is then coded as the subject's act too
CLAIM_VERBS = frozenset({"claim", "admit", "acknowledge"})
# adverbs the parser often leaves as advmod where they are the verb's particle ('stepped down', 'looked
# forward to'), and the resultatives it tags so ('set free a jailed journalist', 'cut loose')
PARTICLE_ADVERBS = frozenset({"down", "up", "out", "off", "back", "away", "aside", "over", "free", "loose", "forward"})
# adverbs of result that complete a verb as a particle does ('set a police outpost ablaze')
RESULT_ADVERBS = frozenset({"ablaze", "alight", "afire"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# prepositions that name where a report comes from ('according' has the lemma 'accord')
SOURCE_PREPS = frozenset({"according"})
AGENT_ROLE = "agent"  # a phrase item that is the passive's agent: it can fill no pattern word


@dataclass
class PhraseItem:
    lemma: str
    token: Token
    role: str


@dataclass
class Match:
    """A trigger matched by a pattern, with the phrase words it used."""

    trigger: Token
    pattern: Pattern
    used: list[PhraseItem]
    phrase: list[PhraseItem]
    light_verb: Token | None = None
    consumed: set[int] = field(default_factory=set)
    adjunct: bool = False  # 'after talks with Erdogan, Putin said': a meeting in the clause's time phrase

    @property
    def head(self) -> Token:
        """The clause the event belongs to: the light verb for noun events in 'held talks'."""
        return self.light_verb if self.light_verb is not None else self.trigger


def phrase_items(trigger: Token, max_depth: int = 2, event_nouns: Container[str] = ()) -> list[PhraseItem]:
    """The trigger's phrase; a past participle after one of `event_nouns` takes that noun as its object
    ('a strike called by the unions': the strike is called)."""
    items: list[PhraseItem] = []

    def add_noun(noun: Token, depth: int) -> None:
        items.append(PhraseItem(lemma(noun), noun, "obj"))
        if noun.lower_ != lemma(noun):
            items.append(PhraseItem(noun.lower_, noun, "obj"))
        for child in noun.children:
            if child.dep_ in MODIFIER_DEPS:
                items.extend(PhraseItem(lemma(m), m, "obj") for m in modifiers(child))
            elif child.dep_ == "prep" and depth < max_depth:
                add_prep(child, depth + 1)
            elif child.dep_ in ("acl", "relcl") and depth == 0 and infinitive(child):
                add_verb(child, depth + 1, "xcomp")  # 'expressed its willingness to negotiate'
            elif child.dep_ == "conj" and noun.dep_ == "oprd":
                items.append(PhraseItem(lemma(child), child, "obj"))  # 'called the sanctions cruel and illegal'
            elif child.dep_ == "appos" and depth == 0 and not any(t.is_punct for t in noun.doc[noun.i:child.i]):
                # 'branded the opposition leader a traitor': the parser's apposition is the object's predicate
                items.append(PhraseItem(lemma(child), child, "obj"))
            elif child.dep_ == "conj" and child.pos_ == "NOUN":
                add_noun(child, depth)  # 'the freeze on intelligence and weapons': each noun conjoined

    def add_prep(prep: Token, depth: int) -> None:
        if prep.lower_ in SOURCE_PREPS:
            return  # 'withdrew from Orlivka, according to the Russian MoD': who says so, not a word of the act
        # 'On 15 January, police fired at demonstrators': a preposition of a date is no pattern word
        dated = (prep.lower_ in ("on", "in", "at") and bool(pobjs(prep))
                 and all(o.ent_type_ in ("DATE", "TIME") for o in pobjs(prep)))
        items.append(PhraseItem("" if dated else lemma(prep), prep, "prep"))
        for child in prep.children:
            # an event noun's own 'of' is whom it is done to, possessed or not: 'the recall of its ambassador'
            own_of = prep.lower_ == "of" and prep.head == trigger and trigger.pos_ in ("NOUN", "PROPN")
            if child.dep_ == "pobj" and not (depth and _possessed(child) and not own_of):
                add_noun(child, depth)
                if child.pos_ == "VERB":
                    add_verb(child, depth + 1, None)  # a gerund the parser takes for a noun: 'at lifting'
            elif child.dep_ == "pcomp" and child.pos_ in ("VERB", "AUX") and not absolute(prep, child):
                add_verb(child, depth + 1, "xcomp")
            elif child.dep_ in ("amod", "acomp") and child.pos_ == "ADJ" and prep.lower_ == "as":
                items.append(PhraseItem(lemma(child), child, "obj"))  # 'described the remarks as "unacceptable"'
            elif child.dep_ == "prep" and depth < max_depth:
                add_prep(child, depth + 1)

    def add_verb(verb: Token, depth: int, role: str | None) -> None:
        if role:
            items.append(PhraseItem(lemma(verb), verb, role))
        if depth == 0 and verb.dep_ == "acl" and lemma(verb.head) in event_nouns and reduced_passive(verb):
            add_noun(verb.head, depth)  # 'a shutdown called by separatists': the noun is the object
        elif depth == 0 and object_gap(verb):
            add_noun(verb.head, depth)  # 'a charge New Delhi rejected': the noun is what is rejected
        for child in verb.children:
            dep = child.dep_
            if dep == "nsubjpass" and depth == 0 and lemma(verb) not in STATIVE_PASSIVES:
                add_noun(child, depth)  # 'the hostages were released': the passive subject is the object
            elif dep == "agent" and depth == 0 and lemma(verb) in EXPERIENCER_PASSIVES:
                add_prep(child, depth)  # 'alarmed by the tests': the cause of the feeling, not an agent
            elif dep == "agent" and depth == 0:
                add_agent(child)
            elif dep == "prt" or (dep == "advmod" and child.lower_ in PARTICLE_ADVERBS | RESULT_ADVERBS | JOINTLY):
                items.append(PhraseItem(lemma(child), child, "prt"))
                for prep in children_of(child, ("prep",)):
                    add_prep(prep, depth)  # 'walked away from the deal': the parser hangs 'from' on 'away'
            elif dep == "aux" and child.lower_ == "to":
                items.append(PhraseItem("to", child, "to"))
            elif dep in OBJECT_DEPS or (dep == "dative" and child.pos_ != "ADP"):
                add_noun(child, depth)
            elif dep == "conj" and depth and child.pos_ == "VERB" and not children_of(verb, OBJECT_DEPS):
                # 'hinting at lifting or reducing the sanctions', 'vowed to arrest and expel the envoys':
                # verbs joined before one object share it
                for shared in children_of(child, ("dobj",)):
                    add_noun(shared, depth)
            elif dep == "npadvmod" and depth == 0 and children_of(child, ("nummod",)):
                items.append(PhraseItem(lemma(child), child, "obj"))  # 'gave the ambassador 48 hours to leave'
            elif dep == "acomp":
                # 'remained silent', 'pleaded guilty', 'urged to remain calm': the adjective a pattern may
                # name, never a target
                items.append(PhraseItem(lemma(child), child, "acomp"))
            elif dep in PREP_DEPS:
                add_prep(child, depth)
            elif dep in CLAUSE_DEPS and depth < max_depth and child.pos_ in ("VERB", "AUX"):
                add_verb(child, depth + 1, "xcomp")
            elif dep in ("advcl", "oprd") and depth == 0 and child.pos_ == "NOUN" and not any(
                    c.dep_ in ("nsubj", "mark", "aux") for c in child.children):
                items.append(PhraseItem(lemma(child), child, "obj"))  # 'took dozens of civilians hostage'
            elif depth == 0 and subject_infinitive(child):
                # 'allowed UN inspectors to visit the site': the parser makes the infinitive a clause
                # with its own subject; that subject is the verb's object, the infinitive its complement
                for subject in children_of(child, ("nsubj",)):
                    add_noun(subject, depth)
                add_verb(child, depth + 1, "xcomp")
            elif dep == "ccomp" and depth == 0:
                add_small_clause(child)
            elif dep == "mark" and depth == 0 and child.lower_ == "as":
                items.append(PhraseItem("as", child, "mark"))  # 'as opposed to', 'as agreed': set phrases
            elif dep == "advcl" and depth == 0 and (appeal_to_infinitive(verb, child) or purpose(child)):
                add_verb(child, depth + 1, "xcomp")
            elif depth == 0 and for_to_clause(child):
                # 'called for Russia to accept the ceasefire': 'for' as the verb's preposition
                items.append(PhraseItem("for", next(m for m in child.children if m.dep_ == "mark"), "prep"))
                add_verb(child, depth + 1, "xcomp")

    def add_small_clause(clause: Token) -> None:
        """'held Moscow responsible for', 'declared the vote illegal': the predicate adjective of a
        verdict's small clause; 'charged that Armenia had violated': the 'that' of a reported clause."""
        if lemma(clause.head) in VERDICT_VERBS and (clause.pos_ == "ADJ" or not children_of(clause, ("mark",))):
            # the parser's clause for 'declared two diplomats persona non grata' is headed by 'persona'
            items.append(PhraseItem(lemma(clause), clause, "obj"))
            for prep in children_of(clause, ("prep",)):
                add_prep(prep, 1)
        for mark in children_of(clause, ("mark",)):
            if mark.lower_ in ("that", "if", "whether"):  # 'asked the US if it could help'
                items.append(PhraseItem(mark.lower_, mark, "mark"))
        if (lemma(clause.head) in WARNING_VERBS and warned_consequence(clause)) or (
                lemma(clause.head) in FORETELLING_VERBS and (is_passive(clause) or lemma(clause) in BEARING_VERBS)):
            add_verb(clause, 1, "xcomp")  # 'warned Kyiv it would pay a heavy price'
            if lemma(clause.head) in FORETELLING_VERBS:  # 'said sanctions would be imposed': what will be done
                for subject in children_of(clause, ("nsubjpass",)):
                    add_noun(subject, 1)

    def add_agent(agent: Token) -> None:
        """'released by Hamas': the by-agent is the source, so its words fill no object slot."""
        items.append(PhraseItem("by", agent, "prep"))
        for noun in pobjs(agent):
            items.append(PhraseItem(lemma(noun), noun, AGENT_ROLE))

    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.children:
            if child.dep_ in MODIFIER_DEPS:
                items.extend(PhraseItem(lemma(m), m, "obj") for m in modifiers(child))
            elif child.dep_ == "prep":
                add_prep(child, 1)
            elif child.dep_ in ("acl", "relcl") and infinitive(child):
                add_verb(child, 1, "xcomp")  # 'an offer to mediate', 'its readiness to negotiate'
            elif for_to_clause(child):
                # 'renewed its call for the president to resign': 'for' as the noun's preposition
                items.append(PhraseItem("for", next(m for m in child.children if m.dep_ == "mark"), "prep"))
                add_verb(child, 1, "xcomp")
    else:
        add_verb(trigger, 0, None)
    # the helpers refer to one another: a reference cycle, freed here rather than by the garbage collector
    add_noun = add_prep = add_verb = add_small_clause = add_agent = None
    return items


def object_gap(verb: Token) -> bool:
    """'a charge New Delhi quickly rejected', 'the deal that Iran signed': a relative clause with a subject
    of its own and no object but its relative pronoun has the noun it modifies as its object."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or children_of(verb, ("ccomp", "xcomp", "nsubjpass")):
        return False
    subjects, objects = children_of(verb, ("nsubj",)), children_of(verb, ("dobj",))
    return (bool(subjects) and all(s.tag_ not in RELATIVE_TAGS for s in subjects)
            and all(o.tag_ in RELATIVE_TAGS for o in objects))


def warned_consequence(clause: Token) -> bool:
    """'warned that it would respond', 'warned that any attack would be met with force', 'warned that NATO
    members would face consequences': a warning's clause tells what the speaker will do (a pronoun
    subject), what will be done (a passive) or what its subject will bear; 'warned that Russia could
    invade' foretells another's act and says nothing of the speaker's."""
    subjects = children_of(clause, SUBJECT_DEPS)
    return (lemma(clause) in BEARING_VERBS or is_passive(clause)
            or any(s.pos_ == "PRON" and s.lower_ not in IMPERSONAL_PRONOUNS for s in subjects))


def purpose(clause: Token) -> bool:
    """'opened fire to disperse the mob': an infinitive of purpose that says whom force is used on is a
    word of the force's phrase (other purposes are acts of their own: 'flew to Moscow to meet Putin')."""
    return (lemma(clause) in CROWD_PURPOSES and infinitive(clause)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children))


def _possessed(noun: Token) -> bool:
    """'in its fight against the West': below the trigger, a possessed noun is the circumstance of
    someone's own act, not a word of the trigger's phrase."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def match_pattern(pattern: Pattern, phrase: list[PhraseItem]) -> list[PhraseItem] | None:
    """Assign each pattern word to a distinct phrase item; None if some word finds none."""
    used: list[PhraseItem] = []
    taken: set[int] = set()
    for index, options in enumerate(pattern.words):
        wants_prep = pattern.target_word == index
        candidates = [
            (n, item)
            for n, item in enumerate(phrase)
            if n not in taken and item.lemma in options and item.role != AGENT_ROLE
            and (not wants_prep or item.role == "prep")
        ]
        if not candidates:
            return None
        n, item = candidates[0]
        taken.add(n)
        used.append(item)
    return used


def _alternative_at(tokens: list[Token], n: int, alternative: str) -> int | None:
    """Index after `alternative` (one or more adjacent words) matched at tokens[n], or None. Pattern
    words are word forms, as PETRARCH matches them: 'EFFORT' is not 'efforts'."""
    words = alternative.split()
    if n + len(words) > len(tokens):
        return None
    for k, word in enumerate(words):
        token = tokens[n + k]
        if (k and token.i != tokens[n + k - 1].i + 1) or word != token.lower_:
            return None
    return n + len(words)


def match_sequence(
    elements: tuple[frozenset[str], ...], glued: tuple[bool, ...], tokens: list[Token], n: int, previous: int,
    end_before: int | None = None,
) -> list[Token] | None:
    """Match the elements in order over tokens[n:]; a glued element starts right after the previous
    match (sentence index `previous`); with `end_before`, the last match must touch that index."""
    if not elements:
        return [] if end_before is None or previous == end_before - 1 else None
    for m in range(n, len(tokens)):
        if glued[0] and tokens[m].i != previous + 1:
            if tokens[m].i > previous + 1:
                break
            continue
        for alternative in elements[0]:
            end = _alternative_at(tokens, m, alternative)
            if end is None:
                continue
            rest = match_sequence(elements[1:], glued[1:], tokens, end, tokens[end - 1].i, end_before)
            if rest is not None:
                return [tokens[m], *rest]
    return None


def clause_after(trigger: Token) -> list[Token]:
    """Tokens of the trigger's own clause after it: its subtree without conjoined clauses."""
    skip: set[int] = set()
    for child in trigger.children:
        if child.dep_ in ("conj", "cc") and child.i > trigger.i:
            skip.update(t.i for t in child.subtree)
    return [t for t in trigger.subtree if t.i > trigger.i and t.i not in skip]


def match_ordered(pattern: Pattern, trigger: Token) -> list[PhraseItem] | None:
    """A word-order pattern: `before` in order ahead of the trigger in its sentence, `words` in order
    after it within its clause; the matched words after the trigger, as phrase items."""
    before: list[Token] = []
    if pattern.before:
        ahead = [t for t in trigger.sent if t.i < trigger.i]
        glued = (False, *pattern.before_adjacent[:-1])
        end = trigger.i if pattern.before_adjacent[-1] else None
        matched = match_sequence(pattern.before, glued, ahead, 0, -2, end)
        if matched is None:
            return None
        before = matched
    found = match_sequence(pattern.words, pattern.adjacent, clause_after(trigger), 0, trigger.i)
    if found is None:
        return None
    items = [PhraseItem(lemma(t), t, "prep" if t.dep_ in PREP_DEPS else "obj") for t in found]
    return items + [PhraseItem(lemma(t), t, "before") for t in before]


def best_match(
    trigger: Token, kind: str, lexicon: Lexicon, ordered_only: bool = False, light_verb: Token | None = None,
    besides: str | None = None,
) -> Match | None:
    """The most specific entry for `trigger`, of a code not starting with `besides`; an event noun under a
    light verb also matches words of the verb's phrase ('carried out strikes on Gaza')."""
    word = lemma(trigger)
    lower = trigger.lower_  # read once: each read of a token's string attribute decodes it anew
    keys = {word, lower}
    patterns = [p for key in keys for p in lexicon.patterns(kind, key)
                if (p.ordered or not ordered_only) and not (besides and p.code.startswith(besides))]
    parts: list[PhraseItem] = []
    first, _, last = word.rpartition("-")
    if not patterns and first and not (kind == "verb" and first in PRETENDED_ACT_PREFIXES):
        # a hyphenated word no entry names whole ('sit-in', 'tear-gassed'): its last part, with the
        # others as its compounds, as entries written for split words have it ('in sit', 'gas')
        patterns = [p for p in lexicon.patterns(kind, last) if not p.ordered]
        parts = [PhraseItem(word, trigger, "obj") for word in first.split("-")]
    if not patterns:
        return None
    phrase = phrase_items(trigger, event_nouns=lexicon.nouns) + parts
    if light_verb is not None:
        phrase += phrase_items(light_verb)
    slotted = lexicon.lemmas_with_word(kind, PRONOUN_WORD)
    if not slotted.isdisjoint(keys if not parts else (last,)) and any(
            PRONOUN_WORD in options for p in patterns for options in p.words):  # 'beat him' (pronoun_slots.py)
        phrase += [PhraseItem(word, token, "obj") for word, token in pronoun_words(phrase, lexicon)]
    lemmas = {item.lemma for item in phrase}
    best: Match | None = None
    for pattern in {id(p): p for p in patterns}.values():  # each entry once; hashing a Pattern is slow
        if pattern.ordered and lower not in pattern.trigger:
            continue  # dictionary verbs match their listed and regular word forms, not a lemma ('departes')
        if not pattern.ordered and any(map(lemmas.isdisjoint, pattern.words)):
            continue  # a word no item of the phrase has: match_pattern would find none
        used = match_ordered(pattern, trigger) if pattern.ordered else match_pattern(pattern, phrase)
        if used is None or (pattern.compound and not _compound_subject(trigger)):
            continue
        rank = (pattern.specificity, lower in pattern.trigger)
        if best is None or rank > (best.pattern.specificity, lower in best.pattern.trigger):
            best = Match(trigger, pattern, used, phrase)
    return best


def _compound_subject(trigger: Token) -> bool:
    """'Gondor and Arnor agree': the trigger's subject (or its clause's) is conjoined."""
    subjects = children_of(trigger, SUBJECT_DEPS) or (
        children_of(trigger.head, SUBJECT_DEPS) if trigger.dep_ in ("xcomp", "conj") else []
    )
    return len(expand_conjuncts(subjects)) > 1


def is_light(verb: Token, lexicon: Lexicon) -> bool:
    particles = [lemma(c) for c in verb.children if c.dep_ == "prt"]
    return lemma(verb) in lexicon.light_verbs or any(
        f"{lemma(verb)} {p}" in lexicon.light_verbs for p in particles
    )


def _object_nouns(verb: Token, lexicon: Lexicon, light: bool = False) -> list[Token]:
    """The verb's object nouns; an amount ('rounds of talks', 'a wave of arrests') adds the noun it counts,
    and a light verb's objects add the nouns joined to them ('imposed a trade and financial embargo',
    where the parser heads the object with 'trade')."""
    nouns = [c for c in verb.children if c.dep_ in OBJECT_DEPS + ("nsubjpass",) and c.pos_ in ("NOUN", "PROPN")]
    counted = [p for n in nouns if lemma(n) in lexicon.amounts
               for c in children_of(n, ("prep",)) if c.lower_ == "of" for p in pobjs(c) if p.pos_ == "NOUN"]
    joined = [c for n in nouns for c in n.conjuncts if c.pos_ == "NOUN"] if light else []
    return nouns + counted + joined


# 'It was Putin's first visit to North Korea', 'This marks Rubio's second trip to Riyadh': an event noun
# with an owner of its own, named as what something is or marks, is that owner's act
IDENTIFYING_VERBS = frozenset({"be", "mark", "become", "represent", "constitute"})


def _owned_act(verb: Token, noun: Token) -> bool:
    return lemma(verb) in IDENTIFYING_VERBS and any(
        c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") for c in noun.children)


# 'is in Israel for talks', 'is on a visit to Moscow': an event noun in a phrase of 'be' is the
# subject's own act, 'be' its light verb
BE_EVENT_PREPS = ("for", "on")


def _be_event_nouns(verb: Token) -> list[Token]:
    if lemma(verb) != "be":
        return []
    return [p for c in children_of(verb, ("prep",)) if c.lower_ in BE_EVENT_PREPS for p in pobjs(c) if p.pos_ == "NOUN"]


# 'After talks with Erdogan, Putin said ...', 'During his visit to Beijing, Macron urged ...', 'Hamas is
# in talks with Egypt': a meeting, visit or call with someone, in a time phrase of a clause, is its
# subject's own; one with an agent of its own ('during a visit by Starmer') stands alone
ADJUNCT_PREPS = frozenset({"after", "following", "during"})
ADJUNCT_ROOTS = ("04",)
ADJUNCT_PARTNER_PREPS = frozenset({"with", "to"})


def _adjunct_matches(verb: Token, lexicon: Lexicon) -> list[Match]:
    """Consultations (root 04) with a partner named in a time phrase of the verb's clause ('in' only
    after 'be' or for a call), with the verb as their light verb."""
    found = []
    for prep in children_of(verb, ("prep",)):
        within = prep.lower_ == "in"  # 'is in talks with', 'in a phone call with'
        if prep.lower_ not in ADJUNCT_PREPS and not within:
            continue
        for noun in pobjs(prep):
            if noun.pos_ != "NOUN" or not any(c.lower_ in ADJUNCT_PARTNER_PREPS for c in children_of(noun, ("prep",))):
                continue
            if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children) or any(
                    c.lower_ == "by" for c in children_of(noun, ("prep", "agent"))):
                continue
            match = best_match(noun, "noun", lexicon, light_verb=verb)
            if within and match is not None and lemma(verb) != "be" and not match.pattern.code.startswith("041"):
                continue
            if match is not None and match.pattern.code.startswith(ADJUNCT_ROOTS):
                match.light_verb, match.adjunct = verb, True
                found.append(match)
    return found


# predicates that say what a named event is or has become, not that it happened: its noun as their
# subject is talked about, not reported ('the cooperation between the AES and ECOWAS still stands')
STANDING_PREDICATES = frozenset({"stand", "have", "remain"})


def candidate_matches(sent: Span, lexicon: Lexicon) -> list[Match]:
    """Every entry that matches in a sentence, before content.py drops those another event contains."""
    matches: list[Match] = []
    noun_done: set[int] = set()
    unreported: set[int] = set()
    tokens = list(sent)  # walked twice: each walk of a Span makes every Token anew
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    for token in tokens:
        if verbless and token.dep_ == "ROOT" and token.pos_ in ("NOUN", "ADJ"):
            # 'Arnor departs from Gondor' tagged as a noun phrase: a dictionary verb form in the verb's place
            verb_match = best_match(token, "verb", lexicon, ordered_only=True)
            matches += [verb_match] if verb_match else []
            continue
        if predicate_adjective(token):
            adjective_match = best_match(token, "verb", lexicon)
            # an adjective is an event only with the words its entry names ('critical of'): a verb's bare
            # entry is no reading of its adjective ('she is free', 'the border is open')
            if adjective_match is not None and (
                    reported_judgement(adjective_match, lexicon)
                    or (adjective_match.pattern.words and lemma(token) not in JUDGING_ADJECTIVES)):
                # the copula's subject is the source; 'this' or 'that', the speaker of the judgement
                adjective_match.light_verb = demonstrative_reporter(adjective_match, lexicon) or token.head
                matches.append(adjective_match)
            continue
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.i in unreported:
            continue
        verb_match = best_match(token, "verb", lexicon)
        if (verb_match is not None and lemma(token) in JUDGING_VERBS and verb_match.pattern.code.startswith("11")
                and not reported_judgement(verb_match, lexicon)):
            # 'Hamas was to blame': the author's own judgement, and no blaming by Hamas either; 'Russia
            # violated the truce' in the author's words is the violation itself
            unreported.update(i.token.i for i in verb_match.used)
            verb_match = best_match(token, "verb", lexicon, besides="11")
        if verb_match is not None and naming(verb_match):
            verb_match = None
        if verb_match is not None and predicate_participle(token):
            verb_match.light_verb = token.head  # 'was concerned about': as for an adjective
        for noun in _be_event_nouns(token) if verb_match is None else []:
            noun_match = best_match(noun, "noun", lexicon, light_verb=token)
            if noun_match is not None:
                noun_done.add(noun.i)
                noun_match.light_verb = token
                verb_match = noun_match
                break
        light = is_light(token, lexicon)
        if light or verb_match is None:
            for noun in _object_nouns(token, lexicon, light):
                noun_match = best_match(noun, "noun", lexicon, light_verb=token if light else None)
                if noun_match is not None and judged_noun(noun_match):  # names and condemned acts: reported only
                    noun_match = best_match(noun, "noun", lexicon, light_verb=token if light else None, besides="11")
                if noun_match is None:
                    continue
                # 'there were protests', 'protests were reported from': the noun reports the protest (agentless.py)
                if (light or not _owned_act(token, noun)) and not (reported_happening(noun)
                                                                   and happening_root(noun_match.pattern.code)):
                    noun_done.add(noun.i)
                better = verb_match is None or noun_match.pattern.specificity >= verb_match.pattern.specificity
                if light and better:
                    noun_match.light_verb = token
                    verb_match = noun_match
        if verb_match is not None:
            matches.append(verb_match)
        for adjunct in _adjunct_matches(token, lexicon):
            if adjunct.trigger.i not in noun_done:
                noun_done.add(adjunct.trigger.i)
                matches.append(adjunct)
    for token in tokens:
        judging = lemma(token) in JUDGING_NOUNS and predicate_noun(token) and all(m.trigger.i != token.i for m in matches)
        # 'to stop Israel's heinous attacks', said: the act another's entry took is also the speaker's criticism
        condemning = token.i in noun_done and condemning_noun(token) and all(m.trigger.i != token.i for m in matches)
        if token.pos_ in ("NOUN", "PROPN") and (token.i not in noun_done or judging or condemning or drawing_verb(token)):
            if token.dep_ == "nsubj" and lemma(token.head) in STANDING_PREDICATES:
                continue  # 'the security cooperation still stands', 'his arrest has had a chilling effect'
            noun_match = best_match(token, "noun", lexicon)
            if condemning and not (noun_match and condemned_act(noun_match) and reported_judgement(noun_match, lexicon)):
                continue
            if noun_match and condemned_act(noun_match) and not reported_judgement(noun_match, lexicon):
                noun_match = best_match(token, "noun", lexicon, besides="11")  # 'Russia's brutal war': the war
            if noun_match and lemma(token) in JUDGING_NOUNS and (noun_match.pattern.code.startswith("111") or judged_noun(noun_match)):
                if not reported_judgement(noun_match, lexicon):
                    continue
                noun_match.light_verb = demonstrative_reporter(noun_match, lexicon) or token.head  # the one judged
            if noun_match is not None:
                noun_match.adjunct = amid_verb(token) is not None  # 'Amid criticism from X, Y ...': not Y's act's words
                matches.append(noun_match)
    return matches


def naming(match: Match) -> bool:
    """'what they called a new victory for Sudan', 'called them a punishment for separatist acts': a
    call with an object predicate names something and asks for nothing."""
    return (match.pattern.code[:2] in ("02", "10") and lemma(match.trigger) == "call"
            and any(p.pos_ in ("NOUN", "ADJ") and not p.ent_type_ for p in children_of(match.trigger, ("oprd",))))


def predicated_feeling(match: Match) -> bool:
    """'is concerned about', 'is critical of', 'was alarmed by': a feeling or judgement held by the
    subject (the coder keeps a mere feeling only when it is about an actor)."""
    trigger = match.trigger
    return (predicate_adjective(trigger) or predicate_participle(trigger)
            or (lemma(trigger) in EXPERIENCER_PASSIVES and trigger.pos_ == "VERB" and is_passive(trigger)))
