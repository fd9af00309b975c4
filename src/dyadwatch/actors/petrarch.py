"""Read PETRARCH-2/TABARI actor and agent dictionaries into our knowledge base.

Actors: an entry line `NAME [CODE]`, `+SYNONYM` lines under it, and codes on the same or indented
lines; a code may be dated (`[RUSGOV >080508]`, `[HOB <950601]`, `[HOBGOV 19950601 - 19990815]`) and
an entry may name several actors (`[FRO/BIL/SAM]`). `_` joins words that must stand together; a
name written with spaces (`ITHILEN TELEVISION`) also matches with other words of the phrase between
its words ("Ithilen state-run television"), as in TABARI; `[+++]` (TABARI's complex marker) makes the
name no actor. A dated entry becomes a person with roles, so the code in force on the sentence's date
is chosen as for our own people.tsv.

Agents: `NAME {PLURALS} [~GOV]` (a suffix to the actor's code) or `[NGO~]` (a prefix); `{}` means no
plural, no braces a regular English plural; `!CLASS! = MAN, MEN, ...` defines words substituted for
`!CLASS!` in names ("CONGRESS!PERSON!" is congressman, congresswomen, ...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import LexiconError
from .knowledge import KnowledgeBase, NameEntry, Person, Role, _token_count, normalize

_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_DATE = r"(\d{6}|\d{8})"
_DATED = re.compile(rf"^(\S+?)\s*(?:([<>])\s*{_DATE}|{_DATE}\s*-\s*{_DATE})?$")
_ACTOR_CODE = re.compile(r"^[A-Za-z0-9\-#+]+(/[A-Za-z0-9\-#+]+)*$")
_CLASS = re.compile(r"!([A-Z0-9]+)!")
ALWAYS = date.min
COMPLEX = "+++"


@dataclass
class _Entry:
    names: list[str]
    roles: list[Role] = field(default_factory=list)
    line: int = 0
    spaced: set[str] = field(default_factory=set)  # names written with a space between words


def _spaced(text: str) -> bool:
    """'ITHILEN TELEVISION' (words may stand apart in the text), not 'ITHILEN_GOVERNMENT_RADIO_'."""
    return bool(re.search(r"[^\s_]\s+[^\s_]", text.strip()))


def strip_comment(raw: str) -> str:
    """The line without its '#' comment; a '#' inside a code ('[###]') is part of the code."""
    depth = 0
    for n, char in enumerate(raw):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "#" and depth <= 0:
            return raw[:n].rstrip()
    return raw.rstrip()


def _name(text: str) -> str:
    return " ".join(w for w in re.split(r"[_\s]+", text.strip()) if w)


def _date(value: str, path: Path, lineno: int) -> date:
    """YYMMDD (years before 30 are 20xx) or YYYYMMDD."""
    try:
        if len(value) == 6:
            year = int(value[:2])
            return date(year + (2000 if year < 30 else 1900), int(value[2:4]), int(value[4:]))
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise LexiconError(str(path), lineno, f"bad date {value}; write YYMMDD or YYYYMMDD") from None


def _role(block: str, path: Path, lineno: int) -> Role:
    match = _DATED.match(block.strip())
    if match is None or not _ACTOR_CODE.match(match.group(1)):
        raise LexiconError(
            str(path), lineno,
            f"malformed actor code [{block.strip()}]; write [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD]",
        )
    code, direction, day, start, end = match.groups()
    code = code.upper()
    if "+" in code and (code != COMPLEX or direction or start):
        raise LexiconError(
            str(path), lineno, f"malformed actor code [{block.strip()}]; the complex marker [+++] stands alone"
        )
    if direction == "<":
        return Role(code, ALWAYS + timedelta(days=1), _date(day, path, lineno) - timedelta(days=1), "dated")
    if direction == ">":
        return Role(code, _date(day, path, lineno), None, "dated")
    if start:
        first, last = _date(start, path, lineno), _date(end, path, lineno)
        if first > last:
            raise LexiconError(str(path), lineno, f"the range {start}-{end} ends before it starts; swap the dates")
        return Role(code, first, last, "dated")
    return Role(code, ALWAYS, None, "")


def _roles(content: str, path: Path, lineno: int, warnings: list[str] | None) -> list[Role]:
    """The line's code blocks; with a warnings list, a malformed block is reported there and skipped."""
    roles = []
    for block in _BLOCK.findall(content):
        try:
            roles.append(_role(block, path, lineno))
        except LexiconError as exc:
            if warnings is None:
                raise
            warnings.append(f"{exc} (code skipped)")
    return roles


def _read_actors(path: Path, warnings: list[str] | None) -> list[_Entry]:
    entries: list[_Entry] = []
    current: _Entry | None = None
    with path.open(encoding="utf-8", errors="replace") as handle:
        for lineno, raw in enumerate(handle, start=1):
            content = strip_comment(raw).strip()
            if not content or content.startswith("<"):
                continue
            if content.count("[") != content.count("]"):
                error = LexiconError(str(path), lineno, "unbalanced '[' ']'; close the code, e.g. [RUSGOV]")
                if warnings is None:
                    raise error
                warnings.append(f"{error} (line skipped)")
                continue
            text = content[: content.index("[")] if "[" in content else content
            roles = _roles(content, path, lineno, warnings)
            if content.startswith("["):
                if current is None:
                    raise LexiconError(str(path), lineno, "a code before any actor; put the actor's name first")
                current.roles += roles
                continue
            if content.startswith("+"):
                if current is None:
                    raise LexiconError(str(path), lineno, f"synonym '{content}' before any actor; put it under its actor")
                if _name(text[1:]):
                    current.names.append(_name(text[1:]))
                    current.spaced |= {_name(text[1:])} if _spaced(text[1:]) else set()
                current.roles += roles
                continue
            if not _name(text):
                raise LexiconError(str(path), lineno, "an actor with no name before its code; write NAME [CODE]")
            if current is not None:
                entries.append(current)
            current = _Entry([_name(text)], roles, lineno, {_name(text)} if _spaced(text) else set())
    if current is not None:
        entries.append(current)
    for entry in entries:
        if not entry.roles and warnings is not None:
            warnings.append(f"{path}:{entry.line}: actor '{entry.names[0]}' has no code (skipped)")
        elif not entry.roles:
            raise LexiconError(str(path), entry.line, f"actor '{entry.names[0]}' has no code; add one, e.g. [RUS]")
    return entries


def _plural(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def _read_agents(path: Path, sectors: dict[tuple[str, ...], str], warnings: list[str] | None) -> None:
    classes: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for lineno, raw in enumerate(handle, start=1):
            content = strip_comment(raw).strip()
            if not content or content.startswith("<"):
                continue
            try:
                _agent_line(content, classes, sectors, path, lineno)
            except LexiconError as exc:
                if warnings is None:
                    raise
                warnings.append(f"{exc} (agent skipped)")


def _agent_line(content: str, classes: dict[str, list[str]], sectors: dict[tuple[str, ...], str],
                path: Path, lineno: int) -> None:
    """One agent line, or a '!CLASS! = ...' definition."""
    definition = re.match(r"^!([A-Z0-9]+)!\s*=\s*(.*)$", content)
    if definition:
        classes[definition.group(1)] = [w.strip().lower() for w in definition.group(2).split(",") if w.strip()]
        return
    blocks = _BLOCK.findall(content)
    if len(blocks) != 1 or content.count("[") != 1:
        raise LexiconError(str(path), lineno, "an agent is 'NAME {PLURALS} [~CODE]' with exactly one code")
    code = blocks[0].replace(" ", "").upper()
    if not re.fullmatch(r"~[A-Z0-9]+|[A-Z0-9]+~", code):
        raise LexiconError(str(path), lineno, f"malformed agent code [{blocks[0]}]; write [~GOV] (suffix) or [NGO~] (prefix)")
    text = content[: content.index("[")]
    plurals: list[str] | None = None
    if "{" in text:
        if text.count("{") != 1 or "}" not in text:
            raise LexiconError(str(path), lineno, "unbalanced '{' '}'; write NAME {PLURAL PLURAL} [~CODE]")
        text, _, rest = text.partition("{")
        plurals = rest.partition("}")[0].split()
    value = code.strip("~") + ("~" if code.endswith("~") else "")
    for name in _expand(text.strip(), classes, path, lineno):
        words = tuple(_name(name).lower().split())
        sectors.setdefault(words, value)
        forms = [_name(p).lower().split() for p in plurals] if plurals is not None else [[*words[:-1], _plural(words[-1])]]
        for form in forms:
            sectors.setdefault(tuple(form), value)


def _expand(name: str, classes: dict[str, list[str]], path: Path, lineno: int) -> list[str]:
    match = _CLASS.search(name)
    if match is None:
        return [name]
    if match.group(1) not in classes:
        raise LexiconError(str(path), lineno, f"unknown class !{match.group(1)}!; define it first: !{match.group(1)}! = WORD, WORD")
    out: list[str] = []
    for word in classes[match.group(1)]:
        out += _expand(name[: match.start()] + word + name[match.end() :], classes, path, lineno)
    return out


def load_actor_knowledge(
    actor_files: list[Path], agent_files: list[Path], warnings: list[str] | None = None
) -> KnowledgeBase:
    """A knowledge base with only these dictionaries' actors and agents (first definition wins).

    Without `warnings` any malformed entry raises LexiconError; with it, a malformed code is noted
    there and skipped, so that years of dictionaries load as they are."""
    names: dict[str, NameEntry] = {}
    people: dict[str, Person] = {}
    gapped: dict[str, list[str]] = {}
    max_tokens = 1
    for path in actor_files:
        for entry in _read_actors(path, warnings):
            if not entry.roles or any(r.code == COMPLEX for r in entry.roles):
                continue  # no code, or TABARI's complex marker: not an actor
            dated = any(r.title for r in entry.roles)
            for surface in entry.names:
                key = normalize(surface)
                if not key or key in names or key in people:
                    continue
                max_tokens = max(max_tokens, _token_count(surface))
                if dated:
                    people[key] = Person(entry.names[0], tuple(entry.names[1:]), tuple(entry.roles))
                else:
                    names[key] = NameEntry(entry.roles[0].code, "actor")
                    if surface in entry.spaced:
                        gapped.setdefault(key.split()[0], []).append(key)
    sectors: dict[tuple[str, ...], str] = {}
    for path in agent_files:
        _read_agents(path, sectors, warnings)
    return KnowledgeBase({}, names, sectors, people, max_tokens, frozenset(), surface_forms=True, all_agents=True,
                         gapped=gapped)
