"""The wire-copy PLOVER gold files are well formed and split evenly, and benchmarks/plover_eval.py
scores any PLOVER-format file given with --gold."""
from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from dyadwatch.coding.evaluate import read_gold

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "benchmarks" / "gold"
COUNTRIES = ROOT / "src" / "dyadwatch" / "actors" / "data" / "countries.tsv"
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
    "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
}


def country_codes() -> set[str]:
    lines = COUNTRIES.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")} | {"IGO", "NGO"}


@pytest.mark.parametrize("half, parity", [("dev", 1), ("check", 0)])
def test_wire_half_has_ten_sentences_of_each_type(half: str, parity: int) -> None:
    records = read_gold(GOLD / f"wire-{half}.jsonl")
    assert Counter(r.type for r in records) == {name: 10 for name in TYPES}
    for r in records:
        kind, number = r.id.split("-")[1:]
        assert kind == r.type and int(number) % 2 == parity, r.id


def test_wire_halves_are_disjoint_and_use_known_codes() -> None:
    dev, check = (read_gold(GOLD / f"wire-{half}.jsonl") for half in ("dev", "check"))
    assert not {r.id for r in dev} & {r.id for r in check}
    assert not {r.text for r in dev} & {r.text for r in check}
    codes = country_codes()
    for r in dev + check:
        assert set(r.source + r.target) <= codes, r.id


def load_benchmark():
    spec = importlib.util.spec_from_file_location("plover_eval", ROOT / "benchmarks" / "plover_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SENTENCES = [
    ("T-1", "Police in Lagos arrested 40 striking oil workers on Tuesday, a union official said.", "COERCE", ["NGA"], ["NGA"]),
    ("T-2", "Chile recalled its ambassador from Lima on Friday in a row over their maritime border.", "SANCTION", ["CHL"], ["PER"]),
]


def test_plover_eval_scores_the_file_given_with_gold(tmp_path, coder, monkeypatch, capsys) -> None:
    gold = tmp_path / "tiny.jsonl"
    gold.write_text("".join(
        json.dumps({"id": i, "text": text, "published": "2001-05-04",
                    "gold": {"type": kind, "source": source, "target": target}}) + "\n"
        for i, text, kind, source, target in SENTENCES
    ))
    benchmark = load_benchmark()
    monkeypatch.setattr(benchmark.Coder, "create", staticmethod(lambda model=None: coder))
    monkeypatch.setattr(sys, "argv", ["plover_eval.py", "--gold", str(gold)])
    assert benchmark.main() == 0
    out = capsys.readouterr().out
    assert "sentences: 2 in" in out
    assert "type accuracy (some event has the gold PLOVER type):" in out
    assert "events per sentence:" in out


@pytest.mark.parametrize("argv", [["--gold", "missing.jsonl"], ["a.jsonl", "--gold", "b.jsonl"]])
def test_plover_eval_refuses_a_missing_or_doubled_gold_file(tmp_path, monkeypatch, argv) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["plover_eval.py", *argv])
    with pytest.raises(SystemExit) as exit_info:
        load_benchmark().main()
    assert exit_info.value.code == 2
