"""Pages, security and reliability of the dashboard: escaping, headers, limits, locations, the CLI."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import duckdb
import pytest
from click.testing import CliRunner
from serve_client import Client

from dyadwatch.cli.main import cli
from dyadwatch.errors import QueryTimeout
from dyadwatch.server.app import Dashboard
from dyadwatch.server.run import build_server, is_loopback
from dyadwatch.store import Store


@pytest.mark.parametrize("url, shows", [
    ("/", "Store coverage"),
    ("/dyad/RUS/PRK", "RUS → PRK"),
    ("/events?actor=PRK", "Export the"),
    ("/actors", "Actors by events"),
    ("/map", "data-chart=\"map\""),
])
def test_every_page_renders_with_its_data(client, url, shows):
    reply = client.get(url)
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "text/html; charset=utf-8"
    assert shows in reply.text
    assert "script-src 'self'" in reply.headers["Content-Security-Policy"]
    assert reply.headers["X-Content-Type-Options"] == "nosniff"


def test_pages_ask_for_nothing_outside_this_server(client):
    for url in ("/", "/dyad/RUS/PRK", "/events", "/actors", "/map", "/static/dashboard.js", "/static/dashboard.css"):
        text = client.get(url).text
        for external in ("http://", "https://", "//cdn", "@import"):
            # Links to documents' own URLs are the only absolute URLs, and only on event rows.
            assert external not in text.replace('class="doclink" href="https://', "").replace("http://www.w3.org/2000/svg", "")


@pytest.mark.parametrize("url", ["/events?actor=RUSMIL", "/events?text=condemned", "/dyad/PRK/JPN"])
def test_document_text_is_escaped(client, url):
    text = client.get(url).text
    assert "&lt;script&gt;window.__dyadwatch_pwned = 3&lt;/script&gt;" in text or "&lt;img src=x" in text
    assert "<script>window.__dyadwatch_pwned" not in text
    assert "<img src=x" not in text
    assert 'href="javascript:' not in text


def test_stored_document_page_escapes_title_and_refuses_script_urls(client, con):
    key = con.execute("SELECT doc_key FROM documents WHERE doc_id = 'hostile-1'").fetchone()[0]
    text = client.get(f"/doc/{key}").text
    assert "&lt;script&gt;window.__dyadwatch_pwned = 1&lt;/script&gt;Hostile title" in text
    assert "&lt;b&gt;Hostile Outlet&lt;/b&gt;" in text
    assert 'href="javascript:' not in text and "<script>window" not in text
    # Its events link to the stored text, not to the javascript: URL.
    rows = client.get("/api/events?actor=RUSMIL&text=border").json()["events"]
    assert rows[0]["link"] == f"/doc/{key}"


def test_page_data_cannot_close_its_script_element(client):
    text = client.get("/").text
    data = text.split('<script type="application/json" id="page-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data


def test_unknown_paths_and_static_files(client):
    assert client.get("/nope").status == 404
    assert client.get("/static/../app.py").status == 404
    assert client.get("/static/world.json").status == 200
    assert client.get("/api/nope").json() == {"error": "/api/nope: no such page"}


def test_only_this_machine_names_are_accepted_as_host(sample_db):
    server = build_server(str(sample_db), "127.0.0.1", 0, quiet=True)
    try:
        port = server.server_address[1]
        app = Client(server.get_app())
        assert app.get("/api", host=f"127.0.0.1:{port}").status == 200
        assert app.get("/api", host=f"localhost:{port}").status == 200
        assert app.get("/api", host=f"attacker.example:{port}").status == 400
    finally:
        server.server_close()


def test_concurrent_requests_each_get_their_own_connection(sample_db):
    server = build_server(str(sample_db), "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = ["/api/overview", "/api/events?actor=RUS", "/api/actors", "/dyad/RUS/PRK"] * 4
    try:
        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(lambda url: urllib.request.urlopen(base + url, timeout=30).status, urls))
    finally:
        server.shutdown()
        server.server_close()
    assert statuses == [200] * len(urls)


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                            ("0.0.0.0", False), ("192.168.1.5", False)])
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


def test_a_long_query_is_stopped(sample_db):
    app = Dashboard(str(sample_db), query_seconds=0.2)
    with pytest.raises(QueryTimeout, match="longer than 0.2 s"):
        with app.database() as con:
            con.execute("SELECT sum(i * i) FROM range(100000000000) t(i)").fetchone()


def test_the_database_is_closed_between_requests_and_new_events_show(tmp_path, sample_db, run_ingest):
    path = tmp_path / "live.duckdb"
    shutil.copy(sample_db, path)
    client = Client(Dashboard(str(path)))
    before = client.get("/api/overview").json()["coverage"]["events"]
    # Another process can take the write lock right after a request: the dashboard holds nothing open.
    writer = subprocess.run([sys.executable, "-c", f"import duckdb; duckdb.connect({str(path)!r}).close()"],
                            capture_output=True, text=True)
    assert writer.returncode == 0, writer.stderr
    news = tmp_path / "news.txt"
    news.write_text("Iran fired missiles at Israel on Tuesday.\n", encoding="utf-8")
    with Store.open(path) as store:
        run_ingest(store, news)
    after = client.get("/api/overview").json()["coverage"]["events"]
    assert after > before


def test_map_shows_located_events(located_db):
    path, (vladivostok, kyiv) = located_db
    client = Client(Dashboard(str(path)))
    data = client.get("/api/map").json()
    assert data["available"] is True
    places = {p["name"]: p for p in data["points"]}
    assert places["Vladivostok"]["events"] == vladivostok > 0
    assert places["Kyiv"]["events"] == kyiv > 0
    assert (places["Kyiv"]["lat"], places["Kyiv"]["lon"]) == (50.45, 30.52)
    assert sum(places["Vladivostok"]["quads"]) == vladivostok
    narrowed = client.get("/api/map?actor=PRK").json()
    assert [p["name"] for p in narrowed["points"]] == ["Vladivostok"]
    page = client.get("/map").text
    assert 'data-chart="map"' in page and "No locations yet" not in page


def test_map_of_a_store_without_places(tmp_path, sample_db):
    path = tmp_path / "unplaced.duckdb"
    shutil.copy(sample_db, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE events SET place_lat = NULL, place_lon = NULL")
    con.close()
    data = Client(Dashboard(str(path))).get("/api/map").json()
    assert data["available"] is False and data["points"] == []
    assert data["note"].startswith("no locations yet")


def test_map_of_the_samples_shows_the_places_the_coder_found(client, con):
    data = client.get("/api/map").json()
    located = con.execute("SELECT count(*) FROM events WHERE place_lat IS NOT NULL").fetchone()[0]
    assert data["available"] is True and located > 0
    assert sum(p["events"] for p in data["points"]) == data["located"] == located


def test_serve_needs_a_database(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.output.strip() == (f"error: {tmp_path / 'none.duckdb'}: no such database; "
                                     f"create it with: dyadwatch ingest FILES --db {tmp_path / 'none.duckdb'}")


def test_serve_warns_off_loopback_and_reports_a_busy_port(sample_db):
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(sample_db), "--host", "0.0.0.0", "--port", str(port)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("warning: listening on 0.0.0.0: anyone who can reach this address can read the database")
    assert lines[1].startswith(f"error: cannot listen on 0.0.0.0:{port} (")


def test_the_dashboard_does_not_load_the_plotting_library():
    """The report's charts are drawn by matplotlib; the dashboard draws its own in the browser, so
    `dyadwatch serve` starts without importing it (a few seconds on a busy machine)."""
    loaded = subprocess.run([sys.executable, "-c", "import sys, dyadwatch.server.app, dyadwatch.server.run; "
                             "print(sorted(m for m in ('matplotlib', 'spacy') if m in sys.modules))"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"
