"""Lemma corrections: word forms the statistical lemmatizer gets wrong ('hopes' -> 'hop'), kept as data
in `data/lemmas.tsv` and applied after spaCy's lemmatizer, so that patterns keyed by lemma match them."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import LexiconError

LEMMAS_FILE = Path(__file__).parent / "data" / "lemmas.tsv"


def read_corrections(path: Path) -> dict[str, str]:
    """FORM<TAB>LEMMA lines; '#' comments and blank lines are skipped."""
    corrections: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not all(f.strip() for f in fields):
            raise LexiconError(str(path), number, "write one word form and its lemma, separated by a TAB")
        form, lemma = (f.strip() for f in fields)
        if form != form.lower() or lemma != lemma.lower():
            raise LexiconError(str(path), number, f"'{form}\t{lemma}' must be lower case")
        if form in corrections:
            raise LexiconError(str(path), number, f"'{form}' is corrected twice; keep one line")
        corrections[form] = lemma
    return corrections


@lru_cache(maxsize=1)
def corrections() -> dict[str, str]:
    return read_corrections(LEMMAS_FILE)


@Language.component("dyadwatch_lemmas")
def correct_lemmas(doc: Doc) -> Doc:
    table = corrections()
    for token in doc:
        fixed = table.get(token.lower_)
        if fixed is not None:
            token.lemma_ = fixed
    return doc
