"""`dyadwatch validate`: score the coder against gold standards."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import DyadwatchError
from .defaults import MODEL_ENV
from .main import dictionaries_option, fail


@click.group()
def validate() -> None:
    """Score the coder against a gold standard."""


@validate.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--model", envvar=MODEL_ENV, help=f"spaCy pipeline to parse with [env: {MODEL_ENV}].")
@click.option("--lexicon", "lexicon_dir", type=click.Path(file_okay=False, path_type=Path), help="A lexicon directory to use instead of the built-in one.")
@dictionaries_option
def plover(path: Path, model: str | None, lexicon_dir: Path | None, dictionaries: Path | None) -> None:
    """Score PLOVER-format gold sentences (JSONL with id, text, gold type/source/target)."""
    from ..coding.coder import Coder
    from ..coding.evaluate import format_score, read_gold, score_plover

    if not path.is_file():
        fail(f"{path}: no such file; give a PLOVER gold JSONL file")
    try:
        score, _ = score_plover(Coder.create(model, lexicon_dir, dictionaries=dictionaries), read_gold(path))
    except DyadwatchError as exc:
        fail(str(exc))
    click.echo(format_score(score))


@validate.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--model", envvar=MODEL_ENV, help=f"spaCy pipeline to parse with [env: {MODEL_ENV}].")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), help="Write per-record results (expected and coded triples) to this file.")
def petrarch(path: Path, model: str | None, json_path: Path | None) -> None:
    """Run a PETRARCH validation suite (records XML) with the dictionaries its <Environment> names."""
    from ..coding.petrarch.suite import format_results, results_json, run_suite

    if not path.is_file():
        fail(f"{path}: no such file; give a PETRARCH validation records file (XML)")
    try:
        results = run_suite(path, model)
    except DyadwatchError as exc:
        fail(str(exc))
    if json_path is not None:
        json_path.write_text(json.dumps(results_json(results), indent=1) + "\n", encoding="utf-8")
    click.echo(format_results(results))
