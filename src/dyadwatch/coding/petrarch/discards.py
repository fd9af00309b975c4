"""PETRARCH discard lists: phrases that make a sentence (or, with '+', the whole story) not political
news ("BASEBALL", "+TYPHOON"). Matching is on whole words, case-insensitive."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import LexiconError


@dataclass
class Discards:
    sentence: list[str] = field(default_factory=list)
    story: list[str] = field(default_factory=list)


def load_discards(path: Path) -> Discards:
    found = Discards()
    with path.open(encoding="utf-8", errors="replace") as handle:
        for lineno, raw in enumerate(handle, start=1):
            content = raw.split("#", 1)[0].strip()
            if not content or content.startswith("<"):
                continue
            story = content.startswith("+")
            words = [w for w in re.split(r"[_\s]+", content.lstrip("+")) if w]
            if not words or "[" in content:
                raise LexiconError(str(path), lineno, "expected a phrase to discard ('+' before it for the whole story), without a code")
            (found.story if story else found.sentence).append(" ".join(words).lower())
    return found


def discarded(text: str, phrases: tuple[str, ...]) -> str | None:
    """The first phrase found in the text as whole words, if any."""
    lowered = " ".join(re.split(r"[\s_]+", text.lower()))
    for phrase in phrases:
        if re.search(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", lowered):
            return phrase
    return None
