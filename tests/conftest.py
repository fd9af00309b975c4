"""Shared fixtures: one spaCy pipeline and one coder for the whole test run."""
from __future__ import annotations

import pytest

from dyadwatch.coding.coder import Coder


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder.create()


@pytest.fixture(scope="session")
def nlp(coder: Coder):
    return coder.nlp
