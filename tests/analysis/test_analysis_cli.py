"""`dyadwatch dyad`, `alerts` and `report` on a DuckDB file, and their one-line errors."""
from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from dyadwatch.cli.main import cli


@pytest.fixture
def run(db_file, monkeypatch):
    monkeypatch.setenv("DYADWATCH_DB", str(db_file))

    def invoke(*args: str):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return invoke


def one_line_error(result) -> str:
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_dyad_table(run):
    result = run("dyad", "PRK", "KOR", "--freq", "month", "--since", "2024-12-01")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["period", "direction", "v.coop"]
    assert lines[1].startswith("2024-12  PRK -> KOR") and lines[2].startswith("2024-12  KOR -> PRK")


def test_dyad_csv_and_json(run, db_file):
    rows = list(csv.DictReader(io.StringIO(run("dyad", "prk", "kor", "--format", "csv").stdout)))
    assert {r["direction"] for r in rows} == {"PRK->KOR", "KOR->PRK"}
    data = json.loads(run("dyad", "PRKMIL", "KOR", "--format", "json", "--db", str(db_file)).stdout)
    assert data["a"] == "PRKMIL" and data["freq"] == "week"
    assert sum(p["material_conflict"] for p in data["periods"] if p["direction"] == "PRKMIL->KOR") == 11
    assert any(p["goldstein_mean"] is None for p in data["periods"])


def test_dyad_plot(run, tmp_path):
    result = run("dyad", "RUS", "UKR", "--plot", str(tmp_path / "rus-ukr.svg"))
    assert result.exit_code == 0 and (tmp_path / "rus-ukr.svg").stat().st_size > 10_000


def test_alerts_table_and_json(run):
    result = run("alerts")
    assert result.exit_code == 0, result.output
    assert "1 alert" in result.stdout and "1. KOR - PRK:" in result.stdout and "PRKMIL -> KORMIL" in result.stdout
    data = json.loads(run("alerts", "--format", "json", "--min-events", "5").stdout)
    assert [(a["a"], a["b"]) for a in data["alerts"]] == [("KOR", "PRK")] and data["alerts"][0]["events"]


def test_report(run, tmp_path):
    out = tmp_path / "report.html"
    result = run("report", "-o", str(out))
    assert result.exit_code == 0 and "KOR \u2013 PRK" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["dyad", "RUS", "UKR", "--freq", "year"], "unknown --freq 'year'"),
    (["dyad", "RUS", "UKR", "--since", "2024-13-01"], "--since '2024-13-01' is not a date"),
    (["dyad", "RUS", "UKR", "--since", "2024-05-01", "--until", "2024-04-01"], "is after --until"),
    (["dyad", "RUS", "UKR", "--plot", "plot.pdf"], "give a .png or .svg"),
    (["dyad", "RUS", "UKR", "--format", "xml"], "unknown --format 'xml'"),
    (["dyad", "RUS", "rus"], "two different actors"),
    (["dyad", "RUS", "CHN"], "no events between RUS and CHN"),
    (["alerts", "--since", "yesterday"], "is not a date"),
    (["alerts", "--since", "2031-01-01"], "after the latest event"),
])
def test_bad_arguments(run, args, message):
    assert message in one_line_error(run(*args))


def test_unwritable_outputs(run, tmp_path):
    missing = tmp_path / "no" / "such" / "dir"
    assert "cannot write" in one_line_error(run("dyad", "RUS", "UKR", "--plot", str(missing / "p.png")))
    assert "cannot write" in one_line_error(run("report", "-o", str(missing / "r.html")))


@pytest.mark.parametrize("command", [["dyad", "RUS", "UKR"], ["alerts"], ["report", "-o", "r.html"]])
def test_missing_database_or_events_table(tmp_path, command):
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).execute("CREATE TABLE documents (id VARCHAR)").close()
    for db, message in [(tmp_path / "none.duckdb", "no event database"), (empty, "has no `events` table")]:
        result = CliRunner().invoke(cli, [*command, "--db", str(db)], catch_exceptions=False)
        error = one_line_error(result)
        assert message in error and "dyadwatch ingest" in error


def test_a_timestamp_date_column_is_read_as_days(db_file, tmp_path):
    stamped = tmp_path / "stamped.duckdb"
    with duckdb.connect(str(stamped)) as con:
        con.execute(f"ATTACH '{db_file}' AS src (READ_ONLY)")
        con.execute("CREATE TABLE events AS SELECT * REPLACE (CAST(date AS TIMESTAMP) AS date) FROM src.events")
    result = CliRunner().invoke(cli, ["alerts", "--db", str(stamped)], catch_exceptions=False)
    assert result.exit_code == 0 and "1. KOR - PRK:" in result.stdout and "00:00:00" not in result.stdout


def test_impossible_dates_of_an_old_database_are_left_out_and_said(db_file, tmp_path):
    """A database written before publication dates were range-checked: events dated year 1, 2205 and 9999."""
    from datetime import date

    from synthetic import event

    clean = CliRunner().invoke(cli, ["alerts", "--db", str(db_file), "--format", "json"], catch_exceptions=False)
    old = tmp_path / "old.duckdb"
    old.write_bytes(db_file.read_bytes())
    impossible = [event(day, "PRKMIL", "KOR", 4) for day in (date(1, 1, 1), date(2205, 3, 1), date(9999, 12, 31))]
    with duckdb.connect(str(old)) as con:
        con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(impossible[0]))})", impossible)
    warning = "warning: 3 events with an impossible date (before 1900 or after tomorrow, stored by an older dyadwatch) left out"
    for command in (["alerts", "--format", "json"], ["dyad", "PRK", "KOR"], ["report", "-o", str(tmp_path / "r.html")]):
        result = CliRunner().invoke(cli, [*command, "--db", str(old)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines()[0] == warning
        if command[0] == "alerts":
            assert json.loads(result.stdout) == json.loads(clean.stdout)  # the window has not moved
