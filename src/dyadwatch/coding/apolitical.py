"""Acts among private persons and firms alone. CAMEO codes interactions between political actors:
states and their organs, parties, armed groups, international and non-governmental organisations,
and people acting in public life. A beautician who helps other women build their businesses, a
doctor who talks with a patient, a firm that invests in renewables or a man who sends money to his
mother takes part in no such interaction, so an intent or act of cooperation (roots 03, 04, 06-08)
whose actors are all private is no event: senses.txt asks for it with the condition '@PRIVATE'. Any
state or political actor among them keeps the act ('residents met the governor', 'Chinese firms
invested in Kenya')."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..actors.resolver import Actor

# sectors of people and bodies that act in private life: civilians, business, health, education,
# the media, farmers, labour and refugees (governments, the military, police, courts, legislatures,
# parties, the opposition, armed groups, religious bodies and organisations are public)
PRIVATE_SECTORS = frozenset({"CVL", "BUS", "HLH", "EDU", "MED", "AGR", "LAB", "REF"})
# actor bases that are organisations, not countries: public whatever their sectors
ORGANISATIONS = frozenset({"IGO", "NGO"})


def private_actor(actor: Actor, known_person: Callable[[str], object]) -> bool:
    """An actor of private sectors only ('people', 'businesses', 'a company', 'doctors'), or a person
    named with no sector whom the knowledge base does not hold ('Michelle Madau, a Zimbabwean
    beautician', or 'I' in her quote); a country named alone or a people ('Ukrainians') is not one,
    nor is a known public figure out of office."""
    if actor.country in ORGANISATIONS:
        return False
    if actor.sectors:
        return set(actor.sectors) <= PRIVATE_SECTORS
    return actor.name is not None and not known_person(actor.name)


def private_act(sources: Sequence[Actor], targets: Sequence[Actor], known_person: Callable[[str], object]) -> bool:
    """Some source, and every source and target, is private: no state or political actor takes part."""
    return bool(sources) and all(private_actor(a, known_person) for a in [*sources, *targets])
