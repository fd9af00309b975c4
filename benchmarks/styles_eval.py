"""Accuracy on hand-written sentences in five news styles (benchmarks/gold/styles-dev.jsonl, -check.jsonl).

The styles stand in for held-out human-coded sets: real news sentences with one PLOVER event each,
ACLED event notes, CASE 2021 protest snippets, police actions in Indian news and CAMEO five-class
sentences. Prints, per half and style: sentences, events coded per sentence, type recall, root recall,
no-event rate (sentences with gold events that get none), type precision and source/target agreement;
then recall per PLOVER type on the dev half. Tune on dev only; the check half is for scoring.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from dyadwatch.coding.coder import Coder
from dyadwatch.coding.evaluate_styles import (
    code_styles,
    format_styles_table,
    format_type_table,
    read_styles,
    score_groups,
)

GOLD = Path(__file__).resolve().parent / "gold"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=("dev", "check", "both"), default="both")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write per-sentence details (JSON lines)")
    parser.add_argument("--model", help="spaCy pipeline name")
    args = parser.parse_args()
    halves = ["dev", "check"] if args.half == "both" else [args.half]
    coder = Coder.create(args.model)
    started = time.perf_counter()
    scored = []
    for half in halves:
        records = read_styles(GOLD / f"styles-{half}.jsonl")
        scored += [(half, score) for score in code_styles(coder, records)]
    elapsed = time.perf_counter() - started
    groups = score_groups(scored)
    rows = halves + (["both"] if len(halves) > 1 else [])
    print(format_styles_table(groups, rows))
    print("typeR/rootR: gold events whose PLOVER type/CAMEO root is coded in the sentence; noev: sentences with")
    print("gold events but no coded event; typeP: coded events of a gold type; src/tgt: type hits with gold countries")
    if "dev" in halves:
        print("\nrecall per PLOVER type, dev half")
        print(format_type_table(groups[("dev", "all")]))
    print(f"\nsentences: {len(scored)} coded in {elapsed:.1f} s")
    if args.json:
        with args.json.open("w", encoding="utf-8") as handle:
            for half, score in scored:
                handle.write(json.dumps(score.to_dict(half), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
