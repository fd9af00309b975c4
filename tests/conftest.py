"""Shared fixtures: one spaCy pipeline and one coder for the whole test run."""
from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.coding.coder import Coder

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder.create()


@pytest.fixture(scope="session")
def nlp(coder: Coder):
    return coder.nlp
