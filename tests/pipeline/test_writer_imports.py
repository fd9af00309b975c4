"""The writer of a multi-worker ingest (the `dyadwatch ingest` process itself) parses nothing: the
model is loaded in the worker server only, so importing spaCy in the writer would be CPU spent for
nothing on every run; nor does its writing import pyarrow and pandas, nor reading JSON Lines the page
reader's trafilatura."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dyadwatch.samples import sample_paths

SAMPLES = sample_paths()[0].parent

INGEST_THEN_REPORT = """
import json, sys
from dyadwatch.cli.main import cli
try:
    cli(sys.argv[1:], standalone_mode=False)
finally:
    print(json.dumps(sorted(m for m in ("spacy", "pandas", "pyarrow", "trafilatura") if m in sys.modules)))
"""


@pytest.mark.parametrize("name, unused", [
    ("", ("spacy", "pandas", "pyarrow")),  # the whole samples directory, a web page among them
    ("samples.jsonl", ("spacy", "pandas", "pyarrow", "trafilatura")),
])
def test_writer_of_a_worker_pool_imports_neither_spacy_nor_pandas(tmp_path, name, unused):
    db = tmp_path / "writer.duckdb"
    done = subprocess.run([sys.executable, "-c", INGEST_THEN_REPORT, "ingest", "--db", str(db),
                           "--workers", "2", str(SAMPLES / name)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    *_, loaded = done.stdout.strip().splitlines()
    assert "documents stored" in done.stdout and "0 errors" in done.stdout
    assert not set(json.loads(loaded)) & set(unused)
