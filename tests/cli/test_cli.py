"""End-to-end CLI runs on real files: HTML, text, JSONL, stdin, and every kind of bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli.main import cli
from dyadwatch.samples import sample_paths

SAMPLES = {p.name: p for p in sample_paths()}


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | bytes | None = None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def kim_events(runner) -> list[dict]:
    result = run(runner, "code", str(SAMPLES["kim-train.html"]), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return jsonl(result.stdout)


def test_blog_page_codes_the_reported_events(kim_events):
    dyads = {(e["source"]["country"], (e["target"] or {}).get("country"), e["plover"]["type"]) for e in kim_events}
    assert ("RUS", "PRK", "CONSULT") in dyads or ("PRK", "RUS", "CONSULT") in dyads
    shoigu = [e for e in kim_events if e["source"]["code"] == "RUSMIL"]
    assert shoigu, "the Russian defense minister is RUS military"
    assert any(e["target"] and e["target"]["country"] == "PRK" for e in shoigu)
    kim = [e for e in kim_events if e["source"]["name"] == "Kim Jong Un"]
    assert kim and all(e["source"]["code"] == "PRKGOV" for e in kim)


def test_blog_page_drops_comments_and_dates_in_june(kim_events):
    assert {e["segment"] for e in kim_events} <= {"title", "body", "quote"}
    june = [e for e in kim_events if e["sentence"].startswith("In June")]
    assert june and all(e["date"] == "2023-06-01" and e["date_source"] == "text" for e in june)


def test_blog_page_planned_meeting_is_not_a_meeting(kim_events):
    planned = [e for e in kim_events if "expected to meet" in e["sentence"]]
    assert planned and all(e["modality"] == "future" for e in planned)


def test_comments_are_emitted_on_request(runner):
    result = run(runner, "code", str(SAMPLES["kim-train.html"]), "--format", "jsonl", "--include-comments")
    assert "comment" in {e["segment"] for e in jsonl(result.stdout)}


def test_event_schema(kim_events):
    keys = {
        "doc_id", "sentence_index", "sentence", "segment", "date", "date_source", "source", "target", "cameo",
        "cameo_root", "cameo_name", "quad_class", "goldstein", "plover", "negated", "modality", "reported_by",
        "evidence",
    }
    for event in kim_events:
        assert keys <= set(event)
        assert set(event["source"]) == {"text", "code", "country", "sectors", "name", "resolved_by"}
        assert set(event["evidence"]) == {"trigger", "trigger_span", "source_span", "target_span", "rule"}


def test_json_offsets_point_into_the_text(runner):
    result = run(runner, "code", str(SAMPLES["kim-train.html"]), "--format", "json")
    document = json.loads(result.stdout)
    text = document["text"]
    assert document["events"]
    for event in document["events"]:
        start, end = event["evidence"]["trigger_span"]
        assert text[start:end] == event["evidence"]["trigger"]
        start, end = event["evidence"]["source_span"]
        assert text[start:end] == event["source"]["text"]


@pytest.mark.parametrize("name", ["attack.txt", "sanctions.txt", "ceasefire-talks.txt", "protest-police.txt"])
def test_text_samples_give_events_dated_from_the_dateline(runner, name):
    result = run(runner, "code", str(SAMPLES[name]), "--format", "jsonl")
    events = jsonl(result.stdout)
    assert result.exit_code == 0 and events
    assert all(e["date"] for e in events)


def test_jsonl_documents_and_table_output(runner):
    result = run(runner, "code", str(SAMPLES["samples.jsonl"]))
    assert result.exit_code == 0
    assert result.stdout.count("== ") == 4
    assert "date" in result.stdout and "[" in result.stdout


def test_stdin_with_published_date(runner):
    result = run(runner, "code", "-", "--published", "2024-02-01", "--format", "jsonl",
                 input="Israeli troops shelled the Gaza Strip on Sunday.\n")
    events = jsonl(result.stdout)
    assert events and events[0]["date"] == "2024-01-28"


def one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03ELF\x00\x00" * 50, "binary"),
        ("latin1.txt", "Caf\xe9 talks in Gen\xe8ve.".encode("latin-1"), "UTF-8"),
        ("broken.html", b"<html><body><div><p>", "no readable text"),
    ],
)
def test_bad_files_get_one_line_errors(runner, tmp_path: Path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = run(runner, "code", str(path))
    assert result.exit_code == 1
    line = one_line_error(result)
    assert str(path) in line and expected in line


def test_missing_file(runner, tmp_path):
    result = run(runner, "code", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1 and "nope.txt" in one_line_error(result)


def test_unknown_format(runner):
    result = run(runner, "code", str(SAMPLES["attack.txt"]), "--format", "xml")
    assert result.exit_code == 1 and "--format 'xml'" in one_line_error(result)


def test_bad_published_date(runner):
    result = run(runner, "code", str(SAMPLES["attack.txt"]), "--published", "yesterday")
    assert result.exit_code == 1 and "YYYY-MM-DD" in one_line_error(result)


def test_malformed_jsonl_line_does_not_stop_the_batch(runner, tmp_path):
    path = tmp_path / "batch.jsonl"
    good = {"id": "a", "text": "Israeli troops shelled the Gaza Strip on Sunday.", "published": "2024-02-01"}
    other = {"id": "b", "text": "Japan sent humanitarian aid to Turkey.", "published": "2023-02-10"}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(other) + "\n")
    result = run(runner, "code", str(path), "--format", "jsonl")
    assert result.exit_code == 1
    assert f"{path}:2" in one_line_error(result)
    assert {e["doc_id"] for e in jsonl(result.stdout)} == {"a", "b"}


def test_bad_file_among_good_ones(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(runner, "code", str(empty), str(SAMPLES["attack.txt"]), "--format", "jsonl")
    assert result.exit_code == 1 and "empty.txt" in one_line_error(result)
    assert jsonl(result.stdout)


def test_unknown_model(runner):
    result = run(runner, "code", str(SAMPLES["attack.txt"]), "--model", "xx_no_such_model")
    assert result.exit_code == 1 and "xx_no_such_model" in one_line_error(result)


def test_every_command_is_documented():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for name, command in cli.commands.items():
        assert f"dyadwatch {name}" in readme, f"README does not show 'dyadwatch {name}'"
        assert command.help, f"'{name}' has no help text"


PLACEHOLDER_DATE_PAGE = """<html><head><title>Police arrest protesters</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}</script>
</head><body><article><h1>Police arrest protesters</h1>
<p>Police in Nairobi arrested dozens of protesters on Tuesday after clashes near parliament, officials said.</p>
<p>Kenya's opposition leader condemned the arrests and called on the government to release them.</p>
</article></body></html>"""


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_placeholder_page_date_is_ignored_with_a_warning(runner, tmp_path, command):
    page = tmp_path / "placeholder.html"
    page.write_text(PLACEHOLDER_DATE_PAGE)
    args = ["--format", "jsonl"] if command == "code" else ["--db", str(tmp_path / "p.duckdb"), "--workers", "1"]
    result = run(runner, command, str(page), *args)
    assert result.exit_code == 0, result.output
    [line] = [x for x in result.stderr.splitlines() if "0001-01-01" in x]
    assert str(page) in line and line.endswith("ignored")
    if command == "code":
        events = jsonl(result.stdout)
        assert events and all(e["date"] is None for e in events)
