"""What a protest demands: 'marched to demand the release of students', 'staged a sit-in, demanding
the cancellation of the exam', 'a strike demanding the resignation of the minister'. CAMEO codes the
protest, and what it demands chooses its 4-digit code (leadership change, policy change, rights,
institutions); the demanding clause is the protest's content, not a demand of its own. The table
from the demand's code to the protest's aim is data (protest_aims.txt)."""
from __future__ import annotations

from dataclasses import replace

from .event import Event
from .extract import Match
from .lexicon import Lexicon
from .ontology import Ontology
from .rules import longest_prefix

# the clause of a demand that is the protest's aim: a participle or purpose infinitive of the
# protest's verb ('protested, demanding', 'marched to demand') or a participle of its noun ('a
# strike demanding')
AIM_DEPS = ("advcl", "acl", "xcomp")
PROTEST_ROOT = "14"
DEMAND_ROOTS = ("02", "10")


def fold_protest_demands(coded: list[tuple[Match, list[Event]]], lexicon: Lexicon,
                         ontology: Ontology) -> list[tuple[Match, list[Event]]]:
    """The protests of a sentence with the aims their demanding clauses give them; those demands are
    dropped. Protests already coded for an aim keep their code ('protested against the tax law')."""
    out = list(coded)
    for n, (protest, events) in enumerate(out):
        if not events or not protest.pattern.code.startswith(PROTEST_ROOT):
            continue
        heads = {protest.head.i, protest.trigger.i}
        for m, (demand, demanded) in enumerate(out):
            if demanded and demand.pattern.code.startswith(DEMAND_ROOTS) and demand.head.dep_ in AIM_DEPS \
                    and demand.head.head.i in heads:
                events = [_aimed(e, demanded[0], lexicon, ontology) for e in events]
                out[m] = (demand, [])
        out[n] = (protest, events)
    return out


def _aimed(event: Event, demand: Event, lexicon: Lexicon, ontology: Ontology) -> Event:
    code = event.cameo.code
    aim = longest_prefix(lexicon.protest_aims, demand.cameo.code)
    if aim is None or len(code) != 3 or code == "140" or code + aim.codes[0][-1] not in ontology:
        return event
    rule = f"{event.evidence.rule} (aim: {aim.rule})"
    return replace(event, cameo=ontology[code + aim.codes[0][-1]], evidence=replace(event.evidence, rule=rule))
