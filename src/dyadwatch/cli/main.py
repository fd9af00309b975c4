"""The dyadwatch command line: a thin client of the library.

Start-up is kept short: the library (spaCy, DuckDB, pandas, matplotlib) is imported inside each
command, so `dyadwatch --version` and `--help` answer at once.
"""
from __future__ import annotations

import signal
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import click

from .. import __version__
from ..errors import DocumentError, DyadwatchError
from ..terminal import printable
from .defaults import MODEL_ENV

if TYPE_CHECKING:
    from ..coding.coder import Coder
    from ..coding.event import CodedDocument
    from ..documents.document import Document

INPUT_FORMATS = ("auto", "text", "html", "jsonl")
OUTPUT_FORMATS = ("table", "jsonl", "json")


def _say(message: str) -> None:
    click.echo(f"error: {printable(message)}", err=True)


def warn(message: str) -> None:
    click.echo(f"warning: {printable(message)}", err=True)


@contextmanager
def database_errors(db: str) -> Iterator[None]:
    """A database file that fails while it is read (damaged, cut short) is one line, like any StoreError."""
    import duckdb

    from ..store.database import damaged

    try:
        yield
    except duckdb.Error as exc:
        fail(str(damaged(db, exc)))


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM stops a run as Ctrl-C does (KeyboardInterrupt), so it ends as cleanly."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def fail(message: str) -> None:
    """Stop with a one-line error and exit status 1."""
    _say(message)
    raise click.exceptions.Exit(1)


def _dictionaries(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    if value is None:
        return None
    kind, sep, directory = value.partition(":")
    if not sep or kind != "petrarch" or not directory:
        raise click.BadParameter("write petrarch:DIR, e.g. petrarch:../shared/data/petrarch/dictionaries")
    return Path(directory)


dictionaries_option = click.option(
    "--dictionaries", callback=_dictionaries, metavar="petrarch:DIR",
    help="Code with PETRARCH-2/TABARI dictionaries (verbs, actors, agents, discards) from DIR instead of our lexicon.",
)


def _warn(warnings: list[str]) -> None:
    """Dictionary entries loaded but unusable: the first few, and how many in all."""
    for warning in warnings[:3]:
        warn(warning)
    if len(warnings) > 3:
        warn(f"{len(warnings) - 3} more dictionary entries skipped")


def _choice(value: str, valid: tuple[str, ...], option: str) -> str:
    if value not in valid:
        fail(f"unknown {option} '{value}'; choose one of: {', '.join(valid)}")
    return value


@click.group()
@click.version_option(__version__, package_name="dyadwatch")  # no metadata lookup: a tenth of a second
def cli() -> None:
    """Political event data from news: who did what to whom, when."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", default="table", show_default=True, help="Output: table, jsonl (one event a line) or json (whole documents).")
@click.option("--input-format", default="auto", show_default=True, help="Input: auto, text, html or jsonl.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for documents that do not carry one.")
@click.option("--include-comments", is_flag=True, help="Also code reader comments (marked segment: comment).")
@click.option("--model", envvar=MODEL_ENV, help=f"spaCy pipeline to parse with [env: {MODEL_ENV}].")
@click.option("--lexicon", "lexicon_dir", type=click.Path(file_okay=False, path_type=Path), help="A lexicon directory to use instead of the built-in one.")
@dictionaries_option
def code(paths: tuple[str, ...], fmt: str, input_format: str, published: str | None, include_comments: bool,
         model: str | None, lexicon_dir: Path | None, dictionaries: Path | None) -> None:
    """Code documents into events. PATHS are files (.txt, .html, .jsonl) or - for standard input."""
    from ..coding.coder import Coder
    from .output import write_documents

    _choice(fmt, OUTPUT_FORMATS, "--format")
    _choice(input_format, INPUT_FORMATS, "--input-format")
    day = _published(published)
    failures: list[str] = []
    try:
        coder = Coder.create(model, lexicon_dir, include_comments, dictionaries)
        _warn(coder.lexicon.warnings)
        documents = _documents(paths, input_format, day, failures)
        write_documents(_coded(coder, documents, failures), fmt, sys.stdout)
    except DyadwatchError as exc:
        fail(str(exc))
    if failures:
        raise click.exceptions.Exit(1)


def _published(value: str | None) -> date | None:
    from ..documents.dates import publication_date

    if value is None:
        return None
    try:
        return publication_date(value)
    except ValueError as exc:
        fail(f"--published: {exc}; write it as YYYY-MM-DD")
    return None


def _documents(paths: tuple[str, ...], fmt: str, day: date | None, failures: list[str]) -> Iterator[Document]:
    """The documents to code; those too long to parse are failures, those not in English are skipped, as
    `dyadwatch ingest` does."""
    from ..documents.checks import not_english, too_long
    from ..documents.readers import read_source

    for path in paths:
        try:
            for item in read_source(path, fmt, day):
                if isinstance(item, DocumentError):
                    _report(item, failures)
                elif refused := too_long(item):
                    _report(DocumentError(item.origin, refused), failures)
                elif skipped := not_english(item):
                    warn(f"{item.origin}: {skipped}")
                else:
                    for note in item.notes:
                        warn(f"{item.origin}: {note}")
                    yield item
        except DyadwatchError as exc:
            _report(exc, failures)


def _coded(coder: Coder, documents: Iterator[Document], failures: list[str]) -> Iterator[CodedDocument]:
    for result in coder.code_many(documents):
        if isinstance(result, DocumentError):
            _report(result, failures)
        else:
            yield result


def _report(error: Exception, failures: list[str]) -> None:
    failures.append(str(error))
    _say(str(error))


from .validate_commands import validate  # noqa: E402

cli.add_command(validate)

from .analysis_commands import alerts, dyad, report  # noqa: E402
from .store_commands import events, ingest  # noqa: E402

for _command in (ingest, events, dyad, alerts, report):
    cli.add_command(_command)

from .serve_commands import serve  # noqa: E402

cli.add_command(serve)

from .watch_commands import watch  # noqa: E402

cli.add_command(watch)

from .lexicon_commands import lexicon  # noqa: E402

cli.add_command(lexicon)
