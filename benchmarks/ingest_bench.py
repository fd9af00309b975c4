"""Ingest throughput next to raw spaCy, in the same run (../shared/data/corpus/voa_stories.jsonl).

Each measurement runs in a fresh process, so that model loading, worker start-up and peak memory are
counted the same way for both: raw spaCy is `spacy.load` + `nlp.pipe(texts, n_process=N)` over the
document texts (already in memory); dyadwatch is the whole `dyadwatch ingest` into a new database
(reading, keying, coding, writing, merging events). Each is run --rounds times, alternating, and the
fastest round of each is reported. Peak RSS per process is the largest resident set of any one process
(the parent or a worker).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"


def measure_raw(corpus: str, workers: int, batch_size: int, model: str | None) -> dict:
    """Raw spaCy from its import on: the ingest measured beside it imports spaCy inside its own span."""
    from dyadwatch.documents import read_source
    from dyadwatch.nlp.names import model_name

    texts = [d.text for d in read_source(corpus) if hasattr(d, "text")]
    started = time.perf_counter()
    import spacy

    nlp = spacy.load(model_name(model))
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, n_process=workers, batch_size=batch_size))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "documents": len(texts), "sentences": sentences,
            "words": sum(len(t.split()) for t in texts), "peak_rss": _peak_rss()}


def measure_ingest(corpus: str, workers: int, batch_size: int, model: str | None) -> dict:
    from dyadwatch.store import Store
    from dyadwatch.pipeline import IngestOptions, ingest

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        with Store.open(os.path.join(tmp, "bench.duckdb"), hold=False) as store:  # as `dyadwatch ingest` does
            summary = ingest(store, [corpus], IngestOptions(workers=workers, batch_size=batch_size, model=model))
        seconds = time.perf_counter() - started
    worker_peak = max(summary.peak_rss.values(), default=0)
    return {"seconds": seconds, "documents": summary.documents, "sentences": summary.sentences,
            "words": summary.words, "peak_rss": max(worker_peak, _peak_rss()), "events": summary.events,
            "mentions": summary.mentions, "errors": len(summary.errors)}


def _peak_rss() -> int:
    """Largest resident set of this process or any finished child, in bytes (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) * 1024


def _run(mode: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, str(args.corpus), "--workers", str(args.workers), "--batch-size",
               str(args.batch_size), "--measure", mode]
    if args.model:
        command += ["--model", args.model]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def _row(name: str, r: dict, workers: int) -> str:
    s = r["seconds"]
    return (f"| {name} | {workers} | {r['documents']} | {s:.1f} | {r['documents'] / s:.1f} | "
            f"{r['sentences'] / s:.0f} | {r['words'] / s:.0f} | {r['peak_rss'] / 2**20:.0f} MB |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for both (default: cores)")
    parser.add_argument("--batch-size", type=int, default=8, help="documents per batch for both (default: 8)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the fastest of each is kept")
    parser.add_argument("--model", help="spaCy pipeline name")
    parser.add_argument("--measure", choices=("raw", "ingest"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure = measure_raw if args.measure == "raw" else measure_ingest
        print(json.dumps(measure(str(args.corpus), args.workers, args.batch_size, args.model)))
        return 0
    if not args.corpus.exists():
        print(f"skip: {args.corpus} not found (the VOA corpus lives in ../shared/data/corpus)")
        return 0
    load_before = os.getloadavg()[0]
    rounds: dict[str, list[dict]] = {"raw": [], "ingest": []}
    for _ in range(args.rounds):
        for mode in rounds:
            rounds[mode].append(_run(mode, args))
    raw = min(rounds["raw"], key=lambda r: r["seconds"])
    ours = min(rounds["ingest"], key=lambda r: r["seconds"])
    print(f"corpus: {args.corpus.name}; {os.cpu_count()} cores, load average {load_before:.1f} before and "
          f"{os.getloadavg()[0]:.1f} after; batches of {args.batch_size}; {args.rounds} alternating rounds, fastest of each; "
          f"ingest stored {ours['mentions']} mentions as {ours['events']} events, {ours['errors']} errors")
    print("| run | processes | documents | seconds | docs/s | sentences/s | words/s | peak RSS per process |")
    print("|---|---|---|---|---|---|---|---|")
    print(_row("raw spaCy `nlp.pipe`", raw, args.workers))
    print(_row("`dyadwatch ingest`", ours, args.workers))
    print(f"ingest / raw spaCy throughput (words/s): {(ours['words'] / ours['seconds']) / (raw['words'] / raw['seconds']):.2f}")
    for mode, results in rounds.items():
        print(f"{mode} rounds (seconds): " + ", ".join(f"{r['seconds']:.1f}" for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
