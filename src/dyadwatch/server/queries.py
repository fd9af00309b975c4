"""What each dashboard view shows, as plain data: the JSON API returns it and the pages render it.

Counting rules are the analysis package's (events that happened; dyads of countries or organisations;
alerts by `scan_alerts`), so the dashboard and `dyadwatch alerts`/`dyad`/`report` never disagree.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

import duckdb
import pandas as pd

from ..analysis.alerts import BASELINE_WEEKS, AlertScan, default_since, scan_alerts
from ..analysis.dyads import DYAD_EVENTS
from ..analysis.series import FREQS, QUADS, auto_freq, dyad_series
from ..analysis.store import HAPPENED, actor_key_sql
from ..coding.ontology import load_ontology
from ..errors import RequestError, StoreError
from .evidence import count_events, event_rows, event_record
from .filters import EventQuery, Page

TOP_DYADS = 12
TOP_ACTORS = 100
NETWORK_EDGES = 40
PARTNERS = 5
MAP_POINTS = 2000
ERRORS_SHOWN = 5


def overview(con: duckdb.DuckDBPyConnection) -> dict:
    return {"coverage": coverage(con), "alerts": latest_alerts(con), "dyads": active_dyads(con),
            "activity": activity(con)}


def coverage(con: duckdb.DuckDBPyConnection) -> dict:
    """What the store holds: documents, outlets, dates, events and the documents that failed."""
    docs, outlets, first_pub, last_pub = con.execute(
        "SELECT count(*), count(DISTINCT outlet), min(published), max(published) FROM documents").fetchone()
    events, first, last, happened = con.execute(
        f"SELECT count(*), min(date), max(date), count(*) FILTER ({HAPPENED}) FROM events").fetchone()
    mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    top_outlets = con.execute("SELECT outlet, count(*) AS documents FROM documents GROUP BY outlet "
                              "ORDER BY documents DESC, outlet LIMIT 8").fetchall()
    errors = con.execute("SELECT count(*) FROM errors").fetchone()[0]
    latest_errors = con.execute("SELECT origin, message, seen_at FROM errors ORDER BY seen_at DESC, origin "
                                f"LIMIT {ERRORS_SHOWN}").fetchall()
    return {
        "documents": docs, "outlets": outlets, "published_first": first_pub, "published_last": last_pub,
        "events": events, "events_happened": happened, "mentions": mentions, "first_event": first,
        "last_event": last, "top_outlets": [{"outlet": o, "documents": n} for o, n in top_outlets],
        "errors": errors,
        "latest_errors": [{"origin": o, "message": m, "seen_at": s} for o, m, s in latest_errors],
    }


def latest_alerts(con: duckdb.DuckDBPyConnection) -> dict:
    """The alerts of the latest window, as `dyadwatch alerts` computes them with its defaults."""
    try:
        scan = scan_alerts(con)
    except StoreError as exc:
        return {"note": str(exc), "alerts": []}
    return _scan_record(scan)


def _scan_record(scan: AlertScan) -> dict:
    return {
        "window_start": scan.window_start, "window_end": scan.window_end, "baseline_start": scan.baseline_start,
        "window_events": scan.window_events, "baseline_events": scan.baseline_events, "tested": scan.tested,
        "note": scan.note,
        "alerts": [{"a": al.a, "b": al.b, "conflict": al.conflict, "material": al.material,
                    "expected": round(al.expected, 2), "ratio": _finite(al.ratio), "p_value": al.p_value,
                    "surprise": round(al.surprise, 2), "goldstein": al.goldstein,
                    "events": [vars(e) for e in al.events]} for al in scan.alerts],
    }


def _finite(value: float) -> float | None:
    return round(value, 2) if math.isfinite(value) else None


def active_dyads(con: duckdb.DuckDBPyConnection, limit: int = TOP_DYADS) -> dict:
    """The most active dyads (ranked as `top_dyads` ranks them), each with its events per period over the
    store's span for a sparkline: one pass over the dyads' events for both, since that pass is most of the
    overview's time on a large store."""
    first, last = con.execute(f"SELECT min(date), max(date) FROM events WHERE {HAPPENED}").fetchone()
    if first is None:
        return {"freq": None, "periods": [], "dyads": []}
    freq = auto_freq(first, last)
    rows = con.execute(f"""
        WITH {DYAD_EVENTS},
        per AS (SELECT a, b, date_trunc('{freq}', date)::DATE AS period, count(*) AS n,
                       count(*) FILTER (quad_class <= 2) AS co, count(*) FILTER (quad_class >= 3) AS cf,
                       sum(goldstein) AS gs, count(goldstein) AS gn, sum(coalesce(articles, 0)) AS ar,
                       min(date) AS first, max(date) AS last
                FROM dyad_events GROUP BY ALL),
        top AS (SELECT a, b, sum(n) AS n, sum(co) AS co, sum(cf) AS cf, sum(gs) / nullif(sum(gn), 0) AS g,
                       sum(ar) AS ar, min(first) AS first, max(last) AS last
                FROM per GROUP BY a, b ORDER BY n DESC, ar DESC, a, b LIMIT ?)
        SELECT top.*, list(per.period ORDER BY per.period) FILTER (per.period IS NOT NULL),
               list(per.n ORDER BY per.period) FILTER (per.period IS NOT NULL)
        FROM top JOIN per USING (a, b) GROUP BY ALL ORDER BY top.n DESC, top.ar DESC, top.a, top.b""",
                       [limit]).fetchall()
    periods = _periods(first, last, freq)
    index = {p: i for i, p in enumerate(periods)}
    dyads = []
    for a, b, n, co, cf, g, ar, d_first, d_last, spark_periods, counts in rows:
        spark = [0] * len(periods)
        for period, count in zip(spark_periods, counts):
            spark[index[period]] = count
        dyads.append({"a": a, "b": b, "events": int(n), "cooperation": int(co), "conflict": int(cf),
                      "goldstein_mean": round(float(g or 0.0), 2), "articles": int(ar), "first": d_first,
                      "last": d_last, "spark": spark})
    return {"freq": freq, "periods": periods, "dyads": dyads}


def activity(con: duckdb.DuckDBPyConnection) -> dict:
    """Events that happened per period by quad class (days for a short store, weeks or months for longer)."""
    first, last = con.execute(f"SELECT min(date), max(date) FROM events WHERE {HAPPENED}").fetchone()
    if first is None:
        return {"freq": None, "periods": [], "quads": {q: [] for q in QUADS}}
    freq = auto_freq(first, last)
    rows = con.execute(f"""
        SELECT date_trunc('{freq}', date)::DATE, quad_class, count(*) FROM events
        WHERE {HAPPENED} AND quad_class BETWEEN 1 AND 4 AND date IS NOT NULL GROUP BY ALL""").fetchall()
    periods = _periods(first, last, freq)
    index = {p: i for i, p in enumerate(periods)}
    quads = {q: [0] * len(periods) for q in QUADS}
    for period, quad, n in rows:
        quads[QUADS[quad - 1]][index[period]] = n
    return {"freq": freq, "periods": periods, "quads": quads}


def _periods(first: date, last: date, freq: str) -> list[date]:
    """Every period start from the one holding `first` to the one holding `last` (DuckDB's date_trunc)."""
    def start(day: date) -> date:
        if freq == "week":
            return day - timedelta(days=day.weekday())
        if freq == "month":
            return day.replace(day=1)
        return day
    out, at = [], start(first)
    while at <= last:
        out.append(at)
        if freq == "day":
            at += timedelta(days=1)
        elif freq == "week":
            at += timedelta(weeks=1)
        else:
            at = (at.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def dyad_view(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str | None, page: Page) -> dict:
    """The series of a dyad in both directions with the alert window and baseline, and its events."""
    if a == b:
        raise RequestError(f"both actors are {a}; give two different actors")
    if freq is not None and freq not in FREQS:
        raise RequestError(f"freq '{freq}': give one of {', '.join(FREQS)}")
    span = con.execute(f"""SELECT min(date), max(date) FROM events WHERE {HAPPENED}
        AND ((starts_with(source_code, $1) OR source_country = $1) AND (starts_with(target_code, $2) OR target_country = $2)
          OR (starts_with(source_code, $2) OR source_country = $2) AND (starts_with(target_code, $1) OR target_country = $1))""",
                       [a, b]).fetchone()
    latest = con.execute(f"SELECT max(date) FROM events WHERE {HAPPENED}").fetchone()[0]
    result: dict[str, Any] = {"a": a, "b": b, "series": None, "note": None}
    if latest is not None:
        window_start = default_since(latest)
        result.update(window_start=window_start, window_end=latest,
                      baseline_start=window_start - timedelta(weeks=BASELINE_WEEKS))
    if span[0] is None:
        result["note"] = f"no events that happened between {a} and {b}"
    else:
        # The chart runs over the dyad's events and the alert baseline and window, so that both are
        # marked even when the dyad was quiet then (which is what the alert test saw).
        first, last = min(span[0], result.get("baseline_start", span[0])), max(span[1], result.get("window_end", span[1]))
        freq = freq or auto_freq(first, last)
        series = dyad_series(con, a, b, freq, since=first, until=last)
        result["series"] = {"freq": freq, "directions": [_direction(label, series.direction(label))
                                                         for label in series.directions]}
    query = EventQuery(pair=(a, b))
    where, params = query.where()
    result["total"] = count_events(con, where, params)
    result["page"] = page.number
    result["page_size"] = page.size
    result["events"] = event_rows(con, where, params, page)
    return result


def _direction(label: str, part: pd.DataFrame) -> dict:
    """One direction of a series as lists (pandas' own tolist: a daily series over years is thousands of rows)."""
    mean = part["goldstein_mean"]
    return {"label": label, "periods": part["period"].tolist(), **{q: part[q].astype(int).tolist() for q in QUADS},
            "goldstein_mean": mean.astype(object).where(mean.notna(), None).tolist(),
            "goldstein_sum": part["goldstein_sum"].astype(float).tolist()}


def events_view(con: duckdb.DuckDBPyConnection, query: EventQuery, page: Page) -> dict:
    where, params = query.where()
    return {"filters": query.params(), "total": count_events(con, where, params), "page": page.number,
            "page_size": page.size, "events": event_rows(con, where, params, page)}


def filter_options(con: duckdb.DuckDBPyConnection) -> dict:
    """Values the filter menus offer: those present in the store."""
    def values(sql: str) -> list:
        return [v for (v,) in con.execute(sql).fetchall()]
    codes = load_ontology().codes
    return {
        "roots": [{"root": r, "name": codes[r].name.capitalize() if r in codes else r}
                  for r in values("SELECT DISTINCT cameo_root FROM events WHERE cameo_root IS NOT NULL ORDER BY 1")],
        "plover": values("SELECT DISTINCT plover_type FROM events WHERE plover_type IS NOT NULL ORDER BY 1"),
        "outlets": values("SELECT outlet FROM documents GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT 200"),
    }


def actors_view(con: duckdb.DuckDBPyConnection) -> dict:
    """Who appears (as source or target of any event), with the partners they have events with."""
    src, tgt = actor_key_sql("source_code", "source_country"), actor_key_sql("target_code", "target_country")
    rows = con.execute(f"""
        WITH sides AS (SELECT {src} AS actor, 1 AS as_source, 0 AS as_target, quad_class FROM events
                       UNION ALL SELECT {tgt}, 0, 1, quad_class FROM events)
        SELECT actor, count(*), sum(as_source), sum(as_target), count(*) FILTER (quad_class >= 3)
        FROM sides WHERE actor IS NOT NULL GROUP BY actor ORDER BY 2 DESC, actor LIMIT {TOP_ACTORS}""").fetchall()
    pairs = con.execute(f"""
        WITH {DYAD_EVENTS}
        SELECT a, b, count(*) AS n, count(*) FILTER (quad_class >= 3) FROM dyad_events
        GROUP BY a, b ORDER BY n DESC, a, b""").fetchall()
    partners: dict[str, list[dict]] = {}
    for a, b, n, conflict in pairs:
        for actor, partner in ((a, b), (b, a)):
            mine = partners.setdefault(actor, [])
            if len(mine) < PARTNERS:
                mine.append({"actor": partner, "events": n, "conflict": conflict})
    return {
        "actors": [{"actor": a, "events": n, "as_source": int(s), "as_target": int(t), "conflict": c,
                    "partners": partners.get(a, [])} for a, n, s, t, c in rows],
        "network": [{"a": a, "b": b, "events": n, "conflict": c} for a, b, n, c in pairs[:NETWORK_EDGES]],
    }


def map_view(con: duckdb.DuckDBPyConnection, query: EventQuery) -> dict:
    """Events per place (rounded to a hundredth of a degree), with their quad classes, for the map."""
    if not con.execute("SELECT count(*) FROM events WHERE place_lat IS NOT NULL").fetchone()[0]:
        return {"available": False, "note": "no locations yet: no stored event has a place",
                "points": [], "located": 0}
    where, params = query.where()
    where = (where + " AND" if where else " WHERE") + " e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL"
    rows = con.execute(f"""
        SELECT any_value(e.place_name), any_value(e.place_country), any_value(e.place_precision),
               round(e.place_lat, 2) AS lat, round(e.place_lon, 2) AS lon, count(*) AS n,
               count(*) FILTER (e.quad_class = 1), count(*) FILTER (e.quad_class = 2),
               count(*) FILTER (e.quad_class = 3), count(*) FILTER (e.quad_class = 4)
        FROM events e{where} GROUP BY lat, lon ORDER BY n DESC, lat, lon LIMIT {MAP_POINTS}""", params).fetchall()
    located = count_events(con, where, params)
    points = [{"name": n, "country": c, "precision": p, "lat": float(lat), "lon": float(lon), "events": k,
               "quads": [q1, q2, q3, q4]} for n, c, p, lat, lon, k, q1, q2, q3, q4 in rows]
    note = None if points else "no event matching these filters has a location"
    return {"available": True, "note": note, "points": points, "located": located, "filters": query.params()}


def document_view(con: duckdb.DuckDBPyConnection, doc_key: str) -> dict | None:
    """A stored document: its metadata and the sentences kept as evidence, each with its events."""
    found = con.execute("SELECT doc_key, doc_id, url, title, outlet, published, origin, sentences, words, mentions "
                        "FROM documents WHERE doc_key = ?", [doc_key]).fetchone()
    if found is None:
        return None
    names = ("doc_key", "doc_id", "url", "title", "outlet", "published", "origin", "sentences", "words", "mentions")
    doc = dict(zip(names, found))
    sentences = con.execute("SELECT sentence_index, segment, start_char, text FROM sentences WHERE doc_key = ? "
                            "ORDER BY sentence_index", [doc_key]).fetchall()
    cursor = con.execute("""
        SELECT m.sentence_index, m.mention_index, m.date, m.source_code, m.target_code, m.cameo, m.cameo_name,
               m.quad_class, m.goldstein, m.negated, m.modality, m.reported_by, m.evidence, m.segment
        FROM mentions m WHERE m.doc_key = ? ORDER BY m.sentence_index, m.mention_index""", [doc_key])
    cols = [d[0] for d in cursor.description]
    by_sentence: dict[int, list[dict]] = {}
    for row in cursor.fetchall():
        record = dict(zip(cols, row))
        by_sentence.setdefault(record["sentence_index"], []).append(record)
    doc["stored_sentences"] = []
    for index, segment, start, text in sentences:
        events = []
        for m in by_sentence.get(index, []):
            m = {**m, "sentence": None, "stored_sentence": text, "start_char": start, "url": doc["url"],
                 "doc_key": doc_key}
            events.append(event_record(m))
        doc["stored_sentences"].append({"index": index, "segment": segment, "text": text, "events": events})
    doc["link"] = doc["url"] if doc["url"] and doc["url"].lower().startswith(("http://", "https://")) else None
    return doc
