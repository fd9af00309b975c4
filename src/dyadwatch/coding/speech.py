"""Speech that demands: 'Germany said Israel must do more to protect civilians' is Germany's demand of
Israel, 'China said the United States should stop interfering' China's appeal to it.

A clause reported by a reporting verb is a demand when its verb, or a verb it governs through an
infinitive ('must do more to protect', 'needs to pass'), carries a modal of obligation: 'must' and
'have to' make a demand, 'should', 'ought to' and 'need to' an appeal (column 2 or 1 of demands.txt), and
so does what one wants or tells another to do ('wants China to use', 'told Iran to stay out') and an
act an entry codes that one hopes another will do ('hopes Washington will lift the sanctions'). So is
a bare subjunctive after 'insist' ('insisted that the government withdraw its troops'), and an
expletive 'it' with a 'for ... to' clause ('said it was time for Russia to withdraw'). What is
demanded picks the code when the clause codes an act of its own; a clause whose verb no entry codes
('must ensure security', 'should respect the rights of minorities') is the generic appeal or demand.
An epistemic modal ('must have crashed', 'should have known') asks nothing of anyone. A sentence with
no reporting verb is reported all the same when it is said 'according to X' or stands in a quote
attributed to its speaker before or after it, also over sentences ('"The parties must return to
the table. There is no military solution," he told reporters').
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .extract import Match, phrase_items
from .lexicon import Lexicon, Pattern
from ..nlp.quotes import speaker_verb
from .syntax import children_of, lemma, marked_to, purpose_clause

# modal auxiliaries of obligation: 1 makes a demand (column 2 of demands.txt), 0 an appeal (column 1)
DEMAND_MODALS = {"must": 1, "should": 0, "ought": 0}
# 'Israel has to withdraw' as 'must'; 'Russia needs to accept' as 'should', as news coders take it
NECESSITY_VERBS = {"need": 0, "have": 1}
# reporting verbs whose bare subjunctive clause is a demand (1) or an appeal (0): 'insisted that the
# government withdraw', 'recommended that Iran allow the inspectors back'
SUBJUNCTIVE_REPORTERS = {"insist": 1, "suggest": 0, "recommend": 0}
# verbs whose present tense after a past 'insisted' states a fact rather than asks for an act
STATING_VERBS = frozenset({"be", "have", "know", "believe", "belong", "want", "need", "exist", "mean", "seem"})
# verbs whose infinitive with a subject or object of its own asks that one to act: 'wants China to
# use its influence' (an appeal), 'told the United States to stay out of the region' (a demand)
ASKING_VERBS = {"want": 0, "tell": 1, "hope": 0}
# what one hopes another will do is asked of that one (PETRARCH-2 codes HOPE as an appeal, 020)
HOPING_VERBS = frozenset({"hope"})
# those told what to do by a speaker who addresses them are not asked by anyone: 'told reporters to expect'
AUDIENCES = frozenset({"reporter", "journalist", "press", "media", "audience", "crowd", "supporter", "viewer"})
# what an expletive 'it' may be with a 'for ... to' clause that asks someone to act
OBLIGATION_PREDICATES = frozenset({
    "time", "essential", "important", "vital", "necessary", "imperative", "crucial", "critical", "urgent",
    "incumbent", "high",
})
# what one 'must know' or 'should understand' is a warning, not a request: 'the insurgents should know
# that they will not achieve their goals', 'U.S. lawmakers must understand they will get nowhere'
WARNING_VERBS = frozenset({"know", "understand", "realize", "realise", "remember", "learn", "note", "beware"})
# what should happen is a forecast, not a request: 'the outlook should improve next year'
HAPPENING_VERBS = frozenset({
    "be", "become", "remain", "improve", "grow", "rise", "fall", "increase", "decrease", "decline", "drop",
    "recover", "happen", "occur", "arrive", "come", "last", "exceed", "face", "see", "feel", "expect",
})
# the generic codes of a reported obligation whose act no entry codes, by strength
GENERIC_CODES = ("020", "100")
BARE_RULE = "speech.py: a reported clause of obligation whose act no entry codes"


@dataclass(frozen=True)
class Obligation:
    """A reported clause of obligation: its strength (0 appeal, 1 demand), its top verb (the one the
    reporting verb governs) and the verb that carries the obligation ('must', 'needs', 'it is time')."""

    strength: int
    clause: Token
    carrier: Token


def obligation(head: Token, lexicon: Lexicon) -> Obligation | None:
    """The reported obligation the clause of `head` belongs to, through infinitives of purpose,
    open complements and conjoined verbs ('said Iran must stop enrichment and allow inspectors')."""
    strength: int | None = None
    carrier: Token | None = None
    token = head
    while True:
        copula = _expletive_copula(token)
        if copula is not None:
            if strength is None:
                strength, carrier = 0, copula
            token = copula
            continue
        found = _modal(token)
        if found is not None and strength is None:
            strength, carrier = found
        if token.dep_ == "ccomp" and lexicon.reporting.get(lemma(token.head)) == "report":
            if strength is None and _subjunctive(token):
                strength, carrier = SUBJUNCTIVE_REPORTERS[lemma(token.head)], token
            if strength is None and _asked(token):
                strength, carrier = ASKING_VERBS[lemma(token.head)], token
            return None if strength is None or carrier is None else Obligation(strength, token, carrier)
        if token.dep_ == "xcomp" and _asked(token):
            return Obligation(ASKING_VERBS[lemma(token.head)], token, token)
        if token.dep_ in ("xcomp", "conj") or purpose_clause(token):
            token = token.head
            continue
        if token.dep_ == "ROOT" and strength is not None and carrier is not None and _attributed(token, lexicon):
            return Obligation(strength, token, carrier)
        return None


def _attributed(root: Token, lexicon: Lexicon) -> bool:
    """A sentence that is someone's words without a reporting verb of its own: 'according to X', or
    a sentence of a quote attributed before or after it ('"The parties must return to the table.
    There is no military solution," he said')."""
    if any(c.lower_ == "according" for c in root.children):
        return True
    return speaker_verb(root, lexicon.reporting) is not None


def _modal(verb: Token) -> tuple[int, Token] | None:
    """1 or 0 for a verb with a modal of obligation, with the verb that carries it (the 'need' or
    'have' whose infinitive it is); None for none or an epistemic one ('must have crashed')."""
    auxes = children_of(verb, ("aux",))
    if any(a.lower_ == "have" for a in auxes) and verb.tag_ == "VBN":
        return None  # 'must have known', 'should have acted': a guess or a reproach about the past
    found = next((DEMAND_MODALS[a.lower_] for a in auxes if a.lower_ in DEMAND_MODALS), None)
    if found is not None:
        return found, verb
    if verb.dep_ == "xcomp" and marked_to(verb) and lemma(verb.head) in NECESSITY_VERBS:
        return NECESSITY_VERBS[lemma(verb.head)], verb.head
    return None


def _expletive_copula(verb: Token) -> Token | None:
    """'said it was time for Russia to withdraw', 'said it was essential for Iran to return': the 'be'
    of an expletive 'it' whose 'for ... to' clause names who should act."""
    if not (marked_to(verb) and children_of(verb, ("nsubj",))
            and any(m.lower_ == "for" for m in children_of(verb, ("mark",)))):
        return None
    head = verb.head.head if verb.head.dep_ in ("attr", "acomp") else verb.head
    if lemma(head) != "be" or not any(s.lower_ == "it" for s in children_of(head, ("nsubj",))):
        return None
    # 'it is time for', 'it is essential for', 'it is now for'; not 'it was difficult for'
    if any(lemma(p) not in OBLIGATION_PREDICATES for p in children_of(head, ("attr", "acomp"))):
        return None
    return head


def _subjunctive(clause: Token) -> bool:
    """'insisted that the government withdraw': a base-form verb with a subject and no auxiliary; after a
    past 'insisted', a plural subject's present form is one too ('insisted that the United States lift
    the sanctions'), unless it states what is ('insisted that they are innocent')."""
    backshifted = clause.tag_ == "VBP" and clause.head.tag_ == "VBD" and lemma(clause) not in STATING_VERBS
    return (lemma(clause.head) in SUBJUNCTIVE_REPORTERS and (clause.tag_ == "VB" or backshifted)
            and bool(children_of(clause, ("nsubj",))) and not children_of(clause, ("aux", "auxpass")))


def _asked(clause: Token) -> bool:
    """'wants China to use', 'told Iran to stay out': an infinitive of an asking verb whose actor is
    someone else than the verb's subject, a subject of its own (ccomp) or the verb's object (xcomp)."""
    verb = clause.head
    if lemma(verb) in HOPING_VERBS:
        # 'the United States hopes China will play a constructive role'
        return (clause.dep_ == "ccomp" and bool(children_of(clause, ("nsubj",)))
                and any(a.lower_ in ("will", "would", "'ll") for a in children_of(clause, ("aux",))))
    if lemma(verb) not in ASKING_VERBS or not marked_to(clause):
        return False
    actors = children_of(clause, ("nsubj",)) if clause.dep_ == "ccomp" else children_of(verb, ("dobj", "dative"))
    return bool(actors) and not any(lemma(a) in AUDIENCES for a in actors)


def bare_obligations(sent, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """Reported clauses of obligation in which no entry matched: each a match of the generic appeal
    (or demand) on the clause's lowest verb, whose subject is the one asked."""
    # a clause whose own act an entry codes is recoded as a demand of that act (targets.demanded)
    taken = {found.carrier.i for m in matches if m.pattern.codes for found in [obligation(m.head, lexicon)] if found}
    out: list[Match] = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.i in taken:
            continue
        verb = _asked_verb(token)
        found = obligation(verb, lexicon)
        if found is None or found.carrier != token:
            continue
        if lemma(verb) in WARNING_VERBS | HAPPENING_VERBS or not _agent_subject(verb):
            continue
        if found.carrier.dep_ == "ccomp" and lemma(found.carrier.head) in HOPING_VERBS:
            continue  # a hope asks for an act an entry names ('hopes Washington will lift the sanctions'),
            # not for any outcome ('hoping that Trump will win the election')
        pattern = Pattern(GENERIC_CODES[found.strength], "verb", frozenset({lemma(verb)}), (), False, None,
                          BARE_RULE, lemma(verb))
        out.append(Match(verb, pattern, [], phrase_items(verb)))
    return out


def _agent_subject(verb: Token) -> bool:
    """The one asked to act is named by its own words: a name or pronoun ('Serbia', 'it'), or a noun
    that names a party by itself or with its 'of' ('the government of Pakistan'), not a thing that
    merely mentions one ('the outlook for Pakistan's economy')."""
    token = verb
    while not children_of(token, ("nsubj",)) and token.dep_ in ("xcomp", "conj") and token.head != token:
        token = token.head
    for subject in children_of(token, ("nsubj",)):
        if subject.pos_ in ("PROPN", "PRON"):
            return True
        return subject.pos_ == "NOUN" and all(p.lower_ == "of" for p in children_of(subject, ("prep",)))
    return False


def is_bare(match: Match) -> bool:
    return match.pattern.rule == BARE_RULE


def _asked_verb(clause: Token) -> Token:
    """'needs to pass', 'has to do': the infinitive of a verb of necessity is the act asked for."""
    if lemma(clause) in NECESSITY_VERBS:
        for child in children_of(clause, ("xcomp",)):
            if marked_to(child):
                return child
    if lemma(clause) == "be":  # 'it was time for Russia to withdraw'
        for child in (c for w in (clause, *children_of(clause, ("attr", "acomp"))) for c in w.children):
            if _expletive_copula(child) == clause:
                return child
    return clause


def reporter_subjects(verb: Token, lexicon: Lexicon) -> list[Token]:
    """'Guterres said the situation was catastrophic and called on Israel to ...': a verb the parser
    joins to the reported clause, whose subject names no actor, may be the reporter's second act; its
    tense agreeing with the reporting verb's, the reporter's subject is its source (the coder asks
    only when the clause's own subject names no actor)."""
    if verb.dep_ != "conj" or children_of(verb, ("nsubj", "nsubjpass")):
        return []
    clause = verb.head
    while clause.dep_ in ("conj", "xcomp"):  # 'said the deal would help stabilize the region and called on'
        clause = clause.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or lexicon.reporting.get(lemma(reporter)) != "report" or verb.tag_ != reporter.tag_:
        return []
    return children_of(reporter, ("nsubj",))
