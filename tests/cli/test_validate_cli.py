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
