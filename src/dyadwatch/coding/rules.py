"""The engine's rule tables beyond patterns, as data: who is implied as the agent of an agentless act,
which nouns are no actors, sense rules that recode an entry from its arguments, what a negated
concession or a demanded act is coded as. Formats are in docs/lexicon.md; each loader refuses a
malformed line with file:line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import LexiconError
from .datafiles import checked_word, data_lines
from .ontology import load_ontology

UNKNOWN_AGENT = "---"
_SECTOR = re.compile(r"^[A-Z]{3}$")
_PREFIX = re.compile(r"^\d{2,4}$")
# '@MIL': source sector; '>REB': target sector; '@STATE': a country named alone; '@NATION': a country or
# its adjective with no sector ('Russian strikes', 'U.S. strikes'); '@mob': the head noun naming the source;
# '@PRIVATE': every actor a private person or firm (apolitical.py)
# sense rule codes that are no CAMEO code: no event, and the entry's own code kept
NO_EVENT, KEEP = "---", "="
_ACTOR_CONDITION = re.compile(r"^([@>](?:[A-Z]{3}|STATE|NATION|PERSON)|@PRIVATE|@[a-z][a-z-]*)$")
# the trigger of a sense rule that applies to any trigger of its prefix ('* 04 @PRIVATE ---')
ANY_TRIGGER = "*"


@dataclass(frozen=True)
class ImpliedAgent:
    """The agent an act implies when the text names none: a sector of the country where it happens
    ('arrested': its police), or no one known (`sector` None: 'killed by a roadside bomb')."""

    sector: str | None
    rule: str


@dataclass(frozen=True)
class SenseRule:
    """An entry of `prefix` triggered by one of `triggers` means `code` when one of `words` is among
    the trigger's arguments ('strikes by jets' are air strikes), or one of `actors` ('@MIL': the
    source is military, '>REB': the target is rebels, '@mob': a mob is the source) describes its
    actors; `code` '---' means no event, '=' that the entry's own code stands (a guard that keeps the
    lines after it from recoding: 'a general strike' stays a labour strike whoever calls it). Each of
    `together` is a set of conditions that must all hold at once, each condition met by any of its
    alternatives ('@MIL,@COP' and '>OPP': state forces against protesters)."""

    triggers: frozenset[str]
    prefix: str
    words: frozenset[str]
    code: str
    rule: str
    actors: frozenset[str] = frozenset()
    together: tuple[tuple[frozenset[str], ...], ...] = ()

    def holds(self, words: set[str], actors: frozenset[str]) -> bool:
        """One of the rule's words or actor conditions is met, or all the conditions of one of its
        joined items."""
        present = words | actors
        return bool(self.words & words or self.actors & actors
                    or any(all(part & present for part in item) for item in self.together))


@dataclass(frozen=True)
class Recode:
    """A code that replaces the codes under a prefix (a refused concession, a demanded act)."""

    codes: tuple[str, ...]
    rule: str


def longest_prefix(table: dict[str, Recode], code: str) -> Recode | None:
    """The entry of the longest prefix of `code` in `table`."""
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def _code(word: str, roots: tuple[str, ...] | None, path: Path, lineno: int) -> str:
    ontology = load_ontology()
    if word not in ontology:
        raise LexiconError(str(path), lineno, f"'{word}' is not a CAMEO code in cameo.tsv")
    if roots and ontology[word].root not in roots:
        raise LexiconError(str(path), lineno, f"'{word}' is not a code of root {' or '.join(roots)}")
    return word


def load_implied_agents(path: Path, unknown: bool = True) -> dict[str, ImpliedAgent]:
    """Lines 'AGENT lemma lemma ...': AGENT is a sector code (placed in the country where the act
    happens) or, when `unknown` allows it, '---' (unknown)."""
    table: dict[str, ImpliedAgent] = {}
    for lineno, content in data_lines(path):
        agent, *lemmas = content.split()
        if (agent != UNKNOWN_AGENT or not unknown) and not _SECTOR.match(agent):
            raise LexiconError(str(path), lineno, f"'{agent}' is not a sector code (e.g. COP) or '---'")
        if not lemmas:
            raise LexiconError(str(path), lineno, f"no lemmas after '{agent}'")
        for word in lemmas:
            table[checked_word(word, path, lineno)] = ImpliedAgent(
                None if agent == UNKNOWN_AGENT else agent, f"{path.name}:{lineno}"
            )
    return table


def load_non_actors(path: Path) -> dict[str, frozenset[str]]:
    """Lines 'ROOTS lemma lemma ...': nouns that name no actor ('cyclone', 'prices'); ROOTS are the
    CAMEO roots in which the noun stands for whoever uses it ('18,19' for a drone), or '-' for none."""
    table: dict[str, frozenset[str]] = {}
    for lineno, content in data_lines(path):
        roots, *lemmas = content.split()
        kept = frozenset() if roots == "-" else frozenset(roots.split(","))
        if any(not re.match(r"^\d\d$", r) for r in kept):
            raise LexiconError(str(path), lineno, f"'{roots}' is not '-' or comma-separated roots such as 18,19,20")
        if not lemmas:
            raise LexiconError(str(path), lineno, f"no nouns after '{roots}'")
        for word in lemmas:
            table[checked_word(word, path, lineno)] = kept
    return table


def load_senses(path: Path) -> dict[str, list[SenseRule]]:
    """Lines 'TRIGGERS PREFIX WORDS CODE' (TRIGGERS and WORDS '|'-separated lemmas; among WORDS,
    '@SECTOR' and '>SECTOR' are conditions on the source's and the target's sector, '@word' on the
    noun naming the source; an item 'A,B+C,D' asks for one of A and B and one of C and D at once)."""
    table: dict[str, list[SenseRule]] = {}
    for lineno, content in data_lines(path):
        parts = content.split()
        if len(parts) != 4 or not _PREFIX.match(parts[1]):
            raise LexiconError(str(path), lineno, "expected 'TRIGGERS PREFIX WORDS CODE', e.g. 'strike 14 air|jet 195'")
        triggers = frozenset(w if w == ANY_TRIGGER else checked_word(w, path, lineno) for w in parts[0].split("|"))
        items = parts[2].split("|")
        together = tuple(_joined(w, path, lineno) for w in items if "+" in w)
        items = [w for w in items if "+" not in w]
        actors = frozenset(w for w in items if _ACTOR_CONDITION.match(w))
        words = frozenset(checked_word(w, path, lineno) for w in items if w not in actors)
        code = parts[3] if parts[3] in (NO_EVENT, KEEP) else _code(parts[3], None, path, lineno)
        rule = SenseRule(triggers, parts[1], words, code, f"{path.name}:{lineno}", actors, together)
        for trigger in triggers:
            table.setdefault(trigger, []).append(rule)
    return table


def _joined(item: str, path: Path, lineno: int) -> tuple[frozenset[str], ...]:
    """'@REB,@UAF+>CVL,>REF': conditions that must all hold, each a ','-separated list of words or actor
    conditions of which one is enough."""
    parts = item.split("+")
    if len(parts) < 2 or not all(parts):
        raise LexiconError(str(path), lineno, f"'{item}' joins nothing; write conditions as 'A,B+C,D'")
    return tuple(
        frozenset(w if _ACTOR_CONDITION.match(w) else checked_word(w, path, lineno) for w in part.split(","))
        for part in parts
    )


def load_recodes(path: Path, roots: tuple[str, ...], columns: int) -> dict[str, Recode]:
    """Lines 'FROM-PREFIX CODE [CODE]': `columns` codes, each of one of `roots` in column order."""
    table: dict[str, Recode] = {}
    for lineno, content in data_lines(path):
        parts = content.split()
        if len(parts) != columns + 1 or not _PREFIX.match(parts[0]):
            shape = " ".join(["FROM-PREFIX"] + ["CODE"] * columns)
            raise LexiconError(str(path), lineno, f"expected '{shape}'")
        if parts[0] in table:
            raise LexiconError(str(path), lineno, f"prefix {parts[0]} is listed twice; keep one line")
        codes = tuple(_code(c, (roots[n],), path, lineno) for n, c in enumerate(parts[1:]))
        table[parts[0]] = Recode(codes, f"{path.name}:{lineno}")
    return table
