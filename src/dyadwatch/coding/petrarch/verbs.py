"""Read a PETRARCH-2/TABARI verb dictionary (the `CAMEO.2.0.txt` format) into our Lexicon.

A dictionary is a list of synsets (`&NAME` followed by `+member` lines) and verb blocks:

    --- BREAK [1717] ---            block header with the default code
    BREAK {BROKE BROKEN}            a verb, its irregular forms, optionally its own [code]
    +BREAK_DOWN {+BROKE_DOWN}       a multi-word verb; WIRE_+TAP marks the verb word with '+'
    - * TREATY [161]                a pattern: words before and after the verb '*'

In patterns `_` joins words that must be adjacent (a space allows words between them), `&NAME` is any
member of a synset, `$` marks the source, `+` the target, `%` a compound actor (before the verb: the
conjoined actors act on each other), `^` skips a phrase, and `( )`/`{ }` group phrases. `[032:033]`
codes the event and the target's act back on the source; `[---]` matches without coding anything.
`[+++]` is TABARI's complex-phrase marker, which PETRARCH leaves unimplemented: a pattern with it is
ignored (the verb's other patterns apply) and a verb or block with it codes nothing, as `[---]`.
Every pattern compiles into one `Pattern` per verb of its block, with the word order kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ...actors.petrarch import strip_comment
from ...errors import LexiconError
from ..lexicon import Lexicon, Pattern

_CODE = re.compile(r"\[([^\[\]]*)\]")
_CODE_VALUE = re.compile(r"^[^\s:\[\]]*(:[^\s:\[\]]*)?$")
_HEADER = re.compile(r"^---\s*(.*?)\s*(?:---)?\s*$")
MARKERS = ("$", "+", "%", "^")
COMPLEX = "+++"


@dataclass
class _Verb:
    """One verb line: the verb word's forms, words glued before/after it, and its own code if any."""

    forms: set[str]
    pre: list[str]
    post: list[str]
    code: str | None
    line: int


@dataclass
class _Block:
    code: str
    verbs: list[_Verb] = field(default_factory=list)


@dataclass
class _Atom:
    value: str
    glued: bool  # joined by '_' to the atom before it


def _parse_code(text: str, path: Path, lineno: int) -> tuple[str, str | None]:
    """'[061]' -> ('061', None); '[032:033]' -> ('032', '033'); '[---]' -> ('---', None)."""
    value = text.strip()
    if COMPLEX in value and value != COMPLEX:
        raise LexiconError(str(path), lineno, f"malformed code [{value}]; the complex marker [+++] stands alone")
    if not _CODE_VALUE.match(value):
        raise LexiconError(str(path), lineno, f"malformed code [{value}]; write a code such as [061], [032:033] or [---]")
    primary, _, reverse = value.partition(":")
    return primary or "---", reverse or None


def _split_code(content: str, path: Path, lineno: int) -> tuple[str, tuple[str, str | None] | None]:
    """The text before the first [code] and that code; a '[' without ']' is an error."""
    if content.count("[") != content.count("]"):
        raise LexiconError(str(path), lineno, "unbalanced '[' ']'; close the code, e.g. [061]")
    match = _CODE.search(content)
    if match is None:
        return content, None
    return content[: match.start()].strip(), _parse_code(match.group(1), path, lineno)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.split(r"[_\s]+", text.strip()) if w]


def _parse_verb(content: str, path: Path, lineno: int) -> _Verb:
    text, code = _split_code(content, path, lineno)
    forms_text = ""
    if "{" in text or "}" in text:
        if text.count("{") != 1 or text.count("}") != 1 or text.index("{") > text.index("}"):
            raise LexiconError(str(path), lineno, "unbalanced '{' '}' in the verb forms; write VERB {FORM FORM}")
        text, _, rest = text.partition("{")
        forms_text = rest.partition("}")[0]
    pre, head, post = _verb_parts(text.strip(), path, lineno)
    forms = {head, *regular_forms(head)}
    for form in forms_text.replace(",", " ").split():
        forms.add(_verb_parts(form, path, lineno)[1])
    return _Verb(forms, pre, post, code[0] if code else None, lineno)


def regular_forms(verb: str) -> list[str]:
    """The regular forms PETRARCH generates for a verb ('depart': departs, departed, departing); the
    dictionary lists the rest ({ANNULLED ANNULLING}), and verbs match on these word forms only."""
    if re.search(r"(s|x|z|ch|sh)$", verb):
        third = verb + "es"
    elif re.search(r"[^aeiou]y$", verb):
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past = verb + "d"
    elif re.search(r"[^aeiou]y$", verb):
        past = verb[:-1] + "ied"
    else:
        past = verb + "ed"
    gerund = verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"
    return [third, past, gerund]


def _verb_parts(text: str, path: Path, lineno: int) -> tuple[list[str], str, list[str]]:
    """'WIRE_+TAP' -> (['wire'], 'tap', []); '+BREAK_DOWN' -> ([], 'break', ['down'])."""
    pieces = [p for p in re.split(r"[_\s]+", text.lstrip("+")) if p]
    if not pieces or not all(re.match(r"^\+?[\w'.\-]+$", p) for p in pieces):
        raise LexiconError(str(path), lineno, f"'{text}' is not a verb; write VERB, VERB_PARTICLE or WORD_+VERB")
    marked = [i for i, p in enumerate(pieces) if p.startswith("+")]
    head = marked[0] if marked else 0
    words = [p.lstrip("+").lower() for p in pieces]
    return words[:head], words[head], words[head + 1 :]


def _atoms(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    text = re.sub(r"\*(?=[^\s_])", "* ", re.sub(r"(?<=[^\s_])\*", " *", re.sub(r"[(){}]", " ", text)))
    for token in text.split():
        for n, piece in enumerate(token.split("_")):
            if piece:
                atoms.append(_Atom(piece, n > 0))
    return atoms


def _element(value: str, synsets: dict[str, frozenset[str]], path: Path, lineno: int) -> frozenset[str]:
    if value.startswith("&"):
        name = value.rstrip("_")
        if name not in synsets:
            raise LexiconError(str(path), lineno, f"unknown synset '{name}'; define it (&NAME then +member lines) before use")
        return synsets[name]
    return frozenset({value.lower()})


def compile_pattern(verb: _Verb, block_code: str, text: str, code: tuple[str, str | None],
                    synsets: dict[str, frozenset[str]], path: Path, lineno: int) -> Pattern:
    """One pattern line for one verb: the verb's own glued words first, then the pattern's."""
    atoms = _atoms(text)
    stars = [i for i, a in enumerate(atoms) if a.value == "*"]
    if len(stars) != 1:
        raise LexiconError(str(path), lineno, "a pattern has exactly one '*' marking the verb's place")
    before: list[frozenset[str]] = []
    before_adjacent: list[bool] = []
    words: list[frozenset[str]] = [frozenset({w}) for w in verb.post]
    adjacent: list[bool] = [True] * len(verb.post)
    source_word: int | None = None
    target_word: int | None = None
    target_before: int | None = None
    target_object = target_subject = compound = False
    star = stars[0]
    pre_atoms, post_atoms = atoms[:star], atoms[star + 1 :]
    for n, atom in enumerate(pre_atoms):
        if atom.value in MARKERS:
            if atom.value == "+":
                marked = any(a.value not in MARKERS for a in atoms[n + 1 : star])
                target_before = len(before) if marked else target_before  # '+ HOSTING *': the phrase before HOSTING
                target_subject = target_subject or not marked
            compound = compound or atom.value == "%"
            continue
        following = next((a for a in atoms[n + 1 : star + 1] if a.value not in MARKERS), atoms[star])
        before.append(_element(atom.value, synsets, path, lineno))
        before_adjacent.append(following.glued)
    before += [frozenset({w}) for w in verb.pre]
    before_adjacent += [True] * len(verb.pre)
    skips = target_skips = source_skips = 0
    for atom in post_atoms:
        if atom.value in ("+", "%"):
            target_skips = skips
            if target_word is not None or target_object:
                raise LexiconError(str(path), lineno, "a pattern has at most one target '+' or '%' after the verb")
            if words:
                target_word = len(words) - 1
            else:
                target_object = True
        elif atom.value == "$":
            if source_word is not None:
                raise LexiconError(str(path), lineno, "a pattern has at most one source '$' after the verb")
            source_word = len(words) - 1 if words else None
            source_skips = skips
        elif atom.value != "^":
            words.append(_element(atom.value, synsets, path, lineno))
            adjacent.append(atom.glued)
        skips = skips + 1 if atom.value == "^" else 0
    if source_word is None:
        target_subject, target_before = False, None  # '+ * ...' with no source elsewhere: the subject acts, as usual
    return Pattern(
        code=code[0], kind="verb", trigger=frozenset(verb.forms), words=tuple(words),
        target_object=target_object, target_word=target_word, rule=f"{path.name}:{lineno}",
        text=" ".join(text.split()), ordered=True, before=tuple(before), adjacent=tuple(adjacent),
        before_adjacent=tuple(before_adjacent), source_word=source_word, target_subject=target_subject,
        compound=compound, reverse_code=code[1], target_skips=target_skips, source_skips=source_skips,
        target_before=target_before,
    )


def _bare(verb: _Verb, block_code: str, path: Path) -> Pattern:
    primary, _, reverse = (verb.code or block_code).partition(":")
    primary = "---" if primary == COMPLEX else primary  # a complex verb codes nothing, as TABARI's complex sentences
    return Pattern(
        code=primary or "---", kind="verb", trigger=frozenset(verb.forms),
        words=tuple(frozenset({w}) for w in verb.post), target_object=False, target_word=None,
        rule=f"{path.name}:{verb.line}", text=" ".join(["*", *verb.post]), ordered=True,
        before=tuple(frozenset({w}) for w in verb.pre), adjacent=(True,) * len(verb.post),
        before_adjacent=(True,) * len(verb.pre), reverse_code=reverse or None,
    )


def load_verb_dictionary(path: Path, lexicon: Lexicon) -> None:
    """Add the verb dictionary's patterns to `lexicon.verbs`; a malformed line raises LexiconError."""
    synsets: dict[str, frozenset[str]] = {}
    open_synset: tuple[str, list[str], int] | None = None
    block: _Block | None = None

    def close_synset() -> None:
        nonlocal open_synset
        if open_synset is not None:
            name, members, lineno = open_synset
            if not members:
                raise LexiconError(str(path), lineno, f"synset {name} has no members; add '+WORD' lines under it")
            synsets[name] = frozenset(members)
            open_synset = None

    def add(pattern: Pattern) -> None:
        for form in pattern.trigger:
            lexicon.verbs.setdefault(form, []).append(pattern)

    with path.open(encoding="utf-8", errors="replace") as handle:
        for lineno, raw in enumerate(handle, start=1):
            content = strip_comment(raw).strip()
            if not content or content.startswith("<"):
                if not raw.strip():
                    close_synset()
                continue
            header = _HEADER.match(content)
            if content.startswith("~"):
                lexicon.warnings.append(f"{path}:{lineno}: transformation rules ('~') are not supported (rule skipped)")
            elif content.startswith("&"):
                close_synset()
                name = content.split()[0].rstrip("_")
                if not re.match(r"^&[A-Z0-9_]+$", name.upper()):
                    raise LexiconError(str(path), lineno, f"malformed synset name '{name}'; write &NAME")
                open_synset = (name, [], lineno)
            elif content.startswith("+") and open_synset is not None:
                member = content[1:].strip()
                if member.startswith("&"):
                    open_synset[1].extend(_element(member, synsets, path, lineno))
                else:
                    open_synset[1].append(" ".join(_words(member)))
            elif header:
                close_synset()
                name, code = _split_code(header.group(1), path, lineno)
                if code is None:
                    raise LexiconError(str(path), lineno, f"block '{name}' has no code; write --- {name} [code] ---")
                block = _Block(code[0] + (f":{code[1]}" if code[1] else ""))
            elif content.startswith("-"):
                close_synset()
                if block is None or not block.verbs:
                    raise LexiconError(str(path), lineno, "pattern before any verb; start a block with '--- VERB [code] ---' and a verb line")
                text, code = _split_code(content[1:], path, lineno)
                if code is None:
                    raise LexiconError(str(path), lineno, "pattern without a code; end it with a code such as [061] or [---]")
                if code[0] == COMPLEX:
                    continue  # TABARI's complex phrase: not coded specially, so the verb's other patterns apply
                try:
                    for verb in block.verbs:
                        add(compile_pattern(verb, block.code, text, code, synsets, path, lineno))
                except LexiconError as exc:
                    if "unknown synset" not in str(exc):
                        raise
                    lexicon.warnings.append(f"{exc} (pattern skipped)")
            else:
                close_synset()
                if block is None:
                    raise LexiconError(str(path), lineno, f"'{content}' before any block; start a block with '--- VERB [code] ---'")
                verb = _parse_verb(content, path, lineno)
                block.verbs.append(verb)
                add(_bare(verb, block.code, path))
    close_synset()
