"""Faults an ingest must survive: killed or terminated runs leave no process behind, damaged inputs and
databases are one line each, inputs from a hostile or careless world do not reach the terminal raw."""
from __future__ import annotations

import ctypes
import ctypes.util
import gzip
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner
from corpus_helpers import write_jsonl
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadwatch.cli.main import cli
from dyadwatch.samples import sample_paths
from dyadwatch.store import Store

SAMPLES = {p.name: p for p in sample_paths()}
DYADWATCH = str(Path(sys.executable).parent / "dyadwatch")


def _corpus(path: Path, count: int) -> Path:
    """Distinct documents (so none is skipped as already stored), long enough to keep workers busy."""
    text = SAMPLES["attack.txt"].read_text(encoding="utf-8")
    return write_jsonl(path, [{"id": f"d{n}", "text": f"Report {n}. {text}", "published": "2024-03-05"}
                              for n in range(count)])


def _wait_for_workers(process: subprocess.Popen, workers: int, timeout: float = 180) -> list[psutil.Process]:
    """The ingest's descendants (forkserver and workers) once the workers are up."""
    parent = psutil.Process(process.pid)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        children = [c for c in parent.children(recursive=True) if _running(c)]
        if sum(1 for c in children if _parent(c) not in (process.pid, None)) >= workers:  # forked by the forkserver
            return children
        time.sleep(0.2)
    raise AssertionError("the workers did not start")


def _parent(child: psutil.Process) -> int | None:
    """The child's parent pid, or None when it ended between being listed and being asked."""
    try:
        return child.ppid()
    except psutil.NoSuchProcess:
        return None


def _running(child: psutil.Process) -> bool:
    """Alive and not a zombie; a process that ended between being listed and being asked is not."""
    try:
        return child.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _gone(processes: list[psutil.Process], timeout: float = 30) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(processes, timeout=timeout)
    return [p for p in alive if _running(p)]


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_or_terminated_ingest_takes_its_workers_with_it(tmp_path, how):
    corpus = _corpus(tmp_path / "corpus.jsonl", 400)
    db = tmp_path / "killed.duckdb"
    process = subprocess.Popen([DYADWATCH, "ingest", str(corpus), "--db", str(db), "--workers", "2", "--batch-size", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    descendants = _wait_for_workers(process, 2)
    time.sleep(3)  # let the workers get to coding
    process.send_signal(how)
    process.wait(timeout=120)
    left = _gone(descendants)
    for orphan in left:  # not to leave them running when the test fails
        orphan.kill()
    assert left == []
    _, stderr = process.communicate(timeout=10)
    if how == signal.SIGTERM:  # stopped as Ctrl-C stops it: one line, what is committed is kept
        assert process.returncode == 1
        assert stderr.strip().splitlines() == [
            "error: interrupted; every committed batch is kept: run the same command again to continue"]
        with Store.open(db, read_only=True) as store:
            assert store.count("documents") < 400


def test_code_refuses_a_50_mb_line_as_ingest_does(tmp_path):
    line = tmp_path / "line.txt"
    line.write_text("Russia attacked Ukraine again and talks went on " * 1_050_000)  # ~50 MB, one line
    code = CliRunner().invoke(cli, ["code", str(line)])
    ingest = CliRunner().invoke(cli, ["ingest", str(line), "--db", str(tmp_path / "t.duckdb"), "--workers", "1"])
    assert code.exit_code == ingest.exit_code == 1
    [refusal] = code.stderr.strip().splitlines()
    assert refusal.startswith(f"error: {line}: a segment of ") and "split the document into articles" in refusal
    assert refusal in ingest.stderr.splitlines()
    assert "E088" not in code.output + ingest.output and "Traceback" not in code.output + ingest.output


def test_a_gzip_bomb_is_one_line_and_memory_stays_bounded(tmp_path):
    """A 256 MiB line of JSON Lines compressed to about 256 KB: refused at the cap, never held whole."""
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as out:
        out.write(b'{"text": "')
        block = b"a" * 2**20
        for _ in range(256):
            out.write(block)
        out.write(b'"}\n')
    assert bomb.stat().st_size < 2**20
    # VmHWM is this process's own peak (ru_maxrss would count the forking test process too)
    script = ("from click.testing import CliRunner; from dyadwatch.cli.main import cli; "
              f"r = CliRunner().invoke(cli, ['ingest', {str(bomb)!r}, '--db', {str(tmp_path / 'b.duckdb')!r}, '--workers', '1']); "
              "print(r.exit_code); print(r.stderr.strip()); "
              "print([int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmHWM')][0])")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "1"
    assert out[1] == (f"error: {bomb}:1: a line longer than 64 MiB (a decompression bomb, or not JSON Lines); "
                      "the file is read no further")
    assert int(out[-1]) < 600, f"peak memory {out[-1]} MB"  # the parser alone takes ~250 MB


def _warc(path: Path, pages: list[tuple[str, str]], gz: bool = True) -> Path:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))
    return path


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


FIRST = ["Russian forces attacked Kharkiv on Monday, Ukrainian officials said."] * 3
SECOND = ["Iran condemned Israel on Tuesday after the strike on its consulate in Damascus.",
          "China urged restraint from both sides.", "Egypt and Qatar called for talks in Cairo."]


@pytest.mark.parametrize("gz", [True, False])
def test_a_cut_warc_stores_the_whole_records_and_the_full_one_adds_the_rest_once(tmp_path, gz):
    suffix = ".warc.gz" if gz else ".warc"
    full = _warc(tmp_path / f"full{suffix}", [("https://a.example/1", _page("One", FIRST)),
                                               ("https://a.example/2", _page("Two", SECOND))], gz)
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(full.read_bytes()[: int(full.stat().st_size * 0.85)])
    db = tmp_path / "w.duckdb"
    first = CliRunner().invoke(cli, ["ingest", str(cut), "--db", str(db), "--workers", "1"])
    assert first.exit_code == 1
    [error] = first.stderr.strip().splitlines()
    assert error.startswith(f"error: {cut}#record 2: ") and "cut short" in error
    second = CliRunner().invoke(cli, ["ingest", str(full), "--db", str(db), "--workers", "1"])
    assert second.exit_code == 0, second.output
    with Store.open(db, read_only=True) as store:
        urls = store.con.execute("SELECT url, count(*) FROM documents GROUP BY url ORDER BY url").fetchall()
    assert urls == [("https://a.example/1", 1), ("https://a.example/2", 1)]


def test_a_later_longer_capture_of_a_url_replaces_the_stored_one(tmp_path):
    url = "https://a.example/live"
    early = _warc(tmp_path / "early.warc.gz", [(url, _page("Live", SECOND[:1]))])
    late = _warc(tmp_path / "late.warc.gz", [(url, _page("Live", SECOND))])
    db = tmp_path / "r.duckdb"
    assert CliRunner().invoke(cli, ["ingest", str(early), "--db", str(db), "--workers", "1"]).exit_code == 0
    with Store.open(db, read_only=True) as store:
        before = store.con.execute("SELECT doc_key FROM documents").fetchall()
    result = CliRunner().invoke(cli, ["ingest", str(late), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert f"note: {late}#record 1: replaces {url} as stored from {early}#record 1" in result.stderr
    with Store.open(db, read_only=True) as store:
        after = store.con.execute("SELECT doc_key, words FROM documents").fetchall()
        orphans = store.con.execute("SELECT count(*) FROM mentions WHERE doc_key NOT IN "
                                    "(SELECT doc_key FROM documents)").fetchone()[0]
        articles = store.con.execute("SELECT max(articles) FROM events").fetchone()[0]
    assert len(after) == 1 and after[0][0] != before[0][0] and orphans == 0 and articles == 1
    again = CliRunner().invoke(cli, ["ingest", str(early), "--db", str(db), "--workers", "1"])
    assert f"{url} is stored already from {late}#record 1 with as much text or more; skipped" in again.stderr


def test_a_truncated_jsonl_gz_stores_the_documents_before_the_cut(tmp_path):
    records = [{"id": f"n{n}", "text": f"Story {n}: Iran condemned Israel on Tuesday in a statement {'x' * 200}.", "published": "2024-04-02"}
               for n in range(40)]
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode())
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    db = tmp_path / "t.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(cut), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    [error] = result.stderr.strip().splitlines()
    assert error.startswith(f"error: {cut}:") and "the gzip file is truncated here" in error
    cut_line = int(error.split(":")[2])
    with Store.open(db, read_only=True) as store:
        stored = {doc_id for (doc_id,) in store.con.execute("SELECT doc_id FROM documents").fetchall()}
    assert stored == {f"n{n}" for n in range(cut_line - 1)} and len(stored) > 5


@pytest.fixture(scope="module")
def damaged_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("damaged")
    db = folder / "whole.duckdb"
    assert CliRunner().invoke(cli, ["ingest", *map(str, sample_paths()), "--db", str(db), "--workers", "1"]).exit_code == 0
    cut = folder / "cut.duckdb"
    cut.write_bytes(db.read_bytes()[: db.stat().st_size // 6])
    return cut


@pytest.mark.parametrize("command", [
    ["events"], ["events", "--format", "jsonl"], ["dyad", "RUS", "UKR"], ["alerts"], ["report", "-o", "REPORT"],
    ["ingest", str(SAMPLES["sanctions.txt"]), "--workers", "1"],
])
def test_a_truncated_database_is_one_line_from_every_command(damaged_db, tmp_path, command):
    command = [str(tmp_path / "r.html") if c == "REPORT" else c for c in command]
    result = CliRunner().invoke(cli, [*command, "--db", str(damaged_db)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {damaged_db}: ") and ("damaged" in line or "cannot open" in line)


def _without_read_override() -> None:
    """In the child before exec: root reads any directory unless it gives up CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH (PR_CAPBSET_DROP), so that the test sees what a user sees."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    for capability in (1, 2):
        libc.prctl(24, capability, 0, 0, 0)


def test_an_unreadable_directory_is_an_error(tmp_path):
    (tmp_path / "corpus" / "locked").mkdir(parents=True)
    (tmp_path / "corpus" / "locked" / "a.txt").write_text("Russia attacked Ukraine.")
    (tmp_path / "corpus" / "locked").chmod(0)
    try:
        result = subprocess.run([DYADWATCH, "ingest", str(tmp_path / "corpus"), "--db", str(tmp_path / "u.duckdb"),
                                 "--workers", "1"], capture_output=True, text=True, preexec_fn=_without_read_override)
    finally:
        (tmp_path / "corpus" / "locked").chmod(0o700)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'corpus' / 'locked'}: cannot read the directory (Permission denied); check its permissions"]
    assert result.stdout.endswith("; 1 error\n")


def test_ingest_published_dates_plain_text_and_most_undated_events_are_warned(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("Russian forces attacked Kharkiv, Ukrainian officials said. Iran condemned Israel.")
    undated = CliRunner().invoke(cli, ["ingest", str(text), "--db", str(tmp_path / "a.duckdb"), "--workers", "1"])
    assert undated.exit_code == 0
    assert "have no date" in undated.stderr and "--published YYYY-MM-DD" in undated.stderr
    dated = CliRunner().invoke(cli, ["ingest", str(text), "--db", str(tmp_path / "b.duckdb"), "--workers", "1",
                                     "--published", "2024-03-05"])
    assert dated.exit_code == 0 and "warning" not in dated.stderr
    with Store.open(tmp_path / "b.duckdb", read_only=True) as store:
        assert store.con.execute("SELECT DISTINCT CAST(published AS VARCHAR) FROM documents").fetchall() == [("2024-03-05",)]
        assert store.con.execute("SELECT count(*) FROM mentions WHERE date IS NULL").fetchone()[0] == 0


def test_two_captures_of_a_url_in_one_archive_are_one_document(tmp_path):
    url = "https://a.example/live"
    crawl = _warc(tmp_path / "crawl.warc.gz", [(url, _page("Live", SECOND[:1])), (url, _page("Live", SECOND))])
    db = tmp_path / "c.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(crawl), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert f"note: {crawl}#record 2: replaces {url} as stored from {crawl}#record 1" in result.stderr
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT origin FROM documents").fetchall() == [(f"{crawl}#record 2",)]
        assert store.con.execute("SELECT max(articles) FROM events").fetchone()[0] == 1
