"""CPU per document of each stage of coding, apart: spaCy's parse, and the coder after it.

Ingest's speed next to raw spaCy is decided by what the coder adds to the parse (ingest_bench.py,
scale_bench.py measure the whole). Here the corpus (../shared/data/corpus/voa_stories.jsonl by default,
read as `dyadwatch ingest` reads it) is parsed once with the coder's pipeline, timed, and the parsed
documents are then coded (`Coder.code_parsed`: actors, coreference, triggers, dates, places) --rounds
times. Each round codes fresh copies of the parsed parts, made outside the timing: coding keeps what it
finds per sentence and phrase in a part's `user_data`, which a second round over the same parts would
reuse, and an ingest codes each document once. Figures are CPU time of this process
(time.process_time), which other users of a shared machine change much less than wall time; the
fastest coding round is kept. As in an ingest worker, everything loaded before the documents is frozen
out of the garbage collector's sight, and its young generation is collected as a worker's is
(pipeline/collector.py).

    python benchmarks/stages_bench.py                 # the 89 VOA stories, 3 coding rounds
    python benchmarks/stages_bench.py FILE.jsonl --rounds 5 --limit 40
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3, help="coding rounds; the fastest is kept (default: 3)")
    parser.add_argument("--limit", type=int, help="code only the first N documents")
    parser.add_argument("--model", help="spaCy pipeline name")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skip: {args.corpus} not found (the VOA corpus lives in ../shared/data/corpus)")
        return 0

    from dyadwatch.coding.coder import Coder
    from dyadwatch.documents import read_source
    from dyadwatch.documents.document import Document
    from dyadwatch.nlp.pipeline import ParsedSegment, parse_documents
    from dyadwatch.pipeline.collector import settle

    coder = Coder.create(args.model)
    documents = [d for d in read_source(str(args.corpus)) if isinstance(d, Document)][: args.limit]
    gc.collect()
    settle()  # the collector as in an ingest worker (dyadwatch/pipeline/collector.py)
    started = time.process_time()
    parsed = list(parse_documents(coder.nlp, documents))
    parse = time.process_time() - started
    sentences = sum(1 for _, parts in parsed for part in parts for _ in part.doc.sents)
    rounds: list[float] = []
    events = 0
    for _ in range(args.rounds):
        fresh = [(document, [ParsedSegment(part.segment, part.doc.copy()) for part in parts]) for document, parts in parsed]
        started = time.process_time()
        events = sum(len(coder.code_parsed(document, parts).events) for document, parts in fresh)
        rounds.append(time.process_time() - started)
    code = min(rounds)
    n = len(parsed)
    print(f"corpus: {args.corpus.name}; {n} documents, {sentences} sentences, {events} events; "
          f"load average {os.getloadavg()[0]:.1f}; CPU time of this process")
    print("| stage | CPU s | ms per document | ms per sentence |")
    print("|---|---|---|---|")
    print(f"| parse (spaCy pipeline) | {parse:.2f} | {1000 * parse / n:.1f} | {1000 * parse / sentences:.2f} |")
    print(f"| coding (Coder.code_parsed), fastest of {args.rounds} | {code:.2f} | {1000 * code / n:.1f} | "
          f"{1000 * code / sentences:.2f} |")
    print(f"coding / parse CPU: {code / parse:.3f}; parse share of parse + coding: {parse / (parse + code):.3f}")
    print("coding rounds (CPU s): " + ", ".join(f"{r:.2f}" for r in rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
