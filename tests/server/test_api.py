"""The JSON API on the ingested samples: every answer checked against the database itself."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from dyadwatch.analysis.alerts import scan_alerts
from dyadwatch.analysis.dyads import top_dyads
from dyadwatch.analysis.store import HAPPENED, connect
from dyadwatch.cli.main import cli
from dyadwatch.server.filters import MAX_PAGE_SIZE
from dyadwatch.store.export import EVENT_COLUMNS


def test_overview_counts_what_the_store_holds(client, con, sample_db):
    data = client.get("/api/overview").json()
    coverage = data["coverage"]
    assert coverage["documents"] == con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert coverage["outlets"] == con.execute("SELECT count(DISTINCT outlet) FROM documents").fetchone()[0]
    assert coverage["events"] == con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert coverage["errors"] == 0
    happened = con.execute(f"SELECT count(*) FROM events WHERE {HAPPENED} AND quad_class BETWEEN 1 AND 4").fetchone()[0]
    assert sum(sum(v) for v in data["activity"]["quads"].values()) == happened
    assert len(data["activity"]["periods"]) == len(data["activity"]["quads"]["material_conflict"])
    with connect(sample_db) as analysis:
        expected = top_dyads(analysis, 12)
        scan = scan_alerts(analysis)
    dyads = data["dyads"]["dyads"]
    assert [(d["a"], d["b"], d["events"]) for d in dyads] == [(d.a, d.b, d.events) for d in expected]
    assert all(sum(d["spark"]) == d["events"] for d in dyads)
    assert data["alerts"]["window_start"] == scan.window_start.isoformat()
    assert data["alerts"]["tested"] == scan.tested


def test_dyad_series_and_events_with_evidence(client, con):
    data = client.get("/api/dyad/RUS/PRK?freq=week").json()
    labels = [d["label"] for d in data["series"]["directions"]]
    assert labels == ["RUS->PRK", "PRK->RUS"]
    counted = sum(sum(d[q]) for d in data["series"]["directions"]
                  for q in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict"))
    assert counted == con.execute(f"""SELECT count(*) FROM events WHERE {HAPPENED} AND quad_class BETWEEN 1 AND 4 AND
        ((source_country = 'RUS' OR starts_with(source_code, 'RUS')) AND (target_country = 'PRK' OR starts_with(target_code, 'PRK'))
         OR (source_country = 'PRK' OR starts_with(source_code, 'PRK')) AND (target_country = 'RUS' OR starts_with(target_code, 'RUS')))""").fetchone()[0]
    assert data["window_start"] < data["window_end"] and data["baseline_start"] < data["window_start"]
    # The samples' Russia-North Korea events are from 2023, the latest window from 2025: the chart still
    # runs through the baseline and the window, so that both are marked on it.
    periods = data["series"]["directions"][0]["periods"]
    assert max(e["date"] for e in data["events"]) < data["baseline_start"]
    assert periods[0] <= min(e["date"] for e in data["events"])
    assert periods[-1] <= data["window_end"] < str(date.fromisoformat(periods[-1]) + timedelta(weeks=1))
    assert data["total"] == len(data["events"]) > 5
    for event in data["events"]:
        assert {event["source_code"][:3], event["target_code"][:3]} == {"RUS", "PRK"}
        start, end = event["spans"]["trigger"]
        assert event["sentence"][start:end] == event["trigger"]
        assert "source" in event["spans"]
    shoigu = [e for e in data["events"] if e["source_code"] == "RUSMIL" and e["cameo"] == "042"]
    assert shoigu and shoigu[0]["reported_by"] == "USAGOV"


def test_dyad_without_events_says_so(client):
    data = client.get("/api/dyad/FRA/BRA").json()
    assert data["series"] is None and data["note"] == "no events that happened between FRA and BRA"
    assert data["total"] == 0


def _rows(client, query: str) -> tuple[int, list[dict]]:
    data = client.get(f"/api/events?{query}&page_size={MAX_PAGE_SIZE}").json()
    return data["total"], data["events"]


@pytest.mark.parametrize("query, holds", [
    ("actor=RUS", lambda e: e["source_code"].startswith("RUS") or (e["target_code"] or "").startswith("RUS")),
    ("dyad=PRK-RUS", lambda e: {e["source_code"][:3], (e["target_code"] or "")[:3]} == {"PRK", "RUS"}),
    ("dyad=PRK>RUS", lambda e: e["source_code"].startswith("PRK") and e["target_code"].startswith("RUS")),
    ("since=2023-09-01&until=2023-09-05", lambda e: "2023-09-01" <= e["date"] <= "2023-09-05"),
    ("root=4", lambda e: e["cameo_root"] == "04"),
    ("quad=4", lambda e: e["quad_class"] == 4),
    ("plover=CONSULT", lambda e: e["plover_type"] == "CONSULT"),
    ("plover=consult", lambda e: e["plover_type"] == "CONSULT"),
    ("modality=future", lambda e: e["modality"] == "future"),
    ("modality=background", lambda e: e["modality"] == "background"),
    ("outlet=Ledger+Wire", lambda e: True),
    ("text=ceasefire", lambda e: "ceasefire" in e["sentence"].lower()),
])
def test_each_filter_narrows_to_matching_events(client, query, holds):
    everything, _ = _rows(client, "")
    total, rows = _rows(client, query)
    assert 0 < total < everything
    assert len(rows) == total
    assert all(holds(e) for e in rows)


def test_outlet_filter_finds_events_reported_by_that_outlet(client, con):
    total, rows = _rows(client, "outlet=Ledger+Wire")
    expected = con.execute("""SELECT count(DISTINCT event_id) FROM event_mentions WHERE outlet = 'Ledger Wire'""").fetchone()[0]
    assert total == expected


def test_pages_are_disjoint_and_cover_the_set(client):
    total, everything = _rows(client, "")
    seen = []
    page = 1
    while True:
        data = client.get(f"/api/events?page={page}&page_size=7").json()
        if not data["events"]:
            break
        assert len(data["events"]) <= 7
        seen += [e["event_id"] for e in data["events"]]
        page += 1
    assert len(seen) == len(set(seen)) == total == len(everything)


@pytest.mark.parametrize("url, message", [
    ("/api/events?since=2023-13-01", "since '2023-13-01' is not a date"),
    ("/api/events?since=2023-09-05&until=2023-09-01", "since 2023-09-05 is after until 2023-09-01"),
    ("/api/events?quad=7", "quad '7': give a quad class, 1 to 4"),
    ("/api/events?root=abc", "root 'abc'"),
    ("/api/events?root=21", "root '21': give a CAMEO root code, 01 to 20"),
    ("/api/events?plover=DROP", "plover 'DROP': give a PLOVER type, one of ACCUSE, AGREE,"),
    ("/api/export.csv?plover=attack", "plover 'attack'"),
    ("/api/events?modality=maybe", "modality 'maybe'"),
    ("/api/events?dyad=RUS", "dyad 'RUS'"),
    ("/api/events?actor=RUS%27%3B+DROP+TABLE+events", "is not an actor code"),
    (f"/api/events?page_size={MAX_PAGE_SIZE + 1}", f"page_size '{MAX_PAGE_SIZE + 1}'"),
    ("/api/events?page=0", "page '0'"),
    ("/api/dyad/RUS/RUS", "both actors are RUS"),
    ("/api/dyad/RUS/PRK?freq=year", "freq 'year'"),
])
def test_bad_parameters_get_400_and_a_message(client, url, message):
    reply = client.get(url)
    assert reply.status == 400
    assert message in reply.json()["error"]


def test_text_search_is_a_bound_parameter_not_sql(client, con):
    before = con.execute("SELECT count(*) FROM events").fetchone()[0]
    total, rows = _rows(client, "text=%27%29+OR+1%3D1+--")
    assert (total, rows) == (0, [])
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == before


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_nothing_but_reading(client, method):
    reply = client.get("/api/events", method=method)
    assert reply.status == 405


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_is_dyadwatch_events_on_the_same_filter(client, sample_db, fmt):
    reply = client.get(f"/api/export.{fmt}?actor=RUS&since=2023-01-01")
    assert reply.status == 200
    assert reply.headers["Content-Disposition"] == f'attachment; filename="dyadwatch-events.{fmt}"'
    cli_run = CliRunner().invoke(cli, ["events", "--db", str(sample_db), "--actor", "RUS", "--since", "2023-01-01",
                                       "--format", fmt])
    assert cli_run.exit_code == 0
    assert reply.text == cli_run.output
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(reply.text)))
        assert rows[0] == EVENT_COLUMNS
        assert len(rows) - 1 == client.get("/api/events?actor=RUS&since=2023-01-01").json()["total"]


def test_export_of_the_extra_filters(client):
    reply = client.get("/api/export.jsonl?quad=4&modality=asserted")
    records = [json.loads(line) for line in reply.text.splitlines()]
    assert records and all(r["quad_class"] == 4 and r["modality"] == "asserted" for r in records)
    assert len(records) == client.get("/api/events?quad=4&modality=asserted").json()["total"]


def test_actors_with_partners_and_network(client, con):
    data = client.get("/api/actors").json()
    actors = {a["actor"]: a for a in data["actors"]}
    rus = actors["RUS"]
    assert rus["events"] == rus["as_source"] + rus["as_target"]
    assert rus["as_source"] == con.execute("SELECT count(*) FROM events WHERE source_country = 'RUS'").fetchone()[0]
    assert "PRK" in [p["actor"] for p in rus["partners"]]
    edges = {(e["a"], e["b"]): e for e in data["network"]}
    assert edges[("PRK", "RUS")]["events"] == 7


def test_options_offer_what_is_stored(client, con):
    data = client.get("/api/options").json()
    assert [r["root"] for r in data["roots"]] == [r for (r,) in con.execute(
        "SELECT DISTINCT cameo_root FROM events ORDER BY 1").fetchall()]
    assert {"root": "18", "name": "Assault"} in data["roots"]
    assert "Ledger Wire" in data["outlets"]


def test_stored_document_with_its_events(client, con):
    key, title = con.execute("SELECT doc_key, title FROM documents WHERE doc_id = 'kim-train.html'").fetchone()
    data = client.get(f"/api/doc/{key}").json()
    assert data["title"] == title
    sentences = data["stored_sentences"]
    assert len(sentences) == con.execute("SELECT count(*) FROM sentences WHERE doc_key = ?", [key]).fetchone()[0]
    for s in sentences:
        for e in s["events"]:
            start, end = e["spans"]["trigger"]
            assert e["sentence"][start:end] == e["trigger"]
    assert client.get("/api/doc/0123abcd").status == 404


def test_api_index_lists_every_endpoint(client):
    endpoints = client.get("/api").json()["endpoints"]
    for path in ("/api/overview", "/api/events", "/api/actors", "/api/map", "/api/options", "/api/export.csv"):
        assert any(e.startswith(path) for e in endpoints)
