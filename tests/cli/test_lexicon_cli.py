"""`dyadwatch lexicon stats` and `dyadwatch lexicon explain` run end to end."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyadwatch.cli.main import cli


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_stats_table_lists_roots_and_scarce_codes(runner):
    result = run(runner, "lexicon", "stats", "--few", "1")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["root", "verbs", "nouns", "total"]
    assert [line.split()[0] for line in lines[1:21]] == [f"{n:02d}" for n in range(1, 21)]
    assert "codes with at most 1 entries:" in result.output


def test_stats_json_agrees_with_its_totals(runner):
    result = run(runner, "lexicon", "stats", "--format", "json")
    assert result.exit_code == 0
    stats = json.loads(result.output)
    assert stats["entries"] == sum(c["verbs"] + c["nouns"] for c in stats["codes"].values())
    assert set(stats["few"]) <= set(stats["codes"])


def test_stats_of_a_lexicon_directory_with_a_bad_line(runner, tmp_path):
    (tmp_path / "17_coerce.txt").write_text("[verbs]\n173  arrest\n999  detain\n", encoding="utf-8")
    result = run(runner, "lexicon", "stats", "--lexicon", str(tmp_path))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {tmp_path / '17_coerce.txt'}:3: '999' is not a CAMEO code in cameo.tsv"]


def test_explain_table(runner):
    result = run(runner, "lexicon", "explain", "Protesters were detained in Belgrade on Sunday.", "--published", "2025-03-02")
    assert result.exit_code == 0, result.output
    assert "verb 'detained'" in result.output
    assert "event 173 SRBCOP -> SRBOPP [detained]" in result.output
    assert "source by agentless-passive" in result.output


def test_explain_json(runner):
    result = run(runner, "lexicon", "explain", "Strikes by Israeli jets hit Gaza.", "--format", "json")
    assert result.exit_code == 0
    (sentence,) = json.loads(result.output)
    strikes = next(c for c in sentence["candidates"] if c["word"] == "Strikes")
    assert any(d.startswith("sense senses.txt:") for d in strikes["decisions"])
    assert {e["cameo_root"] for e in sentence["events"]} == {"19"}


@pytest.mark.parametrize(
    "args, message",
    [
        (["explain", "   "], "error: the sentence is empty; give the text to explain in quotes"),
        (["explain", "Iran met Iraq.", "--published", "yesterday"], "error: --published:"),
        (["stats", "--format", "xml"], "error: unknown --format 'xml'; choose one of: table, json"),
    ],
)
def test_bad_input_is_one_line(runner, args, message):
    result = run(runner, "lexicon", *args)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message)
