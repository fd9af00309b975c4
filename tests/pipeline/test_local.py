"""Ingest: idempotent, bad input isolated and reported, the `events` contract, the database path."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_helpers import STORED_TABLES, report, table_rows, write_jsonl

from dyadwatch.cli.main import cli
from dyadwatch.samples import sample_paths
from dyadwatch.store import DB_ENV, Store, default_db_path
from dyadwatch.pipeline import IngestOptions
from dyadwatch.pipeline.local import MAX_SEGMENT_CHARS

SAMPLES = sample_paths()[0].parent

CONTRACT = {
    "event_id": "VARCHAR", "date": "DATE", "source_code": "VARCHAR", "source_country": "VARCHAR",
    "source_name": "VARCHAR", "target_code": "VARCHAR", "target_country": "VARCHAR", "target_name": "VARCHAR",
    "cameo": "VARCHAR", "cameo_root": "VARCHAR", "cameo_name": "VARCHAR", "quad_class": "INTEGER",
    "goldstein": "DOUBLE", "plover_type": "VARCHAR", "plover_mode": "VARCHAR", "plover_context": "VARCHAR",
    "negated": "BOOLEAN", "modality": "VARCHAR", "mentions": "INTEGER", "sources": "INTEGER", "articles": "INTEGER",
    "first_seen": "TIMESTAMP", "first_url": "VARCHAR", "sentence": "VARCHAR",
}


def test_ingesting_twice_adds_nothing(store, run_ingest):
    first = run_ingest(store, SAMPLES)
    assert first.documents >= 9 and first.mentions > 50 and not first.errors
    before = {t: table_rows(store, t) for t in STORED_TABLES}
    second = run_ingest(store, SAMPLES, SAMPLES / "attack.txt")
    assert second.documents == 0 and second.skipped == first.documents + 1
    assert {t: table_rows(store, t) for t in STORED_TABLES} == before


def test_same_text_at_another_url_is_another_report(store, run_ingest, tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [report(1, "2024-03-05", "a.example")])
    b = write_jsonl(tmp_path / "b.jsonl", [report(1, "2024-03-05", "a.example"), report(2, "2024-03-05", "b.example")])
    assert run_ingest(store, a).documents == 1
    summary = run_ingest(store, b)
    assert (summary.documents, summary.skipped) == (1, 1)


def test_events_table_keeps_the_contract(store, run_ingest):
    run_ingest(store, SAMPLES / "kim-train.html")
    types = {name: kind for name, kind, *_ in store.con.execute("DESCRIBE events").fetchall()}
    assert {name: types.get(name) for name in CONTRACT} == CONTRACT
    assert store.con.execute("SELECT count(*) FROM events WHERE sentence IS NULL OR mentions < 1").fetchone()[0] == 0


def test_default_db_path(monkeypatch):
    monkeypatch.delenv(DB_ENV, raising=False)
    assert default_db_path() == "dyadwatch.duckdb"
    monkeypatch.setenv(DB_ENV, "/data/events.duckdb")
    assert default_db_path() == "/data/events.duckdb"
    assert default_db_path("mine.duckdb") == "mine.duckdb"


@pytest.fixture
def messy_dir(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "nested").mkdir(parents=True)
    (corpus / "attack.txt").write_bytes((SAMPLES / "attack.txt").read_bytes())
    (corpus / "nested" / "page.html").write_bytes((SAMPLES / "kim-train.html").read_bytes())
    good = [report(1, "2024-03-05", "a.example"), report(2, "2024-03-06", "b.example")]
    (corpus / "nested" / "wire.jsonl.gz").write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in good).encode()))
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03ELF\x00\x00" * 50)
    (corpus / "latin1.txt").write_bytes("Caf\xe9 talks in Gen\xe8ve ended.".encode("latin-1"))
    (corpus / "truncated.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Iran condemned Israel."}\n' * 2000)[:120])
    (corpus / "huge.txt").write_text("Talks went on. " * (MAX_SEGMENT_CHARS // 15 + 100))
    (corpus / "notes.md").write_text("not a news document")  # not a readable suffix: not read
    return corpus


def test_messy_directory_keeps_the_good_and_lists_the_bad(messy_dir, tmp_path):
    db = tmp_path / "messy.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(messy_dir), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    hints = {"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "UTF-8", "truncated.jsonl.gz": "truncated",
             "huge.txt": "split"}
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == len(hints)
    for name, hint in hints.items():
        assert any(name in line and hint in line for line in errors), (name, errors)
    # the truncated gzip's complete lines before the cut are read (all one text: stored once)
    assert "5 documents stored" in result.stdout and "5 errors" in result.stdout
    with Store.open(db, read_only=True) as store:
        assert store.count("documents") == 5
        origins = {o for (o,) in store.con.execute("SELECT origin FROM errors").fetchall()}
        assert {Path(o).name.split(":")[0] for o in origins} == set(hints)
        assert store.count("events") > 0


def test_warc_archives_are_ingested(store, run_ingest, tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (SAMPLES / "kim-train.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/kim", "response", payload=BytesIO(page), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/a.png", "response", payload=BytesIO(b"\x89PNG"), http_headers=image))
    summary = run_ingest(store, path)
    assert summary.documents == 1 and not summary.errors and summary.mentions > 5


def test_two_worker_processes_store_what_one_does(tmp_path, run_ingest):
    corpus = [SAMPLES / "samples.jsonl", SAMPLES / "attack.txt", SAMPLES / "sanctions.txt"]
    with Store.open(tmp_path / "one.duckdb") as one, Store.open(tmp_path / "two.duckdb") as two:
        run_ingest(one, *corpus)
        summary = run_ingest(two, *corpus, options=IngestOptions(workers=2, batch_size=2))
        assert 1 <= len(summary.peak_rss) <= 2  # worker processes, each reporting its peak memory
        for table in STORED_TABLES:
            assert table_rows(one, table) == table_rows(two, table), table


def test_unknown_model_fails_before_any_worker_starts(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(SAMPLES / "attack.txt"), "--db", str(tmp_path / "x.duckdb"),
                                      "--workers", "2", "--model", "xx_no_such_model"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "xx_no_such_model" in result.stderr
