"""Scaling of the Dask engine: the local engine, then Dask with 1 and 2 workers on a LocalCluster.

Each run is a fresh process ingesting ../shared/data/corpus/voa_stories.jsonl into a new database, and
is timed whole: starting the cluster and loading the model in every worker, coding, writing Parquet,
merging into DuckDB and deduplicating. The local engine runs with 1 and 2 processes too, so the table
shows what Dask costs on one machine and how each scales with workers.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"


def measure(corpus: str, engine: str, workers: int, batch_size: int, partition_size: int) -> dict:
    from dyadwatch.store import Store
    from dyadwatch.pipeline import IngestOptions, ingest
    from dyadwatch.pipeline.dask_engine import DaskOptions, ingest_dask

    options = IngestOptions(workers=workers, batch_size=batch_size)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        with Store.open(os.path.join(tmp, "bench.duckdb")) as store:
            if engine == "dask":
                summary = ingest_dask(store, [corpus], options, DaskOptions(partition_size=partition_size))
            else:
                summary = ingest(store, [corpus], options)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "documents": summary.documents, "sentences": summary.sentences,
            "mentions": summary.mentions, "events": summary.events, "errors": len(summary.errors)}


def _run(args: argparse.Namespace, engine: str, workers: int) -> dict:
    command = [sys.executable, __file__, str(args.corpus), "--batch-size", str(args.batch_size),
               "--partition-size", str(args.partition_size), "--measure", f"{engine}:{workers}"]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--batch-size", type=int, default=8, help="documents per nlp.pipe batch (default: 8)")
    parser.add_argument("--partition-size", type=int, default=8, help="documents per Dask partition (default: 8)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        engine, workers = args.measure.split(":")
        print(json.dumps(measure(str(args.corpus), engine, int(workers), args.batch_size, args.partition_size)))
        return 0
    if not args.corpus.exists():
        print(f"skip: {args.corpus} not found (the VOA corpus lives in ../shared/data/corpus)")
        return 0
    load_before = os.getloadavg()[0]
    runs = [("local", 1), ("local", 2), ("dask", 1), ("dask", 2)]
    results = [(engine, workers, _run(args, engine, workers)) for engine, workers in runs]
    print(f"corpus: {args.corpus.name}; {os.cpu_count()} cores, load average {load_before:.1f} before and "
          f"{os.getloadavg()[0]:.1f} after; batches of {args.batch_size}, partitions of {args.partition_size}")
    print("| engine | workers | documents | seconds | docs/s | sentences/s | mentions | events |")
    print("|---|---|---|---|---|---|---|---|")
    for engine, workers, r in results:
        s = r["seconds"]
        print(f"| {engine} | {workers} | {r['documents']} | {s:.1f} | {r['documents'] / s:.1f} | "
              f"{r['sentences'] / s:.0f} | {r['mentions']} | {r['events']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
