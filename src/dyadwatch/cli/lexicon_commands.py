"""`dyadwatch lexicon`: what the lexicon holds (stats) and how it codes a sentence (explain)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import DyadwatchError
from .defaults import MODEL_ENV
from .main import _choice, _published, fail

FORMATS = ("table", "json")


@click.group()
def lexicon() -> None:
    """Inspect the event lexicon."""


@lexicon.command()
@click.option("--format", "fmt", default="table", show_default=True, help="Output: table or json.")
@click.option("--few", default=2, show_default=True, help="List codes with at most this many entries.")
@click.option("--lexicon", "lexicon_dir", type=click.Path(file_okay=False, path_type=Path), help="A lexicon directory to use instead of the built-in one.")
def stats(fmt: str, few: int, lexicon_dir: Path | None) -> None:
    """Entries per CAMEO code and root (verbs and nouns), and the codes with none or few."""
    from ..coding.explain import lexicon_stats
    from ..coding.lexicon import load_lexicon
    from ..coding.ontology import load_ontology

    _choice(fmt, FORMATS, "--format")
    try:
        result = lexicon_stats(load_lexicon(lexicon_dir), load_ontology())
    except DyadwatchError as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(few), indent=1))
        return
    click.echo(f"{'root':<6}{'verbs':>7}{'nouns':>7}{'total':>7}")
    for root, count in result.roots().items():
        click.echo(f"{root:<6}{count.verbs:>7}{count.nouns:>7}{count.total:>7}")
    total = sum(c.total for c in result.codes)
    click.echo(f"entries: {total} ({result.null_entries} null entries '---' besides)")
    scarce = result.few(few)
    empty = [c for c in scarce if c.total == 0]
    click.echo(f"codes with no entry: {len(empty)} of {len(result.codes)}")
    click.echo(f"codes with at most {few} entries:")
    for count in scarce:
        click.echo(f"  {count.code:<5}{count.total:>3}  {count.name}")


@lexicon.command()
@click.argument("sentence")
@click.option("--published", help="Publication date (YYYY-MM-DD) the sentence's dates are read against.")
@click.option("--format", "fmt", default="table", show_default=True, help="Output: table or json.")
@click.option("--model", envvar=MODEL_ENV, help=f"spaCy pipeline to parse with [env: {MODEL_ENV}].")
@click.option("--lexicon", "lexicon_dir", type=click.Path(file_okay=False, path_type=Path), help="A lexicon directory to use instead of the built-in one.")
def explain(sentence: str, published: str | None, fmt: str, model: str | None, lexicon_dir: Path | None) -> None:
    """Which entries and rules fired or nearly fired on SENTENCE, and why."""
    from ..coding.coder import Coder
    from ..coding.explain import explain as run_explain
    from ..coding.explain import explanation_json, format_explanation

    _choice(fmt, FORMATS, "--format")
    day = _published(published)
    if not sentence.strip():
        fail("the sentence is empty; give the text to explain in quotes")
    try:
        result = run_explain(Coder.create(model, lexicon_dir), sentence, day)
    except DyadwatchError as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(explanation_json(result), indent=1, ensure_ascii=False))
    else:
        click.echo(format_explanation(result), nl=False)
