"""Who acts on whom in one event: the actors a dictionary entry names at once, and the source-target
pairs of an act, reciprocal ones included ('Putin and Kim met')."""
from __future__ import annotations

from itertools import permutations

from ..actors.coreference import PAIR
from ..actors.resolver import Actor


def split_multiple(actors: list[Actor]) -> list[Actor]:
    """A dictionary entry naming several actors at once ('the Shire' is [FRO/BIL/SAM]) is each of them."""
    out: list[Actor] = []
    for actor in actors:
        codes = actor.code.split("/")
        out += [Actor(actor.text, c, c[:3], actor.sectors, actor.name, actor.resolved_by, actor.span) for c in codes]
    return out


def actor_pairs(
    sources: list[Actor], targets: list[Actor], reciprocal: bool = True
) -> list[tuple[Actor, Actor | None]]:
    """Source-target pairs; conjoined sources with no target act on each other ('Putin and Kim met')
    when the event is `reciprocal`."""
    if targets:
        # actors with no words (an implied agent, an implicit target) are never the same words; one of
        # 'the two leaders' does not act on its own country
        return [(s, t) for s in sources for t in targets if (s.span != t.span or s.span is None)
                and not (s.resolved_by == PAIR and s.country == t.country)]
    distinct = list({a.code: a for a in sources}.values())
    if reciprocal and len(distinct) > 1:
        return list(permutations(distinct, 2))
    return [(s, None) for s in sources]
