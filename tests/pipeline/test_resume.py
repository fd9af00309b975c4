"""Kill -9 an ingest after its first committed batch, resume it, and get what a clean run gets."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_helpers import ONE_WORKER, STORED_TABLES, table_rows

import dyadwatch
from dyadwatch.cli.main import cli
from dyadwatch.samples import sample_paths
from dyadwatch.store import Store
from dyadwatch.pipeline import ingest

# Runs ingest in batches of one document and says when each batch is committed; with a pause after each
# commit the kill lands between transactions, without one it lands wherever the run has got to.
DRIVER = """
import sys, time
from dyadwatch.store import Store
from dyadwatch.pipeline import IngestOptions, ingest
def committed(summary):
    print("committed", summary.documents, flush=True)
    time.sleep(float(sys.argv[1]))
with Store.open(sys.argv[2]) as store:
    ingest(store, sys.argv[3:], IngestOptions(workers=1, batch_size=1, commit_size=1), committed)
print("finished", flush=True)
"""


@pytest.mark.parametrize("pause", [0.5, 0.0])
def test_killed_run_resumes_to_the_clean_result(tmp_path, coder, pause):
    paths = [str(p) for p in sample_paths()]
    killed_db = tmp_path / "killed.duckdb"
    env = dict(os.environ, PYTHONPATH=str(Path(dyadwatch.__file__).resolve().parents[1]))
    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(pause), str(killed_db), *paths], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        first = process.stdout.readline()
        assert first.startswith("committed"), first
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        process.stdout.close()
    with Store.open(killed_db, read_only=True) as partial:
        stored = partial.count("documents")
    assert 1 <= stored < 9, "the kill landed mid-run"

    result = CliRunner().invoke(cli, ["ingest", *paths, "--db", str(killed_db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert f"({stored} already stored or refused before)" in result.stdout

    with Store.open(tmp_path / "clean.duckdb") as clean, Store.open(killed_db, read_only=True) as resumed:
        ingest(clean, paths, ONE_WORKER)
        for table in STORED_TABLES:
            assert table_rows(resumed, table) == table_rows(clean, table), table
        assert clean.count("mentions") == resumed.count("mentions") > 50
