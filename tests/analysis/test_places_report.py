"""The report's map of where events happened."""
from __future__ import annotations

from datetime import date

import duckdb

from synthetic import event, write_events

from dyadwatch.analysis.placemap import event_places, outlines, world_map_png
from dyadwatch.analysis.report import render_report

KHARKIV = ("Kharkiv", "UKR", "Kharkiv", 49.98, 36.25, "city")
UKRAINE = ("Ukraine", "UKR", None, 49.0, 32.0, "country")


def rows() -> list[tuple]:
    day = date(2024, 3, 1)
    return ([event(day, "RUSMIL", "UKRMIL", 4, place=KHARKIV) for _ in range(3)]
            + [event(day, "RUSGOV", "UKRGOV", 3, place=UKRAINE)]
            + [event(day, "RUSMIL", "UKRMIL", 4, place=KHARKIV, negated=True)]
            + [event(day, "USAGOV", "CHNGOV", 1)])


def test_places_of_events_that_happened():
    places = event_places(write_events(duckdb.connect(), rows()))
    assert [(p.name, p.events, p.precision) for p in places] == [("Kharkiv", 3, "city"), ("Ukraine", 1, "country")]


def test_the_map_is_a_png_with_country_outlines():
    assert len(outlines()) > 150
    png = world_map_png(event_places(write_events(duckdb.connect(), rows())), "test")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000


def test_report_shows_where_events_happened():
    html = render_report(write_events(duckdb.connect(), rows()), "places.duckdb")
    section = html[html.index("<h2>Where events happened</h2>"):]
    assert "data:image/png;base64," in section[:300]
    assert "<td>Kharkiv</td><td>UKR</td><td>city</td>" in section


def test_report_without_places_says_so():
    html = render_report(write_events(duckdb.connect(), [event(date(2024, 3, 1), "USAGOV", "CHNGOV", 1)]), "x")
    assert "No event that happened has a place." in html
