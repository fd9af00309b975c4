"""Escalation alerts: dyads whose conflict in a recent window is improbably high against their own past.

The method (documented in the README, "Watching dyads"): conflict events (quad classes 3 and 4) of a
dyad are counts, sparse and often zero, so they are modelled as Poisson with a rate per reported event
(exposure = all events in the database in the same days, so a week with ten times the news does not look
like a war). The dyad's rate gets a weak gamma prior (the average dyad, worth half an event) updated with
its own baseline; the count expected in the window is then negative binomial, and the alert is the upper
tail P(X >= observed). Dyads with at least `min_events` conflict events in the window are tested, and the
Benjamini-Hochberg procedure keeps the false discovery rate at `fdr` across them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb

from ..errors import StoreError
from .dyads import DYAD_EVENTS
from .store import HAPPENED

WINDOW_DAYS = 28
BASELINE_WEEKS = 52
MIN_EVENTS = 3
FDR = 0.05
PRIOR_EVENTS = 0.5
DRIVING_EVENTS = 5


@dataclass
class DrivingEvent:
    """A conflict event in the window, as evidence for an alert."""

    event_id: str
    date: date
    source: str
    target: str
    cameo: str
    cameo_name: str
    quad_class: int
    goldstein: float
    articles: int
    sentence: str
    url: str


@dataclass
class Alert:
    """One dyad whose conflict rose: observed vs expected count in the window, and the tail probability."""

    a: str
    b: str
    conflict: int
    material: int
    expected: float
    baseline_conflict: int
    goldstein: float
    p_value: float
    events: list[DrivingEvent] = field(default_factory=list)

    @property
    def surprise(self) -> float:
        """-log10 of the p-value: 2 is 1 in 100, 6 is 1 in a million."""
        return -math.log10(max(self.p_value, 1e-300))

    @property
    def ratio(self) -> float:
        return self.conflict / self.expected if self.expected > 0 else math.inf


@dataclass
class AlertScan:
    """The windows compared, how many dyads were tested, and the alerts found, most surprising first."""

    window_start: date
    window_end: date
    baseline_start: date
    window_events: int
    baseline_events: int
    tested: int
    alerts: list[Alert]

    @property
    def note(self) -> str | None:
        if self.baseline_events == 0:
            return (f"no events between {self.baseline_start} and {self.window_start - timedelta(days=1)}, "
                    "so there is no baseline to compare the window against")
        return None


def default_since(latest: date) -> date:
    """The window under test by default: the last four weeks up to the latest event in the database."""
    return latest - timedelta(days=WINDOW_DAYS - 1)


def scan_alerts(con: duckdb.DuckDBPyConnection, since: date | None = None, min_events: int = MIN_EVENTS,
                baseline_weeks: int = BASELINE_WEEKS, fdr: float = FDR) -> AlertScan:
    """Test every dyad with at least `min_events` conflict events from `since` to the latest event."""
    latest = con.execute(f"SELECT max(date) FROM events WHERE {HAPPENED}").fetchone()[0]
    if latest is None:
        raise StoreError("the database holds no asserted events; nothing to watch")
    start = since or default_since(latest)
    if start > latest:
        raise StoreError(f"--since {start} is after the latest event ({latest}); nothing to test")
    base = start - timedelta(weeks=baseline_weeks)
    window_events, baseline_events = con.execute(f"""
        SELECT count(*) FILTER (date >= $2), count(*) FILTER (date < $2)
        FROM events WHERE {HAPPENED} AND date >= $1 AND date <= $3""", [base, start, latest]).fetchone()
    scan = AlertScan(start, latest, base, int(window_events), int(baseline_events), 0, [])
    if scan.note:
        return scan
    rows = con.execute(f"""
        WITH {DYAD_EVENTS}
        SELECT a, b, count(*) FILTER (date >= $2 AND quad_class >= 3),
               count(*) FILTER (date >= $2 AND quad_class = 4),
               count(*) FILTER (date < $2 AND quad_class >= 3),
               coalesce(sum(goldstein) FILTER (date >= $2 AND quad_class >= 3), 0)
        FROM dyad_events WHERE date >= $1 AND date <= $3 GROUP BY a, b""", [base, start, latest]).fetchall()
    pooled = sum(r[2] + r[4] for r in rows) / ((scan.window_events + scan.baseline_events) * max(len(rows), 1))
    prior_rate = PRIOR_EVENTS / pooled if pooled > 0 else 1.0
    candidates = []
    for a, b, x, material, y, goldstein in rows:
        if x < min_events:
            continue
        shape, rate = PRIOR_EVENTS + y, prior_rate + scan.baseline_events
        expected = shape * scan.window_events / rate
        p = negbin_upper_tail(x, shape, rate / (rate + scan.window_events))
        candidates.append(Alert(a, b, int(x), int(material), expected, int(y), round(float(goldstein), 1), p))
    scan.tested = len(candidates)
    scan.alerts = benjamini_hochberg(candidates, fdr)
    for alert in scan.alerts:
        alert.events = driving_events(con, alert.a, alert.b, start, latest)
    return scan


def negbin_upper_tail(x: int, shape: float, p: float) -> float:
    """P(X >= x) for X ~ NegBin(shape, p) (mean shape*(1-p)/p), summed upwards from x in log space.

    Summing the tail directly (rather than 1 - CDF) keeps tiny p-values exact, which the ranking needs.
    """
    if x <= 0:
        return 1.0
    q = 1.0 - p
    log_term = (math.lgamma(x + shape) - math.lgamma(shape) - math.lgamma(x + 1)
                + shape * math.log(p) + x * math.log(q))
    total, term, k = 1.0, 1.0, x
    while k < x + 100_000:
        term *= (k + shape) / (k + 1) * q
        total += term
        k += 1
        if term < 1e-15 * total:
            break
    return min(1.0, math.exp(log_term + math.log(total)))


def benjamini_hochberg(alerts: list[Alert], fdr: float) -> list[Alert]:
    """The alerts that survive a false discovery rate of `fdr`, most surprising first."""
    ranked = sorted(alerts, key=lambda al: (al.p_value, -al.conflict, al.a, al.b))
    keep = 0
    for rank, alert in enumerate(ranked, 1):
        if alert.p_value <= fdr * rank / len(ranked):
            keep = rank
    return ranked[:keep]


def driving_events(con: duckdb.DuckDBPyConnection, a: str, b: str, start: date, end: date,
                   limit: int = DRIVING_EVENTS) -> list[DrivingEvent]:
    """The gravest conflict events of the dyad in the window (most negative Goldstein, best reported)."""
    rows = con.execute(f"""
        WITH {DYAD_EVENTS}
        SELECT event_id, date, source_code, coalesce(target_code, ''), cameo, coalesce(cameo_name, ''),
               quad_class, coalesce(goldstein, 0), coalesce(articles, 0), coalesce(sentence, ''), coalesce(first_url, '')
        FROM dyad_events WHERE a = ? AND b = ? AND quad_class >= 3 AND date BETWEEN ? AND ?
        ORDER BY goldstein, articles DESC, date DESC, event_id LIMIT ?""", [a, b, start, end, limit]).fetchall()
    return [DrivingEvent(*row) for row in rows]
