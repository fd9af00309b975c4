"""Where events happened: coded places against the hand-annotated VOA gold (benchmarks/gold/voa-*.jsonl).

For each gold half, over the gold events that have a place and a coded event to compare (same sentence,
same CAMEO root or else the nearest trigger): country accuracy, admin-1 accuracy (where the gold names
one), share within 161 km, and events left without a place (counted wrong in the three others).
Stories are read from ../shared/data/corpus/voa_stories.jsonl. `--json FILE` writes every compared event.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from dyadwatch.coding.coder import Coder
from dyadwatch.documents.document import Document, Segment
from dyadwatch.nlp.pipeline import parse_document
from dyadwatch.places.evaluate import PlaceScore, read_gold, score_probes, score_story
from dyadwatch.places.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "gold"
STORIES = REPO.parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", action="append", help="gold half to score (dev, check); default: every voa-*.jsonl")
    parser.add_argument("--stories", type=Path, default=STORIES)
    parser.add_argument("--json", type=Path, help="write every compared event to this file")
    parser.add_argument("--triggers", action="store_true",
                        help="also place every gold event at its gold trigger, whether or not the coder found it")
    parser.add_argument("--by-method", action="store_true",
                        help="also count, per way the place was found (locative, story, ...), the compared events "
                             "and how many are right on the country and within 161 km")
    args = parser.parse_args()
    files = sorted(GOLD.glob("voa-*.jsonl"))
    if args.half:
        files = [f for f in files if f.stem.removeprefix("voa-") in args.half]
    if not files:
        print(f"skip: no gold files in {GOLD} (benchmarks/gold/voa-dev.jsonl, voa-check.jsonl)")
        return 0
    if not args.stories.exists():
        print(f"skip: {args.stories} not found (the VOA stories live in ../shared/data/corpus)")
        return 0
    texts = {}
    for line in args.stories.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        texts[story["id"]] = story["text"]
    coder = Coder.create()
    gazetteer = load_gazetteer()
    print("| half | stories | gold events | with a place | compared | country | admin-1 | within 161 km | "
          "left without a place | placed where gold has none |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    everything = {}
    for path in files:
        gold = read_gold(path)
        score = PlaceScore()
        started = time.perf_counter()
        documents = [Document(story, texts[story], [Segment("body", 0, len(texts[story]))],
                              published=date.fromisoformat(published) if published else None)
                     for story, (published, _) in gold.items() if story in texts]
        probes = PlaceScore()
        for document, coded in zip(documents, coder.code_many(documents)):
            events = [] if isinstance(coded, Exception) else coded.events
            score_story(score, gold[document.id][1], events, gazetteer)
            if args.triggers:
                parts = [(p.doc, p.offset) for p in parse_document(coder.nlp, document)]
                score_probes(probes, gold[document.id][1], document, parts, events, gazetteer)
        rates = score.rates()
        half = path.stem.removeprefix("voa-")
        print(f"| {half} | {len(documents)} | {score.gold_events} | {score.with_place} | {score.matched} | "
              f"{rates['country']:.3f} ({score.country}/{score.matched}) | {rates['adm1']:.3f} ({score.adm1}/{score.adm1_gold}) | "
              f"{rates['within_161km']:.3f} ({score.near}/{score.matched}) | {rates['unplaced']:.3f} ({score.unplaced}) | "
              f"{score.null_gold_placed}/{score.null_gold_matched} |")
        print(f"  ({half}: coded in {time.perf_counter() - started:.1f}s)", file=sys.stderr)
        everything[half] = score.details
        if args.by_method:
            _print_methods(half, score)
        if args.triggers:
            rates = probes.rates()
            print(f"| {half}, at every gold trigger | {len(documents)} | {probes.gold_events} | {probes.with_place} | "
                  f"{probes.matched} | {rates['country']:.3f} ({probes.country}/{probes.matched}) | "
                  f"{rates['adm1']:.3f} ({probes.adm1}/{probes.adm1_gold}) | "
                  f"{rates['within_161km']:.3f} ({probes.near}/{probes.matched}) | {rates['unplaced']:.3f} ({probes.unplaced}) | "
                  f"{probes.null_gold_placed}/{probes.null_gold_matched} |")
            everything[half + "-triggers"] = probes.details
            if args.by_method:
                _print_methods(half + ", at every gold trigger", probes)
    if args.json:
        args.json.write_text(json.dumps(everything, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _print_methods(label: str, score: PlaceScore) -> None:
    counts = ", ".join(f"{method} {n} ({country} country, {near} near)"
                       for method, (n, country, near) in sorted(score.by_method.items(), key=lambda kv: -kv[1][0]))
    print(f"  {label} by method: {counts}")
    far = ", ".join(f"{coded} for {gold} {n}" for (coded, gold), n in score.far.most_common())
    print(f"  {label}, right country but beyond 161 km (coded precision for gold precision): {far}")


if __name__ == "__main__":
    sys.exit(main())
