"""Which country 'the island nation', 'the Gulf state' or 'the kingdom' is: the one state that fits
the description among those the text named just before (data/state_descriptors.tsv).

Wire copy names a country once and then varies the name with a description of it; the description
narrows the states it can mean, so it may refer back past other countries named in between ('Modi
... India's ties with the island nation' is Mauritius, not India). Two states that fit leave it
unresolved, as does a description no entry covers.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..errors import LexiconError
from .knowledge import COUNTRY_CODE, DATA_DIR
from .tsv import read_tsv

DESCRIPTORS = DATA_DIR / "state_descriptors.tsv"
ROLES = ("noun", "descriptor")
IGNORED_POS = ("DET", "PUNCT")


@dataclass(frozen=True)
class StateDescriptors:
    """Head nouns that name a state (with the states the noun alone fits, or none) and descriptors."""

    nouns: dict[str, tuple[str, ...]]
    descriptors: dict[tuple[str, ...], tuple[str, ...]]

    def fitting(self, head: Token) -> tuple[str, ...] | None:
        """The countries a definite phrase headed by `head` can describe, or None when it is no
        descriptive noun of a state ('the island nation' -> island states; 'the country' -> None,
        left to the plain state anaphor; 'the Biden administration' -> None)."""
        lemma = head.lemma_.lower()
        if lemma not in self.nouns or head.tag_ in ("NNS", "NNPS"):
            return None
        before = [t for t in head.doc[head.left_edge.i : head.i] if t.pos_ not in IGNORED_POS]
        if not before and not self.nouns[lemma]:
            return None
        words = tuple(t.lower_ for t in before)
        match, codes = self._longest(words)
        covered = set(range(match[0], match[1])) if match else set()
        if any(t.pos_ == "PROPN" and i not in covered for i, t in enumerate(before)):
            return None  # 'the U.S. state', 'the Biden administration': the phrase names whose it is
        if codes is None:
            return self.nouns[lemma] or None
        noun_codes = self.nouns[lemma]
        return tuple(c for c in codes if c in noun_codes) if noun_codes else codes

    def _longest(self, words: tuple[str, ...]) -> tuple[tuple[int, int] | None, tuple[str, ...] | None]:
        best: tuple[int, int] | None = None
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                key = words[first : first + size]
                if key in self.descriptors:
                    best = (first, first + size)
                    return best, self.descriptors[key]
        return None, None


@lru_cache(maxsize=4)
def load_descriptors(path: Path = DESCRIPTORS) -> StateDescriptors:
    """The descriptors file, validated line by line."""
    nouns: dict[str, tuple[str, ...]] = {}
    descriptors: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in read_tsv(path, ("words", "role", "codes")):
        words, role, codes = line.fields
        if words != words.lower():
            raise line.error(f"'{words}' must be written in lower case")
        if role not in ROLES:
            raise line.error(f"role '{role}' is not one of {', '.join(ROLES)}")
        items = () if codes == "-" else tuple(c.strip() for c in codes.split("|"))
        bad = next((c for c in items if not COUNTRY_CODE.fullmatch(c)), None)
        if bad is not None:
            raise line.error(f"'{bad}' is not a CAMEO country code; write codes like JPN|TWN, or '-'")
        if role == "descriptor" and not items:
            raise line.error(f"descriptor '{words}' lists no countries; write the codes of the states it fits")
        key = tuple(words.split())
        table = nouns if role == "noun" else descriptors
        if (words if role == "noun" else key) in table:
            raise line.error(f"'{words}' is listed twice as a {role}")
        if role == "noun":
            nouns[words] = items
        else:
            descriptors[key] = items
    if not nouns or not descriptors:
        raise LexiconError(str(path), 0, "no state nouns or descriptors listed")
    return StateDescriptors(nouns, descriptors)
