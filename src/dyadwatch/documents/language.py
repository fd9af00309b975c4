"""Tell English text from other languages, cheaply and offline, so that a document in another language
is reported as skipped instead of silently coding nothing.

English-only lexicons find no events in French or Arabic, and a user who sees "0 events" cannot tell a
quiet article from the wrong language. Two signals, both a pass over the first words: the writing
system (most letters outside the Latin script name it), and, for Latin-script text, which language's
most frequent function words (data/languages.tsv) the text uses most.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError

LANGUAGES_FILE = Path(__file__).parent / "data" / "languages.tsv"
ENGLISH = "en"
SAMPLE_WORDS = 400  # enough to be sure, cheap on any document
MIN_WORDS = 12  # a headline or a line: too short to judge, taken as English
SAMPLE_CHARS = 3000
MIN_LETTERS = 20
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Scripts named by the first word of a letter's Unicode name, and the language(s) they mean here.
SCRIPTS = {
    "ARABIC": "Arabic script (Arabic, Persian or Urdu)", "CJK": "Chinese", "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese", "HANGUL": "Korean", "DEVANAGARI": "Hindi or another Devanagari language",
    "GREEK": "Greek", "HEBREW": "Hebrew", "THAI": "Thai", "BENGALI": "Bengali", "ARMENIAN": "Armenian",
    "GEORGIAN": "Georgian", "TAMIL": "Tamil", "ETHIOPIC": "Amharic or another Ethiopic language",
}


@dataclass(frozen=True)
class Detected:
    code: str  # ISO 639-1 for word-detected languages, "script" when only the writing system is known
    name: str
    how: str  # "function words" or "script"

    @property
    def english(self) -> bool:
        return self.code == ENGLISH


def read_languages(path: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """CODE<TAB>NAME<TAB>WORDS lines, checked: code -> (name, words)."""
    languages: dict[str, tuple[str, frozenset[str]]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or not all(f.strip() for f in fields):
            raise LexiconError(str(path), number, "write a language code, its name and its words, separated by TABs")
        code, name, words = (f.strip() for f in fields)
        if code in languages:
            raise LexiconError(str(path), number, f"language '{code}' is listed twice; keep one line")
        if words != words.lower():
            raise LexiconError(str(path), number, "write the words in lower case")
        languages[code] = (name, frozenset(words.split()))
    if ENGLISH not in languages:
        raise LexiconError(str(path), 1, "English (en) must be listed: it is what the others are told from")
    return languages


@lru_cache(maxsize=1)
def languages() -> dict[str, tuple[str, frozenset[str]]]:
    return read_languages(LANGUAGES_FILE)


def detect_language(text: str) -> Detected:
    """The language of a text, judged on its first SAMPLE_WORDS words; short texts count as English."""
    table = languages()
    english = Detected(ENGLISH, table[ENGLISH][0], "function words")
    script = _script(text[:SAMPLE_CHARS])
    if script is not None:
        return Detected("script", script, "script")
    words = []
    for match in _WORD.finditer(text):
        words.append(match.group().lower())
        if len(words) >= SAMPLE_WORDS:
            break
    if len(words) < MIN_WORDS:
        return english
    hits = {code: sum(1 for w in words if w in vocabulary) for code, (_, vocabulary) in table.items()}
    best = max(hits, key=hits.__getitem__)
    # Another language wins only clearly: twice English's hits and a tenth of all words.
    if best != ENGLISH and hits[best] >= 2 * hits[ENGLISH] and hits[best] >= len(words) / 10:
        return Detected(best, table[best][0], "function words")
    return english


def _script(sample: str) -> str | None:
    """The writing system of most letters when it is not Latin (Cyrillic is left to function words)."""
    letters = [c for c in sample if c.isalpha()]
    total = len(letters)
    if total < MIN_LETTERS or 2 * sum(c.isascii() for c in letters) > total:
        return None  # too short, or mostly ASCII letters: Latin, named without a Unicode name per letter
    counts = Counter(unicodedata.name(c, "").split(" ", 1)[0] for c in letters)
    script, count = counts.most_common(1)[0]
    if script in ("LATIN", "CYRILLIC") or count < total / 2:
        return None
    return SCRIPTS.get(script, f"{script.title()} script")
