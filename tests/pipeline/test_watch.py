"""Watch rounds against a real HTTP server on 127.0.0.1 serving feeds and article pages written here."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_helpers import ONE_WORKER, table_rows
from feed_server import FeedServer, Route, article, posted_json, rss

import dyadwatch
from dyadwatch.cli.main import cli
from dyadwatch.documents.feeds import FeedSource
from dyadwatch.documents.fetch import FetchPolicy
from dyadwatch.errors import StoreError
from dyadwatch.pipeline import ingest
from dyadwatch.pipeline.notify import Notifier
from dyadwatch.pipeline.watch import WatchOptions, Watcher
from dyadwatch.store import Store

FAST = WatchOptions(every=1.0, fetch=FetchPolicy(timeout=1.0, total_seconds=5.0, delay=0.0), coding=ONE_WORKER)

STORIES = {
    "/news/shelling": ("Shelling near Kharkiv", "Russian forces shelled Ukrainian positions near Kharkiv.", date(2025, 3, 3)),
    "/news/trade": ("Trade deal in Berlin", "France and Germany signed a trade agreement in Berlin.", date(2025, 3, 4)),
    "/news/quake": ("Help after the earthquake", "Japan praised India for its help after the earthquake.", None),
}


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


def publish(server: FeedServer, stories: dict[str, tuple[str, str, date | None]], feed: str = "/feed.xml",
            version: str = "v1") -> None:
    """Serve each story as a page and a feed listing them all; only the shelling page carries its own date."""
    for path, (title, text, day) in stories.items():
        own_date = date(2025, 3, 2) if path.endswith("shelling") else None
        server.routes[path] = article(title, [text], own_date, server.url(path))
    server.routes[feed] = rss("World desk", [(t, server.url(p), d or date(2025, 3, 5)) for p, (t, _, d) in stories.items()],
                              etag=f'"{version}"')


def watcher(store: Store, server: FeedServer, coder, *feeds: str, notifiers: list[Notifier] | None = None) -> Watcher:
    sources = [FeedSource(server.url(path), "World Desk", n) for n, path in enumerate(feeds or ["/feed.xml"], 1)]
    return Watcher(store, sources, FAST, notifiers, coder=coder)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "watch.duckdb"


def read(db: Path, sql: str) -> list[tuple]:
    with Store.open(db, read_only=True) as store:
        return store.con.execute(sql).fetchall()


def test_rounds_store_new_items_once_with_conditional_get(server, db, coder):
    publish(server, STORIES)
    watch = watcher(Store.open(db, hold=False), server, coder)
    first = watch.round()
    assert (first.feeds, first.articles, first.errors) == (1, 3, [])
    assert first.mentions == read(db, "SELECT count(*) FROM mentions")[0][0] > 0
    published = dict(read(db, "SELECT title, published FROM documents"))
    assert published == {"Shelling near Kharkiv": date(2025, 3, 2), "Trade deal in Berlin": date(2025, 3, 4),
                         "Help after the earthquake": date(2025, 3, 5)}  # the page's date, else the feed's

    second = watch.round()
    assert (second.feeds, second.unchanged, second.articles, second.mentions) == (1, 1, 0, 0)
    feed_requests = server.hits("/feed.xml")
    assert feed_requests[-1].headers.get("If-None-Match") == '"v1"'  # and the server answered 304
    assert [len(server.hits(p)) for p in STORIES] == [1, 1, 1]

    publish(server, {**STORIES, "/news/talks": ("Talks on the border", "Kenya hosted talks with Ethiopia on the border dispute.",
                                                date(2025, 3, 6))}, version="v2")
    third = watch.round()
    assert (third.unchanged, third.articles) == (0, 1)
    assert [len(server.hits(p)) for p in STORIES] == [1, 1, 1]
    assert read(db, "SELECT count(*), count(DISTINCT url) FROM documents") == [(4, 4)]


def test_watch_stores_the_same_rows_as_ingest(server, db, coder, tmp_path):
    """The same pages (dated, with canonical URLs) watched or ingested as files: the same rows, but for where
    they were read from (origin, doc_id in the event record)."""
    stories = {p: (t, text, date(2025, 3, 1) + timedelta(days=n)) for n, (p, (t, text, _)) in enumerate(STORIES.items())}
    dated(stories, server, "v1", canonical=True)
    watcher(Store.open(db, hold=False), server, coder).round()
    pages = tmp_path / "pages"
    pages.mkdir()
    for path in stories:
        (pages / f"{path.rsplit('/', 1)[1]}.html").write_bytes(server.routes[path].body)
    with Store.open(tmp_path / "ingested.duckdb") as ingested, Store.open(db, read_only=True) as watched:
        ingest(ingested, [str(pages)], ONE_WORKER)
        skip = ("ingested_at", "first_seen", "origin", "doc_id", "outlet", "record")
        for table in ("documents", "sentences", "mentions", "event_dates", "events"):
            assert table_rows(watched, table, skip) == table_rows(ingested, table, skip), table
        assert watched.count("mentions") > 0


def test_faults_are_recorded_and_skipped_while_the_rest_is_stored(server, db, coder):
    publish(server, STORIES)
    server.routes["/news/broken"] = Route(b"oops", status=500)
    server.routes["/news/slow"] = Route(article("Late", ["Too late to matter."]).body, delay=2.5)
    server.routes["/news/report.pdf"] = Route(b"%PDF-1.7", "application/pdf")
    server.routes["/private/memo"] = article("Memo", ["Kenya hosted talks with Ethiopia."])
    server.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    faulty = {"/news/broken": "HTTP 500", "/news/slow": "timed out", "/news/report.pdf": "not an HTML page",
              "/private/memo": "robots.txt"}
    listed = [(t, server.url(p), d) for p, (t, _, d) in STORIES.items()] + [(p, server.url(p), None) for p in faulty]
    server.routes["/feed.xml"] = rss("World desk", listed)
    server.routes["/malformed.xml"] = Route(b"<rss version='2.0'><channel><item><title>cut", "application/rss+xml")
    watch = watcher(Store.open(db, hold=False), server, coder, "/feed.xml", "/malformed.xml")

    first = watch.round()
    assert (first.articles, first.feeds, first.failed) == (3, 2, 1)
    errors = dict(read(db, "SELECT origin, message FROM errors"))
    assert set(errors) == {server.url(p) for p in [*faulty, "/malformed.xml"]}
    for path, message in [*faulty.items(), ("/malformed.xml", "not an RSS, Atom or sitemap feed")]:
        assert message in errors[server.url(path)]
    assert server.hits("/private/memo") == []

    second = watch.round()  # failed once: tried again at once, still failing
    assert len(server.hits("/news/broken")) == 2 and len(second.errors) == 5
    third = watch.round()  # failed twice: sits out one round
    assert len(server.hits("/news/broken")) == 2 and third.waiting == 5 and third.errors == []
    server.routes["/news/broken"] = article("Repaired", ["Brazil and Argentina agreed to cooperate on energy."])
    fourth = watch.round()
    assert fourth.articles == 1 and len(server.hits("/news/broken")) == 3
    assert server.url("/news/broken") not in dict(read(db, "SELECT origin, message FROM errors"))


def escalation(server: FeedServer, days: list[date], start: int) -> dict[str, tuple[str, str, date]]:
    attacks = ["Russian troops attacked Ukrainian soldiers in Donetsk.", "Russia fired missiles at Ukrainian cities overnight.",
               "Russian warplanes bombed Ukrainian army depots near Zaporizhzhia.",
               "Russian forces shelled Ukrainian positions near Kharkiv."]
    return {f"/war/{start + n}": (f"Attack {start + n}", attacks[(start + n) % len(attacks)], day) for n, day in enumerate(days)}


def calm(days: list[date]) -> dict[str, tuple[str, str, date]]:
    texts = ["France and Germany signed a trade agreement in Berlin.", "Japan praised India for its help after the earthquake.",
             "Brazil and Argentina agreed to cooperate on energy.", "Kenya hosted talks with Ethiopia on the border dispute."]
    return {f"/calm/{n}": (f"Calm {n}", texts[n % len(texts)], day) for n, day in enumerate(days)}


def dated(stories: dict[str, tuple[str, str, date]], server: FeedServer, version: str, canonical: bool = False) -> None:
    """Serve pages that carry their own dates, and the feed listing them."""
    for path, (title, text, day) in stories.items():
        server.routes[path] = article(title, [text], day, server.url(path) if canonical else None)
    server.routes["/feed.xml"] = rss("World desk", [(t, server.url(p), d) for p, (t, _, d) in stories.items()], etag=f'"{version}"')


def test_a_planted_escalation_raises_one_new_alert_notified_once(server, db, coder, tmp_path):
    baseline = calm([date(2025, 1, 6) + timedelta(days=9 * n) for n in range(28)])
    dated(baseline, server, "v1")
    server.routes["/hook"] = Route(b"ok", "text/plain")
    alerts_file = tmp_path / "alerts.jsonl"
    watch = watcher(Store.open(db, hold=False), server, coder,
                    notifiers=[Notifier(str(alerts_file)), Notifier(server.url("/hook"))])
    assert watch.round().alerts == []

    war = escalation(server, [date(2025, 9, 20) + timedelta(days=2 * n) for n in range(4)], 0)
    dated({**baseline, **war}, server, "v2")
    second = watch.round()
    assert [(a["a"], a["b"]) for a in second.alerts] == [("RUS", "UKR")]
    assert second.alerts[0]["conflict"] >= 4

    dated({**baseline, **war, **escalation(server, [date(2025, 9, 29)], 4)}, server, "v3")
    third = watch.round()  # the same escalation goes on: stored, still an alert, but not new
    assert third.articles == 1 and third.alerts == []
    assert watch.round().alerts == []

    lines = alerts_file.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["a"] == "RUS"
    posted = posted_json(server, "/hook")
    assert len(posted) == 1 and posted[0] == json.loads(lines[0])
    assert posted[0]["events"][0]["url"].startswith(server.url("/war/"))


@pytest.mark.parametrize("down", ["webhook", "file"])
def test_a_target_that_fails_gets_the_alert_later_and_the_others_get_it_once(server, db, coder, tmp_path, down):
    """One target down in the round of the escalation: the other has it at once and never again; the one
    that was down has it once it works, in the next run (a new watch on the same database)."""
    baseline = calm([date(2025, 1, 6) + timedelta(days=9 * n) for n in range(28)])
    dated(baseline, server, "v1")
    server.routes["/hook"] = Route(b"down", "text/plain", status=503 if down == "webhook" else 200)
    alerts_file = tmp_path / "alerts.jsonl"
    if down == "file":
        alerts_file.mkdir()  # a directory where the file should be: appending fails
    notifiers = [Notifier(str(alerts_file)), Notifier(server.url("/hook"))]
    watcher(Store.open(db, hold=False), server, coder, notifiers=notifiers).round()
    dated({**baseline, **escalation(server, [date(2025, 9, 20) + timedelta(days=2 * n) for n in range(4)], 0)}, server, "v2")

    escalated = watcher(Store.open(db, hold=False), server, coder, notifiers=notifiers).round()
    assert [(a["a"], a["b"]) for a in escalated.alerts] == [("RUS", "UKR")]
    failed = server.url("/hook") if down == "webhook" else str(alerts_file)
    assert [e.origin for e in escalated.errors] == [failed]
    assert len(server.hits("/hook", "POST")) == 1  # tried (and, when up, delivered) once

    server.routes["/hook"] = Route(b"ok", "text/plain")
    if down == "file":
        alerts_file.rmdir()
    for _ in range(2):
        later = watcher(Store.open(db, hold=False), server, coder, notifiers=notifiers).round()
        assert later.alerts == [] and later.errors == []  # reported once; delivered now to the target that was down
    lines = alerts_file.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["b"] == "UKR"
    delivered = [json.loads(r.body) for r in server.hits("/hook", "POST")][1 if down == "webhook" else 0:]
    assert delivered == [json.loads(lines[0])]


def test_cli_watch_once_prints_the_round_and_a_bad_feed_list_names_its_line(server, tmp_path, coder):
    publish(server, STORIES)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test desk\n{server.url('/feed.xml')} World Desk\n")
    db = tmp_path / "cli.duckdb"
    args = ["watch", str(feeds), "--once", "--db", str(db), "--delay", "0", "--timeout", "2"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "round 1 at " in result.stdout and "1 feed checked, 3 new articles" in result.stdout
    assert result.stdout.rstrip().endswith("done")
    again = CliRunner().invoke(cli, args)
    assert "1 feed checked (1 unchanged), 0 new articles" in again.stdout
    feeds.write_text(f"{server.url('/feed.xml')} World Desk\n{server.url('/gone.xml')}\n")
    with_a_gone_feed = CliRunner().invoke(cli, args)
    assert "2 feeds checked (1 unchanged, 1 failed), 0 new articles" in with_a_gone_feed.stdout
    assert f"error: {server.url('/gone.xml')}: HTTP 404" in with_a_gone_feed.stderr

    events = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "jsonl"])
    assert events.exit_code == 0 and len(events.stdout.splitlines()) == read(db, "SELECT count(*) FROM events")[0][0]

    feeds.write_text(f"{server.url('/feed.xml')}\nftp://files.example.org/feed.xml\n")
    bad = CliRunner().invoke(cli, args)
    assert bad.exit_code == 1
    assert bad.stderr.strip() == (f"error: {feeds}:2: 'ftp://files.example.org/feed.xml' is not a feed URL "
                                  "(only http and https URLs are fetched, not 'ftp'); write: URL [source name]")


def _watch_process(feeds: Path, db: Path, every: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(dyadwatch.__file__).resolve().parents[1]))
    command = [sys.executable, "-c", "from dyadwatch.cli.main import cli; cli()", "watch", str(feeds), "--db", str(db),
               "--every", every, "--delay", "0", "--timeout", "5"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _count(db: Path, table: str) -> int:
    try:
        with Store.open(db, read_only=True) as store:
            return store.count(table)
    except StoreError:  # not created yet
        return 0


def test_killed_watch_loses_nothing_committed_and_the_next_start_continues(server, tmp_path):
    stories = {f"/slow/{n}": (f"Story {n}", text, day) for n, (_, text, day) in
               enumerate(calm([date(2025, 4, 1) + timedelta(days=n) for n in range(10)]).values())}
    dated(stories, server, "v1")
    for n, path in enumerate(stories):  # the second batch (the last two pages) comes long after the first,
        server.routes[path].delay = 0.3 if n < 8 else 30.0  # even on a loaded machine
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(server.url("/feed.xml") + "\n")
    db = tmp_path / "killed.duckdb"
    process = _watch_process(feeds, db, "1h")
    try:
        deadline = time.monotonic() + 120
        while _count(db, "documents") == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)  # reading while the watch writes
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        process.stdout.close()
        process.stderr.close()
    stored = _count(db, "documents")
    assert 1 <= stored < len(stories), "the kill landed after the round"
    for path in stories:
        server.routes[path].delay = 0.0

    result = CliRunner().invoke(cli, ["watch", str(feeds), "--once", "--db", str(db), "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert f"{len(stories) - stored} new articles" in result.stdout
    assert read(db, "SELECT count(*), count(DISTINCT url) FROM documents") == [(len(stories), len(stories))]
    assert sum(len(server.hits(p)) == 1 for p in stories) >= stored  # what was stored was not fetched again


def test_sigterm_stops_a_watch_cleanly(server, tmp_path):
    publish(server, STORIES)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(server.url("/feed.xml") + "\n")
    db = tmp_path / "stopped.duckdb"
    process = _watch_process(feeds, db, "1h")
    try:
        first = process.stdout.readline()
        assert first.startswith("watching 1 feed"), first + process.stderr.read()
        line = process.stdout.readline()
        assert line.startswith("round 1 at ") and "next round in 59m" in line, line
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert "stopped; every committed batch is kept" in process.stdout.read()
        assert "SIGTERM: stopping" in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
        process.stdout.close()
        process.stderr.close()
    assert _count(db, "documents") == 3
