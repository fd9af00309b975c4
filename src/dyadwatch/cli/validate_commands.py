"""`dyadwatch validate`: score the coder against gold standards."""
from __future__ import annotations

from pathlib import Path

import click

from ..coding.coder import Coder
from ..coding.evaluate import format_score, read_gold, score_plover
from ..errors import DyadwatchError
from ..nlp.pipeline import MODEL_ENV
from .main import fail


@click.group()
def validate() -> None:
    """Score the coder against a gold standard."""


@validate.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--model", envvar=MODEL_ENV, help=f"spaCy pipeline to parse with [env: {MODEL_ENV}].")
@click.option("--lexicon", "lexicon_dir", type=click.Path(file_okay=False, path_type=Path), help="A lexicon directory to use instead of the built-in one.")
def plover(path: Path, model: str | None, lexicon_dir: Path | None) -> None:
    """Score PLOVER-format gold sentences (JSONL with id, text, gold type/source/target)."""
    if not path.is_file():
        fail(f"{path}: no such file; give a PLOVER gold JSONL file")
    try:
        score, _ = score_plover(Coder.create(model, lexicon_dir), read_gold(path))
    except DyadwatchError as exc:
        fail(str(exc))
    click.echo(format_score(score))
