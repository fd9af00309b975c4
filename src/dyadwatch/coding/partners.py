"""Partners in an act of force: 'Somali and AU forces conducted a joint operation against al-Shabaab',
'his life was terminated in coordination with the Iraqi Government', 'French troops fought alongside
Malian forces'. The act is coded as it is, against its target; the partnership is material
cooperation between the partners of different countries (062), coded besides it."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.resolver import Actor
from .event import Event
from .extract import Match
from .ontology import Ontology
from .syntax import children_of, lemma, pobjs

# acts of force, coercion and violence whose partners cooperate militarily in doing them
PARTNER_ROOTS = ("15", "17", "18", "19", "20")
PARTNERSHIP_CODE = "062"
# 'a joint operation', 'combined strikes', 'jointly patrolled'
JOINT_WORDS = frozenset({"joint", "combined", "jointly"})
DRILL_WORDS = frozenset({"exercise", "drill", "game", "wargame", "war-game", "maneuver", "manoeuvre"})
# 'in coordination with', 'in cooperation with', 'in partnership with', 'in conjunction with'
PARTNERSHIP_NOUNS = frozenset({"coordination", "cooperation", "collaboration", "conjunction", "partnership", "concert"})


def partner_tokens(match: Match) -> list[Token]:
    """The words naming those the source acts with: 'alongside X', 'in coordination with X',
    'together with X'."""
    found: list[Token] = []
    # the parser may hang the phrase on the object: 'killed the leader in coordination with Iraq'
    for word in dict.fromkeys((match.head, match.trigger, *children_of(match.head, ("dobj",)))):
        for prep in children_of(word, ("prep",)):
            if prep.lower_ == "alongside":
                found += pobjs(prep)
            elif prep.lower_ == "in":
                found += [p for noun in pobjs(prep) if lemma(noun) in PARTNERSHIP_NOUNS
                          for c in children_of(noun, ("prep",)) if c.lower_ == "with" for p in pobjs(c)]
        for adverb in children_of(word, ("advmod",)):
            if adverb.lower_ in ("together", "jointly"):
                found += [p for c in children_of(adverb, ("prep",)) if c.lower_ == "with" for p in pobjs(c)]
    return found


def is_joint(match: Match) -> bool:
    """'conducted a joint operation', 'launched combined strikes', 'jointly patrolled'; drills of
    several countries are held together ('French and Egyptian warships launched war games'), while
    their patrols may be each one's own ('Canadian and British ships patrol the strait')."""
    words = [match.trigger, match.head, *children_of(match.head, ("dobj",))]
    if match.pattern.code.startswith("15") and any(lemma(w) in DRILL_WORDS for w in words):
        return True
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in JOINT_WORDS for w in words for c in w.children)


def partnership_events(found: list[Event], match: Match, sources: list[Actor], partners: list[Actor],
                       ontology: Ontology) -> list[Event]:
    """062 events between the partners of an act of force coded as `found`: from each source to each
    partner it names, or from the first of several joint sources to the others; partners of one
    country (the army and the police) are no cooperation between countries."""
    if not found or match.pattern.code[:2] not in PARTNER_ROOTS:
        return []
    known = [a for a in sources if a.country and a.country.isalpha()]
    if partners:
        pairs = [(s, p) for s in known for p in partners if p.country and p.country != s.country]
    elif is_joint(match):
        by_country = list({a.country: a for a in known}.values())
        pairs = [(by_country[0], other) for other in by_country[1:]]
    else:
        return []
    base, code = found[0], ontology.lookup(PARTNERSHIP_CODE)
    return [replace(base, source=s, target=p, cameo=code, evidence=replace(
        base.evidence, source_span=s.span, target_span=p.span, rule=f"{base.evidence.rule} (partners)"))
        for s, p in pairs]
