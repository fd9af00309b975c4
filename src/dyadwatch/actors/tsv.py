"""Reading the actor data files: TAB-separated lines, '#' comments, and errors that name the file
and line to fix (LexiconError), shown from the package root."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import LexiconError


@dataclass(frozen=True)
class Line:
    path: Path
    number: int
    fields: list[str]

    def error(self, message: str) -> LexiconError:
        return LexiconError(display(self.path), self.number, message)

    @property
    def where(self) -> str:
        return f"{display(self.path)}:{self.number}"


@lru_cache(maxsize=None)
def display(path: Path) -> str:
    """Paths inside the package are shown from the package root ('dyadwatch/actors/data/...')."""
    package_root = Path(__file__).resolve().parents[2]
    try:
        return str(path.resolve().relative_to(package_root))
    except ValueError:
        return str(path)


def read_tsv(path: Path, columns: Sequence[str]) -> Iterator[Line]:
    if not path.is_file():
        raise LexiconError(display(path), 0, f"missing data file; create it with the columns {', '.join(columns)}")
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            text = raw.split("#", 1)[0].strip()
            if not text:
                continue
            fields = [f.strip() for f in re.split(r"\t+", text)]
            line = Line(path, number, fields)
            if len(fields) != len(columns):
                raise line.error(
                    f"expected {len(columns)} TAB-separated fields ({', '.join(columns)}), found {len(fields)}; "
                    "separate fields with TAB characters and write '-' for an empty field"
                )
            yield line


def items(value: str) -> tuple[str, ...]:
    """A '|'-separated list, or '-' for none."""
    if value == "-":
        return ()
    return tuple(item.strip() for item in value.split("|") if item.strip())


def parse_date(line: Line, value: str, which: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        hint = " or '-' while the role is held" if which == "end" else ""
        raise line.error(f"bad {which} date {value!r}; write an ISO date YYYY-MM-DD{hint}") from None
