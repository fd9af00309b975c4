"""Dyad series on a small synthetic table: quad-class counts per direction, sums, filling, what counts."""
from __future__ import annotations

import math
from datetime import date

import duckdb
import pytest

from dyadwatch.analysis.series import dyad_series
from dyadwatch.errors import StoreError

from synthetic import event, write_events

MON, TUE, NEXT_MON, LATER = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 11), date(2024, 3, 25)


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    rows = [event(MON, "RUSMIL", "UKRMIL", 4, articles=3), event(TUE, "RUSGOV", "UKR", 3, articles=2),
            event(TUE, "UKRGOV", "RUSGOV", 1), event(LATER, "UKRMIL", "RUSMIL", 4, goldstein=-9.5),
            event(TUE, "RUSMIL", "UKRMIL", 4, negated=True), event(TUE, "RUSGOV", "UKRGOV", 2, modality="future"),
            event(TUE, "RUSGOV", None, 3), event(TUE, "BLRGOV", "UKRGOV", 4)]
    return write_events(duckdb.connect(), rows)


def test_counts_by_quad_class_per_direction(con):
    s = dyad_series(con, "RUS", "UKR", "week")
    first = s.direction("RUS->UKR").iloc[0]
    assert (first["period"], first["material_conflict"], first["verbal_conflict"], first["events"]) == (MON, 1, 1, 2)
    assert first["goldstein_sum"] == -12.0 and first["goldstein_mean"] == -6.0 and first["articles"] == 5
    back = s.direction("UKR->RUS").iloc[0]
    assert (back["verbal_coop"], back["events"], back["goldstein_sum"]) == (1, 1, 1.0)


def test_missing_periods_are_filled_with_zeros(con):
    s = dyad_series(con, "RUS", "UKR", "week")
    assert list(s.direction("RUS->UKR")["period"]) == [MON, NEXT_MON, date(2024, 3, 18), LATER]
    quiet = s.direction("RUS->UKR").iloc[1]
    assert quiet["events"] == 0 and quiet["goldstein_sum"] == 0 and math.isnan(quiet["goldstein_mean"])
    assert s.direction("UKR->RUS").iloc[-1]["goldstein_sum"] == -9.5


def test_since_and_until_bound_and_pad_the_series(con):
    s = dyad_series(con, "RUS", "UKR", "day", since=date(2024, 3, 1), until=date(2024, 3, 6))
    assert len(s.frame) == 12 and s.frame["events"].sum() == 3
    months = dyad_series(con, "RUS", "UKR", "month", until=date(2024, 5, 2))
    assert [months.period_label(p) for p in months.direction("RUS->UKR")["period"]] == ["2024-03", "2024-04", "2024-05"]


def test_actor_codes_match_by_prefix_or_country(con):
    military = dyad_series(con, "RUSMIL", "UKR", "week")
    assert military.direction("RUSMIL->UKR")["events"].sum() == 1
    assert military.direction("UKR->RUSMIL")["events"].sum() == 1


def test_negated_future_and_untargeted_events_do_not_count(con):
    s = dyad_series(con, "RUS", "UKR", "week")
    assert s.frame["events"].sum() == 4


def test_a_dyad_without_events_is_an_error(con):
    with pytest.raises(StoreError, match="no events between RUS and CHN"):
        dyad_series(con, "RUS", "CHN")
