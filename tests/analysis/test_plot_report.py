"""Plots are written in both formats; the report is one self-contained page with the alerts in it."""
from __future__ import annotations

import re
from datetime import date

import duckdb
import pytest

from dyadwatch.analysis.plot import png_bytes, save
from dyadwatch.analysis.report import render_report
from dyadwatch.analysis.series import auto_freq, dyad_series

from synthetic import event, write_events


@pytest.fixture
def con(escalation_rows) -> duckdb.DuckDBPyConnection:
    return write_events(duckdb.connect(), escalation_rows)


@pytest.mark.parametrize("freq", ["day", "week", "month"])
def test_png_and_svg_plots_are_written(con, tmp_path, freq):
    series = dyad_series(con, "PRK", "KOR", freq, since=date(2024, 11, 1))
    save(series, tmp_path / "p.png")
    save(series, tmp_path / "p.svg")
    assert (tmp_path / "p.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and (tmp_path / "p.png").stat().st_size > 10_000
    svg = (tmp_path / "p.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "Goldstein sum" in svg and "PRK" in svg


def test_a_single_event_plots():
    single = write_events(duckdb.connect(), [event(date(2024, 2, 1), "RUSGOV", "IGOUNO", 3)])
    assert png_bytes(dyad_series(single, "RUS", "IGOUNO", "week"))[:4] == b"\x89PNG"


def test_report_is_self_contained_and_shows_the_alert(con):
    html = render_report(con, "events.duckdb")
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert "<script" not in html and "<link" not in html and "@import" not in html
    alerts, dyads = html.split("<h2>Alerts</h2>")[1].split("<h2>Most active dyads</h2>")
    assert "<h3>1. KOR \u2013 PRK</h3>" in alerts and "PRKMIL \u2192 KORMIL" in alerts
    assert alerts.count("data:image/png;base64,") == 1 and dyads.count("data:image/png;base64,") == 5
    assert "ISR \u2013 PSE" in dyads and "IGOUNO \u2013 SDN" in dyads


def test_report_escapes_text_from_the_news():
    rows = [event(date(2024, 1, 1), "USAGOV", "CHNGOV", 1)]
    rows[0] = rows[0][:-1] + ("<script>alert(1)</script> & more",)
    html = render_report(write_events(duckdb.connect(), rows), "<db>")
    assert "<script>" not in html and "&lt;db&gt;" in html


def test_report_without_alerts_says_so(flat_rows, monkeypatch):
    monkeypatch.setattr("dyadwatch.analysis.report.PLOTTED_DYADS", 1)
    html = render_report(write_events(duckdb.connect(), flat_rows), "flat.duckdb")
    assert "No dyad's conflict rose significantly" in html


def test_plot_frequency_follows_the_span():
    assert [auto_freq(date(2024, 1, 1), date(2024, 1, 1) + d) for d in (date(2024, 2, 1) - date(2024, 1, 1),
            date(2025, 1, 1) - date(2024, 1, 1), date(2030, 1, 1) - date(2024, 1, 1))] == ["day", "week", "month"]
