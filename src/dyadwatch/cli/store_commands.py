"""`dyadwatch ingest` and `dyadwatch events`: a corpus into the event store, merged events out of it."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import DyadwatchError
from ..terminal import printable
from .defaults import DB_ENV, DEFAULT_DB, EVENT_FORMATS, MODEL_ENV
from .main import _choice, _published, _say, database_errors, fail, terminate_as_interrupt, warn

if TYPE_CHECKING:
    from ..pipeline import IngestSummary

DB_OPTION = click.option("--db", envvar=DB_ENV, default=DEFAULT_DB, show_default=True,
                         help=f"The event database (DuckDB file) that `dyadwatch ingest` writes [env: {DB_ENV}].")
NOTES_SHOWN = 10  # notes (documents set aside or replaced) printed one by one; the rest are counted


@click.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--workers", type=click.IntRange(min=0), default=0,
              help="Worker processes, or workers of the local Dask cluster (default: one per core).")
@click.option("--batch-size", type=click.IntRange(min=1), default=8, show_default=True, help="Documents per task sent to a worker.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for documents that do not carry one (plain text without a dateline).")
@click.option("--include-comments", is_flag=True, help="Also code reader comments.")
@click.option("--model", envvar=MODEL_ENV, help=f"spaCy pipeline to parse with [env: {MODEL_ENV}].")
@click.option("--lexicon", "lexicon_dir", type=click.Path(file_okay=False, path_type=Path), help="A lexicon directory to use instead of the built-in one.")
@click.option("--engine", default="local", show_default=True, help="local (worker processes) or dask (a Dask cluster).")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: a running scheduler (tcp://HOST:8786) instead of a local cluster.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="With --engine dask: keep the coded rows here as a Parquet dataset (shared by the workers with --scheduler).")
@click.option("--partition-size", type=click.IntRange(min=1), default=256, show_default=True,
              help="With --engine dask: documents per partition (one task, one Parquet file per table).")
def ingest(paths: tuple[str, ...], db: str, workers: int, batch_size: int, published: str | None, include_comments: bool,
           model: str | None, lexicon_dir: Path | None, engine: str, scheduler: str | None, out: Path | None,
           partition_size: int) -> None:
    """Code files and directories (.html, .htm, .txt, .jsonl, .jsonl.gz, .warc, .warc.gz) into the event database.

    Documents already stored are skipped, so running again adds nothing and an interrupted run (Ctrl-C,
    SIGTERM) continues.
    """
    if engine == "local" and workers != 1 and (workers or os.cpu_count() or 1) > 1:
        from ..pipeline.forkserver import start_early

        start_early()  # the workers' model loads while the library is imported below
    from ..pipeline import IngestOptions, ingest as ingest_corpus
    from ..store import Store

    _choice(engine, ("local", "dask"), "--engine")
    if engine == "local" and (scheduler or out):
        fail(f"{'--scheduler' if scheduler else '--out'} needs --engine dask")
    options = IngestOptions(workers=workers, batch_size=batch_size, model=model, lexicon_dir=lexicon_dir,
                            include_comments=include_comments, published=_published(published))
    progress = _Progress() if sys.stderr.isatty() else None
    try:
        # connected per batch (hold=False): others can read in between
        with terminate_as_interrupt(), database_errors(db), Store.open(db, hold=False) as store:
            if engine == "dask":
                from ..pipeline.dask_engine import DaskOptions, ingest_dask

                dask_options = DaskOptions(scheduler=scheduler, out=out, partition_size=partition_size)
                summary = ingest_dask(store, paths, options, dask_options, progress)
            else:
                summary = ingest_corpus(store, paths, options, progress)
    except KeyboardInterrupt:
        fail("interrupted; every committed batch is kept: run the same command again to continue")
    except DyadwatchError as exc:
        fail(str(exc))
    finally:
        if progress:
            progress.done()
    for error in summary.errors:
        _say(f"{error.origin}: {error.message}")
    for note in summary.notes[:NOTES_SHOWN]:
        click.echo(f"note: {printable(note)}", err=True)
    if len(summary.notes) > NOTES_SHOWN:
        click.echo(f"note: {len(summary.notes) - NOTES_SHOWN} more notes (documents set aside or replaced, metadata ignored)", err=True)
    if summary.mentions and summary.undated * 2 > summary.mentions:
        warn(f"{summary.undated} of {summary.mentions} event mentions have no date (no date in the text and no "
             "publication date); give plain text its date with --published YYYY-MM-DD, or alerts and series "
             "will leave them out")
    click.echo(_summary(summary, db))
    if summary.errors:
        raise click.exceptions.Exit(1)


class _Progress:
    """A status line on the terminal: documents read of those expected, documents/s and the time left."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
                            TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=False)
        self.task = self.bar.add_task("ingest", total=None, rate="")
        self.bar.start()

    def __call__(self, s: IngestSummary) -> None:
        rate = s.processed / s.seconds if s.seconds else 0.0
        self.bar.update(self.task, completed=s.processed, total=s.expected,
                        rate=f"{rate:.1f} docs/s, {s.mentions} event mentions, {len(s.errors)} errors")

    def done(self) -> None:
        self.bar.stop()


def _summary(s: IngestSummary, db: str) -> str:
    rate = s.seconds or 1e-9
    aside = f", {s.set_aside} set aside" if s.set_aside else ""
    return (f"{db}: {_plural(s.documents, 'document')} stored ({s.skipped} already stored or refused before{aside}), "
            f"{_plural(s.sentences, 'sentence')}, {_plural(s.mentions, 'event mention')} in {s.seconds:.1f}s "
            f"({s.documents / rate:.1f} docs/s, {s.mentions / rate:.1f} events/s); {_plural(s.events, 'event')} in "
            f"the database; {_plural(len(s.errors), 'error')}")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


@click.command()
@DB_OPTION
@click.option("--actor", help="Events with this actor as source or target (code prefix: RUS matches RUSGOV).")
@click.option("--dyad", nargs=2, help="Events from the first actor to the second (code prefixes).")
@click.option("--since", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date (YYYY-MM-DD).")
@click.option("--root", help="CAMEO root code, e.g. 18 for assaults.")
@click.option("--place", help="Events that happened at this place or in this admin-1 division (name, any case).")
@click.option("--country-of-event", "country_of_event",
              help="Events that happened in this country (three-letter code, e.g. UKR); not the actors' country.")
@click.option("--format", "fmt", default="table", show_default=True, help=f"Output: {', '.join(EVENT_FORMATS)}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of standard output.")
def events(db: str, actor: str | None, dyad: tuple[str, str] | None, since: str | None, until: str | None,
           root: str | None, place: str | None, country_of_event: str | None, fmt: str, output: str | None) -> None:
    """Show or export the merged events of the event database."""
    from ..store import Store
    from ..store.export import EventFilter
    from ..store.formats import BINARY_FORMATS, FORMATS, write_events, write_parquet

    _choice(fmt, FORMATS, "--format")
    if fmt in BINARY_FORMATS and not output:
        fail(f"--format {fmt} writes a binary file; give one with -o FILE")
    if root is not None and not (root.isdigit() and 1 <= int(root) <= 20):
        fail(f"--root '{root}' is not a CAMEO root; give a number from 01 to 20")
    if country_of_event is not None and not (country_of_event.isalpha() and len(country_of_event) == 3):
        fail(f"--country-of-event '{country_of_event}' is not a country code; give three letters, e.g. UKR")
    event_filter = EventFilter(actor, tuple(dyad) if dyad else None, _date(since, "--since"), _date(until, "--until"), root,
                               place, country_of_event)
    try:
        with database_errors(db), Store.open(db, read_only=True) as store:
            if fmt in BINARY_FORMATS:
                count = write_parquet(store, event_filter, output)
            elif output:
                with open(output, "w", encoding="utf-8", newline="") as out:
                    count = write_events(store, event_filter, fmt, out)
            else:
                count = write_events(store, event_filter, fmt, sys.stdout)
    except BrokenPipeError:  # `dyadwatch events | head`: the reader has all it wanted
        sys.stdout = open(os.devnull, "w")
        return
    except OSError as exc:
        fail(f"{output or '<stdout>'}: cannot write ({exc.strerror or exc}); check the path")
    except DyadwatchError as exc:
        fail(str(exc))
    if output:
        click.echo(f"{count} events written to {output}", err=True)


def _date(value: str | None, option: str) -> date | None:
    from ..documents.dates import parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        fail(f"{option} '{value}' is not a date; write it as YYYY-MM-DD")
    return None
