"""`dyadwatch watch`: follow RSS, Atom and sitemap feeds, store new articles as they appear, report new alerts."""
from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

from ..errors import DyadwatchError
from .defaults import MODEL_ENV
from .main import fail
from .store_commands import DB_OPTION

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def _duration(ctx: click.Context, param: click.Parameter, value: str) -> float:
    match = _DURATION.fullmatch(value.strip().lower())
    seconds = float(match[1]) * _UNITS[match[2]] if match else 0
    if seconds < 1:
        raise click.BadParameter(f"'{value}' is not a duration of a second or more; write e.g. 90s, 15m, 2h")
    return seconds


@click.command()
@click.argument("feed_list", type=click.Path(dir_okay=False, path_type=Path))
@DB_OPTION
@click.option("--every", default="15m", show_default=True, callback=_duration,
              help="Time from the start of one round to the start of the next: 90s, 15m, 2h.")
@click.option("--once", is_flag=True, help="One round, then exit (for cron or a systemd timer).")
@click.option("--notify", multiple=True, metavar="FILE|URL",
              help="Also send each new alert here: a file (JSON Lines, appended) or an http(s) webhook (JSON POST). Repeatable.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds to wait for a server to connect or send more.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to the same host (a longer robots.txt Crawl-delay wins).")
@click.option("--per-host", type=click.IntRange(min=1), default=2, show_default=True,
              help="Requests to the same host at once.")
@click.option("--max-mb", type=click.FloatRange(min=0.01), default=10.0, show_default=True,
              help="Largest feed or page fetched, in megabytes.")
@click.option("--min-events", type=click.IntRange(min=1), default=3, show_default=True,
              help="Alert test: only dyads with at least this many conflict events in the window, as `dyadwatch alerts`.")
@click.option("--include-comments", is_flag=True, help="Also code reader comments.")
@click.option("--model", envvar=MODEL_ENV, help=f"spaCy pipeline to parse with [env: {MODEL_ENV}].")
@click.option("--lexicon", "lexicon_dir", type=click.Path(file_okay=False, path_type=Path),
              help="A lexicon directory to use instead of the built-in one.")
def watch(feed_list: Path, db: str, every: float, once: bool, notify: tuple[str, ...], timeout: float, delay: float,
          per_host: int, max_mb: float, min_events: int, include_comments: bool, model: str | None,
          lexicon_dir: Path | None) -> None:
    """Watch the feeds of FEED_LIST (one RSS, Atom or sitemap URL a line, optionally followed by a source
    name; # starts a comment): each round stores the new articles as `ingest` does and reports the alerts
    that are new. Ctrl-C stops after the batch in hand; what is stored is kept."""
    from ..documents.feeds import read_feed_list
    from ..documents.fetch import FetchPolicy
    from ..pipeline.local import IngestOptions
    from ..pipeline.notify import Notifier
    from ..pipeline.watch import WatchOptions, Watcher
    from ..store import Store

    stop = threading.Event()
    try:
        feeds = read_feed_list(feed_list)
        notifiers = [Notifier(target) for target in notify]
        options = WatchOptions(
            every=every, min_events=min_events,
            fetch=FetchPolicy(timeout=timeout, delay=delay, per_host=per_host, max_bytes=int(max_mb * 2**20)),
            coding=IngestOptions(workers=1, model=model, lexicon_dir=lexicon_dir, include_comments=include_comments),
        )
        store = Store.open(db, hold=False)  # connected only while it reads or writes: others can read meanwhile
        click.echo(f"watching {len(feeds)} feed{'s' * (len(feeds) != 1)} from {feed_list} into {db}"
                   + ("" if once else f", a round every {_clock(every)}; Ctrl-C stops"))
        with _stopping_on_signals(stop):
            watcher = Watcher(store, feeds, options, notifiers, stop)
            try:
                watcher.run(once, _print_round)
            finally:
                watcher.close()
    except KeyboardInterrupt:
        fail("interrupted; every committed batch is kept: run the same command again to continue")
    except DyadwatchError as exc:
        fail(str(exc))
    if stop.is_set():
        click.echo("stopped; every committed batch is kept: run the same command again to continue")


@contextmanager
def _stopping_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C or SIGTERM: finish the batch in hand and stop; a second one interrupts at once."""
    def handle(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo(f"{signal.Signals(signum).name}: stopping after the batch in hand", err=True)

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _print_round(s) -> None:
    """One line per round, then each error and each new alert."""
    for error in s.errors:
        click.echo(f"error: {error.origin}: {error.message}", err=True)
    feeds = ", ".join(f"{n} {what}" for n, what in ((s.unchanged, "unchanged"), (s.failed, "failed")) if n)
    unchanged = f" ({feeds})" if feeds else ""
    waiting = f", {s.waiting} waiting to retry" if s.waiting else ""
    duplicates = f" ({s.duplicates} already stored)" if s.duplicates else ""
    following = "stopped" if s.stopped else ("done" if s.next_in is None else f"next round in {_clock(s.next_in)}")
    click.echo(f"round {s.number} at {s.started:%Y-%m-%d %H:%M:%S}: {_n(s.feeds, 'feed')} checked{unchanged}, "
               f"{_n(s.articles, 'new article')}{duplicates}, {_n(s.mentions, 'event')}, {_n(len(s.alerts), 'new alert')}, "
               f"{_n(len(s.errors), 'error')}{waiting} in {s.seconds:.1f}s; {following}")
    for alert in s.alerts:
        click.echo(f"new alert: {alert['a']} - {alert['b']}: {alert['conflict']} conflict events from "
                   f"{alert['window_start']} to {alert['window_end']}, expected {alert['expected']:.1f}; "
                   f"p = {alert['p_value']:.1e}")
        for event in alert["events"][:3]:
            click.echo(f"   {event['date']}  {event['source']} -> {event['target']}  {event['cameo']} "
                       f"{event['cameo_name'][:40]}  {event['url']}")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s" if seconds else f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
