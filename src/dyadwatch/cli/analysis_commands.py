"""`dyadwatch dyad`, `dyadwatch alerts`, `dyadwatch report`: watch pairs of actors in the event database."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import click

from ..errors import DyadwatchError
from .defaults import ALERT_BASELINE_WEEKS, ALERT_MIN_EVENTS, ALERT_WINDOW_DAYS
from .main import _choice, database_errors, fail, warn
from .store_commands import DB_OPTION

SERIES_FORMATS = ("table", "csv", "json")
ALERT_FORMATS = ("table", "json")

def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} '{value}' is not a date; write it as YYYY-MM-DD")
    return None


def _flag_dates(con) -> None:
    """Say when events were left out for an impossible date (before 1900 or after tomorrow)."""
    from ..analysis.store import impossible_dates

    count = impossible_dates(con)
    if count:
        warn(f"{count} event{'s' * (count != 1)} with an impossible date (before 1900 or after tomorrow, stored "
             "by an older dyadwatch) left out")


@click.command()
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--freq", default="week", show_default=True, help="Period: day, week (from Monday) or month.")
@click.option("--since", help="First day to count (YYYY-MM-DD); default: the first event of the dyad.")
@click.option("--until", help="Last day to count (YYYY-MM-DD); default: the last event of the dyad.")
@click.option("--format", "fmt", default="table", show_default=True, help="Output: table, csv or json.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the series to FILE.png or FILE.svg.")
def dyad(a: str, b: str, db: str, freq: str, since: str | None, until: str | None, fmt: str,
         plot_path: Path | None) -> None:
    """Events between A and B per period, in each direction: counts by quad class, Goldstein sum and mean,
    articles. A and B are country or actor codes (RUS, RUSMIL, PRKGOV, IGOUNO); RUS matches every Russian
    actor, RUSMIL only the Russian military. Only asserted, non-negated events count."""
    from ..analysis.plot import PLOT_FORMATS, save
    from ..analysis.series import FREQS, dyad_series
    from ..analysis.store import connect
    from .analysis_output import write_series

    _choice(freq, FREQS, "--freq")
    _choice(fmt, SERIES_FORMATS, "--format")
    a, b = a.upper(), b.upper()
    if a == b:
        fail(f"A and B are both {a}; give two different actors")
    first, last = _day(since, "--since"), _day(until, "--until")
    if first and last and first > last:
        fail(f"--since {first} is after --until {last}")
    if plot_path and plot_path.suffix.lower().lstrip(".") not in PLOT_FORMATS:
        fail(f"--plot {plot_path}: give a .png or .svg file name")
    try:
        with database_errors(db), connect(db) as con:
            _flag_dates(con)
            series = dyad_series(con, a, b, freq, first, last)
    except DyadwatchError as exc:
        fail(str(exc))
    write_series(series, fmt, sys.stdout)
    if plot_path:
        try:
            save(series, plot_path)
        except OSError as exc:
            fail(f"--plot {plot_path}: cannot write ({exc.strerror or exc})")
        click.echo(f"plot written to {plot_path}", err=True)


@click.command()
@DB_OPTION
@click.option("--since", help="First day of the window under test (YYYY-MM-DD); the window runs to the latest "
              f"event in the database. Default: the last {ALERT_WINDOW_DAYS} days up to that event.")
@click.option("--min-events", default=ALERT_MIN_EVENTS, show_default=True, type=click.IntRange(min=1),
              help="Test only dyads with at least this many conflict events in the window.")
@click.option("--baseline-weeks", default=ALERT_BASELINE_WEEKS, show_default=True, type=click.IntRange(min=1),
              help="Weeks before the window that make each dyad's own baseline.")
@click.option("--format", "fmt", default="table", show_default=True, help="Output: table or json.")
def alerts(db: str, since: str | None, min_events: int, baseline_weeks: int, fmt: str) -> None:
    """Dyads whose conflict rose significantly against their own baseline, most surprising first, each with
    the events that drove it. Conflict events (quad classes 3-4) in the window are compared with the dyad's
    rate in the baseline, relative to all events reported in each period (negative binomial upper tail,
    5% false discovery rate across the dyads tested); see README, "Watching dyads"."""
    from ..analysis.alerts import scan_alerts
    from ..analysis.store import connect
    from .analysis_output import write_alerts

    _choice(fmt, ALERT_FORMATS, "--format")
    first = _day(since, "--since")
    try:
        with database_errors(db), connect(db) as con:
            _flag_dates(con)
            scan = scan_alerts(con, first, min_events, baseline_weeks)
    except DyadwatchError as exc:
        fail(str(exc))
    write_alerts(scan, fmt, sys.stdout, baseline_weeks, min_events)


@click.command()
@DB_OPTION
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@click.option("--since", help="First day of the alert window (YYYY-MM-DD), as for `dyadwatch alerts`.")
def report(db: str, output: Path, since: str | None) -> None:
    """One self-contained HTML file (no external requests) with the most active dyads, the alerts and their
    plots, to open from disk."""
    from ..analysis.report import render_report
    from ..analysis.store import connect

    first = _day(since, "--since")
    folder = output.parent.resolve()
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        fail(f"{output}: cannot write (no writable directory {folder})")
    try:
        with database_errors(db), connect(db) as con:
            _flag_dates(con)
            html = render_report(con, db, first)
    except DyadwatchError as exc:
        fail(str(exc))
    try:
        output.write_text(html, encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror or exc})")
    click.echo(f"report written to {output}", err=True)
