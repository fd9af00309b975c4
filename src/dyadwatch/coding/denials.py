"""A denial answers an accusation, and is aimed at the accuser.

'Pakistani officials blamed India, accusing it of supporting the militants, a charge New Delhi
quickly rejected' and 'Afghan officials accused the Taliban of plotting the attack. The insurgent
group denied involvement' are denials (016) of India and of the Taliban aimed at whoever accused
them, although the denial's own words name no one. A denial that names no target takes the source
of the latest accusation or criticism (root 11) made against the denier, asserted, in the denial's
sentence or the WINDOW sentences before it, by another party.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.resolver import Actor
from .event import Event

DENIAL = "016"
ACCUSING_ROOT = "11"
WINDOW = 2  # sentences before the denial in which the accusation it answers may be reported


def answer_accusations(events: list[Event]) -> list[Event]:
    """The events of a document, each targetless denial aimed at the accuser it answers."""
    out: list[Event] = []
    for event in events:
        if event.cameo.code == DENIAL and event.target is None and not event.negated:
            accuser = _accuser(event, events)
            if accuser is not None:
                rule = f"{event.evidence.rule} (answers an accusation by {accuser.code})"
                event = replace(event, target=accuser,
                                evidence=replace(event.evidence, target_span=accuser.span, rule=rule))
        out.append(event)
    return out


def _accuser(denial: Event, events: list[Event]) -> Actor | None:
    """The source of the latest accusation against the denier near the denial, if it is one of another party."""
    first = denial.sentence_index - WINDOW
    accusations = [e for e in events if first <= e.sentence_index <= denial.sentence_index
                   and e.cameo.root == ACCUSING_ROOT and e.target is not None and not e.negated
                   and e.modality == "asserted" and _same_party(e.target, denial.source)
                   and not _same_party(e.source, denial.source)]
    return accusations[-1].source if accusations else None


def _same_party(a: Actor, b: Actor) -> bool:
    """'India' and 'New Delhi' (IND, INDGOV), 'the Taliban' and 'the insurgent group' (AFGREB); not
    the Afghan government and the Taliban (AFGGOV, AFGREB)."""
    if not a.code or not b.code or a.code.startswith("---") or b.code.startswith("---"):
        return False
    return a.code.startswith(b.code) or b.code.startswith(a.code)
