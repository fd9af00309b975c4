"""Shared fixtures: one spaCy pipeline and one coder for the whole test run; fresh stores; in-process ingest."""
from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import ONE_WORKER

from dyadwatch.coding.coder import Coder
from dyadwatch.pipeline import IngestOptions, ingest
from dyadwatch.store import Store


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder.create()


@pytest.fixture(scope="session")
def nlp(coder: Coder):
    return coder.nlp


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "test.duckdb") as opened:
        yield opened


@pytest.fixture
def run_ingest(coder):
    """Ingest paths into a store in this process (the session coder's model is already loaded)."""
    def run(store: Store, *paths: Path, options: IngestOptions = ONE_WORKER):
        return ingest(store, [str(p) for p in paths], options)
    return run
