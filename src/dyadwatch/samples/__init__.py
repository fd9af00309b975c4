"""Sample documents bundled with dyadwatch, for demos, tutorials and tests."""
from __future__ import annotations

from pathlib import Path

SAMPLE_SUFFIXES = (".html", ".txt", ".jsonl")


def sample_paths() -> list[Path]:
    """The bundled sample documents, sorted by file name."""
    here = Path(__file__).resolve().parent
    return sorted(p for p in here.iterdir() if p.is_file() and p.suffix in SAMPLE_SUFFIXES)
