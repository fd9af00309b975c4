"""Accuracy on PLOVER-format gold sentences, by default the PLOVER gold-standard dev set
(../shared/data/eval/plover-gsr-dev.jsonl); `--gold FILE` scores another file of the same format, such
as benchmarks/gold/wire-dev.jsonl or wire-check.jsonl.

Prints the share of sentences where some event has the gold PLOVER type, where that event also has a
gold source and target country, and events per sentence; `--errors` lists the misses.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dyadwatch.coding.coder import Coder
from dyadwatch.coding.evaluate import event_matches, format_score, read_gold, score_plover

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "eval" / "plover-gsr-dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("positional_gold", nargs="?", type=Path, metavar="GOLD", help="same as --gold")
    parser.add_argument("--gold", type=Path, metavar="FILE", help=f"PLOVER-format JSONL gold file (default: {DEFAULT})")
    parser.add_argument("--model", help="spaCy pipeline name")
    parser.add_argument("--errors", action="store_true", help="list sentences without a full match")
    args = parser.parse_args()
    if args.gold and args.positional_gold:
        parser.error("give the gold file once, either as GOLD or with --gold")
    gold = args.gold or args.positional_gold or DEFAULT
    if not gold.exists():
        if gold == DEFAULT:
            print(f"skip: {gold} not found (the PLOVER dev set lives in ../shared/data/eval)")
            return 0
        parser.error(f"gold file not found: {gold}")
    records = read_gold(gold)
    coder = Coder.create(args.model)
    started = time.perf_counter()
    score, details = score_plover(coder, records)
    elapsed = time.perf_counter() - started
    if args.errors:
        for record, events in details:
            if not any(event_matches(e, record, True) for e in events):
                print(f"- {record.type} {record.source}->{record.target}: {record.text}")
                for e in events:
                    src = e.source.code
                    tgt = e.target.code if e.target else "-"
                    print(f"    got {e.cameo.plover_type} {e.cameo.code} {src}->{tgt} [{e.evidence.trigger}] {e.evidence.rule}")
    print(format_score(score))
    print(f"sentences: {score.sentences} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
