"""The CAMEO event table: name, Goldstein value, quad class and PLOVER equivalent for every code.

`data/cameo.tsv` holds facts from the CAMEO codebook and GDELT's lookup tables; its PLOVER columns come
from the PLOVER project's 2021 CAMEO crosswalk (Open Event Data Alliance, CC BY-SA 4.0), except where
`data/plover_types.tsv` gives the type that the PLOVER gold standard's human coders use for a code.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..errors import LexiconError


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


@dataclass(frozen=True)
class Ontology:
    codes: dict[str, CameoCode]

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CameoCode:
        return self.codes[code]

    def lookup(self, code: str) -> CameoCode:
        """The code's entry; a code outside CAMEO (a dictionary's own code space, e.g. WEIS) is kept bare."""
        if code in self.codes:
            return self.codes[code]
        return CameoCode(code, code[:2], "(not a CAMEO code)", 0.0, 0, None, None, None)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    path = resources.files("dyadwatch.coding") / "data" / "cameo.tsv"
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as handle:
        for lineno, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            try:
                codes[row["cameo"]] = CameoCode(
                    code=row["cameo"],
                    root=row["root"],
                    name=row["name"],
                    goldstein=float(row["goldstein"]),
                    quad_class=int(row["quad_class"]),
                    plover_type=row["plover_type"] or None,
                    plover_mode=row["plover_mode"] or None,
                    plover_context=row["plover_context"] or None,
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise LexiconError(str(path), lineno, f"bad CAMEO table row ({exc})") from exc
    _override_plover_types(codes)
    return Ontology(codes)


def _override_plover_types(codes: dict[str, CameoCode]) -> None:
    """Apply data/plover_types.tsv, checking each line names a CAMEO code and a known PLOVER type."""
    path = resources.files("dyadwatch.coding") / "data" / "plover_types.tsv"
    types = {c.plover_type for c in codes.values() if c.plover_type}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise LexiconError(str(path), lineno, "expected 4 TAB-separated columns: cameo, plover_type, plover_mode, why")
        code, plover_type, mode, _ = fields
        if code not in codes:
            raise LexiconError(str(path), lineno, f"unknown CAMEO code {code!r}; see cameo.tsv")
        if plover_type not in types:
            raise LexiconError(str(path), lineno, f"unknown PLOVER type {plover_type!r}; use one of {', '.join(sorted(types))}")
        codes[code] = replace(codes[code], plover_type=plover_type, plover_mode=None if mode == "-" else mode)
