"""Load time of every dashboard page and API endpoint on a database of about 100,000 events.

The VOA corpus (../shared/data/corpus/voa_stories.jsonl) is ingested once; its rows are then copied in SQL
(documents, sentences, mentions, events) with new keys and dates moved back by --shift-days per copy, until
the events table holds --events rows (back, not forward: the dashboard leaves out dates after tomorrow). The dashboard is served on 127.0.0.1 as `dyadwatch serve` does, and
each URL is requested over HTTP: once cold, then --rounds times; the median and the slowest are printed,
with the median CPU time the request cost this process.
The goal is under 300 ms a page.
"""
from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"
GOAL_MS = 300


def build(corpus: Path, path: Path, events: int, shift_days: int) -> dict:
    """Ingest the corpus, then multiply its rows until the store holds `events` events."""
    import duckdb

    from dyadwatch.pipeline import IngestOptions, ingest
    from dyadwatch.store import Store

    started = time.perf_counter()
    with Store.open(path) as store:
        summary = ingest(store, [str(corpus)], IngestOptions(workers=1))
    ingest_seconds = time.perf_counter() - started
    con = duckdb.connect(str(path))
    base = con.execute("SELECT count(*) FROM events").fetchone()[0]
    copies = max(1, math.ceil(events / base))
    started = time.perf_counter()
    for table in ("documents", "sentences", "mentions", "event_dates", "events"):
        con.execute(f"CREATE TEMP TABLE base_{table} AS SELECT * FROM {table}")
    replace = {
        "documents": "doc_key || '~' || c.i AS doc_key, published - CAST(c.i * SHIFT AS INTEGER) AS published",
        "sentences": "doc_key || '~' || c.i AS doc_key",
        "mentions": "doc_key || '~' || c.i AS doc_key, group_key || '~' || c.i AS group_key, date - CAST(c.i * SHIFT AS INTEGER) AS date",
        "event_dates": "group_key || '~' || c.i AS group_key, date - CAST(c.i * SHIFT AS INTEGER) AS date, event_id || '~' || c.i AS event_id",
        "events": "event_id || '~' || c.i AS event_id, group_key || '~' || c.i AS group_key, date - CAST(c.i * SHIFT AS INTEGER) AS date, "
                  "last_date - CAST(c.i * SHIFT AS INTEGER) AS last_date, first_doc_key || '~' || c.i AS first_doc_key",
    }
    for table, columns in replace.items():
        columns = columns.replace("SHIFT", str(int(shift_days)))
        con.execute(f"INSERT INTO {table} SELECT b.* REPLACE ({columns}) FROM base_{table} b, range(1, {int(copies)}) c(i)")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "mentions", "events")}
    con.close()
    return {"ingest_seconds": ingest_seconds, "ingested_events": summary.events, "copies": copies,
            "multiply_seconds": time.perf_counter() - started, **counts}


def urls(path: Path) -> list[str]:
    """Every view, with real values from the database for the dyad, the filters and the document."""
    from dyadwatch.analysis.dyads import top_dyads
    from dyadwatch.analysis.store import connect

    with connect(path) as con:
        top = top_dyads(con, 1)[0]
        last = con.execute("SELECT max(date) FROM events").fetchone()[0]
        outlet = con.execute("SELECT outlet FROM documents LIMIT 1").fetchone()[0]
        doc = con.execute("SELECT first_doc_key FROM events ORDER BY event_id LIMIT 1").fetchone()[0]
    a, b = top.a, top.b
    filters = f"actor={a}&quad=4&since={last.replace(year=last.year - 2)}"
    return [
        "/", "/api/overview",
        f"/dyad/{a}/{b}", f"/api/dyad/{a}/{b}", f"/dyad/{a}/{b}?freq=day&page=20",
        "/events", "/api/events", f"/events?{filters}", f"/api/events?{filters}", "/events?text=missile",
        f"/events?outlet={urllib.parse.quote(outlet)}", "/events?page=1000&page_size=100", "/api/options",
        f"/api/export.csv?{filters}", f"/api/export.jsonl?{filters}",
        "/actors", "/api/actors", "/map", "/api/map", f"/doc/{doc}", f"/api/doc/{doc}",
    ]


def measure(base: str, url: str, rounds: int) -> tuple[float, float, float, float, int]:
    """Wall-clock milliseconds (cold, median, slowest) and the median CPU milliseconds of this process (the
    server's threads and DuckDB's), which a busy shared machine inflates far less than the wall clock."""
    def once() -> tuple[float, float, int]:
        started, cpu = time.perf_counter(), time.process_time()
        with urllib.request.urlopen(base + url) as reply:
            size = len(reply.read())
        return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000, size

    cold, _, size = once()
    runs = [once() for _ in range(rounds)]
    return (cold, statistics.median(r[0] for r in runs), max(r[0] for r in runs),
            statistics.median(r[1] for r in runs), size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--shift-days", type=int, default=14, help="dates of each copy move back by this many days more")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", type=Path, help="keep (or reuse) the built database here")
    args = parser.parse_args()
    from dyadwatch.server.run import build_server

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "serve-bench.duckdb"
        if not path.is_file():
            if not args.corpus.is_file():
                print(f"skipped: {args.corpus} not found (../shared/data beside the repository)", file=sys.stderr)
                return 0
            built = build(args.corpus, path, args.events, args.shift_days)
            print(f"built {path.name}: {built['ingested_events']} events from the corpus in {built['ingest_seconds']:.1f} s, "
                  f"x{built['copies']} in {built['multiply_seconds']:.1f} s -> {built['events']:,} events, "
                  f"{built['mentions']:,} mentions, {built['documents']:,} documents; "
                  f"{path.stat().st_size / 2**20:.0f} MiB")
        server = build_server(str(path), "127.0.0.1", 0, quiet=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.rounds} rounds a URL after a cold one")
        print(f"{'url':<62} {'cold ms':>8} {'median':>8} {'max':>8} {'cpu ms':>7} {'KiB':>6}")
        slow = 0
        try:
            for url in urls(path):
                cold, median, worst, cpu, size = measure(base, url, args.rounds)
                flag = "" if median < GOAL_MS else "  over the goal"
                slow += bool(flag)
                print(f"{url[:62]:<62} {cold:8.0f} {median:8.0f} {worst:8.0f} {cpu:7.0f} {size / 1024:6.0f}{flag}")
        finally:
            server.shutdown()
            server.server_close()
        print(f"goal: median under {GOAL_MS} ms; {slow} URL(s) over it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
