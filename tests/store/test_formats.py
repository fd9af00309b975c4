"""Every export format of `dyadwatch events`, read back the way its users read it."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dyadwatch.cli.main import cli
from dyadwatch.samples import sample_paths
from dyadwatch.store import Store
from dyadwatch.store.formats import gdelt_columns

CODE_SCHEMA = {
    "doc_id", "sentence_index", "sentence", "segment", "date", "date_source", "source", "target", "cameo",
    "cameo_root", "cameo_name", "quad_class", "goldstein", "plover", "negated", "modality", "reported_by", "evidence",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder) -> str:
    path = tmp_path_factory.mktemp("formats") / "events.duckdb"
    result = CliRunner().invoke(cli, ["ingest", *map(str, sample_paths()), "--db", str(path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return str(path)


def events(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["events", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def event_count(db: str, where: str = "TRUE") -> int:
    with Store.open(db, read_only=True) as store:
        return store.con.execute(f"SELECT count(*) FROM events WHERE {where}").fetchone()[0]


def test_table(db):
    lines = events(db).splitlines()
    assert lines[0].split()[:3] == ["date", "source", "target"]
    assert len(lines) == event_count(db) + 1


def test_csv(db):
    rows = list(csv.DictReader(io.StringIO(events(db, "--format", "csv"))))
    assert len(rows) == event_count(db)
    assert {"event_id", "mentions", "sources", "articles", "first_url", "sentence"} <= set(rows[0])


def test_jsonl_is_the_code_schema_with_counts(db):
    records = [json.loads(line) for line in events(db, "--format", "jsonl").splitlines()]
    assert len(records) == event_count(db)
    for record in records:
        assert CODE_SCHEMA | {"mentions", "sources", "articles", "event_id"} <= set(record)
        assert record["mentions"] >= record["articles"] >= 1


def test_filters(db):
    rus = [json.loads(line) for line in events(db, "--format", "jsonl", "--actor", "RUS").splitlines()]
    assert rus and all("RUS" in (r["source"]["code"][:3], (r["target"] or {}).get("code", "")[:3]) for r in rus)
    dyad = [json.loads(line) for line in events(db, "--format", "jsonl", "--dyad", "PRK", "RUS").splitlines()]
    assert dyad and all(r["source"]["code"].startswith("PRK") and r["target"]["code"].startswith("RUS") for r in dyad)
    window = [json.loads(line) for line in
              events(db, "--format", "jsonl", "--since", "2023-09-01", "--until", "2023-09-30", "--root", "4").splitlines()]
    assert window and all("2023-09-01" <= r["date"] <= "2023-09-30" and r["cameo_root"] == "04" for r in window)


def test_parquet(db, tmp_path):
    out = tmp_path / "events.parquet"
    events(db, "--format", "parquet", "-o", str(out))
    table = duckdb.sql(f"SELECT * FROM read_parquet('{out}')")
    assert len(table.fetchall()) == event_count(db)
    assert {"event_id", "source_code", "mentions", "first_url"} <= set(table.columns)


def test_parquet_needs_a_file(db):
    result = CliRunner().invoke(cli, ["events", "--db", db, "--format", "parquet"])
    assert result.exit_code == 1 and "-o" in result.stderr


def test_gdelt_reads_back_with_the_official_header(db, tmp_path):
    names = gdelt_columns()
    assert len(names) == 61 and names[0] == "GLOBALEVENTID" and names[-1] == "SOURCEURL"
    assert names[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    out = tmp_path / "events.export.CSV"
    events(db, "--format", "gdelt", "-o", str(out))
    columns = "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in names) + "}"
    rows = duckdb.sql(
        f"SELECT * FROM read_csv('{out}', delim='\t', header=false, columns={columns}, quote='', escape='')"
    ).fetchall()
    assert len(rows) == event_count(db, "NOT negated AND modality = 'asserted'")
    for row in rows:
        record = dict(zip(names, row))
        assert int(record["GLOBALEVENTID"]) > 0
        assert record["EventCode"].startswith(record["EventRootCode"]) and record["QuadClass"] in "1234"
        assert record["Actor1Code"] and int(record["NumMentions"]) >= int(record["NumArticles"]) >= 1
        if record["SQLDATE"]:
            assert record["MonthYear"] == record["SQLDATE"][:6] and record["Year"] == record["SQLDATE"][:4]
    shoigu = [dict(zip(names, r)) for r in rows if dict(zip(names, r))["Actor1Code"] == "RUSMIL"]
    assert shoigu and shoigu[0]["Actor1CountryCode"] == "RUS" and shoigu[0]["Actor1Type1Code"] == "MIL"


def test_plover(db):
    records = [json.loads(line) for line in events(db, "--format", "plover").splitlines()]
    assert records and len(records) == event_count(db, "NOT negated AND modality = 'asserted' AND plover_type IS NOT NULL")
    for record in records:
        assert {"event_id", "event_date", "event_type", "event_mode", "contexts", "actor_country",
                "recipient_country", "event_text", "num_mentions"} <= set(record)
        assert record["event_type"]


def test_missing_database_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "dyadwatch ingest" in result.stderr and "Traceback" not in result.output


def test_output_file(db, tmp_path: Path):
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0 and len(out.read_text().splitlines()) == event_count(db)


def test_a_file_that_is_not_a_database_is_one_line(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are my notes\n" * 100)
    for args in (["events"], ["ingest", str(sample_paths()[0])]):
        result = CliRunner().invoke(cli, [*args, "--db", str(bogus)])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert str(bogus) in result.stderr and len(result.stderr.strip().splitlines()) == 1
