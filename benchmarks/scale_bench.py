"""How ingest scales, in one run: corpus size, worker processes, Dask, one long document, peak memory.

Corpora are replicas of ../shared/data/corpus/voa_stories.jsonl (89 stories), built in a temporary
directory: the first N stories, cycled, each copy with its own id and URL so that none is skipped as
already stored (the texts, and so the parsing work per document, are the real ones). For each size and
number of processes it runs raw spaCy (`spacy.load` + `nlp.pipe(texts, n_process=N)` over texts already
in memory) and the whole `dyadwatch ingest`, each in a fresh process, and prints ingest/raw throughput
(words/s). This machine's speed drifts by a quarter between runs minutes apart, so the two are measured
in alternation: the corpus is cut into slices (--slices; by default one per ~300 documents), raw spaCy
and ingest take turns slice by slice (raw first for one slice, ingest first for the next), each round's
slices ingested into one database, and the whole is done --rounds times. The ratio printed is that of
the sums, with the lowest and highest ratio of one raw/ingest pair beside it. Then: the speed-up of 2
workers over 1, Dask with 2 workers against the local engine with 2, a 500,000-character document coded
alone, and the peak memory of `dyadwatch code` and `ingest` at each size. The machine's load average is
printed with every figure: on a shared machine wall-clock figures are only as good as the quiet they
were measured in, so each run's CPU time over the same span (its own and that of every process it
started: workers, the forkserver) is printed beside them, with the ingest/raw ratio of CPU time, which
other users of the machine change much less.

    python benchmarks/scale_bench.py            # 60, 890 and 3,000 documents (long: hours on 2 busy cores)
    python benchmarks/scale_bench.py --quick    # 20 and 60 documents, a 100,000-character document
    python benchmarks/scale_bench.py --sizes 60,890 --rounds 3 --slices 1
"""
from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"


def build_replica(source: Path, size: int, folder: Path) -> Path:
    stories = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / f"voa_{size}.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for n in range(size):
            story = dict(stories[n % len(stories)])
            copy = n // len(stories)
            if copy:
                story["id"] = f"{story.get('id')}-copy{copy}"
                story["url"] = f"{story.get('url') or 'https://voa.example/' + str(n % len(stories))}?copy={copy}"
            out.write(json.dumps(story) + "\n")
    return path


def slice_corpus(corpus: Path, slices: int) -> list[str]:
    """The corpus cut into `slices` files of consecutive documents, as even in size as can be."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    bounds = [round(i * len(lines) / slices) for i in range(slices + 1)]
    paths = []
    for i in range(slices):
        path = corpus.with_name(f"{corpus.stem}_slice{i}of{slices}.jsonl")
        path.write_text("".join(lines[bounds[i] : bounds[i + 1]]), encoding="utf-8")
        paths.append(str(path))
    return paths


def _vm_hwm() -> int:
    """This process's own peak resident set in bytes (unlike ru_maxrss, not inherited across exec)."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM"))


def measure_raw(corpus: str, workers: int) -> dict:
    """Raw spaCy from its import on: the ingest measured beside it imports spaCy inside its own span."""
    from dyadwatch.documents import read_source
    from dyadwatch.nlp.names import model_name

    texts = [d.text for d in read_source(corpus) if hasattr(d, "text")]
    before = time.process_time()
    started = time.perf_counter()
    import spacy

    nlp = spacy.load(model_name())
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, n_process=workers, batch_size=8))
    return {"seconds": time.perf_counter() - started, "documents": len(texts), "sentences": sentences,
            "words": sum(len(t.split()) for t in texts), "peak_rss": _vm_hwm(), "cpu_before": before, "cpu_end": time.process_time()}


def measure_ingest(corpus: str, workers: int, engine: str, database: str | None = None) -> dict:
    """Ingest into `database` (which earlier slices of the same round may have filled), or a new one."""
    from dyadwatch.pipeline import IngestOptions, ingest
    from dyadwatch.store import Store

    options = IngestOptions(workers=workers, batch_size=8)
    with tempfile.TemporaryDirectory() as tmp:
        before = time.process_time()
        started = time.perf_counter()
        with Store.open(database or os.path.join(tmp, "bench.duckdb")) as store:
            if engine == "dask":
                from dyadwatch.pipeline.dask_engine import DaskOptions, ingest_dask

                summary = ingest_dask(store, [corpus], options, DaskOptions(partition_size=8))
            else:
                summary = ingest(store, [corpus], options)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "documents": summary.documents, "words": summary.words, "events": summary.events,
            "errors": len(summary.errors), "peak_rss": _vm_hwm(), "worker_rss": max(summary.peak_rss.values(), default=0),
            "cpu_before": before, "cpu_end": time.process_time()}


def measure_code(corpus: str) -> dict:
    """`dyadwatch code --format jsonl` over the corpus in a child process, output counted and thrown away:
    its peak memory (the only child of this fresh process, so RUSAGE_CHILDREN is its own)."""
    import resource

    command = [sys.executable, "-c", "from dyadwatch.cli.main import cli; cli()", "code", corpus, "--format", "jsonl"]
    started = time.perf_counter()
    events = 0
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as child:
        assert child.stdout is not None
        for _ in child.stdout:
            events += 1
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return {"seconds": time.perf_counter() - started, "events": events, "peak_rss": peak}


def measure_long(source: str, chars: int) -> dict:
    """One document of `chars` characters (stories joined as paragraphs), coded after the model is loaded."""
    from datetime import date

    from dyadwatch.coding.coder import Coder
    from dyadwatch.documents import read_text

    stories = [json.loads(line)["text"] for line in Path(source).read_text(encoding="utf-8").splitlines() if line.strip()]
    text, n = "", 0
    while len(text) < chars:
        text += stories[n % len(stories)] + "\n\n"
        n += 1
    coder = Coder.create()
    document = read_text(text[:chars], "long", published=date(2024, 1, 1))
    started = time.perf_counter()
    events = coder.code(document)
    return {"seconds": time.perf_counter() - started, "chars": len(document.text), "events": len(events),
            "peak_rss": _vm_hwm()}


PR_SET_CHILD_SUBREAPER = 36
REAP_SECONDS = 30.0


def _adopt_descendants() -> bool:
    """Become the parent of orphaned descendants (Linux), so that the CPU time of workers and of the
    forkserver, which outlive or are killed with the measured process, is counted when they are reaped."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _reap_descendants() -> None:
    deadline = time.monotonic() + REAP_SECONDS
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(*args: str) -> dict:
    load = os.getloadavg()[0]
    cpu = _children_cpu()
    command = [sys.executable, __file__, "--measure", *args]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    _reap_descendants()
    result = json.loads(output.strip().splitlines()[-1])
    # the run's CPU time with all its processes, less what the measuring process spent before its clock started
    result["cpu"] = _children_cpu() - cpu - result.get("cpu_before", 0.0)
    result["load"] = (load + os.getloadavg()[0]) / 2
    return result


@dataclass
class Pairs:
    """Raw spaCy and ingest measured in alternation over the slices of one corpus, --rounds times."""

    raw: list[dict] = field(default_factory=list)
    ingest: list[dict] = field(default_factory=list)

    def total(self, side: str, key: str) -> float:
        return sum(run[key] for run in getattr(self, side))

    def ratio(self, key: str) -> float:
        """ingest/raw throughput (words per second or per CPU second) of the sums."""
        return (self.total("ingest", "words") / self.total("ingest", key)) / (self.total("raw", "words") / self.total("raw", key))

    def spread(self, key: str) -> tuple[float, float]:
        ratios = [(i["words"] / i[key]) / (r["words"] / r[key]) for r, i in zip(self.raw, self.ingest)]
        return min(ratios), max(ratios)

    def load(self) -> float:
        runs = self.raw + self.ingest
        return sum(run["load"] for run in runs) / len(runs)


def measure_pairs(slices: list[str], workers: int, rounds: int, folder: Path) -> Pairs:
    """Raw spaCy and ingest take turns slice by slice, the first of each pair alternating, so that a drift
    of the machine's speed weighs on both alike; each round ingests its slices into one new database."""
    pairs = Pairs()
    turn = 0
    for round_ in range(rounds):
        database = str(folder / f"bench_{len(slices)}_{workers}_{round_}_{time.monotonic_ns()}.duckdb")
        for corpus in slices:
            runs = {"raw": lambda: _run("raw", corpus, str(workers)),
                    "ingest": lambda: _run("ingest", corpus, str(workers), "local", database)}
            order = ("raw", "ingest") if turn % 2 == 0 else ("ingest", "raw")
            measured = {side: runs[side]() for side in order}
            pairs.raw.append(measured["raw"])
            pairs.ingest.append(measured["ingest"])
            turn += 1
    return pairs


def _default_slices(size: int) -> int:
    return max(1, round(size / 300))


def _sizes(value: str | None) -> tuple[int, ...]:
    return tuple(int(size) for size in value.split(",")) if value else ()


def _mb(value: int) -> str:
    return f"{value / 2**20:.0f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a check in a few minutes")
    parser.add_argument("--no-dask", action="store_true", help="leave out the Dask comparison")
    parser.add_argument("--sizes", help="corpus sizes instead of the defaults, e.g. 60,890")
    parser.add_argument("--dask-size", type=int, help="corpus size of the Dask comparison (default: the second size)")
    parser.add_argument("--code-sizes", help="corpus sizes for the memory of `dyadwatch code` (default: the first two)")
    parser.add_argument("--long", type=int, help="characters of the long document (default: 500,000; --quick 100,000)")
    parser.add_argument("--processes", default="1,2", help="numbers of worker processes to measure (default: 1,2)")
    parser.add_argument("--slices", type=int, help="slices of each corpus measured in turn (default: one per ~300 documents)")
    parser.add_argument("--rounds", type=int, default=2, help="times each size is measured in alternation (default: 2)")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, *rest = args.measure
        if kind == "raw":
            result = measure_raw(rest[0], int(rest[1]))
        elif kind == "ingest":
            result = measure_ingest(rest[0], int(rest[1]), rest[2], *rest[3:])
        elif kind == "code":
            result = measure_code(rest[0])
        else:
            result = measure_long(rest[0], int(rest[1]))
        print(json.dumps(result))
        return 0
    if not args.corpus.exists():
        print(f"skip: {args.corpus} not found (the VOA corpus lives in ../shared/data/corpus)")
        return 0
    sizes = _sizes(args.sizes) or ((20, 60) if args.quick else (60, 890, 3000))
    code_sizes = _sizes(args.code_sizes) or sizes[:2]  # `code` is as slow as one worker: 3,000 would add an hour
    dask_size = args.dask_size or sizes[min(1, len(sizes) - 1)]
    long_chars = args.long or (100_000 if args.quick else 500_000)
    processes = _sizes(args.processes)
    adopted = _adopt_descendants()
    print(f"{os.cpu_count()} cores; corpus {args.corpus.name} replicated to {', '.join(map(str, sizes))} documents; "
          "each figure from fresh processes, with the 1-minute load average during them"
          + ("" if adopted else "; CPU times leave out worker processes (no child subreaper here)"))
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {size: str(build_replica(args.corpus, size, Path(tmp))) for size in {*sizes, *code_sizes, dask_size}}
        print(f"\nraw spaCy and ingest in alternation: {args.rounds} round(s) over "
              + ", ".join(f"{size} documents in {args.slices or _default_slices(size)} slice(s)" for size in sizes)
              + "; figures are sums over all the pairs, 'pair min-max' the lowest and highest ratio of one pair")
        print("\n| documents | processes | raw spaCy s | ingest s | ingest/raw (words/s) | raw CPU s | ingest CPU s "
              "| ingest/raw (CPU) | load | ingest peak RSS parent / worker | pairs | words/s pair min-max | CPU pair min-max |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        ingest_seconds: dict[tuple[int, int], float] = {}
        for size in sizes:
            slices = slice_corpus(Path(corpora[size]), min(size, args.slices or _default_slices(size)))
            for workers in processes:
                pairs = measure_pairs(slices, workers, args.rounds, Path(tmp))
                ingest_seconds[size, workers] = pairs.total("ingest", "seconds") / args.rounds
                peak = max(run["peak_rss"] for run in pairs.ingest)
                worker_peak = max(run["worker_rss"] or run["peak_rss"] for run in pairs.ingest)
                wall, cpu = pairs.spread("seconds"), pairs.spread("cpu")
                print(f"| {size} | {workers} | {pairs.total('raw', 'seconds'):.1f} | {pairs.total('ingest', 'seconds'):.1f} | "
                      f"{pairs.ratio('seconds'):.2f} | {pairs.total('raw', 'cpu'):.1f} | {pairs.total('ingest', 'cpu'):.1f} | "
                      f"{pairs.ratio('cpu'):.2f} | {pairs.load():.1f} | {_mb(peak)} / {_mb(worker_peak)} | {len(pairs.raw)} | "
                      f"{wall[0]:.2f}-{wall[1]:.2f} | {cpu[0]:.2f}-{cpu[1]:.2f} |", flush=True)
        if {1, 2} <= set(processes):
            print("\n2 workers against 1 (ingest): " + "; ".join(
                f"{size} documents x{ingest_seconds[size, 1] / ingest_seconds[size, 2]:.2f}" for size in sizes))
        if not args.no_dask:
            size = dask_size
            local = _run("ingest", corpora[size], "2", "local")["seconds"]  # whole, as Dask takes it, not in slices
            dask = _run("ingest", corpora[size], "2", "dask")
            print(f"Dask 2 workers against local 2 at {size} documents: {local / dask['seconds']:.2f} of its speed "
                  f"(local {local:.1f} s, Dask {dask['seconds']:.1f} s, load {dask['load']:.1f})")
        long = _run("long", str(args.corpus), str(long_chars))
        print(f"one document of {long['chars']:,} characters: coded in {long['seconds']:.1f} s ({long['events']} events), "
              f"peak RSS {_mb(long['peak_rss'])}, load {long['load']:.1f}")
        print("\n| documents | `dyadwatch code` peak RSS | seconds | load |")
        print("|---|---|---|---|")
        for size in code_sizes:
            code = _run("code", corpora[size])
            print(f"| {size} | {_mb(code['peak_rss'])} | {code['seconds']:.1f} | {code['load']:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
