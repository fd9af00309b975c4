"""`dyadwatch validate plover` on the PLOVER dev set in ../shared and on bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli.main import cli

GOLD = Path(__file__).resolve().parents[3] / "shared" / "data" / "eval" / "plover-gsr-dev.jsonl"


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/data/eval/plover-gsr-dev.jsonl is not beside the repository")
def test_plover_dev_set_scores():
    result = CliRunner().invoke(cli, ["validate", "plover", str(GOLD)])
    assert result.exit_code == 0, result.output
    figures = {line.split(":")[0]: float(line.split(":")[1].split()[0]) for line in result.output.splitlines() if ":" in line}
    assert 0 < figures["events per sentence"] <= 2.0
    assert 0 < figures["full accuracy (that event also has gold source and target)"] <= figures["type accuracy (some event has the gold PLOVER type)"]


def test_small_gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    record = {"id": "x", "text": "Israeli troops shelled the Gaza Strip on Sunday.", "published": "2024-02-01",
              "gold": {"type": "ASSAULT", "source": ["ISR"], "target": ["PSE"]}}
    path.write_text(json.dumps(record) + "\n")
    result = CliRunner().invoke(cli, ["validate", "plover", str(path)])
    assert "type accuracy (some event has the gold PLOVER type): 1.000 (1/1)" in result.output
    assert "full accuracy (that event also has gold source and target): 1.000 (1/1)" in result.output


@pytest.mark.parametrize("content, message", [(None, "no such file"), ('{"id": "x"}\n', "not a PLOVER gold record")])
def test_bad_gold_files(tmp_path, content, message):
    path = tmp_path / "gold.jsonl"
    if content is not None:
        path.write_text(content)
    result = CliRunner().invoke(cli, ["validate", "plover", str(path)])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


SUITE = Path(__file__).resolve().parents[3] / "shared" / "data" / "petrarch" / "validation" / "PETR.UnitTest.records.xml"
DICTIONARIES = SUITE.parents[1] / "dictionaries"


@pytest.mark.skipif(not SUITE.exists(), reason="../shared/data/petrarch/validation is not beside the repository")
def test_petrarch_suite(tmp_path):
    out = tmp_path / "suite.json"
    result = CliRunner().invoke(cli, ["validate", "petrarch", str(SUITE), "--json", str(out)])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("petrarch-suite: ") and last.endswith(" records correct")
    passed, total = map(int, last.split()[1].split("/"))
    records = json.loads(out.read_text())
    assert len(records) == total and sum(r["passed"] for r in records) == passed
    assert {"id", "category", "expected", "coded", "passed"} <= set(records[0])


def test_petrarch_suite_missing_file(tmp_path):
    result = CliRunner().invoke(cli, ["validate", "petrarch", str(tmp_path / "none.xml")])
    assert result.exit_code == 1 and "no such file" in result.output


@pytest.mark.skipif(not DICTIONARIES.exists(), reason="../shared/data/petrarch/dictionaries is not beside the repository")
def test_code_with_petrarch_dictionaries(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Russian police arrested students in Moscow.")
    result = CliRunner().invoke(cli, ["code", str(path), "--format", "jsonl", "--dictionaries", f"petrarch:{DICTIONARIES}"])
    assert result.exit_code == 0
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert events and events[0]["source"]["code"] == "RUSCOP"


def test_bad_dictionaries_option(tmp_path):
    result = CliRunner().invoke(cli, ["code", "-", "--dictionaries", "tabari"], input="x")
    assert result.exit_code != 0 and "petrarch:DIR" in result.output
