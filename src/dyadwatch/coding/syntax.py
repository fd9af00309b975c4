"""Dependency tests that matching, roles, targets and factuality all ask of a parse: conjuncts,
passives, shared subjects and the kinds of infinitive clause. Syntax only; no lexicon."""
from __future__ import annotations

from spacy.tokens import Token

# verbs whose 'to'/'with' phrase names the one appealed to ('appealed to Israel to halt')
APPEAL_TO_VERBS = frozenset({"appeal", "plead", "write", "signal", "turn"})
# relative pronouns ('the deal that Iran signed', 'the man who rejected it')
RELATIVE_TAGS = ("WP", "WDT")


# 'the offensive drew sharp criticism from France', 'China faced condemnation from the G7': the act
# of the 'from' phrase is done to the subject
DRAWING_VERBS = frozenset({
    "draw", "face", "spark", "provoke", "trigger", "prompt", "attract", "earn", "invite", "elicit", "meet", "incur",
})


# 'drew a storm of criticism from X', 'faced a barrage of condemnation from X': a noun of amount that holds the act
AMOUNT_NOUNS = frozenset({
    "wave", "storm", "barrage", "chorus", "flurry", "torrent", "volley", "flood", "hail", "outpouring", "deluge",
    "avalanche", "spate", "round",
})
# 'the move was met with criticism from Washington': the act a passive of these verbs is met with
MET_WITH_VERBS = frozenset({"meet", "greet"})


def drawing_verb(noun: Token) -> Token | None:
    """The verb of 'drew criticism from X' ('drew a wave of criticism from X', 'was met with criticism from X'),
    whose subject suffers the act named by its object `noun`."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in AMOUNT_NOUNS:
        holder = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with" and lemma(noun.head.head) in MET_WITH_VERBS:
        verb = noun.head.head  # its passive's subject is the one met with the act
        if children_of(verb, ("auxpass",)) and any(c.lower_ == "from" for c in children_of(noun, ("prep",))):
            return verb
        return None
    if holder.dep_ == "dobj" and lemma(holder.head) in DRAWING_VERBS and any(
            c.lower_ == "from" for h in (noun, holder, holder.head) for c in children_of(h, ("prep",))):
        return holder.head
    return None


def content_clauses(noun: Token) -> list[Token]:
    """'the announcement that Ukraine had agreed', 'Kyiv's accusations that Moscow targeted civilians'."""
    return [clause for clause in noun.children if clause.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)]


def content_subjects(noun: Token) -> list[Token]:
    """'welcomed the announcement that Ukraine had agreed': who the content of the noun is about."""
    return [s for clause in content_clauses(noun) for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def infinitive(verb: Token) -> bool:
    """A 'to' infinitive: what an offer, appeal or pledge named by a noun is an offer of."""
    return verb.pos_ == "VERB" and marked_to(verb)


def marked_to(clause: Token) -> bool:
    """The clause's verb has the infinitive marker 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def appeal_to_infinitive(verb: Token, clause: Token) -> bool:
    """'called on Iran to free', 'appealed to Israel to halt': the parser makes the infinitive an advcl."""
    return bool(addressees(verb)) and marked_to(clause) and clause.pos_ == "VERB"


def for_to_clause(clause: Token) -> bool:
    """'called for Russia to accept', 'pushed for Iran to release': an infinitive with its own subject
    introduced by 'for', which the parser makes an adverbial clause."""
    return (clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
            and marked_to(clause))


# adverbs of acts done together, words of the verb's phrase: 'worked together', 'jointly patrolled'
JOINTLY = frozenset({"together", "jointly", "closely"})


def absolute(prep: Token, clause: Token) -> bool:
    """'voiced concern, with Sullivan speaking by phone with his Israeli counterpart': a 'with' clause with a
    subject of its own tells of an act beside the verb's, not of what the verb is about."""
    return prep.lower_ == "with" and bool(children_of(clause, ("nsubj",)))


# verbs whose infinitive with a subject of its own goes without 'to': 'helped Iran build the plant'
BARE_INFINITIVE_HEADS = frozenset({"help", "let"})


def subject_infinitive(clause: Token) -> bool:
    """'allowed peacekeepers to deploy', 'let inspectors to return', 'helped Kenyan police investigate':
    an infinitive with a subject of its own, which the parser hangs on the verb as a clausal complement
    (after let and help the tagger may read the bare infinitive as a present, VBP: 'let inspectors return')."""
    return (clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX")
            and (marked_to(clause) or (clause.tag_ in ("VB", "VBP") and lemma(clause.head) in BARE_INFINITIVE_HEADS))
            and any(c.dep_ == "nsubj" for c in clause.children))


def purpose_clause(clause: Token) -> bool:
    """'travel to Vladivostok to meet Putin', 'fly to Doha to sign the deal': an infinitive of purpose
    with no subject of its own, which shares the modality and negation of the act it is the aim of."""
    return (clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX")
            and marked_to(clause)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") and c.lower_ != "in" for c in clause.children))


def addressees(verb: Token) -> list[Token]:
    """Whom a call or appeal is addressed to: 'on/upon X' after any verb; 'to/with X' only after an
    appeal ('traveled to Pyongyang to press' names a destination)."""
    preps = ("on", "upon", "to", "with") if lemma(verb) in APPEAL_TO_VERBS else ("on", "upon")
    return [p for c in children_of(verb, ("prep",)) if c.lower_ in preps for p in pobjs(c)]


def expand_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens and their conjuncts; in a list an apposition is one more member ('Mordor, the
    Shire, Fornost and Bree' parsed with the Shire as an apposition of Mordor)."""
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        for member in (token, *token.conjuncts):
            for appos in children_of(member, ("appos",)):
                if token.conjuncts or appos.conjuncts:
                    out.extend((appos, *appos.conjuncts))
        out.extend(token.conjuncts)
    seen: set[int] = set()
    return [t for t in out if not (t.i in seen or seen.add(t.i))]



def shared_objects(verb: Token) -> list[Token]:
    """The object a verb with none of its own shares with the verb joined after it: 'gunmen **shot** and
    killed two traders', 'had **killed** and injured 1,000 Taliban fighters' (the parser hangs the object
    on the last verb). The joined verb has no subject of its own, and nothing but the conjunction (and
    adverbs) stands between the two verbs."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    for joined in children_of(verb, ("conj",)):
        between = verb.doc[verb.i + 1:joined.i]
        if (joined.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children)
                and all(t.dep_ in ("cc", "advmod", "punct") for t in between)):
            return children_of(joined, ("dobj",))
    return []

# modifiers of a noun that a pattern may name as words of its object
MODIFIER_DEPS = ("compound", "amod", "nmod")


def modifiers(modifier: Token) -> list[Token]:
    """A noun modifier with the modifiers and conjuncts of its own that are nouns or adjectives ('a
    **security** assistance package', 'search and **rescue** teams'), so that a pattern's object words
    reach them as they reach the modifier."""
    out = [modifier]
    for child in modifier.children:
        if (child.dep_ in MODIFIER_DEPS or child.dep_ == "conj") and child.pos_ in ("NOUN", "ADJ", "PROPN"):
            out.extend(modifiers(child))
    return out


def children_of(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def pobjs(prep: Token) -> list[Token]:
    return children_of(prep, ("pobj",))


def of_objects(word: Token) -> list[Token]:
    """The objects of a word's 'of' phrases ('the expulsion of Russian diplomats')."""
    return [p for prep in children_of(word, ("prep",)) if prep.lower_ == "of" for p in pobjs(prep)]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or reduced_passive(verb)


def shared_subjects(verb: Token) -> list[Token]:
    """The subject a verb without one of its own shares with the clause it hangs on: 'a landmine
    exploded under a bus, **killing** five' and 'a bomb exploded and **killed** five' are the
    landmine's and the bomb's acts. A passive participle shares none ('killed in an airstrike')."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("advcl", "conj"):
        return []
    if verb.tag_ != "VBG" and (verb.dep_ != "conj" or is_passive(verb)):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def active_subjects(verb: Token) -> list[Token]:
    """The verb's own active subjects, else the ones it shares with its clause (shared_subjects)."""
    return children_of(verb, ("nsubj",)) or shared_subjects(verb)


def joined_passive(verb: Token) -> bool:
    """'a constable was suspended and **arrested**': a participle joined to a passive verb is passive."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head)
            and not any(c.dep_ in ("aux", "nsubj") for c in verb.children))


def reduced_passive(verb: Token) -> bool:
    """'protesters arrested on Sunday', 'killed in an airstrike, the leader ...': a bare past
    participle modifying a noun or a clause is passive; the noun or the clause's subject is its
    patient, not its agent."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl")
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass", "auxpass", "mark") for c in verb.children))


def reduced_passive_patients(verb: Token) -> list[Token]:
    """Who a reduced passive is done to: the noun it modifies, or the subject of the clause it modifies."""
    if verb.dep_ == "acl":
        return [verb.head]
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def is_control_complement(verb: Token, object_control: frozenset[str]) -> bool:
    """'press Pyongyang to sell': an infinitive under an object-control verb, whose object acts in it."""
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children))
    return infinitive and lemma(verb.head) in object_control


# 'is critical of', 'remains concerned about': a predicate adjective (or participle) is a trigger of
# [verbs] whose clause is its copula's; these verbs link a subject to its predicate
COPULAS = frozenset({"be", "remain", "stay", "seem", "appear", "become", "grow", "look", "sound", "feel"})


def predicate_adjective(token: Token) -> bool:
    """'Poland is critical of Hungary', 'the G7 remains concerned with': an adjective predicated of a
    copula's subject."""
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and lemma(token.head) in COPULAS


def predicate_noun(token: Token) -> bool:
    """'the decision was a mistake': a noun predicated of a copula's subject."""
    return token.pos_ == "NOUN" and token.dep_ == "attr" and lemma(token.head) in COPULAS


def predicate_participle(token: Token) -> bool:
    """'Germany was concerned about Russia's moves' parsed with the participle as a verb complement of 'be'."""
    return token.pos_ == "VERB" and token.dep_ == "acomp" and lemma(token.head) in COPULAS


def existential(noun: Token) -> bool:
    """'There were protests in Bengaluru', 'there have been strikes across France': the noun an
    existential 'there' reports as happening."""
    verb = noun.head
    return (noun.dep_ == "attr" and lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children)
            and _asserted(noun))


# verbs whose passive subject is reported as having happened: 'protests were reported from several
# districts', 'stone pelting was witnessed in the old city'
WITNESSED_VERBS = frozenset({"report", "witness", "see"})


def reported_happening(noun: Token) -> bool:
    """An event noun whose happening is reported by 'there is' or by a passive 'was reported'."""
    return existential(noun) or (noun.dep_ == "nsubjpass" and lemma(noun.head) in WITNESSED_VERBS and _asserted(noun))


def _asserted(noun: Token) -> bool:
    """Not denied nor foretold: 'there was no strike', 'no protests were reported', 'there will be riots',
    'there could be strikes' report none."""
    return (not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in noun.head.children)
            and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children))
