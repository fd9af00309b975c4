"""Load and validate the event lexicon: pattern files per CAMEO root, synsets and word lists.

The format is documented in docs/lexicon.md. Patterns are data; this module only compiles them into
`Pattern` objects indexed by trigger lemma, and refuses anything it cannot make sense of with an error
naming file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import LexiconError
from .datafiles import checked_word as _word_or_fail
from .datafiles import data_lines as _lines
from .ontology import load_ontology
from .rules import ImpliedAgent, Recode, SenseRule, load_implied_agents, load_non_actors, load_recodes, load_senses

SECTIONS = ("verbs", "nouns")
REPORTING_KINDS = ("report", "deny")
MODALITIES = (
    "future", "hypothetical", "scheduled", "unrealised", "background", "prospective", "condition", "forecast", "hinting",
    "striving", "effort", "occasion",
)
_ROOT_FILE = re.compile(r"^(\d\d)_[a-z_]+\.txt$")


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry: a trigger lemma, the phrase words it needs, and where its target is."""

    code: str
    kind: str
    trigger: frozenset[str]
    words: tuple[frozenset[str], ...]
    target_object: bool
    target_word: int | None
    rule: str
    text: str
    # Word-order patterns (PETRARCH dictionaries): `before` must precede the trigger and `words`
    # follow it, both in order; `adjacent[i]` says element i touches its predecessor (or the trigger).
    ordered: bool = False
    before: tuple[frozenset[str], ...] = ()
    adjacent: tuple[bool, ...] = ()
    before_adjacent: tuple[bool, ...] = ()
    source_word: int | None = None
    target_subject: bool = False
    compound: bool = False  # '% *': matches only a conjoined subject, whose actors act on each other
    reverse_code: str | None = None
    target_skips: int = 0  # 'IN ^ +': noun phrases skipped between the target word and the target
    source_skips: int = 0  # 'TABASKI ^ $': the same for the source
    target_before: int | None = None  # '+ HOSTING *': the target is the phrase before `before[i]`
    # '<071 receive loan from *': the act is the target's, done to the subject ('Egypt received a loan
    # from the IMF' is the IMF's aid to Egypt)
    received: bool = False

    @property
    def specificity(self) -> int:
        """Words matched, and a compound subject ('% *') required, make a pattern more specific."""
        return 1 + len(self.words) + len(self.before) + self.compound

    @property
    def codes(self) -> bool:
        """False for a null pattern ('[---]'): it wins the match so that nothing weaker is coded."""
        return bool(self.code) and self.code != "---"


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    reporting: dict[str, str] = field(default_factory=dict)
    modality: dict[str, str] = field(default_factory=dict)
    object_control: frozenset[str] = frozenset()
    implicit_targets: dict[str, str] = field(default_factory=dict)
    intents: dict[str, str] = field(default_factory=dict)
    # Code prefixes of events that conjoined sources with no target do to each other ('Putin and Kim
    # met'); None (no reciprocal.txt) makes every event reciprocal.
    reciprocal: tuple[str, ...] | None = None
    # nouns that are events only as the object of a light verb ('signed a treaty'), not when merely
    # mentioned ('the treaty between Japan and the United States')
    light_verb_only: frozenset[str] = frozenset()
    amounts: frozenset[str] = frozenset()  # "rounds of talks": the event noun is in the 'of' phrase
    country_cues: dict[str, str] = field(default_factory=dict)  # 'fir', 'lathi-charge' -> IND
    # agents implied by agentless acts ('dozens were arrested'), nouns that are no actors, sense
    # rules, refused concessions and demanded acts (rules.py)
    implied_agents: dict[str, ImpliedAgent] = field(default_factory=dict)
    non_actors: dict[str, frozenset[str]] = field(default_factory=dict)
    patients: dict[str, ImpliedAgent] = field(default_factory=dict)  # 'the accused was nabbed'
    senses: dict[str, list[SenseRule]] = field(default_factory=dict)
    refusals: dict[str, Recode] = field(default_factory=dict)
    demands: dict[str, Recode] = field(default_factory=dict)
    protest_aims: dict[str, Recode] = field(default_factory=dict)
    protesters: dict[str, ImpliedAgent] = field(default_factory=dict)  # 'members of the union staged a dharna'
    sentence_discards: tuple[str, ...] = ()
    story_discards: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)  # entries loaded but unusable, shown to the user
    _words_index: dict[tuple[str, str], frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def intent_code(self, code: str) -> str | None:
        """The intent or threat code for announcing the act `code` (longest prefix in intent.txt)."""
        for length in range(len(code), 1, -1):
            if code[:length] in self.intents:
                return self.intents[code[:length]]
        return None

    def implicit_sector(self, code: str) -> str | None:
        """The sector of the source's own country that an event of `code` naming no target is aimed at
        (longest prefix in implicit_targets.txt: a code's line before its root's)."""
        for length in range(len(code), 1, -1):
            if code[:length] in self.implicit_targets:
                return self.implicit_targets[code[:length]]
        return None

    def is_reciprocal(self, code: str) -> bool:
        """Conjoined sources of an event with this code and no target act on each other."""
        return self.reciprocal is None or any(code.startswith(p) for p in self.reciprocal)

    def patterns(self, kind: str, lemma: str) -> list[Pattern]:
        table = self.verbs if kind == "verb" else self.nouns
        return table.get(lemma, [])

    def lemmas_with_word(self, kind: str, word: str) -> frozenset[str]:
        """The lemmas of `kind` with an entry that has `word` among its words, worked out once per lexicon:
        few entries have a placeholder such as a pronoun's word, and asking every entry of every trigger
        for it would be slow. The lexicon must be fully loaded before the first call."""
        key = (kind, word)
        if key not in self._words_index:
            table = self.verbs if kind == "verb" else self.nouns
            self._words_index[key] = frozenset(
                lemma for lemma, patterns in table.items() if any(word in o for p in patterns for o in p.words))
        return self._words_index[key]

    def summary(self) -> str:
        n_verbs = len({id(p) for ps in self.verbs.values() for p in ps})
        n_nouns = len({id(p) for ps in self.nouns.values() for p in ps})
        return (
            f"{n_verbs} verb patterns ({len(self.verbs)} verbs), {n_nouns} noun patterns "
            f"({len(self.nouns)} nouns), {len(self.light_verbs)} light verbs, "
            f"{len(self.reporting)} reporting verbs, {len(self.modality)} modality words"
        )


def load_synsets(path: Path) -> dict[str, frozenset[str]]:
    synsets: dict[str, frozenset[str]] = {}
    for lineno, content in _lines(path):
        name, sep, members = content.partition("=")
        name = name.strip()
        if not sep or not re.match(r"^&[A-Z][A-Z0-9_]*$", name):
            raise LexiconError(str(path), lineno, "expected '&NAME = lemma lemma ...' with an upper-case NAME")
        if name in synsets:
            raise LexiconError(str(path), lineno, f"synset {name} is defined twice; merge the two lines")
        lemmas = [_word_or_fail(w, path, lineno) for w in members.split()]
        if not lemmas:
            raise LexiconError(str(path), lineno, f"synset {name} has no lemmas")
        synsets[name] = frozenset(lemmas)
    return synsets


def _alternatives(token: str, synsets: dict[str, frozenset[str]], path: Path, lineno: int) -> frozenset[str]:
    if token.startswith("&"):
        if token not in synsets:
            raise LexiconError(str(path), lineno, f"unknown synset '{token}'; define it in synsets.txt")
        return synsets[token]
    return frozenset(_word_or_fail(w, path, lineno) for w in token.split("|"))


def parse_pattern(
    code: str, kind: str, text: str, synsets: dict[str, frozenset[str]], path: Path, lineno: int
) -> Pattern:
    tokens = text.split()
    if tokens[0] == "*":
        raise LexiconError(str(path), lineno, "a pattern starts with its trigger lemma, not '*'")
    trigger = _alternatives(tokens[0], synsets, path, lineno)
    words: list[frozenset[str]] = []
    target_object = False
    target_word: int | None = None
    for token in tokens[1:]:
        if token == "*":
            if target_object or target_word is not None:
                raise LexiconError(str(path), lineno, "a pattern has at most one target slot '*'")
            if words:
                target_word = len(words) - 1
            else:
                target_object = True
            continue
        words.append(_alternatives(token, synsets, path, lineno))
    return Pattern(code, kind, trigger, tuple(words), target_object, target_word, f"{path.name}:{lineno}", text)


def load_pattern_file(path: Path, synsets: dict[str, frozenset[str]], lexicon: Lexicon) -> None:
    ontology = load_ontology()
    match = _ROOT_FILE.match(path.name)
    root = match.group(1) if match else None
    section: str | None = None
    seen: dict[tuple[str, str], int] = {}
    for lineno, content in _lines(path):
        if content.startswith("["):
            name = content.strip("[]").strip()
            if name not in SECTIONS:
                raise LexiconError(str(path), lineno, f"unknown section [{name}]; use [verbs] or [nouns]")
            section = name
            continue
        if section is None:
            raise LexiconError(str(path), lineno, "entry before any section; start the file with [verbs] or [nouns]")
        code, _, text = content.replace("\t", " ").partition(" ")
        text = text.strip()
        received = code.startswith("<")
        code = code.removeprefix("<")
        if received and code == "---":
            raise LexiconError(str(path), lineno, "a received act ('<CODE') needs a CAMEO code, not '---'")
        if code != "---" and code not in ontology:
            raise LexiconError(str(path), lineno, f"'{code}' is not a CAMEO code in cameo.tsv")
        if code != "---" and root and ontology[code].root != root:
            raise LexiconError(str(path), lineno, f"code {code} belongs to root {ontology[code].root}, not {root}")
        if not text:
            raise LexiconError(str(path), lineno, f"code {code} has no pattern after it")
        kind = "verb" if section == "verbs" else "noun"
        key = (kind, " ".join(text.split()))
        if key in seen:
            raise LexiconError(str(path), lineno, f"pattern '{key[1]}' repeats line {seen[key]}; keep one")
        seen[key] = lineno
        pattern = parse_pattern(code, kind, text, synsets, path, lineno)
        if received:
            pattern = replace(pattern, received=True)
        table = lexicon.verbs if kind == "verb" else lexicon.nouns
        for lemma in pattern.trigger:
            table.setdefault(lemma, []).append(pattern)


def _load_word_list(path: Path) -> frozenset[str]:
    words = set()
    for lineno, content in _lines(path):
        for word in content.split():
            _word_or_fail(word, path, lineno)
        words.add(" ".join(content.split()))
    return frozenset(words)


def _load_kinds(path: Path, kinds: tuple[str, ...], word_first: bool) -> dict[str, str]:
    """Read lines 'word kind' (word_first) or 'kind word word ...' into {word: kind}."""
    table: dict[str, str] = {}
    for lineno, content in _lines(path):
        parts = content.split()
        kind, words = (parts[-1], parts[:-1]) if word_first else (parts[0], parts[1:])
        if kind not in kinds:
            raise LexiconError(str(path), lineno, f"unknown kind '{kind}'; use one of {', '.join(kinds)}")
        if not words:
            raise LexiconError(str(path), lineno, f"no words for kind '{kind}'")
        for word in words:
            table[_word_or_fail(word, path, lineno)] = kind
    return table


def _load_implicit_targets(path: Path) -> dict[str, str]:
    """Lines 'ROOT SECTOR' or 'CODE SECTOR': events of the root or code with no target are aimed at
    that sector of the source's country."""
    table: dict[str, str] = {}
    for lineno, content in _lines(path):
        parts = content.split()
        if len(parts) != 2 or not re.match(r"^\d{2,4}$", parts[0]) or not re.match(r"^[A-Z]{3}$", parts[1]):
            raise LexiconError(str(path), lineno, "expected 'ROOT SECTOR' or 'CODE SECTOR', e.g. '14 GOV'")
        table[parts[0]] = parts[1]
    return table


def _load_country_cues(path: Path) -> dict[str, str]:
    """Lines 'COUNTRY word word ...' into {word: country}; a word tells of one country only. An
    acronym written in capitals ('ED', 'NIA') is a cue only as written, not as the word it spells."""
    table: dict[str, str] = {}
    for lineno, content in _lines(path):
        country, *words = content.split()
        if not re.match(r"^[A-Z]{3}$", country) or not words:
            raise LexiconError(str(path), lineno, "expected 'COUNTRY word word ...', e.g. 'IND fir chargesheet'")
        for word in words:
            word = word if re.match(r"^[A-Z][A-Z0-9]+s?$", word) else _word_or_fail(word, path, lineno)
            if table.get(word, country) != country:
                raise LexiconError(str(path), lineno, f"'{word}' is a cue of {table[word]} already")
            table[word] = country
    return table


def _load_intents(path: Path) -> dict[str, str]:
    ontology = load_ontology()
    table: dict[str, str] = {}
    for lineno, content in _lines(path):
        parts = content.split()
        if len(parts) != 2 or not parts[0].isdigit():
            raise LexiconError(str(path), lineno, "expected 'FROM-PREFIX CODE', e.g. '04 036'")
        if parts[1] not in ontology or ontology[parts[1]].root not in ("03", "13"):
            raise LexiconError(str(path), lineno, f"'{parts[1]}' is not an intent (03x) or threat (13x) code")
        table[parts[0]] = parts[1]
    return table


def _load_reciprocal(path: Path) -> tuple[str, ...]:
    prefixes = []
    for lineno, line in _lines(path):
        for word in line.split():
            if not word.isdigit() or not 2 <= len(word) <= 4:
                raise LexiconError(str(path), lineno, f"'{word}' is not a CAMEO code prefix (2 to 4 digits)")
            prefixes.append(word)
    return tuple(prefixes)


def default_directory() -> Path:
    return Path(str(resources.files("dyadwatch.coding") / "lexicon"))


def load_lexicon_dir(directory: Path) -> Lexicon:
    if not directory.is_dir():
        raise LexiconError(str(directory), 0, "lexicon directory not found")
    synsets_path = directory / "synsets.txt"
    synsets = load_synsets(synsets_path) if synsets_path.exists() else {}
    lexicon = Lexicon()
    pattern_files = sorted(p for p in directory.glob("*.txt") if _ROOT_FILE.match(p.name))
    if not pattern_files:
        raise LexiconError(str(directory), 0, "no pattern files (NN_name.txt) in the lexicon directory")
    for path in pattern_files:
        load_pattern_file(path, synsets, lexicon)
    optional = {
        "light_verbs.txt": lambda p: setattr(lexicon, "light_verbs", _load_word_list(p)),
        "reporting.txt": lambda p: setattr(lexicon, "reporting", _load_kinds(p, REPORTING_KINDS, True)),
        "modality.txt": lambda p: setattr(lexicon, "modality", _load_kinds(p, MODALITIES, False)),
        "control.txt": lambda p: setattr(lexicon, "object_control", _load_word_list(p)),
        "implicit_targets.txt": lambda p: setattr(lexicon, "implicit_targets", _load_implicit_targets(p)),
        "intent.txt": lambda p: setattr(lexicon, "intents", _load_intents(p)),
        "reciprocal.txt": lambda p: setattr(lexicon, "reciprocal", _load_reciprocal(p)),
        "light_verb_only.txt": lambda p: setattr(lexicon, "light_verb_only", _load_word_list(p)),
        "amounts.txt": lambda p: setattr(lexicon, "amounts", _load_word_list(p)),
        "country_cues.txt": lambda p: setattr(lexicon, "country_cues", _load_country_cues(p)),
        "implied_agents.txt": lambda p: setattr(lexicon, "implied_agents", load_implied_agents(p)),
        "non_actors.txt": lambda p: setattr(lexicon, "non_actors", load_non_actors(p)),
        "patients.txt": lambda p: setattr(lexicon, "patients", load_implied_agents(p, unknown=False)),
        "senses.txt": lambda p: setattr(lexicon, "senses", load_senses(p)),
        "refusals.txt": lambda p: setattr(lexicon, "refusals", load_recodes(p, ("12",), 1)),
        "demands.txt": lambda p: setattr(lexicon, "demands", load_recodes(p, ("02", "10"), 2)),
        "protest_aims.txt": lambda p: setattr(lexicon, "protest_aims", load_recodes(p, ("14",), 1)),
        "protesters.txt": lambda p: setattr(lexicon, "protesters", load_implied_agents(p, unknown=False)),
    }
    for name, load in optional.items():
        if (directory / name).exists():
            load(directory / name)
    return lexicon


@lru_cache(maxsize=4)
def load_lexicon(directory: Path | None = None) -> Lexicon:
    """The lexicon in `directory` (default: the one shipped with dyadwatch), cached."""
    return load_lexicon_dir(directory or default_directory())
