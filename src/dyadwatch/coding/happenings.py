"""Acts of force reported as happening rather than as done by someone: 'fighting continued between
the army and the rebels', 'there was an exchange of fire between Indian and Pakistani troops',
'there were clashes between police and protesters'. The event's word is the subject of a verb of its
happening, or what an existential 'there' reports, and its sides are named in the 'between', 'among'
or 'by' phrase of that verb or of the noun. Protests are reported the same way (agentless.py). A
note that opens with the gerund (ACLED style: 'Shelling of Avdiivka by Russian forces.') is the act
of its 'by' phrase on its 'of' phrase."""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import expand_conjuncts, lemma, of_objects, pobjs

# roots whose nouns an existential 'there' reports as having happened: protest, coercion, assault,
# fighting, mass violence ('there were clashes', 'there was heavy shelling'); a 'there was criticism'
# or 'there were calls for' reports talk about an act, not one
HAPPENING_ROOTS = ("14", "17", "18", "19", "20")
# verbs whose gerund subject, an act of force, happens: 'fighting continued', 'shooting broke out',
# 'fighting took place', 'heavy fighting raged'
GERUND_HAPPENING_VERBS = frozenset({
    "continue", "break", "erupt", "rage", "resume", "intensify", "escalate", "flare", "persist", "last",
    "take", "occur", "start", "begin", "ensue", "spread",
})
SIDE_PREPS = ("between", "among", "by")


def happening_root(code: str) -> bool:
    """Whether an event of this code is reported by its noun happening ('there were clashes')."""
    return code[:2] in HAPPENING_ROOTS


def gerund_sides(verb: Token) -> list[Token]:
    """'Fighting continued between the army and the rebels', 'heavy fighting broke out among rival
    factions': a gerund with no subject of its own as the subject of a verb of its happening is done
    by the sides that verb's 'between', 'among' or 'by' phrase names ('fighting continued' alone names
    none). 'The fighting spirit continued' has a noun, not a gerund, as its subject."""
    if fragment_gerund(verb):
        # 'Killing of a village chief by JNIM militants': the parser may hang 'by' on the 'of' phrase
        return expand_conjuncts([p for w in (verb, *of_objects(verb)) for prep in w.children
                                 if prep.dep_ == "prep" and prep.lower_ == "by" for p in pobjs(prep)])
    if verb.tag_ != "VBG" or verb.dep_ not in ("nsubj", "csubj") or lemma(verb.head) not in GERUND_HAPPENING_VERBS:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return []  # 'fighting the rebels continued': someone's act on an object, whose doer is elsewhere
    found = [p for prep in verb.head.children if prep.dep_ == "prep" and prep.lower_ in SIDE_PREPS
             for p in pobjs(prep)]
    return expand_conjuncts(found)


def fragment_gerund(verb: Token) -> bool:
    """'Shelling of Avdiivka by Russian forces.', 'Abduction of two traders by ADF rebels near Beni.': a
    gerund that opens a note with no subject or object of its own, its patient in an 'of' phrase."""
    return (verb.tag_ == "VBG" and verb.dep_ == "ROOT" and verb.i == verb.sent.start and bool(of_objects(verb))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children))


# what comes under attack in the field: a unit, a vehicle or a post ('a UN convoy came under attack near
# Gao'); a minister or a policy that 'came under attack' is criticised, and is coded only with its critic
ATTACKED_UNITS = frozenset({
    "convoy", "patrol", "base", "outpost", "post", "checkpoint", "camp", "position", "column", "motorcade",
    "vessel", "ship", "boat", "tanker", "helicopter", "aircraft", "plane", "vehicle", "truck", "compound",
    "embassy", "consulate", "station", "barracks",
})


def attacked_units(noun: Token) -> list[Token]:
    """'A UN peacekeeping convoy came under attack near Gao': the unit that came under the act of force
    `noun` names, which is what it is done to when no attacker is named."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or lemma(prep.head) not in ("come", "be"):
        return []
    return [s for s in expand_conjuncts([c for c in prep.head.children if c.dep_ == "nsubj"]) if lemma(s) in ATTACKED_UNITS]
