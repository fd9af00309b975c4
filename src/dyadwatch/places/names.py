"""Place names as keys: one normal form shared by the gazetteer build and the lookups in text."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc\u02bb`\u00b4]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015./,()]+")
_LATIN_KEY = re.compile(r"^[a-z0-9 ]+$")

# Words that name the kind of an administrative division ('Kharkiv Oblast', 'Niger State'): the bare
# name is also a key of the division, and a mention followed by one of them asks for a division.
DIVISION_WORDS = frozenset({
    "oblast", "province", "state", "region", "governorate", "prefecture", "district", "county", "department",
    "territory", "municipality", "krai", "kray", "raion", "rayon", "emirate", "canton", "voivodeship",
    "parish", "division", "republic", "autonomous", "wilaya", "vilayet", "okrug", "oblysy", "provincia",
})
_DIVISION_PREFIXES = ("state of ", "province of ", "region of ", "republic of ", "department of ", "county of ")


@lru_cache(maxsize=1 << 16)  # asked for every pair of a document's mentions
def name_key(text: str) -> str:
    """Lower case, accents and apostrophes dropped, hyphens and dots as spaces, no leading 'the':
    'Ivano-Frankivs\u2019k' and 'ivano frankivsk' are one key."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = _APOSTROPHES.sub("", folded)
    folded = _SEPARATORS.sub(" ", folded).strip()
    return folded[4:] if folded.startswith("the ") else folded


def is_latin_key(key: str) -> bool:
    """Whether a key can occur in English text (Latin letters, digits and spaces only)."""
    return len(key) >= 2 and bool(_LATIN_KEY.match(key))


def bare_division(key: str) -> str | None:
    """'kharkiv oblast' -> 'kharkiv', 'state of west bengal' -> 'west bengal'; None if nothing to strip."""
    for prefix in _DIVISION_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            return key[len(prefix):]
    words = key.split()
    if len(words) > 1 and words[-1] in DIVISION_WORDS:
        bare = " ".join(w for w in words[:-1] if w not in DIVISION_WORDS)
        return bare or None
    return None
