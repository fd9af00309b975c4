"""Alerts on synthetic tables: a planted escalation is found and ranked first; stationary noise raises none."""
from __future__ import annotations

import math
from datetime import date, timedelta

import duckdb
import pytest

from dyadwatch.analysis.alerts import Alert, benjamini_hochberg, negbin_upper_tail, scan_alerts
from dyadwatch.errors import StoreError

from synthetic import PAIRS, START, event, stationary, write_events


def test_planted_escalation_is_found_and_ranked_first(escalation_rows):
    scan = scan_alerts(write_events(duckdb.connect(), escalation_rows))
    assert scan.tested >= 5
    top = scan.alerts[0]
    assert (top.a, top.b) == ("KOR", "PRK")
    assert top.conflict > 3 * top.expected and top.p_value < 1e-6
    assert len(top.events) == 5 and all(e.quad_class >= 3 for e in top.events)
    assert sum(e.source == "PRKMIL" for e in top.events) >= 4
    assert len(scan.alerts) == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stationary_noise_raises_no_alert(seed):
    scan = scan_alerts(write_events(duckdb.connect(), stationary(START, 60, PAIRS, rate=4.0, seed=seed)))
    assert scan.tested == len(PAIRS) and scan.alerts == []


def test_flat_series_raises_no_alert(flat_rows):
    assert scan_alerts(write_events(duckdb.connect(), flat_rows)).alerts == []


def test_more_news_alone_is_not_escalation():
    """Every dyad doubles in the window, as when a corpus covers recent weeks better: no alert."""
    recent = START + timedelta(weeks=56)
    rows = stationary(START, 56, PAIRS, rate=2.0, seed=5) + stationary(recent, 4, PAIRS, rate=8.0, seed=6)
    assert scan_alerts(write_events(duckdb.connect(), rows)).alerts == []


def test_since_sets_the_window_and_min_events_the_tested_dyads(escalation_rows):
    con = write_events(duckdb.connect(), escalation_rows)
    onset = START + timedelta(weeks=60, days=-21)
    sharp = scan_alerts(con, since=onset)
    assert sharp.window_start == onset and (sharp.alerts[0].a, sharp.alerts[0].b) == ("KOR", "PRK")
    assert scan_alerts(con, since=START + timedelta(weeks=30)).window_start == START + timedelta(weeks=30)
    assert scan_alerts(con, min_events=1000).tested == 0
    with pytest.raises(StoreError, match="after the latest event"):
        scan_alerts(con, since=date(2030, 1, 1))


def test_self_dyads_and_unknown_actors_are_not_watched():
    day = date(2024, 6, 3)
    rows = [event(day - timedelta(days=7 * w), "USAGOV", "CHNGOV", 1) for w in range(30)]
    rows += [event(day, "RUSGOV", "RUSMIL", 4) for _ in range(20)]
    rows += [event(day, "---GOV", "UKRMIL", 4) for _ in range(20)]
    scan = scan_alerts(write_events(duckdb.connect(), rows))
    assert scan.tested == 0 and scan.alerts == []


def test_a_window_without_baseline_says_so():
    rows = [event(date(2024, 6, 3), "PRKMIL", "KORMIL", 4) for _ in range(10)]
    scan = scan_alerts(write_events(duckdb.connect(), rows))
    assert scan.alerts == [] and "no baseline" in scan.note


def test_negative_binomial_tail_matches_the_summed_pmf():
    shape, p = 2.5, 0.3

    def pmf(k: int) -> float:
        log = math.lgamma(k + shape) - math.lgamma(shape) - math.lgamma(k + 1)
        return math.exp(log + shape * math.log(p) + k * math.log(1 - p))

    for x in (0, 1, 4, 12):
        assert negbin_upper_tail(x, shape, p) == pytest.approx(1 - sum(pmf(k) for k in range(x)), rel=1e-9)
    assert 0 < negbin_upper_tail(200, 0.5, 0.9) < 1e-150


def test_benjamini_hochberg_keeps_only_the_discoveries():
    alerts = [Alert("A", c, 5, 0, 1.0, 0, -10.0, p) for c, p in zip("BCDE", [0.001, 0.02, 0.03, 0.5])]
    assert [a.b for a in benjamini_hochberg(alerts, 0.05)] == ["B", "C", "D"]
    assert benjamini_hochberg(alerts, 0.001) == []
