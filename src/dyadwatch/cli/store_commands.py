"""`dyadwatch ingest` and `dyadwatch events`: a corpus into the event store, merged events out of it."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

import click

from ..errors import DyadwatchError
from ..documents.readers import parse_date
from ..nlp.pipeline import MODEL_ENV
from ..store import DB_ENV, DEFAULT_DB, Store
from ..pipeline import IngestOptions, IngestSummary, ingest as ingest_corpus
from ..pipeline.dask_engine import DaskOptions, ingest_dask
from ..store.export import EventFilter
from ..store.formats import BINARY_FORMATS, FORMATS, write_events, write_parquet
from .main import _choice, _say, fail

DB_OPTION = click.option("--db", envvar=DB_ENV, default=DEFAULT_DB, show_default=True,
                         help=f"The event database (DuckDB file) that `dyadwatch ingest` writes [env: {DB_ENV}].")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--workers", type=click.IntRange(min=0), default=0,
              help="Worker processes, or workers of the local Dask cluster (default: one per core).")
@click.option("--batch-size", type=click.IntRange(min=1), default=8, show_default=True, help="Documents per task sent to a worker.")
@click.option("--include-comments", is_flag=True, help="Also code reader comments.")
@click.option("--model", envvar=MODEL_ENV, help=f"spaCy pipeline to parse with [env: {MODEL_ENV}].")
@click.option("--lexicon", "lexicon_dir", type=click.Path(file_okay=False, path_type=Path), help="A lexicon directory to use instead of the built-in one.")
@click.option("--engine", default="local", show_default=True, help="local (worker processes) or dask (a Dask cluster).")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: a running scheduler (tcp://HOST:8786) instead of a local cluster.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="With --engine dask: keep the coded rows here as a Parquet dataset (shared by the workers with --scheduler).")
@click.option("--partition-size", type=click.IntRange(min=1), default=256, show_default=True,
              help="With --engine dask: documents per partition (one task, one Parquet file per table).")
def ingest(paths: tuple[str, ...], db: str, workers: int, batch_size: int, include_comments: bool,
           model: str | None, lexicon_dir: Path | None, engine: str, scheduler: str | None, out: Path | None,
           partition_size: int) -> None:
    """Code files and directories (.html, .htm, .txt, .jsonl, .jsonl.gz, .warc, .warc.gz) into the event database.

    Documents already stored are skipped, so running again adds nothing and an interrupted run continues.
    """
    _choice(engine, ("local", "dask"), "--engine")
    if engine == "local" and (scheduler or out):
        fail(f"{'--scheduler' if scheduler else '--out'} needs --engine dask")
    options = IngestOptions(workers=workers, batch_size=batch_size, model=model, lexicon_dir=lexicon_dir,
                            include_comments=include_comments)
    progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
    try:
        with Store.open(db, hold=False) as store:  # connected per batch: others can read in between
            if engine == "dask":
                dask_options = DaskOptions(scheduler=scheduler, out=out, partition_size=partition_size)
                summary = ingest_dask(store, paths, options, dask_options, progress)
            else:
                summary = ingest_corpus(store, paths, options, progress)
    except KeyboardInterrupt:
        fail("interrupted; every committed batch is kept: run the same command again to continue")
    except DyadwatchError as exc:
        fail(str(exc))
    if progress:
        progress.done()
    for error in summary.errors:
        _say(f"{error.origin}: {error.message}")
    click.echo(_summary(summary, db))
    if summary.errors:
        raise click.exceptions.Exit(1)


class _Progress:
    """One status line on a terminal: files, documents/s, events/s."""

    def __init__(self, out: TextIO):
        self.out = out

    def __call__(self, s: IngestSummary) -> None:
        rate = s.seconds or 1e-9
        width = 20
        filled = int(width * s.files_read / s.files) if s.files else width
        bar = "#" * filled + "-" * (width - filled)
        self.out.write(f"\r[{bar}] files {s.files_read}/{s.files}  {s.documents} docs  "
                       f"{s.documents / rate:.1f} docs/s  {s.mentions / rate:.1f} events/s  {len(s.errors)} errors ")
        self.out.flush()

    def done(self) -> None:
        self.out.write("\n")


def _summary(s: IngestSummary, db: str) -> str:
    rate = s.seconds or 1e-9
    return (f"{db}: {s.documents} documents stored ({s.skipped} already stored or refused before), {s.sentences} sentences, "
            f"{s.mentions} event mentions in {s.seconds:.1f}s ({s.documents / rate:.1f} docs/s, "
            f"{s.mentions / rate:.1f} events/s); {s.events} events in the database; {len(s.errors)} errors")


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
@click.option("--format", "fmt", default="table", show_default=True, help=f"Output: {', '.join(FORMATS)}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of standard output.")
def events(db: str, actor: str | None, dyad: tuple[str, str] | None, since: str | None, until: str | None,
           root: str | None, place: str | None, country_of_event: str | None, fmt: str, output: str | None) -> None:
    """Show or export the merged events of the event database."""
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
        with Store.open(db, read_only=True) as store:
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
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        fail(f"{option} '{value}' is not a date; write it as YYYY-MM-DD")
    return None
