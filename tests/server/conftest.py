"""Fixtures: one small real database (the bundled samples plus a hostile document), and a WSGI test client."""
from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import duckdb
import pytest
from corpus_helpers import ONE_WORKER, write_jsonl
from serve_client import Client

from dyadwatch.pipeline import ingest
from dyadwatch.server.app import Dashboard
from dyadwatch.store import Store

SAMPLES = Path(str(resources.files("dyadwatch") / "samples"))

# A document written to attack the dashboard: markup in its title, outlet, sentences and a javascript: URL.
HOSTILE = {
    "id": "hostile-1", "published": "2023-09-06", "url": "javascript:window.__dyadwatch_pwned=2",
    "title": "<script>window.__dyadwatch_pwned = 1</script>Hostile title", "source": "<b>Hostile Outlet</b>",
    "text": "Russian forces attacked Ukraine on Monday <script>window.__dyadwatch_pwned = 3</script> near the border. "
            "North Korea condemned Japan <img src=x onerror=\"window.__dyadwatch_pwned=4\"> on Tuesday.",
}


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, coder) -> Path:
    """The bundled samples and the hostile document, ingested as `run_ingest` does (once per session)."""
    folder = tmp_path_factory.mktemp("serve")
    hostile = write_jsonl(folder / "hostile.jsonl", [HOSTILE])
    path = folder / "samples.duckdb"
    with Store.open(path) as store:
        ingest(store, [str(SAMPLES), str(hostile)], ONE_WORKER)
    return path


@pytest.fixture(scope="session")
def client(sample_db) -> Client:
    return Client(Dashboard(str(sample_db)))


@pytest.fixture
def con(sample_db):
    """A read-only connection to the sample database, to check the API's answers against."""
    with Store.open(sample_db, read_only=True) as store:
        yield store.con


@pytest.fixture
def located_db(tmp_path, sample_db):
    """The samples with only two places: every Russia-North Korea event in Vladivostok, every event on Ukraine in Kyiv."""
    path = tmp_path / "located.duckdb"
    shutil.copy(sample_db, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE events SET place_name = NULL, place_country = NULL, place_adm1 = NULL, place_lat = NULL, "
                "place_lon = NULL, place_precision = NULL")
    con.execute("""UPDATE events SET place_name = 'Vladivostok', place_country = 'RUS', place_lat = 43.1155,
                   place_lon = 131.8855, place_precision = 'city' WHERE source_country = 'PRK' AND target_country = 'RUS'""")
    con.execute("""UPDATE events SET place_name = 'Kyiv', place_country = 'UKR', place_lat = 50.45,
                   place_lon = 30.52, place_precision = 'city' WHERE target_country = 'UKR'""")
    counts = con.execute("""SELECT count(*) FILTER (place_name = 'Vladivostok'), count(*) FILTER (place_name = 'Kyiv')
                            FROM events""").fetchone()
    con.close()
    return path, counts
