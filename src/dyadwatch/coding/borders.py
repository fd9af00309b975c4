"""The country across a border that a show of force, a threat or an attack is aimed at.

A state named only for a border is no actor where the border just says where something happens
('Burmese troops captured a town on the Thai border', actors/phrases.py). Troops massed or deployed
at another country's border, a threat to send them there, and shelling or incursions across it are,
by CAMEO, aimed at that country: 'Russia massed troops on the Ukrainian border' is Russia against
Ukraine, not Russia against its own troops. A border of the source's own country ('Armenia deployed
troops on its own border') names no one else, and an attack on a town or village that lies on a border
hits that place ('captured a town on the Thai border'), not the country beyond it; nor is what an
attack hits near or on a border ('shelled Kurdish positions near the Syrian border', 'killed 12
militants near the Cameroonian border') the country beyond it, unless the attack goes across."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..actors.phrases import BORDER_NOUNS
from ..actors.resolver import Actor, ActorResolver
from .locatives import _name, state_named
from .syntax import pobjs

# threats (13x) and shows of force (15x) aimed at whoever is across a border, wherever in their clause
# it is named ('threatened to send troops to the Ukrainian border')
POSTURE_ROOTS = ("13", "15")
# force (18x-20x) is aimed across a border only when it names no one it hits and goes across, over or into
# it ('fired mortars across the border with India'), or hits the border itself
FORCE_ROOTS = ("18", "19", "20")
ACROSS_PREPS = frozenset({"across", "over", "into"})
# clauses of their own under the act: what they tell of is not where the act is aimed
OWN_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "parataxis", "acl"})


def border_target(code: str, head: Token, sources: list[Actor], targets: list[Actor], resolver: ActorResolver,
                  offset: int) -> list[Actor]:
    """The targets, with the country across a border put in place of no target or of one of the
    source's own country ('Russia massed troops', the troops being Russia's own)."""
    if not code.startswith(POSTURE_ROOTS + FORCE_ROOTS):
        return targets
    home = {a.country for a in sources if a.country}
    if len(home) != 1 or (targets and any(a.country not in home for a in targets)):
        return targets
    if targets and not code.startswith(POSTURE_ROOTS):
        return targets  # 'killed 12 militants near the Cameroonian border': whom it hits, not the border
    borders = _posture_borders(head) if code.startswith(POSTURE_ROOTS) else _force_borders(head)
    for border in borders:
        sides = set(_sides(border, resolver)) - home
        if len(sides) == 1:
            country = sides.pop()
            span = (offset + border.idx, offset + border.idx + len(border))
            return [Actor(border.text, country, country, (), None, "border-side", span)]
    return targets


def _posture_borders(head: Token) -> Iterator[Token]:
    """The border nouns of the act's clause and the clauses it controls ('to send troops to ...')."""
    stack = [head]
    while stack:
        word = stack.pop()
        if word.lemma_.lower() in BORDER_NOUNS and word.dep_ == "pobj":
            yield word
        stack.extend(c for c in word.children if c.dep_ not in OWN_CLAUSES)


def _force_borders(head: Token) -> Iterator[Token]:
    """The border an attack crosses ('fired mortars across the border with India') or hits ('shelled
    the Armenian border'); what it hits on or near a border lies on either side ('captured a rebel
    stronghold on the Thai border')."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ACROSS_PREPS:
            yield from (p for p in pobjs(prep) if p.lemma_.lower() in BORDER_NOUNS)
    yield from (c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in BORDER_NOUNS)


def _sides(border: Token, resolver: ActorResolver) -> Iterator[str]:
    """The countries a border is named for: 'the Ukrainian border', 'Ukraine's border', 'the border
    with Ukraine', 'its border with Eritrea'."""
    names = [c for c in border.children if c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("PROPN", "ADJ")]
    for prep in border.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "of"):
            names.extend(p for p in pobjs(prep) if p.pos_ == "PROPN")
    for name in names:
        country = state_named(_name(name), resolver)
        if country is not None and country.isalpha():
            yield country
