"""PETRARCH discard lists: phrases that make a sentence (or, with '+', the whole story) not political
news ("BASEBALL", "+TYPHOON"). Matching is on whole words, case-insensitive. PETRARCH also reports a
sentence that starts with a wire dateline ("CEBU CITY: -- ..."), as an irregular sentence."""
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
    for phrase in phrases:  # a phrase not in the text at all needs no search for its word boundaries
        if phrase in lowered and re.search(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", lowered):
            return phrase
    return None


_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*)\s*(?::\s*-*|\s-{1,2})\s")


def dateline(text: str) -> str | None:
    """The place of a dateline that opens the sentence ('CEBU CITY: --', 'MANILA --'), if any."""
    match = _DATELINE.match(text)
    return match.group(1) if match and len(match.group(1)) > 1 else None
