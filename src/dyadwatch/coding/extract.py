"""Find event triggers on the dependency parse and match them against the lexicon.

A trigger's *phrase* is what the patterns can ask for: particles, prepositions, object nouns with
their compounds, and the verbs of open clausal complements. This module knows syntax only; which
words mean what is in the lexicon files.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .lexicon import Lexicon, Pattern

OBJECT_DEPS = ("dobj", "attr", "oprd")
PREP_DEPS = ("prep", "agent", "dative")
CLAUSE_DEPS = ("xcomp", "pcomp")
# 'Iran is ready to talk': the subject of 'be' acts in the infinitive (not in 'it is important to talk')
# Verbs whose passive describes the subject's own act, not something done to it: "Serb forces were
# engaged in ethnic cleansing", "Vietnam is committed to opening its economy"
STATIVE_PASSIVES = frozenset({"engage", "commit"})
READINESS_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "determined", "keen", "set", "due", "likely", "able", "about"})
# what a sender's words come in: 'sent a message pledging', 'issued a statement condemning'
MESSAGE_NOUNS = frozenset({"message", "letter", "note", "statement", "communique", "cable", "telegram", "declaration"})
# verbs whose 'to'/'with' phrase names the one appealed to ('appealed to Israel to halt')
APPEAL_TO_VERBS = frozenset({"appeal", "plead", "write", "signal", "turn"})
# adverbs the parser often leaves as advmod where they are the verb's particle ('stepped down')
PARTICLE_ADVERBS = frozenset({"down", "up", "out", "off", "back", "away", "aside", "over"})
TARGET_PREPS = ("with", "against", "to", "toward", "towards", "on", "into", "at", "from", "for", "over", "upon", "in")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_TAGS = ("WP", "WDT")


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

    @property
    def head(self) -> Token:
        """The clause the event belongs to: the light verb for noun events in 'held talks'."""
        return self.light_verb if self.light_verb is not None else self.trigger


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def phrase_items(trigger: Token, max_depth: int = 2) -> list[PhraseItem]:
    items: list[PhraseItem] = []

    def add_noun(noun: Token, depth: int) -> None:
        items.append(PhraseItem(lemma(noun), noun, "obj"))
        if noun.lower_ != lemma(noun):
            items.append(PhraseItem(noun.lower_, noun, "obj"))
        for child in noun.children:
            if child.dep_ in ("compound", "amod"):
                items.append(PhraseItem(lemma(child), child, "obj"))
            elif child.dep_ == "prep" and depth < max_depth:
                add_prep(child, depth + 1)

    def add_prep(prep: Token, depth: int) -> None:
        items.append(PhraseItem(lemma(prep), prep, "prep"))
        for child in prep.children:
            if child.dep_ == "pobj" and not (depth and _possessed(child)):
                add_noun(child, depth)
            elif child.dep_ == "pcomp" and child.pos_ in ("VERB", "AUX"):
                add_verb(child, depth + 1, "xcomp")
            elif child.dep_ == "prep" and depth < max_depth:
                add_prep(child, depth + 1)

    def add_verb(verb: Token, depth: int, role: str | None) -> None:
        if role:
            items.append(PhraseItem(lemma(verb), verb, role))
        for child in verb.children:
            dep = child.dep_
            if dep == "prt" or (dep == "advmod" and child.lower_ in PARTICLE_ADVERBS):
                items.append(PhraseItem(lemma(child), child, "prt"))
            elif dep == "aux" and child.lower_ == "to":
                items.append(PhraseItem("to", child, "to"))
            elif dep in OBJECT_DEPS or (dep == "dative" and child.pos_ != "ADP"):
                add_noun(child, depth)
            elif dep in PREP_DEPS:
                add_prep(child, depth)
            elif dep in CLAUSE_DEPS and depth < max_depth and child.pos_ in ("VERB", "AUX"):
                add_verb(child, depth + 1, "xcomp")
            elif dep == "advcl" and depth == 0 and _appeal_to_infinitive(verb, child):
                add_verb(child, depth + 1, "xcomp")

    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.children:
            if child.dep_ in ("compound", "amod"):
                items.append(PhraseItem(lemma(child), child, "obj"))
            elif child.dep_ == "prep":
                add_prep(child, 1)
    else:
        add_verb(trigger, 0, None)
    return items


def _possessed(noun: Token) -> bool:
    """'in its fight against the West': below the trigger, a possessed noun is the circumstance of
    someone's own act, not a word of the trigger's phrase."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _appeal_to_infinitive(verb: Token, clause: Token) -> bool:
    """'called on Iran to free', 'appealed to Israel to halt': the parser makes the infinitive an advcl."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return bool(addressees(verb)) and infinitive and clause.pos_ == "VERB"


def addressees(verb: Token) -> list[Token]:
    """Whom a call or appeal is addressed to: 'on/upon X' after any verb; 'to/with X' only after an
    appeal ('traveled to Pyongyang to press' names a destination)."""
    preps = ("on", "upon", "to", "with") if lemma(verb) in APPEAL_TO_VERBS else ("on", "upon")
    return [p for c in _children(verb, ("prep",)) if c.lower_ in preps for p in _pobjs(c)]


def match_pattern(pattern: Pattern, phrase: list[PhraseItem]) -> list[PhraseItem] | None:
    """Assign each pattern word to a distinct phrase item; None if some word finds none."""
    used: list[PhraseItem] = []
    taken: set[int] = set()
    for index, options in enumerate(pattern.words):
        wants_prep = pattern.target_word == index
        candidates = [
            (n, item)
            for n, item in enumerate(phrase)
            if n not in taken and item.lemma in options and (not wants_prep or item.role == "prep")
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


def _clause_after(trigger: Token) -> list[Token]:
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
    found = match_sequence(pattern.words, pattern.adjacent, _clause_after(trigger), 0, trigger.i)
    if found is None:
        return None
    items = [PhraseItem(lemma(t), t, "prep" if t.dep_ in PREP_DEPS else "obj") for t in found]
    return items + [PhraseItem(lemma(t), t, "before") for t in before]


def best_match(trigger: Token, kind: str, lexicon: Lexicon, ordered_only: bool = False) -> Match | None:
    keys = {lemma(trigger), trigger.lower_}
    patterns = [p for key in keys for p in lexicon.patterns(kind, key) if p.ordered or not ordered_only]
    if not patterns:
        return None
    phrase = phrase_items(trigger)
    best: Match | None = None
    for pattern in dict.fromkeys(patterns):
        if pattern.ordered and trigger.lower_ not in pattern.trigger:
            continue  # dictionary verbs match their listed and regular word forms, not a lemma ('departes')
        used = match_ordered(pattern, trigger) if pattern.ordered else match_pattern(pattern, phrase)
        if used is None or (pattern.compound and not _compound_subject(trigger)):
            continue
        rank = (pattern.specificity, trigger.lower_ in pattern.trigger)
        if best is None or rank > (best.pattern.specificity, trigger.lower_ in best.pattern.trigger):
            best = Match(trigger, pattern, used, phrase)
    return best


def _compound_subject(trigger: Token) -> bool:
    """'Gondor and Arnor agree': the trigger's subject (or its clause's) is conjoined."""
    subjects = _children(trigger, SUBJECT_DEPS) or (
        _children(trigger.head, SUBJECT_DEPS) if trigger.dep_ in ("xcomp", "conj") else []
    )
    return len(expand_conjuncts(subjects)) > 1


def _is_light(verb: Token, lexicon: Lexicon) -> bool:
    particles = [lemma(c) for c in verb.children if c.dep_ == "prt"]
    return lemma(verb) in lexicon.light_verbs or any(
        f"{lemma(verb)} {p}" in lexicon.light_verbs for p in particles
    )


def _object_nouns(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in OBJECT_DEPS + ("nsubjpass",) and c.pos_ in ("NOUN", "PROPN")]


def find_matches(sent: Span, lexicon: Lexicon) -> list[Match]:
    """All event matches in a sentence, with embedded clauses consumed by the event that contains them."""
    matches: list[Match] = []
    noun_done: set[int] = set()
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in sent)
    for token in sent:
        if verbless and token.dep_ == "ROOT" and token.pos_ in ("NOUN", "ADJ"):
            # 'Arnor departs from Gondor' tagged as a noun phrase: a dictionary verb form in the verb's place
            verb_match = best_match(token, "verb", lexicon, ordered_only=True)
            matches += [verb_match] if verb_match else []
            continue
        if token.pos_ not in ("VERB", "AUX"):
            continue
        verb_match = best_match(token, "verb", lexicon)
        light = _is_light(token, lexicon)
        if light or verb_match is None:
            for noun in _object_nouns(token):
                noun_match = best_match(noun, "noun", lexicon)
                if noun_match is None:
                    continue
                noun_done.add(noun.i)
                better = verb_match is None or noun_match.pattern.specificity >= verb_match.pattern.specificity
                if light and better:
                    noun_match.light_verb = token
                    noun_match.phrase = noun_match.phrase + phrase_items(token)
                    verb_match = noun_match
        if verb_match is not None:
            matches.append(verb_match)
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in noun_done:
            noun_match = best_match(token, "noun", lexicon)
            if noun_match is not None:
                matches.append(noun_match)
    return _drop_consumed(matches, lexicon)


def _drop_consumed(matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """An event's phrase and its non-reported complement clauses are its content, not events of their own;
    a null pattern's are not, as it codes no event."""
    by_token = {m.trigger.i: m for m in matches}
    consumed: set[int] = set()
    for match in matches:
        inside = {item.token.i for item in match.phrase if item.token.i != match.trigger.i}
        if lemma(match.head) not in lexicon.reporting:
            for child in match.head.children:
                if child.dep_ == "ccomp" or is_control_complement(child, lexicon.object_control):
                    inside.update(t.i for t in child.subtree)
        match.consumed = inside
        if not match.pattern.codes:
            continue  # 'try [---]' codes nothing, so what is tried ('try to clash') is coded on its own
        consumed.update(i for i in inside if i in by_token and by_token[i] is not match)
    return [m for m in matches if m.trigger.i not in consumed]


def expand_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens and their conjuncts; in a list an apposition is one more member ('Mordor, the
    Shire, Fornost and Bree' parsed with the Shire as an apposition of Mordor)."""
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        for member in (token, *token.conjuncts):
            for appos in _children(member, ("appos",)):
                if token.conjuncts or appos.conjuncts:
                    out.extend((appos, *appos.conjuncts))
        out.extend(token.conjuncts)
    seen: set[int] = set()
    return [t for t in out if not (t.i in seen or seen.add(t.i))]


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _pobjs(prep: Token) -> list[Token]:
    return _children(prep, ("pobj",))


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def source_tokens(
    verb: Token, object_control: frozenset[str], depth: int = 0, passive_subject: bool = False
) -> list[Token]:
    """Who acts: subject or passive agent, inherited through control, conjunction and participles.

    Below the clause itself (depth > 0) a passive subject counts too: in "Kim is expected to meet
    Putin" and "Iran was asked to stop", the passive subject is who would act. With `passive_subject`
    (word-order dictionaries, which code the actor before the verb) it counts in the clause itself.
    """
    before = verb.sent[: verb.i - verb.sent.start]
    if passive_subject and depth == 0 and not any(t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") for t in before):
        return []  # 'Rebuked by Eriador, ...': a word-order dictionary's source is an actor before the verb
    for agent in _children(verb, ("agent",)):
        if _pobjs(agent) and depth == 0:
            return expand_conjuncts(_pobjs(agent))
    stative = lemma(verb) in STATIVE_PASSIVES  # 'Serb forces were engaged in ethnic cleansing'
    subject_deps = ("nsubj", "nsubjpass") if depth or passive_subject or stative else ("nsubj",)
    # 'The Philippines was heavily and unjustly criticized' may hang the subject on the auxiliary
    subjects = [c for c in verb.children if c.dep_ in subject_deps] or [
        s for aux in _children(verb, ("aux", "auxpass")) for s in aux.children if s.dep_ in subject_deps
    ]
    if not subjects and passive_subject:
        # the actor before the verb, which the parser may hang on it as a modifier ('Ethiopia act on',
        # 'Arnor departs from' parsed as a noun phrase)
        subjects = [c for c in verb.children if c.dep_ in ("compound", "amod") and c.i < verb.i
                    and c.pos_ in ("PROPN", "ADJ") and (c.pos_ == "PROPN" or verb.pos_ != "VERB")]
    if subjects:
        if verb.dep_ == "relcl" and subjects[0].tag_ in RELATIVE_TAGS:
            return expand_conjuncts([verb.head])
        return expand_conjuncts(subjects)
    if is_passive(verb) or depth > 4 or verb.head is verb:
        return []
    head = verb.head
    readiness = head.dep_ == "acomp" and lemma(head) in READINESS_ADJECTIVES
    if verb.dep_ in ("pcomp", "xcomp") and (head.dep_ == "prep" or readiness) and head.pos_ not in ("VERB", "AUX"):
        head = head.head  # 'Arnor is about to restore', 'is ready to sign': the clause the word belongs to
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") or (verb.dep_ == "ccomp" and head.pos_ == "VERB"):
        if is_control_complement(verb, object_control):
            objects = _children(head, ("dobj",)) or [p for prep in _children(head, ("prep",)) for p in _pobjs(prep)]
            if objects:
                return expand_conjuncts(objects[:1])
        if verb.dep_ == "ccomp":
            return []
        return source_tokens(head, object_control, depth + 1)
    if verb.dep_ == "relcl":
        return [verb.head]
    if verb.dep_ == "acl" and lemma(head) in MESSAGE_NOUNS and head.dep_ in ("dobj", "nsubjpass"):
        return source_tokens(head.head, object_control, depth + 1)  # 'Kim sent Putin a message pledging to'
    return []


def is_control_complement(verb: Token, object_control: frozenset[str]) -> bool:
    """'press Pyongyang to sell': an infinitive under an object-control verb, whose object acts in it."""
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children))
    return infinitive and lemma(verb.head) in object_control


def noun_source_tokens(noun: Token) -> list[Token]:
    """'Russia's attack', 'the Russian attack', 'U.S. sanctions', 'an attack by rebels', 'talks between A and B'."""
    found = _children(noun, ("poss",))
    for prep in _children(noun, ("prep",)):
        if prep.lower_ in ("by", "between", "among"):
            found.extend(_pobjs(prep))
    found.extend(c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
    return expand_conjuncts(found)


def slot_tokens(word: Token, skips: int = 0) -> list[Token]:
    """The phrase a pattern marks right after one of its words ('FROM $', 'WITH +'): the word's
    object, else the head of the next noun phrase in the sentence; `skips` phrases are passed over
    first ('IFTAR IN ^ +': the phrase after the place)."""
    found = _pobjs(word) or _children(word, ("dobj",))
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
    if pattern.target_subject:
        return expand_conjuncts(_children(match.trigger, SUBJECT_DEPS))
    if pattern.target_before is not None:
        word = [i.token for i in match.used if i.role == "before"][pattern.target_before]
        return preceding_slot(word)
    if pattern.target_object:
        objects = [i.token for i in match.used + match.phrase if i.role == "obj" and i.token.dep_ in OBJECT_DEPS]
        return expand_conjuncts(objects[:1])
    if pattern.target_word is not None:
        word = match.used[pattern.target_word].token
        return expand_conjuncts(_pobjs(word)) if not pattern.ordered else slot_tokens(word, pattern.target_skips)
    candidates: list[Token] = []
    if match.trigger.pos_ in ("VERB", "AUX") and is_passive(match.trigger) and _children(match.trigger, ("agent",)):
        candidates.extend(_children(match.trigger, ("nsubjpass",)))
    if any(c.dep_ in ("advcl", "xcomp") and _appeal_to_infinitive(match.head, c) for c in match.head.children):
        # the one appealed to comes before the objects of what is asked for
        candidates.extend(addressees(match.head))
    candidates.extend(i.token for i in match.phrase if i.role == "obj" and i.token.dep_ in OBJECT_DEPS + ("dative",))
    preps = [i.token for i in match.phrase if i.role == "prep"]
    for wanted in TARGET_PREPS:
        for prep in preps:
            if lemma(prep) == wanted:
                candidates.extend(_pobjs(prep))
    if pattern.ordered:
        ordered = _in_word_order(candidates) + (clause_subjects(match.head) if clause_targets else [])
        return expand_conjuncts(ordered + _nouns_after(match.head))
    if match.trigger.pos_ in ("NOUN", "PROPN") and match.light_verb is None:
        candidates = [c for c in candidates if c.head.head is match.trigger or c.head is match.trigger]
    else:
        candidates.extend(clause_subjects(match.head))
        candidates.extend(condition_subjects(match.head))
    return expand_conjuncts(candidates)


def _in_word_order(candidates: list[Token]) -> list[Token]:
    """Word-order dictionaries take the first actor after the verb: objects and prepositional objects,
    and inside them their own prepositional phrases ('condemned an attack by Osgiliath soldiers')."""
    found = {c.i: c for c in candidates}
    for candidate in candidates:
        for prep in _children(candidate, ("prep",)):
            found.update((p.i, p) for p in _pobjs(prep))
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
    words = [t for t in _clause_after(top) if t.i > verb.i]
    return [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]


def clause_subjects(verb: Token) -> list[Token]:
    """'demanded that the US cancel plans': the subject of the demanded clause is who it is aimed at."""
    return [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def locative_tokens(verb: Token) -> list[Token]:
    """Places where the event happens ('in Gaza', 'at a jail in Dili'), for actors known only by sector."""
    places: list[Token] = []
    for prep in _children(verb, ("prep",)):
        if prep.lower_ in ("in", "at", "inside"):
            for pobj in _pobjs(prep):
                places.append(pobj)
                places.extend(p for inner in _children(pobj, ("prep",)) for p in _pobjs(inner))
    return places
