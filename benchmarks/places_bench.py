"""What placing events costs: `dyadwatch code` throughput on the VOA stories with places off and on,
and the start-up cost of the gazetteer (opening it and the first lookups).

Runs each setting `--rounds` times, alternating, on the same parsed-once stories, and prints the least
CPU time of each (process time, so that other programs on a shared machine do not count).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STORIES = REPO.parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=Path, default=STORIES)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.stories.exists():
        print(f"skip: {args.stories} not found (the VOA stories live in ../shared/data/corpus)")
        return 0
    opened = min(_opening() for _ in range(args.rounds))
    print(f"start-up: opening the gazetteer and its first 4 lookups take {opened * 1000:.1f} ms")

    from dyadwatch.coding.coder import Coder
    from dyadwatch.documents.document import Document, Segment
    from dyadwatch.nlp.pipeline import parse_documents

    documents = []
    for line in args.stories.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        text = story["text"]
        documents.append(Document(story["id"], text, [Segment("body", 0, len(text))],
                                  published=date.fromisoformat(story["published"][:10])))
    coder = Coder.create()
    parsed = list(parse_documents(coder.nlp, documents))
    words = sum(len(d.text.split()) for d in documents)
    best = {False: float("inf"), True: float("inf")}
    events = {}
    for _ in range(args.rounds):
        for places in (False, True):
            coder.places = places
            started = time.process_time()
            coded = [coder.code_parsed(document, parts) for document, parts in parsed]
            best[places] = min(best[places], time.process_time() - started)
            events[places] = sum(len(c.events) for c in coded)
    coder.places = True
    started = time.process_time()
    list(coder.code_many(documents))
    total = time.process_time() - started
    located = sum(1 for c in coded for e in c.events if e.location is not None)
    extra = best[True] - best[False]
    print(f"{len(documents)} stories, {words} words, {events[True]} events ({located} with a place)")
    print(f"coding after parsing: {best[False]:.2f}s without places, {best[True]:.2f}s with (+{extra:.2f}s)")
    print(f"dyadwatch code (parse + code + places): {total:.2f}s, {len(documents) / total:.2f} docs/s; "
          f"places are {extra / total:.1%} of it, so throughput without them would be {len(documents) / (total - extra):.2f} docs/s")
    return 0


def _opening() -> float:
    """Seconds a fresh process spends opening the gazetteer and looking up four names (imports excluded)."""
    code = ("import time; from dyadwatch.places.gazetteer import Gazetteer; t = time.perf_counter(); g = Gazetteer(); "
            "[g.lookup(n) for n in ('Paris', 'Kharkiv', 'Georgia', 'Niger State')]; print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return float(out)


if __name__ == "__main__":
    sys.exit(main())
