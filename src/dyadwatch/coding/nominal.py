"""The sides of an act said with a noun, in the shapes news writes them beyond a possessive, a `by`
phrase or a nationality adjective (roles.py, noun_source_tokens):

- two names joined by a hyphen before the noun, the first the doer and the second the other side:
  "the **Russia-Ukraine** talks", "the **Biden-Xi** summit", "the **India-Pakistan** ceasefire"; a
  name that is hyphenated itself ("Guinea-Bissau") stays one actor;
- the leader of a joint act: "the **Saudi-led** blockade of Qatar", "a **U.S.-led** offensive";
- the sides in a `between` or `among` phrase of the verb that tells the noun's act was done, when
  the noun is that verb's passive subject or its reduced participle: "talks **were held between**
  Russian and Ukrainian delegations", "the agreement **reached between** Israel and Hamas";
- the country of the ones an act of force said with a noun hits, from the place it is aimed at: "a
  Russian missile strike **on Odesa** killed five people" kills people of Ukraine, not of Russia;
- whom a show of force is aimed at, in its place phrase: "military drills **around** Taiwan",
  "naval exercises **off** the Korean peninsula", "drills **encircling** Taiwan".

The coder resolves the words these functions return; `paired_target` resolves the second name alone.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Actor, ActorResolver
from .syntax import children_of, lemma, of_objects, pobjs

# the preposition of an act's sides: 'talks between A and B', 'consultations among the allies'
SIDE_PREPS = ("between", "among", "amongst")
# 'the Saudi-led coalition's blockade': the one who leads a joint act does it
LEADING_PARTICIPLES = frozenset({"led", "headed", "spearheaded"})
# states that two names before them name rather than report: 'the Israel-Hamas war', 'the India-Pakistan
# ceasefire', 'the Saudi-Iran rivalry'
NAMED_STATES = frozenset({
    "war", "conflict", "hostility", "ceasefire", "cease-fire", "truce", "armistice", "occupation", "blockade",
    "siege", "dispute", "rivalry", "feud", "standoff", "tension", "relation", "tie", "border", "détente", "detente",
})
# the words of a name: a proper noun, or a word the parser tagged as a named entity
NAME_ENTS = ("GPE", "NORP", "ORG", "PERSON", "LOC")
# a show of force (15) is aimed at whom it is held around, near or off, and at whom it encircles
POSTURE_ROOT = "15"
POSTURE_PREPS = frozenset({"around", "near", "off", "surrounding"})
POSTURE_PARTICIPLES = frozenset({"encircle", "surround"})
# cutting relations (16) is done to its noun's 'of' phrase as force is (roles.py, PATIENT_OF_ROOTS):
# 'the expulsion of Russian diplomats', 'the deportation of Afghan migrants'
RELATIONS_ROOT = "16"
# a threat (13) of an act is aimed at whom that act would be aimed at: 'the threat of sanctions against
# Lithuania', 'warnings of military action against Iran'
THREAT_ROOT = "13"
THREATENED_PREPS = frozenset({"against", "on", "upon", "to"})
# ... and is the threat of whoever would do that act: 'threats of Washington sanctions', 'the threat of
# U.S. tariffs', 'warnings of Chinese retaliation'
THREAT_NOUNS = frozenset({"threat", "warning"})
# nouns of acts done to their 'of' phrase outside those roots: 'China's summons of the Japanese ambassador'
PATIENT_OF_NOUNS = frozenset({"summons", "summoning"})


def _name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAME_ENTS


def _hyphen_before(token: Token) -> Token | None:
    """The word joined to `token` by a hyphen with no space ('Russia' in 'Russia-Ukraine')."""
    doc = token.doc
    if token.i < 2:
        return None
    hyphen, first = doc[token.i - 1], doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_:
        return None
    return first


def paired_names(noun: Token) -> tuple[Token, Token] | None:
    """'the Russia-Ukraine talks': the first and second of two names joined by a hyphen before an event
    noun, the second the compound the noun has (the parser hangs the first on the second or on the noun).
    A state so named is the name of a standing state, not an act ('the Russia-Ukraine war entered its
    fourth year', 'the Israel-Hamas ceasefire collapsed'), and a proper noun names a body."""
    if lemma(noun) in NAMED_STATES or noun.pos_ != "NOUN":
        return None  # a body's name is no act: 'the U.S.-Japan NEXT Alliance Initiative'
    for second in children_of(noun, ("compound",)):
        first = _hyphen_before(second)
        if first is not None and _name(first) and _name(second) and first.head in (second, noun):
            return first, second
    return None


def leaders(noun: Token) -> list[Token]:
    """'the Saudi-led blockade', 'an Israeli-led operation': the name joined by a hyphen to 'led'."""
    found: list[Token] = []
    for modifier in children_of(noun, ("amod", "compound")):
        if modifier.lower_ in LEADING_PARTICIPLES:
            first = _hyphen_before(modifier)
            if first is not None and _name(first):
                found.append(first)
    return found


def side_phrases(noun: Token) -> list[Token]:
    """The sides an event noun's act was done between, in the `between`/`among` phrase of the passive
    verb it is the subject of ('talks were held between A and B') or of its reduced participle ('the
    agreement reached between A and B', 'a ceasefire brokered between A and B')."""
    verbs = [noun.head] if noun.dep_ == "nsubjpass" else []
    verbs += [c for c in children_of(noun, ("acl",)) if c.tag_ == "VBN"]
    return [p for verb in verbs for prep in children_of(verb, ("prep",)) if prep.lower_ in SIDE_PREPS
            for p in pobjs(prep)]


def nominal_sides(noun: Token, found: list[Token]) -> list[Token]:
    """The words naming an event noun's doers that a possessive, `by` phrase or nationality (`found`)
    does not: the second of two hyphen-joined names, whose phrase is read from the first ('the
    Biden-Xi summit' is Biden's), the leader of a joint act, the sides of the verb that tells it, and the
    owner of what a threat threatens."""
    pair = paired_names(noun)
    words = [pair[1]] if pair is not None and pair[1] not in found else []
    return [w for w in words + leaders(noun) + side_phrases(noun) + ([] if found else threateners(noun)) if w not in found]


def owner_names(noun: Token) -> list[Token]:
    """The names that own an act of criticism or threat, or the act it threatens: 'despite **Chinese**
    objections', 'amid **U.S.** criticism', 'despite threats of **Washington** sanctions'."""
    return _named_modifiers([noun] + of_objects(noun))


def threateners(noun: Token) -> list[Token]:
    """'threats of Washington sanctions', 'the threat of U.S. tariffs': the name that owns the act a
    threat or warning threatens is who threatens it."""
    if lemma(noun) not in THREAT_NOUNS:
        return []
    return _named_modifiers(of_objects(noun))


def _named_modifiers(words: list[Token]) -> list[Token]:
    """The names that modify or own `words` ('**Chinese** objections', '**Washington** sanctions')."""
    return [m for w in words for m in w.children if m.dep_ in ("compound", "amod", "poss") and _name(m)]


def paired_target(trigger: Token, sources: list[Actor], resolver: ActorResolver, at: tuple) -> list[Actor]:
    """The side of two hyphen-joined names before an event noun that is not its source ('Ukraine' in 'the
    Russia-Ukraine talks', each name resolved alone); none when the two words are one name ('Guinea-Bissau')."""
    pair = paired_names(trigger)
    if pair is None:
        return []
    first, second = pair
    day, offset, index = at
    whole = resolver.resolve(second, day, offset, index)  # the phrase, read from one of its names
    sides = [resolver.resolve(first, day, offset, index), resolver.resolve_word(second, day, offset, index)]
    if whole is None or None in sides or whole.code not in {a.code for a in sides if a}:
        return []  # 'Guinea-Bissau' names one country, not Guinea's act with Bissau
    own = {a.code for a in sources}
    return [a for a in reversed(sides) if a is not None and a.code not in own][:1]


def posture_places(trigger: Token, head: Token, code: str) -> list[Token]:
    """'held military drills around Taiwan', 'China's drills near Taiwan', 'drills encircling Taiwan': a
    show of force is aimed at the country or city it is held around, near or off ('drills near the border'
    and 'drills near the South China Sea' are aimed at no one the phrase names)."""
    if not code.startswith(POSTURE_ROOT):
        return []
    nouns = [trigger] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    found: list[Token] = []
    for word in dict.fromkeys([head, *nouns]):
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ in POSTURE_PREPS:
                found.extend(p for p in pobjs(child) if p.ent_type_ == "GPE")
            elif child.dep_ == "acl" and lemma(child) in POSTURE_PARTICIPLES:
                found.extend(o for o in children_of(child, ("dobj",)) if o.ent_type_ == "GPE")
    return found


def nominal_targets(trigger: Token, head: Token, code: str) -> list[Token]:
    """Targets of an event noun that its own phrase names only inside another word: the place a show of
    force is held around, the `of` phrase of a noun of cutting relations or summoning, the `against`/`on` phrase of
    what a threat threatens."""
    found = posture_places(trigger, head, code)
    patient = code.startswith(RELATIONS_ROOT) or trigger.lower_ in PATIENT_OF_NOUNS
    if trigger.pos_ != "NOUN" or not (patient or code.startswith(THREAT_ROOT)):
        return found
    objects = of_objects(trigger)
    if patient:
        return found + objects
    return found + [p for o in objects for prep in children_of(o, ("prep",)) if prep.lower_ in THREATENED_PREPS
                    for p in pobjs(prep)]


# where an act of force said with a noun is aimed: 'a strike on Odesa', 'shelling in Kharkiv', 'the
# shelling of Kharkiv'
STRUCK_PREPS = frozenset({"on", "in", "against", "at", "into", "of"})


def struck_places(head: Token) -> list[Token]:
    """'A Russian missile strike on Odesa killed five people', 'Israeli strikes in Gaza wounded dozens':
    the country or city an event noun's act was aimed at, the noun being the subject of the clause that
    tells what it did; the people it hit are of that place before the doer's country."""
    return [p for subject in children_of(head, ("nsubj",)) if subject.pos_ == "NOUN"
            for prep in children_of(subject, ("prep",)) if prep.lower_ in STRUCK_PREPS
            for p in pobjs(prep) if p.pos_ == "PROPN" or p.ent_type_ in ("GPE", "LOC")][:1]
