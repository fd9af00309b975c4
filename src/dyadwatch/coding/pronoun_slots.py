"""A pronoun in a slot for people: "the soldiers beat **him**", "police released **them**".

A synset of people lists the word `pronoun_` (synsets.txt), which a personal pronoun object,
passive subject or preposition's object fills ("he", "she", "him", "her"). "Them" stands for the
nearest plural noun before it, in its sentence or the two before, when that names people (a noun of
patients.txt or of a synset that lists `pronoun_` or `them_`), and fills what that noun would fill ("the army seized rifles and destroyed them" frees no one). Whom the pronoun means is the resolver's (actors/pronouns.py, actors/coreference.py); one that
means no one known is kept as `---` (`resolved_by: unresolved-pronoun`), so that an act whose other
side is known is not lost ("Police arrested her in Lagos" is aimed at her, not at Lagos).
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spacy.tokens import Token

from ..actors.resolver import UNKNOWN_COUNTRY, Actor, ActorResolver
from .lexicon import Lexicon
from .syntax import lemma

PRONOUN_WORD = "pronoun_"  # a synset's word that a pronoun meaning people fills
PLURAL_WORD = "them_"  # a synset's word saying 'them' may stand for its nouns (no pronoun fills it)
PERSONAL = frozenset({"he", "she", "him", "her"})
PLURAL = frozenset({"they", "them"})
UNRESOLVED = "unresolved-pronoun"
NOUN_ANTECEDENT = "coreference-pronoun-noun"  # 'him' after 'a Ukrainian soldier'
FEMININE = frozenset({"woman", "girl", "wife", "mother", "daughter", "sister", "schoolgirl", "niece", "widow", "lady"})
MASCULINE = frozenset({"man", "boy", "husband", "father", "son", "brother", "schoolboy", "nephew", "widower"})
# where a pronoun is an argument of its verb: object, passive subject, object of a preposition
ARGUMENT_DEPS = ("dobj", "nsubjpass", "pobj", "dative")
# how far back 'them' looks for the plural noun it stands for: its sentence and the two before
ANTECEDENT_SENTENCES = 2
# entity types of plural names of people ('two Americans', 'the Houthis')
PEOPLE_ENTITIES = ("NORP", "PERSON")


def pronoun_words(phrase: list, lexicon: Lexicon) -> list[tuple[str, Token]]:
    """The words a trigger's pronoun arguments stand for, each with its pronoun: 'him' and 'her' fill
    `pronoun_`, and 'them' its antecedent's lemma when that is a noun of people ('arrested 12
    protesters and beat them' beats protesters; 'seized the party's assets and handed them over'
    hands over no one), or `pronoun_` when it is a name of people ('two Americans')."""
    found = []
    for item in phrase:
        token = item.token
        if item.role != "obj" or item.lemma != lemma(token) or not _argument(token):
            continue
        if token.lower_ in PERSONAL:
            found.append((PRONOUN_WORD, token))
            continue
        noun = plural_antecedent(token)
        if noun is not None and noun.ent_type_ in PEOPLE_ENTITIES:
            found.append((PRONOUN_WORD, token))
        elif noun is not None and lemma(noun) in people_words(lexicon):
            found.append((lemma(noun), token))
    return found


def _argument(token: Token) -> bool:
    """A personal pronoun as the object, passive subject or a preposition's object ('her' as possessive
    owns something and is no one)."""
    return (token.pos_ == "PRON" and token.dep_ in ARGUMENT_DEPS and token.tag_ != "PRP$"
            and token.lower_ in PERSONAL | PLURAL)


def plural_antecedent(pronoun: Token) -> Token | None:
    """The nearest plural noun before 'them' in its sentence and the two before, skipping the
    subject of the pronoun's own clause (in 'police beat them' the police are not beaten)."""
    own_subjects = _own_subjects(pronoun)
    for token, _ in _words_before(pronoun):
        if token.i in own_subjects or token.dep_ in ("compound", "poss", "amod"):
            continue
        if token.tag_ in ("NNS", "NNPS"):
            return token
    return None


def unresolved_pronoun(candidate: Token, lexicon: Lexicon, resolver: ActorResolver, day: date | None, offset: int,
                       index: int) -> list[Actor]:
    """'He', 'she', 'him' or 'her' as an argument of the act that the resolver found no one for: the
    person a common noun named just before ('captured a Ukrainian soldier. They later freed him'),
    else an actor of unknown country, so that the act is kept ('the soldiers beat him')."""
    if candidate.lower_ not in PERSONAL or not _argument(candidate):
        return []
    span = (offset + candidate.idx, offset + candidate.idx + len(candidate))
    found = singular_antecedent(candidate, lexicon)
    if found is not None:
        noun, back = found
        actor = resolver.resolve(noun, day, offset, index - back)
        if actor is not None and (actor.country or actor.sectors):
            return [actor.moved(candidate.text, span, NOUN_ANTECEDENT)]
        people = lexicon.patients.get(lemma(noun))  # 'the woman's husband': people of patients.txt
        if people is not None and people.sector is not None:
            return [Actor(candidate.text, UNKNOWN_COUNTRY + people.sector, None, (people.sector,), None, NOUN_ANTECEDENT,
                          span)]
    return [Actor(candidate.text, UNKNOWN_COUNTRY, None, (), None, UNRESOLVED, span)]


def singular_antecedent(pronoun: Token, lexicon: Lexicon) -> tuple[Token, int] | None:
    """The nearest singular common noun of a person before 'him' or 'her', in its sentence and the
    two before (with how many sentences back), of the pronoun's gender; none when a name of a
    person comes first, which the resolver has already weighed, or the noun is its clause's subject."""
    feminine = pronoun.lower_ in ("she", "her")
    own_subjects = _own_subjects(pronoun)
    for token, back in _words_before(pronoun):
        if token.ent_type_ == "PERSON":
            return None
        if token.i in own_subjects or token.dep_ in ("compound", "poss", "amod"):
            continue
        word = lemma(token)
        if token.tag_ != "NN" or word not in people_words(lexicon):
            continue
        if (feminine and word in MASCULINE) or (not feminine and word in FEMININE):
            continue
        return token, back
    return None


def _words_before(pronoun: Token) -> Iterator[tuple[Token, int]]:
    """The words before a pronoun, nearest first, in its sentence and the ANTECEDENT_SENTENCES before,
    each with how many sentences back it is."""
    sent = pronoun.sent
    for back in range(ANTECEDENT_SENTENCES + 1):
        yield from ((token, back) for token in reversed(pronoun.doc[sent.start : min(sent.end, pronoun.i)]))
        if sent.start == 0:
            return
        sent = pronoun.doc[sent.start - 1].sent


def _own_subjects(pronoun: Token) -> set[int]:
    """The subjects of the pronoun's own clause: in 'police beat them' the police are not beaten."""
    return {c.i for c in pronoun.head.children if c.dep_ in ("nsubj", "nsubjpass")}


_PEOPLE: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def people_words(lexicon: Lexicon) -> frozenset[str]:
    """Nouns of people 'them' may stand for: the common nouns of patients.txt, and the words of the
    synsets that list `pronoun_` or `them_` (&COMBATANT's 'militant'; not &PROPERTY's 'asset')."""
    known = _PEOPLE.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        words = {w for table in (lexicon.verbs, lexicon.nouns) for patterns in table.values() for p in patterns
                 for options in p.words if PRONOUN_WORD in options or PLURAL_WORD in options for w in options}
        known = (lexicon, frozenset(words | set(lexicon.patients)) - {PRONOUN_WORD, PLURAL_WORD})
        _PEOPLE[id(lexicon)] = known
    return known[1]
