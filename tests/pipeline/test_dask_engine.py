"""The Dask engine: same store as the local engine, a Parquet dataset, failing partitions reported, no Dask."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from corpus_helpers import STORED_TABLES, report, table_rows, write_jsonl

from dyadwatch.cli.main import cli
from dyadwatch.samples import sample_paths
from dyadwatch.store import Store
from dyadwatch.pipeline import IngestOptions
from dyadwatch.pipeline.dask_engine import INSTALL_HINT, DaskOptions, ingest_dask
from dyadwatch.store.parquet import complete_parts

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")

SAMPLES = sample_paths()[0].parent
FAIL_MARK = "DYADWATCH-TEST-FAILING-PARTITION"  # as in dask_failing_worker.py


@pytest.fixture(scope="module")
def client():
    """A 2-worker LocalCluster for the module; its workers fail on documents with FAIL_MARK (a preload)."""
    preload = str(Path(__file__).with_name("dask_failing_worker.py"))
    with dask.config.set({"distributed.worker.preload": [preload]}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                      silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
            yield client


def _on_cluster(client, tmp_path: Path, partition_size: int = 3) -> DaskOptions:
    return DaskOptions(scheduler=client.scheduler.address, out=tmp_path / "out", partition_size=partition_size)


def test_two_dask_workers_store_what_the_local_engine_does(client, run_ingest, tmp_path):
    with Store.open(tmp_path / "local.duckdb") as local, Store.open(tmp_path / "dask.duckdb") as on_dask:
        run_ingest(local, SAMPLES)
        summary = ingest_dask(on_dask, [str(SAMPLES)], IngestOptions(batch_size=2), _on_cluster(client, tmp_path))
        assert summary.documents == local.count("documents") >= 9 and not summary.errors
        assert summary.mentions == local.count("mentions") and summary.events == local.count("events")
        for table in STORED_TABLES:
            assert table_rows(local, table) == table_rows(on_dask, table), table
        mentions = on_dask.count("mentions")
    loaded = client.run(lambda: len(sys.modules["dyadwatch.pipeline.dask_engine"]._CODERS))
    assert set(loaded.values()) <= {0, 1}  # the model is loaded once per worker, not per partition

    out = tmp_path / "out"
    dataset = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}/mentions/*.parquet')").fetchone()[0]
    assert dataset == mentions and len(complete_parts(out)) == 3  # 9 documents in partitions of 3


def test_a_dataset_left_in_out_is_merged_not_coded_again_and_twice_adds_nothing(client, tmp_path):
    with Store.open(tmp_path / "first.duckdb") as first:
        ingest_dask(first, [str(SAMPLES / "attack.txt"), str(SAMPLES / "samples.jsonl")], IngestOptions(),
                    _on_cluster(client, tmp_path, partition_size=2))
        expected = {t: table_rows(first, t) for t in STORED_TABLES}
    (tmp_path / "out" / "mentions" / "part-0000000000000000.parquet").write_bytes(b"left by a killed run")
    with Store.open(tmp_path / "resumed.duckdb") as resumed:
        summary = ingest_dask(resumed, [str(SAMPLES / "attack.txt"), str(SAMPLES / "samples.jsonl")], IngestOptions(),
                              DaskOptions(scheduler="tcp://unused:1", out=tmp_path / "out"))  # nothing left to code
        assert summary.documents == len(expected["documents"]) and summary.skipped == summary.documents
        for files in complete_parts(tmp_path / "out"):
            added = resumed.merge_parquet([files])
            assert (added.documents, added.mentions) == (0, 0)
        assert {t: table_rows(resumed, t) for t in STORED_TABLES} == expected
    assert not (tmp_path / "out" / "mentions" / "part-0000000000000000.parquet").exists()


def test_a_partition_that_keeps_failing_is_reported_and_the_others_are_stored(client, tmp_path):
    records = [report(n, "2024-03-05", f"outlet{n}.example") for n in range(6)]
    records[4]["text"] += f" {FAIL_MARK}"
    wire = write_jsonl(tmp_path / "wire.jsonl", records)
    before = sum(client.run(lambda: getattr(sys.modules["dyadwatch.pipeline.dask_engine"].code_batch, "attempts", 0)).values())
    with Store.open(tmp_path / "db.duckdb") as store:
        summary = ingest_dask(store, [str(wire)], IngestOptions(), _on_cluster(client, tmp_path))
        assert summary.documents == 3 and store.count("documents") == 3
        assert sorted(e.origin for e in summary.errors) == [f"{wire}:{n}" for n in (4, 5, 6)]
        assert all("failed 3 times" in e.message and "injected worker failure" in e.message for e in summary.errors)
        stored = store.con.execute("SELECT origin, doc_key FROM errors ORDER BY origin").fetchall()
        assert stored == [(f"{wire}:{n}", None) for n in (4, 5, 6)]  # no key: the next run tries them again
        assert store.count("events") == 1
    after = sum(client.run(lambda: sys.modules["dyadwatch.pipeline.dask_engine"].code_batch.attempts).values())
    assert after - before == 3  # the first attempt and two retries


def test_cli_engine_dask_starts_its_own_cluster_and_leaves_the_dataset(tmp_path):
    db, out = tmp_path / "cli.duckdb", tmp_path / "coded"
    result = CliRunner().invoke(cli, ["ingest", str(SAMPLES / "attack.txt"), "--db", str(db), "--engine", "dask",
                                      "--workers", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 document stored" in result.stdout and "0 errors" in result.stdout
    with Store.open(db, read_only=True) as store:
        mentions = store.count("mentions")
    dataset = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}/mentions/*.parquet')").fetchone()[0]
    assert dataset == mentions > 0


def test_engine_dask_without_dask_installed_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError
    result = CliRunner().invoke(cli, ["ingest", str(SAMPLES / "attack.txt"), "--db", str(tmp_path / "x.duckdb"),
                                      "--engine", "dask"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and INSTALL_HINT in result.stderr


def test_dask_options_need_the_dask_engine(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(SAMPLES / "attack.txt"), "--db", str(tmp_path / "x.duckdb"),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "--out needs --engine dask" in result.stderr
