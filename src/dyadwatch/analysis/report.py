"""A self-contained HTML report: alerts with their plots and driving events, then the most active dyads.

Everything is inline (CSS, plots as base64 PNG) and source URLs are shown as text rather than links, so
the file makes no request when opened from disk and can be mailed or archived as it is.
"""
from __future__ import annotations

import base64
from datetime import date, datetime, timezone
from html import escape

import duckdb

from .alerts import Alert, AlertScan, scan_alerts
from .dyads import DyadSummary, top_dyads
from .placemap import PlaceCount, event_places, world_map_png
from .plot import png_bytes
from .series import auto_freq, dyad_series
from .store import HAPPENED

TOP_DYADS = 10
PLOTTED_DYADS = 5
REPORTED_ALERTS = 10


def render_report(con: duckdb.DuckDBPyConnection, db_label: str, since: date | None = None) -> str:
    """The whole report as one HTML string."""
    events, first, last = con.execute(f"SELECT count(*), min(date), max(date) FROM events WHERE {HAPPENED}").fetchone()
    scan = scan_alerts(con, since)
    dyads = top_dyads(con, TOP_DYADS)
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = ["<h1>dyadwatch: dyads to watch</h1>",
            f"<p class=meta>{escape(str(db_label))}: {events} events that happened, {first} to {last}. "
            f"Generated {made}.</p>",
            _alerts_section(con, scan),
            _dyads_section(con, dyads),
            _places_section(event_places(con)),
            _method_section()]
    return _PAGE.format(css=_CSS, body="\n".join(body))


def _alerts_section(con: duckdb.DuckDBPyConnection, scan: AlertScan) -> str:
    head = (f"<h2>Alerts</h2><p>Conflict from <b>{scan.window_start}</b> to <b>{scan.window_end}</b> "
            f"({scan.window_events} events reported) against each dyad's own baseline since {scan.baseline_start} "
            f"({scan.baseline_events} events).")
    if scan.note:
        return head + f" No alerts: {escape(scan.note)}.</p>"
    head += f" {scan.tested} dyads had enough conflict in the window to be tested.</p>"
    if not scan.alerts:
        return head + "<p class=calm>No dyad's conflict rose significantly above its baseline.</p>"
    cards = [_alert_card(con, rank, alert, scan) for rank, alert in enumerate(scan.alerts[:REPORTED_ALERTS], 1)]
    return head + "\n".join(cards)


def _alert_card(con: duckdb.DuckDBPyConnection, rank: int, alert: Alert, scan: AlertScan) -> str:
    series = dyad_series(con, alert.a, alert.b, "week", scan.baseline_start, scan.window_end)
    title = f"{alert.a} \u2013 {alert.b}: events per week, baseline and window"
    plot = _img(png_bytes(series, title, (scan.window_start, scan.window_end)), title)
    rows = "".join(
        f"<tr><td class=nowrap>{e.date}</td><td class=nowrap>{escape(e.source)} \u2192 {escape(e.target)}</td>"
        f"<td>{escape(e.cameo)} {escape(e.cameo_name)}</td><td class=num>{e.goldstein:+.1f}</td>"
        f"<td class=num>{e.articles}</td><td>{escape(e.sentence)}"
        f"{f'<div class=url>{escape(e.url)}</div>' if e.url else ''}</td></tr>" for e in alert.events)
    return (f"<section class=card><h3>{rank}. {escape(alert.a)} \u2013 {escape(alert.b)}</h3>"
            f"<p class=stats><b>{alert.conflict}</b> conflict events in the window ({alert.material} material), "
            f"<b>{alert.expected:.1f}</b> expected from the baseline ({alert.baseline_conflict} conflict events) "
            f"\u2014 {alert.ratio:.1f}\u00d7; Goldstein sum {alert.goldstein:+.1f}; "
            f"p = {alert.p_value:.1e} (surprise {alert.surprise:.1f}).</p>{plot}"
            f"<h4>Events that drove it (gravest first)</h4><table><thead><tr><th>date</th><th>who \u2192 whom</th>"
            f"<th>action</th><th>Goldstein</th><th>articles</th><th>sentence and first source</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></section>")


def _dyads_section(con: duckdb.DuckDBPyConnection, dyads: list[DyadSummary]) -> str:
    if not dyads:
        return "<h2>Most active dyads</h2><p>No events between two different actors.</p>"
    rows = "".join(
        f"<tr><td class=num>{rank}</td><td class=nowrap>{escape(d.a)} \u2013 {escape(d.b)}</td>"
        f"<td class=num>{d.events}</td><td class=num>{d.cooperation}</td><td class=num>{d.conflict}</td>"
        f"<td class=num>{d.conflict / d.events:.0%}</td><td class=num>{d.goldstein_mean:+.2f}</td>"
        f"<td class=num>{d.articles}</td><td class=nowrap>{d.first}</td><td class=nowrap>{d.last}</td></tr>"
        for rank, d in enumerate(dyads, 1))
    table = ("<table><thead><tr><th>#</th><th>dyad</th><th>events</th><th>cooperation</th><th>conflict</th>"
             "<th>conflict share</th><th>mean Goldstein</th><th>articles</th><th>first</th><th>last</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>")
    plots = []
    for d in dyads[:PLOTTED_DYADS]:
        freq = auto_freq(d.first, d.last)
        series = dyad_series(con, d.a, d.b, freq, d.first, d.last)
        plots.append(f"<section class=card><h3>{escape(d.a)} \u2013 {escape(d.b)}</h3>"
                     f"{_img(png_bytes(series), f'{d.a} - {d.b} per {freq}')}</section>")
    return "<h2>Most active dyads</h2>" + table + "\n".join(plots)


def _places_section(places: list[PlaceCount]) -> str:
    if not places:
        return "<h2>Where events happened</h2><p>No event that happened has a place.</p>"
    total = sum(p.events for p in places)
    title = f"{total} events that happened, at {len(places)} places"
    rows = "".join(
        f"<tr><td>{escape(p.name)}</td><td>{escape(p.country or '-')}</td><td>{escape(p.precision or '-')}</td>"
        f"<td class=num>{p.lat:.2f}, {p.lon:.2f}</td><td class=num>{p.events}</td></tr>" for p in places[:TOP_DYADS])
    return ("<h2>Where events happened</h2>" + _img(world_map_png(places, title), title) +
            "<table><thead><tr><th>place</th><th>country</th><th>precision</th><th>lat, lon</th><th>events</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>")


def _method_section() -> str:
    return ("<h2>How alerts are found</h2><p>Conflict events (verbal and material, quad classes 3 and 4) of each "
            "pair of countries or organisations are counted in the window and in the baseline before it. The "
            "dyad's conflict rate per reported event (all events in the database in the same days) gets a weak "
            "prior from the average dyad and is updated with its own baseline; the number expected in the window "
            "is then negative binomial, and the alert is how improbable the observed count is (its upper tail). "
            "Dyads are tested when they have enough conflict in the window, and a 5% false discovery rate holds "
            "across them. Only events that happened count: not negated, not future or hypothetical. A dyad is "
            "unordered here; the plots show each direction.</p>")


def _img(png: bytes, alt: str) -> str:
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">'


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>dyadwatch report</title><style>{css}</style></head>
<body><main>
{body}
</main></body></html>
"""

_CSS = """
body { margin: 0; background: #f6f6f4; color: #1d1d1d; font: 15px/1.5 -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 60px; }
h1 { font-size: 26px; margin: 8px 0 4px; }
h2 { font-size: 20px; margin: 36px 0 8px; border-bottom: 2px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 17px; margin: 0 0 6px; }
h4 { font-size: 14px; margin: 14px 0 6px; color: #444; }
.meta { color: #666; margin-top: 0; }
.calm { color: #2166ac; font-weight: 600; }
.card { background: #fff; border: 1px solid #e2e2e2; border-radius: 6px; padding: 16px 18px; margin: 16px 0; }
.stats { margin: 0 0 8px; }
img { max-width: 100%; height: auto; display: block; margin: 6px auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #eee; }
th { background: #f0f0ee; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
.url { color: #777; font-size: 12px; word-break: break-all; }
"""
