"""What reaches a terminal: no escape sequences from documents, quick start-up, words in the plural only
when there are several."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from dyadwatch.cli import defaults
from dyadwatch.cli.main import cli
from dyadwatch.terminal import printable

HOSTILE = ("\x1b]0;owned terminal\x07 \x1b]8;;https://evil.example\x1b\\ \x1b[2J\x1b[31m Russian forces attacked "
           "Kharkiv on Monday, Ukrainian officials said. \x1b[0m \x1b]8;;\x1b\\ \x9b1;31m \x07\x08")


@pytest.mark.parametrize("text, expected", [
    ("\x1b[1;31mred\x1b[0m text", "red text"),
    ("\x1b]0;title\x07after", "after"),
    ("\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\", "link"),
    ("bell\x07 back\x08 nul\x00 del\x7f c1\x9b2J", "bell back nul del c1"),
    ("tabs\tand\nnewlines stay", "tabs\tand\nnewlines stay"),
])
def test_printable_drops_escapes_and_controls(text, expected):
    assert printable(text) == expected


def test_document_text_reaches_the_terminal_without_escapes(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    table = CliRunner().invoke(cli, ["code", str(path), "--published", "2024-03-05"])
    assert table.exit_code == 0, table.output
    assert "attacked" in table.stdout and "(1 event)" in table.stdout
    assert not any(ch in table.stdout for ch in "\x1b\x07\x08\x9b")
    db = tmp_path / "h.duckdb"
    assert CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "--workers", "1"]).exit_code == 0
    events = CliRunner().invoke(cli, ["events", "--db", str(db)])
    assert "RUSMIL" in events.stdout and not any(ch in events.stdout for ch in "\x1b\x07\x08\x9b")
    # programs get the text as it is, escaped by JSON
    record = json.loads(CliRunner().invoke(cli, ["code", str(path), "--format", "jsonl"]).stdout.splitlines()[0])
    assert "\x1b[31m" in record["sentence"] or "\x1b[0m" in record["sentence"]


def test_version_and_help_import_no_heavy_library():
    script = ("import sys; from click.testing import CliRunner; from dyadwatch.cli.main import cli; "
              "r = CliRunner().invoke(cli, ['--help']); assert r.exit_code == 0, r.output; "
              "r = CliRunner().invoke(cli, ['ingest', '--help']); assert r.exit_code == 0, r.output; "
              "print(sorted(m for m in ('spacy', 'duckdb', 'pandas', 'matplotlib', 'pyarrow', 'lxml', 'rich') "
              "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_version_is_the_installed_packages():
    from importlib.metadata import version

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.output.split()[-1] == version("dyadwatch")


def test_help_defaults_are_the_librarys():
    from dyadwatch.analysis import alerts
    from dyadwatch.nlp.pipeline import MODEL_ENV
    from dyadwatch.store import DB_ENV, DEFAULT_DB
    from dyadwatch.store.formats import FORMATS

    assert (defaults.MODEL_ENV, defaults.DB_ENV, defaults.DEFAULT_DB) == (MODEL_ENV, DB_ENV, DEFAULT_DB)
    assert defaults.EVENT_FORMATS == FORMATS
    assert (defaults.ALERT_WINDOW_DAYS, defaults.ALERT_MIN_EVENTS, defaults.ALERT_BASELINE_WEEKS) == (
        alerts.WINDOW_DAYS, alerts.MIN_EVENTS, alerts.BASELINE_WEEKS)
