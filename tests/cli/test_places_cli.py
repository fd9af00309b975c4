"""`dyadwatch code` shows where each event happened, in its table and its JSONL."""
from __future__ import annotations

import json

from click.testing import CliRunner

from dyadwatch.cli.main import cli

TEXT = "Georgian police detained 30 protesters in Tbilisi.\n\nRussia's Foreign Ministry condemned the sanctions.\n"


def run(tmp_path, *args: str) -> str:
    path = tmp_path / "georgia.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(path), "--published", "2024-05-01", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_table_has_a_place_column(tmp_path):
    lines = run(tmp_path).splitlines()
    header = next(line for line in lines if line.startswith("date"))
    assert header.split()[-2:] == ["place", "modality"]
    detained = next(line for line in lines if " detained " in line)
    condemned = next(line for line in lines if " condemned " in line)
    assert "Tbilisi GEO" in detained and " - " in condemned.split("-2.0")[1]


def test_jsonl_has_the_location(tmp_path):
    records = [json.loads(line) for line in run(tmp_path, "--format", "jsonl").splitlines()]
    by_trigger = {r["evidence"]["trigger"]: r["location"] for r in records}
    assert by_trigger["condemned"] is None
    tbilisi = by_trigger["detained"]
    assert (tbilisi["name"], tbilisi["country"], tbilisi["precision"], tbilisi["resolved_by"]) == \
        ("Tbilisi", "GEO", "city", "locative")
    assert TEXT[tbilisi["span"][0]:tbilisi["span"][1]] == "Tbilisi"


SEA = ("Houthi rebels attacked a cargo ship in the Red Sea on Monday, the U.S. military said.\n\n"
       "Ukrainian drones attacked an air base in Crimea on Sunday.\n")


def test_an_event_at_sea_has_no_country(tmp_path):
    path = tmp_path / "sea.txt"
    path.write_text(SEA, encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(cli, ["code", str(path), "--published", "2024-05-01"])
    assert table.exit_code == 0, table.output
    rows = [line for line in table.stdout.splitlines() if " attacked " in line]
    assert "Red Sea" in rows[0] and "Red Sea None" not in rows[0] and "Crimea UKR" in rows[1]
    jsonl = runner.invoke(cli, ["code", str(path), "--published", "2024-05-01", "--format", "jsonl"])
    places = [json.loads(line)["location"] for line in jsonl.stdout.splitlines()]
    sea = next(p for p in places if p and p["name"] == "Red Sea")
    assert (sea["country"], sea["feature"], sea["precision"]) == (None, "SEA", "adm1")
