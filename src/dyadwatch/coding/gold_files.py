"""Gold files for the benchmarks are JSON Lines; a bad line is reported by file and line, as any input is."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, TypeVar

from ..errors import InputError

T = TypeVar("T")


def read_gold_lines(path: Path, build: Callable[[dict, str], T], what: str, expected: str) -> list[T]:
    """`build(record, "file:line")` for every non-blank line; a line that is not JSON or lacks what
    `build` needs (ValueError, KeyError, TypeError) is an InputError "file:line: not a WHAT (why); EXPECTED"."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                records.append(build(json.loads(line), where))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{where}: not a {what} ({exc}); {expected}") from exc
    return records
