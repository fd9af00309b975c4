"""Whom an answer answers: targets that earlier events of the same story name.

A denial often names no one: 'Pakistani officials blamed India, accusing it of supporting militants,
a charge New Delhi quickly rejected', 'DHS has dismissed the allegations', 'The insurgent group
denied involvement'. It answers whoever accused its source, and news reports the accusation first.
A condemnation of 'the attack' or 'the violence' that names no one is aimed at whoever the story
said carried it out ('Balochistan's chief minister said, condemning the attack'), and a judgement of
'this' or 'that' at whoever did the act told just before ('"This is unacceptable," Casin said'). All are read
from the events coded before it in the story, within a few sentences, and only when exactly one
actor fits.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.resolver import UNKNOWN_COUNTRY, Actor
from ..nlp.pipeline import token_at
from .accusations import DEMONSTRATIVES
from .agentless import AGENTLESS
from .event import Event
from .syntax import lemma, pobjs

ACCUSER = "accuser"  # resolved_by of a denial's target read from an earlier accusation
ATTACKER = "attacker"  # resolved_by of a condemnation's target read from an earlier attack
DOER = "doer"  # resolved_by of the target of a judgement of 'this', read from the act told before it
DENIAL_CODES = ("016",)
# accusations, criticism, lawsuits, charges and arrests that a denial may answer
ACCUSATION_CODES = ("11", "173")
CONDEMNATION_CODES = ("111", "1121", "122")
# what is condemned when an attack is: 'condemned the attack', 'condemning the recent violence'
ATTACK_NOUNS = frozenset({
    "attack", "assault", "bombing", "blast", "explosion", "killing", "killings", "massacre", "shooting",
    "shelling", "strike", "raid", "ambush", "hijacking", "abduction", "kidnapping", "violence", "atrocity",
})
ATTACK_ROOTS = ("18", "19", "20")
WINDOW = 4


def answered_targets(parts: list[tuple[Doc, int]], events: list[Event]) -> list[Event]:
    """The events, a targetless denial or condemnation of an attack given the accuser or attacker an
    earlier event of the story names, and a judgement of 'this' the doer of the act before it, or
    dropped without one (`parts`: the parsed segments as (Doc, document offset) pairs)."""
    out: list[Event] = []
    for event in events:
        if event.target is None and _known(event.source):
            found = None
            if event.cameo.code.startswith(DENIAL_CODES):
                found = _accuser(event, out)
            elif event.cameo.code.startswith(CONDEMNATION_CODES) and _condemns_attack(_trigger(parts, event)):
                found = _attacker(event, out)
            elif event.cameo.code.startswith("11") and _points_back(_trigger(parts, event)):
                found = _doer(event, out)
                if found is None:
                    continue  # '"This is dangerous," an official said' of no one's act: no event
            if found is not None:
                event = replace(event, target=found)
        out.append(event)
    return out


def _known(actor: Actor) -> bool:
    return bool(actor.country) and actor.country != UNKNOWN_COUNTRY and actor.resolved_by not in AGENTLESS


def _recent(event: Event, earlier: list[Event]) -> list[Event]:
    return [e for e in earlier if event.sentence_index - WINDOW <= e.sentence_index <= event.sentence_index
            and e.doc_id == event.doc_id]


def _accuser(event: Event, earlier: list[Event]) -> Actor | None:
    """The one actor that accused, criticized, sued or charged the denial's source, most recently."""
    source = event.source
    for other in reversed(_recent(event, earlier)):
        target = other.target
        if not other.cameo.code.startswith(ACCUSATION_CODES) or target is None or other.negated:
            continue
        accuser = other.source
        # at the source itself, or at its whole country when the accuser is foreign ('accusing India')
        whole = not target.sectors and target.country == source.country and accuser.country != source.country
        aimed = target.code == source.code or whole
        if aimed and _known(accuser) and accuser.code != source.code:
            return _implied(accuser, ACCUSER)
    return None


def _attacker(event: Event, earlier: list[Event]) -> Actor | None:
    """The one known actor that the recent attacks of the story are by, if they are all by one."""
    attackers = {e.source.code: e.source for e in _recent(event, earlier)
                 if e.cameo.code.startswith(ATTACK_ROOTS) and _known(e.source) and not e.negated}
    attackers.pop(event.source.code, None)
    if len({a.country for a in attackers.values()}) != 1:
        return None
    return _implied(next(iter(attackers.values())), ATTACKER)


def _doer(event: Event, earlier: list[Event]) -> Actor | None:
    """The one known actor (other than the judge) whose acts the sentence before, or the sentence itself,
    tells: what 'this' or 'that' judges."""
    doers = {e.source.code: e.source for e in earlier
             if event.sentence_index - 1 <= e.sentence_index <= event.sentence_index and e.doc_id == event.doc_id
             and _known(e.source) and not e.negated and e.source.country != event.source.country}
    if len({a.country for a in doers.values()}) != 1:
        return None
    return _implied(next(iter(doers.values())), DOER)


def _points_back(trigger: Token | None) -> bool:
    """'"This is unacceptable," Casin said': a judgement whose copula's subject is 'this' or 'that'."""
    return trigger is not None and trigger.dep_ in ("acomp", "attr") and any(
        c.dep_ == "nsubj" and c.lower_ in DEMONSTRATIVES for c in trigger.head.children)


def _implied(actor: Actor, how: str) -> Actor:
    return Actor("", actor.code, actor.country, actor.sectors, actor.name, how, None)


def _trigger(parts: list[tuple[Doc, int]], event: Event) -> Token | None:
    found = token_at(parts, event.evidence.trigger_span[0])
    return found[1] if found else None


def _condemns_attack(trigger: Token | None) -> bool:
    """'condemned the attack', 'condemning the recent violence', 'condemnation of the bombing': what is
    condemned is an attack whose doer the phrase does not name."""
    if trigger is None:
        return False
    things = [c for c in trigger.children if c.dep_ == "dobj"]
    things += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)]
    return any(lemma(t) in ATTACK_NOUNS for t in things)
