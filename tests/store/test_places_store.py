"""Event places in the store and in every export: DuckDB columns, filters, GDELT ActionGeo, PLOVER."""
from __future__ import annotations

import json

import duckdb
import pytest
from click.testing import CliRunner

from dyadwatch.cli.main import cli
from dyadwatch.errors import StoreError
from dyadwatch.store import Store
from dyadwatch.store.formats import gdelt_columns
from dyadwatch.store.schema import SCHEMA_VERSION, UPGRADES

TEXT = """Georgian police detained 30 protesters in Tbilisi on Monday.

Gunmen attacked a police station in Kalat, Pakistan, on Monday.

Russia's Foreign Ministry condemned the sanctions.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory, coder) -> str:
    folder = tmp_path_factory.mktemp("places")
    source = folder / "places.jsonl"
    source.write_text(json.dumps({"id": "places", "text": TEXT, "published": "2024-05-01"}) + "\n", encoding="utf-8")
    path = folder / "events.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", str(path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return str(path)


def events(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["events", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_mentions_and_events_have_place_columns(db):
    with Store.open(db, read_only=True) as store:
        mention = store.con.execute(
            "SELECT place_name, place_country, place_adm1, place_feature, place_precision, place_text, place_resolved_by "
            "FROM mentions WHERE trigger = 'detained'").fetchone()
        assert mention == ("Tbilisi", "GEO", "Tbilisi", "PPLC", "city", "Tbilisi", "locative")
        counts = dict(store.con.execute(
            "SELECT place_country, count(*) FROM events WHERE place_country IS NOT NULL GROUP BY ALL").fetchall())
        assert counts == {"GEO": 1, "PAK": 1}
        assert store.con.execute("SELECT place_name FROM events WHERE cameo = '111'").fetchone() == (None,)


def test_place_filters(db):
    tbilisi = [json.loads(line) for line in events(db, "--format", "jsonl", "--place", "tbilisi").splitlines()]
    assert [r["location"]["name"] for r in tbilisi] == ["Tbilisi"]
    pakistan = [json.loads(line) for line in events(db, "--format", "jsonl", "--country-of-event", "pak").splitlines()]
    assert [r["location"]["country"] for r in pakistan] == ["PAK"]
    by_province = events(db, "--format", "jsonl", "--place", "Balochistan").splitlines()
    assert len(by_province) == 1


def test_a_bad_country_of_event_is_one_line(db):
    result = CliRunner().invoke(cli, ["events", "--db", db, "--country-of-event", "Georgia"])
    assert result.exit_code == 1 and "three letters" in result.stderr and "Traceback" not in result.output


def test_table_has_a_place_column(db):
    lines = events(db).splitlines()
    assert "place" in lines[0].split()
    assert any("Tbilisi GEO" in line for line in lines) and any("Kalat PAK" in line for line in lines)


def test_gdelt_action_geo(db, tmp_path):
    out = tmp_path / "events.CSV"
    events(db, "--format", "gdelt", "-o", str(out))
    names = gdelt_columns()
    rows = [dict(zip(names, line.split("\t"))) for line in out.read_text().splitlines()]
    tbilisi = next(r for r in rows if r["EventRootCode"] == "17")
    assert tbilisi["ActionGeo_Type"] == "4" and tbilisi["ActionGeo_FullName"] == "Tbilisi, Tbilisi, Georgia"
    assert tbilisi["ActionGeo_CountryCode"] == "GG" and tbilisi["ActionGeo_ADM1Code"].startswith("GG")
    assert abs(float(tbilisi["ActionGeo_Lat"]) - 41.69) < 0.05 and tbilisi["ActionGeo_FeatureID"] == "611717"
    unplaced = [r for r in rows if r["EventRootCode"] == "11"]
    assert unplaced and all(r["ActionGeo_Type"] == "" for r in unplaced)


def test_plover_location(db):
    records = [json.loads(line) for line in events(db, "--format", "plover").splitlines()]
    kalat = next(r for r in records if r["location"] == "Kalat")
    assert (kalat["country"], kalat["admin1"], kalat["location_precision"]) == ("PAK", "Balochistan", "city")


def test_parquet_has_place_columns(db, tmp_path):
    out = tmp_path / "events.parquet"
    events(db, "--format", "parquet", "-o", str(out))
    rows = duckdb.sql(f"SELECT place_name, place_country FROM read_parquet('{out}') WHERE place_name IS NOT NULL")
    assert sorted(rows.fetchall()) == [("Kalat", "PAK"), ("Tbilisi", "GEO")]


def _schema_one(path) -> None:
    """A database as the first schema wrote it: no place columns."""
    with Store.open(path) as store:
        for table, names in UPGRADES["1"].items():
            for name in names:
                store.con.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
        store.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")


def test_an_older_database_is_upgraded_by_the_next_writer(tmp_path):
    path = tmp_path / "old.duckdb"
    _schema_one(path)
    with pytest.raises(StoreError, match="dyadwatch ingest"):
        Store.open(path, read_only=True)
    with Store.open(path) as store:
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
        columns = {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
        assert {"place_name", "place_country", "place_lat", "place_precision"} <= columns
    with Store.open(path, read_only=True) as store:
        assert store.count("events") == 0


def test_an_event_at_sea_is_stored_and_exported_without_a_country(tmp_path):
    source = tmp_path / "sea.jsonl"
    text = "Houthi rebels attacked a cargo ship in the Red Sea on Monday, the U.S. military said.\n"
    source.write_text(json.dumps({"id": "sea", "text": text, "published": "2024-05-01"}) + "\n", encoding="utf-8")
    path = str(tmp_path / "sea.duckdb")
    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", path, "--workers", "1"])
    assert result.exit_code == 0, result.output
    row = next(line for line in events(path).splitlines() if "Red Sea" in line)
    assert "Red Sea None" not in row
    out = tmp_path / "events.CSV"
    events(path, "--format", "gdelt", "-o", str(out))
    rows = [dict(zip(gdelt_columns(), line.split("\t"))) for line in out.read_text().splitlines()]
    sea = next(r for r in rows if r["ActionGeo_FullName"] == "Red Sea")
    assert (sea["ActionGeo_Type"], sea["ActionGeo_CountryCode"], sea["ActionGeo_Lat"]) == ("5", "", "20.0")
    plover = [json.loads(line) for line in events(path, "--format", "plover").splitlines()]
    assert next(r for r in plover if r["location"] == "Red Sea")["country"] is None
