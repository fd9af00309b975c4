"""Reading the lexicon's plain-text data files: lines without comments, lemmas checked with file:line errors."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..errors import LexiconError

_WORD = re.compile(r"^[a-z0-9][a-z0-9'_-]*$")


def data_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line number, content) with comments and blank lines removed."""
    with path.open(encoding="utf-8") as handle:
        for lineno, raw in enumerate(handle, start=1):
            content = raw.split("#", 1)[0].strip()
            if content:
                yield lineno, content


def checked_word(word: str, path: Path, lineno: int) -> str:
    """A lemma as the lexicon writes it, or a LexiconError naming file and line."""
    if not _WORD.match(word):
        raise LexiconError(
            str(path), lineno, f"'{word}' is not a lemma; write lemmas in lower case (letters, digits, - ' _)"
        )
    return word
