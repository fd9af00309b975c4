"""Store fixtures: a fresh database per test, and ingest in this process with the session's coder."""
from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import ONE_WORKER

from dyadwatch.store import IngestOptions, Store, ingest


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
