"""Acts of force that no one is named for, claimed in the next sentence by an armed group.

Event notes and wire copy report a bombing or a raid first and who claimed it after: "On 16 March 2025, a
suicide car bomb exploded outside a hotel in Beledweyne, killing 7 people. Al Shabaab claimed
responsibility." The claim (015) is coded on its own; the acts of force of the sentence before it whose
doer is unknown (an agentless passive, a bomb as subject: source `---`) are the claimant's. Only an armed
group's claim counts (a rebel, militant or separatist sector, or a name from the armed groups' file),
and a claim aimed at someone ('admitted its mistake to the court') names no attack.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.resolver import UNKNOWN_COUNTRY, Actor
from .agentless import AGENTLESS, FORCE_ROOTS
from .event import Event

CLAIM = "015"
ARMED_GROUPS = frozenset({"REB", "UAF", "SEP"})


def claimed_agents(events: list[Event]) -> list[Event]:
    """The events, with an unknown doer of an act of force replaced by the armed group that claims the
    next sentence's attack; events that become the same act are kept once."""
    claimants = {e.sentence_index - 1: e for e in events if _armed_claim(e)}
    out: list[Event] = []
    seen: set[tuple] = set()
    for event in events:
        claim = claimants.get(event.sentence_index)
        if (claim is not None and event.cameo.root in FORCE_ROOTS and event.source.code == UNKNOWN_COUNTRY
                and event.source.resolved_by in AGENTLESS):
            event = replace(event, source=claim.source,
                            evidence=replace(event.evidence, source_span=claim.evidence.source_span))
        key = (event.sentence_index, *event.key)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out


def _armed_claim(event: Event) -> bool:
    return (event.cameo.code == CLAIM and event.target is None and not event.negated
            and event.modality == "asserted" and _armed(event.source))


def _armed(actor: Actor) -> bool:
    return bool(ARMED_GROUPS & set(actor.sectors)) or actor.resolved_by == "group"
