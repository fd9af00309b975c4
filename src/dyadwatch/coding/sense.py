"""Sense from the arguments: which words of an act's phrase decide what the entry means, and which
nouns name no actor at all ('a cyclone slammed', 'prices fell'). The words are data (senses.txt,
non_actors.txt); this module only looks them up on the parse."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ..actors.resolver import Actor
from .apolitical import private_act
from .extract import Match
from .lexicon import Lexicon
from .rules import ANY_TRIGGER, KEEP, SenseRule
from .syntax import lemma, pobjs, shared_subjects

ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "compound", "amod", "poss", "attr")
# ... and what completes the verb itself: 'pleaded guilty', 'ended up', 'asked not to be identified'
# (and 'pleaded guilty Monday', where the parser hangs the adjective on the date)
COMPLEMENT_DEPS = ("acomp", "oprd", "prt", "xcomp", "npadvmod")
# prepositions of the agent and of the means or occasion ('killed in an airstrike', 'during clashes')
MEANS_PREPS = ("by", "in", "during", "with")
WHEN_MARKS = ("when", "as")
# modals of a clause that says what someone will or should do, not what is so
INTENT_MODALS = ("will", "would", "shall", "should", "must", "can", "could", "might", "may")
# the argument that stands for a clause stating a view: 'agreed that the danger has not passed'
VIEW = "that"
# actor codes whose first three letters name a kind of organisation, not a country
ORGANISATION_BASES = ("IGO", "NGO")
STATE = "STATE"
NATION = "NATION"
# the condition of an act among private persons and firms alone (apolitical.py)
PRIVATE = "@PRIVATE"
PERSON = "PERSON"  # a public figure the knowledge base knows by name


def argument_lemmas(match: Match) -> set[str]:
    """Lemmas of the words that say what the act is about: the trigger's modifiers, subjects and
    objects with their compounds (a participle's subject is its clause's), the head verb's complements
    ('pleaded guilty', 'ended up'), its agent, means or occasion ('by jets', 'in an airstrike'), the
    light verb's subject ('jets carried out strikes'); and the words the entry matched in a clause below it."""
    heads: list[Token] = list(shared_subjects(match.head))  # 'a landmine exploded, killing five'
    heads.extend(c for c in match.head.children if c.dep_ in COMPLEMENT_DEPS)
    for word in {match.trigger, match.head}:
        heads.extend(c for c in word.children if c.dep_ in ARGUMENT_DEPS)
        heads.extend(p for c in word.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in MEANS_PREPS)
                     for p in c.children if p.dep_ in ("pobj", "pcomp"))  # 'by Russian shelling' as a gerund
    # what happened when it did: 'killed when a bus collided with a truck', 'when a bomb went off'
    events = [c for c in match.head.children if c.dep_ == "advcl"
              and any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in c.children)]
    # ... and what it hit: 'killed when their vehicle hit a landmine', 'when the bus collided with a truck'
    heads.extend(s for c in events for s in c.children if s.dep_ in ("nsubj", "nsubjpass", "dobj"))
    heads.extend(p for c in events for prep in c.children if prep.dep_ == "prep" for p in pobjs(prep))
    found = {lemma(t) for t in heads} | {lemma(c) for c in events}
    if any(states_a_view(c) for c in match.head.children if c.dep_ in ("ccomp", "parataxis")):
        found.add(VIEW)
    found.update(lemma(c) for t in heads for c in t.children if c.dep_ in ("compound", "amod"))
    # the words the entry matched in a clause below the trigger ('urged Israel to halt the strikes')
    found.update(item.lemma for item in match.used if _below_a_clause(item.token, match.head))
    return found


def _below_a_clause(token: Token, head: Token) -> bool:
    """`token` hangs on a verb of its own below `head` ('strikes' of 'halt' in 'urged Israel to halt
    the strikes'), not on the head itself ('elections' in 'called for elections')."""
    if head not in token.ancestors:
        return False
    word = token.head
    while word != head:
        if word.pos_ in ("VERB", "AUX"):
            return True
        word = word.head
    return False


def states_a_view(clause: Token) -> bool:
    """A finite clause with a subject and no modal of intent: what someone holds to be so ('agree that
    China has taken advantage', '"the danger is not passed," agreed Sayim'), not what they will do
    ('agreed that they would reopen the border')."""
    return (clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
            and not any(c.dep_ == "aux" and c.lower_ in INTENT_MODALS for c in clause.children)
            and not any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children))


def sense_rule(match: Match, lexicon: Lexicon, actors: frozenset[str] = frozenset()) -> SenseRule | None:
    """The first sense rule for this trigger and code whose words are among the act's arguments, or
    whose actor conditions `actors` meets ('@MIL' for a military source, '>REB' for a rebel target);
    the rules for any trigger ('*') come after the trigger's own."""
    rules = _trigger_rules(match, lexicon)
    if not rules or not match.pattern.codes:
        return None
    return _first_rule(rules, match.pattern.code, argument_lemmas(match), actors)


def _trigger_rules(match: Match, lexicon: Lexicon) -> list[SenseRule]:
    """The sense rules of the match's trigger, then those of any trigger ('*')."""
    return lexicon.senses.get(lemma(match.trigger), []) + lexicon.senses.get(ANY_TRIGGER, [])


def _first_rule(rules: list[SenseRule], code: str, words: set[str], actors: frozenset[str]) -> SenseRule | None:
    """The first rule for `code` whose words are among `words` or whose actor conditions `actors` meets."""
    return next((r for r in rules if code.startswith(r.prefix) and r.holds(words, actors)), None)


def actor_conditions(sources: list[Actor], targets: list[Actor], source_heads: list[Token] = (),
                     known_person: Callable[[str], object] = lambda name: None) -> frozenset[str]:
    """The actor conditions sense rules can ask for: '@SECTOR' of a source, '>SECTOR' of a target,
    '@word' the head noun of the words naming the source ('a mob', 'hundreds of rioters'), which an
    object of the same word does not meet ('police dispersed the mob'), and '@PRIVATE' when all the
    actors are private persons or firms (`known_person` tells a public figure by name). An
    organisation's base ('IGO', 'NGO') counts as a sector: ECOWAS is IGOWAFWAS, country 'IGO',
    sectors WAF and WAS. '@PERSON' and '>PERSON' are a source or target that is a public figure the
    knowledge base holds by name ('Trump attacked Biden': words, not violence)."""
    words = [lemma(t) for t in source_heads]
    words += [lemma(p) for t in source_heads for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in pobjs(c)]
    private = [PRIVATE] if private_act(sources, targets, known_person) else []
    return frozenset([f"@{s}" for a in sources for s in _kinds(a)] + [f">{s}" for a in targets for s in _kinds(a)]
                     + [f"@{w}" for w in words] + private
                     + [f"@{PERSON}" for a in sources if a.name and known_person(a.name)]
                     + [f">{PERSON}" for a in targets if a.name and known_person(a.name)])


def _kinds(actor: Actor) -> tuple[str, ...]:
    """The actor's sectors, and its base when that is a kind of organisation rather than a country;
    'STATE' for a country named alone ('Japan protested'), which speaks as its government; 'NATION' for
    a country or its adjective with no sector ('Russian strikes', 'U.S. strikes', 'Israel's strikes')."""
    if actor.country in ORGANISATION_BASES:
        return actor.sectors + (actor.country,)
    if actor.sectors:
        return actor.sectors
    nation = (NATION,) if actor.country and actor.code == actor.country else ()
    named = actor.resolved_by == "country" and len(actor.code) == 3  # not 'Kenyans' (a people)
    return ((STATE,) if named else ()) + nation


def sense_of_code(match: Match, content: Match, code: str, lexicon: Lexicon, actors: frozenset[str]) -> str:
    """The code a sense rule gives `code`, which the match took from the act it asks for, `content`,
    whose words count too ('instructed Israel to halt the strikes': a state asked to end strikes is
    asked to de-escalate, 1056)."""
    words = argument_lemmas(match) | argument_lemmas(content)
    rule = _first_rule(_trigger_rules(match, lexicon), code, words, actors)
    return code if rule is None or rule.code in (KEEP, "---") else rule.code


def apply_sense(match: Match, lexicon: Lexicon, actors: frozenset[str] = frozenset()) -> SenseRule | None:
    """Recode the match's pattern by the sense rule that applies (its code '---': no event, '=': the
    pattern's own code)."""
    rule = sense_rule(match, lexicon, actors)
    if rule is not None:
        code = match.pattern.code if rule.code == KEEP else rule.code
        match.pattern = replace(match.pattern, code=code, rule=f"{match.pattern.rule} (sense: {rule.rule})")
    return rule


def names_no_actor(token: Token, root: str, lexicon: Lexicon) -> bool:
    """'A cyclone slammed', 'a ship was heading to': a noun of non_actors.txt is no actor, except in
    the roots where it stands for whoever uses it ('Russian drones struck Kyiv')."""
    kept = lexicon.non_actors.get(lemma(token))
    return kept is not None and root not in kept
