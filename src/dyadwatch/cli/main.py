"""The dyadwatch command line: a thin client of the library."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Iterator

import click

from ..coding.coder import Coder, CodedDocument
from ..errors import DocumentError, DyadwatchError
from ..documents import read_source
from ..documents.document import Document
from ..documents.dates import publication_date
from ..nlp.pipeline import MODEL_ENV
from .output import OUTPUT_FORMATS, write_documents

INPUT_FORMATS = ("auto", "text", "html", "jsonl")


def _say(message: str) -> None:
    click.echo(f"error: {message}", err=True)


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
        click.echo(f"warning: {warning}", err=True)
    if len(warnings) > 3:
        click.echo(f"warning: {len(warnings) - 3} more dictionary entries skipped", err=True)


def _choice(value: str, valid: tuple[str, ...], option: str) -> str:
    if value not in valid:
        fail(f"unknown {option} '{value}'; choose one of: {', '.join(valid)}")
    return value


@click.group()
@click.version_option(package_name="dyadwatch")
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
    if value is None:
        return None
    try:
        return publication_date(value)
    except ValueError as exc:
        fail(f"--published: {exc}; write it as YYYY-MM-DD")
    return None


def _documents(paths: tuple[str, ...], fmt: str, day: date | None, failures: list[str]) -> Iterator[Document]:
    for path in paths:
        try:
            for item in read_source(path, fmt, day):
                if isinstance(item, DocumentError):
                    _report(item, failures)
                else:
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
