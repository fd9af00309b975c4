"""The time series of a dyad: per period and direction, events by quad class, Goldstein and articles.

Both directions are kept apart (A->B and B->A), because who acts on whom is what a reader wants to see
when a relationship heats up; periods without events are filled with zeros so gaps are visible as calm.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

from ..errors import StoreError
from .store import HAPPENED, actor_match_sql

FREQS = ("day", "week", "month")
_PANDAS_FREQ = {"day": "D", "week": "W-MON", "month": "MS"}
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
QUAD_LABELS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
COLUMNS = ("period", "direction", *QUADS, "events", "goldstein_sum", "goldstein_mean", "articles")


@dataclass
class DyadSeries:
    """One row per period and direction (`direction` is 'A->B'); see COLUMNS."""

    a: str
    b: str
    freq: str
    frame: pd.DataFrame

    @property
    def directions(self) -> tuple[str, str]:
        return f"{self.a}->{self.b}", f"{self.b}->{self.a}"

    def direction(self, label: str) -> pd.DataFrame:
        return self.frame[self.frame["direction"] == label].reset_index(drop=True)

    def period_label(self, period: date) -> str:
        return period.strftime("%Y-%m") if self.freq == "month" else period.isoformat()


def auto_freq(first: date, last: date) -> str:
    """The period of a chart over first..last: days for a few months of events, weeks for a few years,
    months beyond, so that bars stay readable."""
    span = (last - first).days
    return "day" if span <= 90 else "week" if span <= 3 * 365 else "month"


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str = "week",
                since: date | None = None, until: date | None = None) -> DyadSeries:
    """Count the events between actors `a` and `b` (codes or countries) per period, in each direction."""
    if freq not in FREQS:
        raise ValueError(f"unknown frequency {freq!r}")
    rows = con.execute(_QUERY.format(freq=freq, happened=HAPPENED, src=actor_match_sql("source"),
                                     tgt=actor_match_sql("target")),
                       [a, a, b, b, since, since, until, until,
                        b, b, a, a, since, since, until, until]).fetchdf()
    if rows.empty and (since is None or until is None):
        raise StoreError(f"no events between {a} and {b} in the database (only asserted, non-negated events count)")
    first = _truncate(since, freq) if since else rows["period"].min()
    last = _truncate(until, freq) if until else rows["period"].max()
    periods = [p.date() for p in pd.date_range(first, last, freq=_PANDAS_FREQ[freq])]
    labels = (f"{a}->{b}", f"{b}->{a}")
    return DyadSeries(a, b, freq, _fill(rows, periods, labels))


def _truncate(day: date, freq: str) -> date:
    stamp = pd.Timestamp(day)
    if freq == "week":
        stamp -= pd.Timedelta(days=stamp.weekday())
    elif freq == "month":
        stamp = stamp.replace(day=1)
    return stamp.date()


def _fill(rows: pd.DataFrame, periods: list[date], labels: tuple[str, str]) -> pd.DataFrame:
    """Spread quad classes into columns and give every period both directions, with zeros where quiet."""
    index = pd.MultiIndex.from_product([periods, (0, 1)], names=["period", "dir"])
    if rows.empty:
        frame = pd.DataFrame(0, index=index, columns=[*QUADS, "goldstein_sum", "articles"])
    else:
        rows["period"] = pd.to_datetime(rows["period"]).dt.date
        counts = rows.pivot_table(index=["period", "dir"], columns="quad_class", values="n", aggfunc="sum", fill_value=0)
        counts = counts.reindex(columns=[1, 2, 3, 4], fill_value=0)
        counts.columns = list(QUADS)
        sums = rows.groupby(["period", "dir"])[["goldstein_sum", "articles"]].sum()
        frame = counts.join(sums).reindex(index, fill_value=0)
    frame = frame.reset_index()
    frame["direction"] = [labels[d] for d in frame["dir"]]
    frame[list(QUADS)] = frame[list(QUADS)].astype(int)
    frame["events"] = frame[list(QUADS)].sum(axis=1)
    frame["goldstein_sum"] = frame["goldstein_sum"].astype(float).round(2)
    frame["goldstein_mean"] = (frame["goldstein_sum"] / frame["events"].where(frame["events"] > 0)).round(2)
    frame["articles"] = frame["articles"].astype(int)
    return frame[list(COLUMNS)]


# Two passes, one per direction, so an event is put under the direction it was coded in.
_QUERY = """
WITH matched AS (
  SELECT 0 AS dir, date, quad_class, goldstein, articles FROM events
  WHERE {happened} AND {src} AND {tgt}
    AND (? IS NULL OR date >= ?) AND (? IS NULL OR date <= ?)
  UNION ALL
  SELECT 1 AS dir, date, quad_class, goldstein, articles FROM events
  WHERE {happened} AND {src} AND {tgt}
    AND (? IS NULL OR date >= ?) AND (? IS NULL OR date <= ?)
)
SELECT date_trunc('{freq}', date)::DATE AS period, dir, quad_class, count(*) AS n,
       sum(coalesce(goldstein, 0)) AS goldstein_sum, sum(coalesce(articles, 0)) AS articles
FROM matched WHERE quad_class BETWEEN 1 AND 4
GROUP BY ALL ORDER BY period, dir
"""
