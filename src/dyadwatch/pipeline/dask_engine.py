"""Ingest on Dask: the local pipeline with the coding spread over a cluster.

The client does what is cheap and must be single: it reads and keys the documents, skips those
already stored, and cuts the new ones into partitions. Each partition is a task: a worker codes it
with the coder it loaded once (cached per process), in nlp.pipe batches, and writes its rows as
Parquet files (see parquet.py). The client merges each finished partition into DuckDB in one
transaction that also refreshes the events it changes, so the store is always consistent and a
killed run resumes like the local engine. A partition whose task fails is retried; if it still
fails, its documents are reported as errors and the other partitions are kept.

Dask is an optional extra and is imported only here, only when this engine is asked for.
"""
from __future__ import annotations

import hashlib
import logging
import os
import resource
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..coding.coder import Coder
from ..errors import DaskUnavailableError, IngestError, SchedulerError
from ..documents.document import Document
from ..documents.readers import expand_paths
from ..store.database import ErrorRow, Store
from .collector import settle
from .local import DocumentReader, IngestOptions, IngestSummary, check_settings, code_batch, commit_groups, in_batches
from ..store.parquet import complete_parts, part_files, remove_incomplete, write_part
from ..store.replace import remove_documents, stored_urls

# A LocalCluster on the machine that codes: Dask's own monitoring (the event-loop tick every 20 ms, the
# statistical profiler sampling every task's stack every 10 ms, system and memory monitors, the dashboard)
# takes about a tenth of a core from the workers; none of it is shown to anyone, so it runs rarely or not at all.
QUIET_CLUSTER = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
}
RESUME_GROUP = 16  # partitions left by a stopped run, merged per transaction
INSTALL_HINT = "pip install 'dyadwatch[dask]'"
Settings = tuple[str | None, Path | None, bool]  # model, lexicon directory, include comments


@dataclass(frozen=True)
class DaskOptions:
    scheduler: str | None = None  # address of a running scheduler; None: a LocalCluster of IngestOptions.workers
    out: Path | None = None  # where the Parquet dataset stays; None: a temporary directory, removed after the merge
    partition_size: int = 256  # documents per task: large enough that scheduling costs nothing next to parsing
    retries: int = 2  # extra attempts of a failed partition before its documents are reported


@dataclass
class PartitionResult:
    """What a worker sends back for one partition: its id and counts; the rows are in the Parquet files."""

    part_id: str
    documents: int  # documents and errors it holds
    pid: int
    peak_rss: int


def ingest_dask(
    store: Store,
    paths: Iterable[str],
    options: IngestOptions = IngestOptions(),
    dask_options: DaskOptions = DaskOptions(),
    progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Code and store every new document under paths on a Dask cluster; returns the counts of this run."""
    distributed = _import_distributed()
    if dask_options.scheduler and dask_options.out is None:
        raise IngestError("with --scheduler, give --out DIR on a filesystem that every worker and this machine share")
    started = time.perf_counter()
    summary = IngestSummary()
    with _dataset_dir(dask_options.out) as out:
        remove_incomplete(out)
        left = complete_parts(out)  # coded by a run that was stopped before merging them all
        for start in range(0, len(left), RESUME_GROUP):
            _merge(store, left[start:start + RESUME_GROUP], summary)
        files = list(expand_paths(paths))
        summary.files = len(files)
        reader = DocumentReader(files, store.known_keys(), summary, stored_urls(store), options.published)
        partitions = in_batches(reader, dask_options.partition_size)
        first = next(partitions, None)  # nothing new (a re-run): no cluster to start
        if first is not None:
            if dask_options.scheduler is None:
                check_settings(options)
            with _client(distributed, dask_options.scheduler, options.worker_count()) as client, store.single_threaded():
                outcomes = _run_partitions(distributed, client, chain([first], partitions), options, dask_options, out)
                for group in commit_groups(outcomes, options.commit_size, _rows):
                    finished = [o for o in group if isinstance(o, PartitionResult)]
                    _merge(store, [part_files(out, o.part_id) for o in finished], summary)
                    for outcome in finished:
                        summary.peak_rss[outcome.pid] = max(summary.peak_rss.get(outcome.pid, 0), outcome.peak_rss)
                    failed = [row for o in group if not isinstance(o, PartitionResult) for row in o]
                    _write_errors(store, failed + reader.take_errors(), summary)
                    remove_documents(store, reader.take_replaced())
                    summary.seconds = time.perf_counter() - started
                    if progress:
                        progress(summary)
        _write_errors(store, reader.take_errors(), summary)
        remove_documents(store, reader.replaced)
    summary.events = store.count("events")
    summary.seconds = time.perf_counter() - started
    return summary


def _run_partitions(distributed: Any, client: Any, partitions: Iterator[list[tuple[str, Document]]],
                    options: IngestOptions, dask_options: DaskOptions, out: Path,
                    ) -> Iterator[PartitionResult | list[ErrorRow]]:
    """Submit partitions with a bounded read-ahead; yield each result, or the error rows of a partition that failed."""
    settings: Settings = (options.model, options.lexicon_dir, options.include_comments)
    threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
    limit = max(2 * threads, 4)
    documents: dict[Any, list[tuple[str, str]]] = {}
    running = distributed.as_completed(loop=client.loop)

    def submit() -> bool:
        partition = next(partitions, None)
        if partition is None:
            return False
        part_id = _part_id([key for key, _ in partition])
        future = client.submit(code_partition, part_id, partition, settings, options.batch_size, str(out),
                               retries=dask_options.retries, pure=False)
        documents[future] = [(key, doc.origin) for key, doc in partition]
        running.add(future)
        return True

    while len(documents) < limit and submit():
        pass
    try:
        for future in running:
            keys = documents.pop(future)
            if future.status == "finished":
                yield future.result()
            elif future.status == "error":
                yield _failed(future.exception(), keys, dask_options.retries + 1)
            else:  # cancelled by the scheduler (a lost worker, a cluster shutting down)
                yield _failed(RuntimeError(f"the task was {future.status}"), keys, dask_options.retries + 1)
            future.release()
            submit()
    finally:
        for future in documents:
            future.cancel()


def _rows(outcome: PartitionResult | list[ErrorRow]) -> int:
    """Documents a finished partition holds, or error rows of a failed one: finished partitions are
    merged together as the local engine commits its batches, one refresh of the events per merge."""
    return outcome.documents if isinstance(outcome, PartitionResult) else len(outcome)


def _failed(exc: BaseException, keys: list[tuple[str, str]], attempts: int) -> list[ErrorRow]:
    """One error row per document of a partition that failed every attempt. No document key is kept, so
    the documents are tried again by the next run (the failure may have been the worker, not them)."""
    reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
    message = (f"its partition of {len(keys)} documents failed {attempts} times on the Dask workers ({reason}); "
               "the other partitions are stored: run the same command again to retry it")
    return [ErrorRow(origin, message) for _, origin in keys]


def _merge(store: Store, parts: list[dict[str, str]], summary: IngestSummary) -> None:
    added = store.merge_parquet(parts)
    summary.documents += added.documents
    summary.sentences += added.sentences
    summary.words += added.words
    summary.mentions += added.mentions


def _write_errors(store: Store, errors: list[ErrorRow], summary: IngestSummary) -> None:
    if errors:
        store.write_batch([], errors)
        summary.errors.extend(errors)


def _part_id(keys: list[str]) -> str:
    """A partition is named by its documents, so coding the same partition again overwrites its files."""
    return hashlib.sha1("\n".join(keys).encode("ascii")).hexdigest()[:16]


# The worker side: everything below runs in Dask worker processes.

_CODERS: dict[Settings, Coder] = {}
_CODERS_LOCK = threading.Lock()


def worker_coder(settings: Settings) -> Coder:
    """The coder for these settings, loaded once per worker process and kept for every later partition."""
    with _CODERS_LOCK:
        if settings not in _CODERS:
            _CODERS[settings] = Coder.create(*settings)
            settle()  # what was loaded lives as long as the worker, as in a local worker
        return _CODERS[settings]


def code_partition(part_id: str, partition: list[tuple[str, Document]], settings: Settings, batch_size: int,
                   out: str) -> PartitionResult:
    """Code one partition in nlp.pipe batches and write its rows as Parquet files under out."""
    coder = worker_coder(settings)
    documents, errors = [], []
    for batch in in_batches(partition, batch_size):
        result = code_batch(coder, batch)
        documents.extend(result.documents)
        errors.extend(result.errors)
    write_part(Path(out), part_id, documents, errors)
    return PartitionResult(part_id, len(partition), os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


# The client side: Dask itself.

def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise DaskUnavailableError(f"--engine dask needs Dask, which is not installed: {INSTALL_HINT}") from None
    return distributed


@contextmanager
def _client(distributed: Any, scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the scheduler at `scheduler`, else of a LocalCluster of `workers` single-threaded processes."""
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the address "
                                 "(tcp://HOST:8786) and that the scheduler is running") from None
        with client:
            yield client
        return
    import dask

    with dask.config.set(QUIET_CLUSTER):
        yield from _local_client(distributed, workers)


def _local_client(distributed: Any, workers: int) -> Iterator[Any]:
    try:
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
    except (OSError, TimeoutError) as exc:
        raise SchedulerError(f"cannot start a local Dask cluster of {workers} workers ({exc}); "
                             "try fewer --workers") from None
    with cluster, distributed.Client(cluster) as client:
        yield client


@contextmanager
def _dataset_dir(out: Path | None) -> Iterator[Path]:
    """The directory of the Parquet dataset: `out`, kept; else a temporary one, removed at the end. The
    path is made absolute here, as workers on other machines (or in other directories) need it."""
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        yield out.resolve()
        return
    with tempfile.TemporaryDirectory(prefix="dyadwatch-dask-") as tmp:
        yield Path(tmp)
