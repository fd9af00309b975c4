"""A writer that connects per batch, and readers in other processes that wait for it: no lock errors."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dyadwatch
from dyadwatch.store import Store
from dyadwatch.store import database

# Commits batches of two documents with one event each, as fast as it can, then says how many.
WRITER = """
import sys
from datetime import date, timedelta
from dyadwatch.store import Store
from dyadwatch.store.rows import DocumentRows

store = Store.open(sys.argv[1], hold=False)
batches = int(sys.argv[2])
for n in range(batches):
    rows = []
    for k in (2 * n, 2 * n + 1):
        key = f"doc{k:05d}"
        day = date(2025, 1, 1) + timedelta(days=k % 300)
        rows.append(DocumentRows(key, {"doc_key": key, "doc_id": key, "url": f"https://news.example.org/{k}",
            "outlet": "news.example.org", "published": day, "origin": key, "sentences": 1, "words": 6, "mentions": 1},
            [{"doc_key": key, "sentence_index": 0, "segment": "body", "start_char": 0, "end_char": 30,
              "text": "Russian forces attacked Ukraine."}],
            [{"doc_key": key, "mention_index": 0, "sentence_index": 0, "group_key": f"RUSMIL|UKR|190|0|asserted",
              "date": day, "date_source": "published", "source_code": "RUSMIL", "source_country": "RUS",
              "target_code": "UKR", "target_country": "UKR", "cameo": "190", "cameo_root": "19", "quad_class": 4,
              "goldstein": -10.0, "negated": False, "modality": "asserted", "segment": "body"}]))
    store.write_batch(rows, [])
    print("committed", n + 1, flush=True)
print("done", flush=True)
"""


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(Path(dyadwatch.__file__).resolve().parents[1]))


def _dyadwatch() -> list[str]:
    return [sys.executable, "-c", "from dyadwatch.cli.main import cli; cli()"]


def test_reader_commands_in_other_processes_never_see_a_lock_error(tmp_path):
    db = tmp_path / "shared.duckdb"
    Store.open(db).close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), "100"], stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert writer.stdout.readline().startswith("committed")
        seen, reads = [], 0
        deadline = time.monotonic() + 120
        while writer.poll() is None and time.monotonic() < deadline:
            result = subprocess.run([*_dyadwatch(), "events", "--db", str(db), "--format", "csv"],
                                    capture_output=True, text=True, env=_env(), timeout=60)
            assert result.returncode == 0 and "in use" not in result.stderr, result.stderr
            seen.append(len(result.stdout.splitlines()))
            reads += 1
        assert writer.wait(timeout=120) == 0
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.stdout.close()
    assert reads >= 1, "the writer finished before any reader ran"
    assert seen == sorted(seen)  # each reader saw a committed state, never going back
    with Store.open(db, read_only=True) as store:
        assert store.count("documents") == 200


def test_a_held_file_is_waited_for_then_reported_in_one_line(tmp_path, monkeypatch):
    db = tmp_path / "held.duckdb"
    Store.open(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(30)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(database, "READ_WAIT_SECONDS", 0.5)
        began = time.monotonic()
        with pytest.raises(dyadwatch.errors.StoreError, match="in use by another process"):
            Store.open(db, read_only=True)
        assert time.monotonic() - began >= 0.5  # it waited before giving up
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_a_store_that_does_not_hold_lets_go_between_batches(tmp_path):
    db = tmp_path / "free.duckdb"
    store = Store.open(db, hold=False)
    assert store.con is None
    with store.connected() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    assert store.con is None
    with Store.open(db, read_only=True) as reader:  # nothing holds the file now
        assert reader.count("events") == 0
    with store.single_threaded(), store.connected() as con:
        assert con.execute("SELECT current_setting('threads')").fetchone() == (1,)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupt_during_a_transaction_waits_for_its_commit(store, signum):
    """Ctrl-C or SIGTERM arriving inside a batch's transaction (as the kernel may deliver it in DuckDB's
    COMMIT) stops the run after the batch is committed, never with the transaction half-ended."""
    from dyadwatch.cli.main import terminate_as_interrupt

    store.con.execute("CREATE TABLE t (n INTEGER)")
    with terminate_as_interrupt(), pytest.raises(KeyboardInterrupt):
        with store.transaction():
            store.con.execute("INSERT INTO t VALUES (1)")
            os.kill(os.getpid(), signum)
            store.con.execute("INSERT INTO t VALUES (2)")
    assert store.con.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    with store.transaction():  # the store is usable after it
        store.con.execute("INSERT INTO t VALUES (3)")
    assert store.con.execute("SELECT count(*) FROM t").fetchone()[0] == 3
