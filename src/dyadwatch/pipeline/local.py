"""Ingest corpora: walk the inputs, skip what is stored, code batches in worker processes, store them.

The parser is the cost, so everything around it is kept cheap: documents are read and keyed in the
parent, and a document whose key is already stored is skipped before it is parsed; each worker loads
the model once and codes whole batches with nlp.pipe; the parent is the single writer and commits one
transaction per batch, in input order, so a killed run resumes where it stopped and ends equal to a
clean run.
"""
from __future__ import annotations

import os
import resource
import signal
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from pathlib import Path
from importlib import metadata
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from ..errors import DocumentError, DyadwatchError, IngestError
from ..documents.checks import MAX_SEGMENT_CHARS, not_english, too_long
from ..documents.document import Document
from ..documents.readers import count_documents, expand_paths, read_source
from ..nlp.names import model_name
from ..store.database import ErrorRow, Store
from ..store.replace import StoredUrl, remove_documents, stored_urls
from ..store.rows import DocumentRows, document_key, document_rows
from .collector import restore, settle
from .forkserver import worker_context
from .lifetime import die_with_parent

if TYPE_CHECKING:  # the parent of a pool of workers never needs spaCy: only workers parse
    from ..coding.coder import Coder
    from ..coding.event import CodedDocument

__all__ = ["MAX_SEGMENT_CHARS", "IngestOptions", "IngestSummary", "ingest"]
COMMIT_SECONDS = 2.0
T = TypeVar("T")  # what is grouped into transactions: coded batches, or finished Dask partitions
# Batches in flight per worker. Results are taken in input order, so one slow batch (a long document)
# holds up the writer; with a few batches queued behind it the other workers keep coding meanwhile.
READ_AHEAD = 4


@dataclass(frozen=True)
class IngestOptions:
    workers: int = 0  # 0: one per core; 1: code in this process
    batch_size: int = 8  # documents per task: small tasks keep the workers equally busy
    model: str | None = None
    lexicon_dir: Path | None = None
    include_comments: bool = False
    published: date | None = None  # publication date of documents that carry none
    commit_size: int = 64  # documents per transaction (or fewer, every COMMIT_SECONDS): fewer, cheaper writes

    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)


@dataclass
class BatchResult:
    """What a worker sends back for one batch: rows to store, documents it could not code, its memory."""

    documents: list[DocumentRows]
    errors: list[ErrorRow]
    pid: int
    peak_rss: int


@dataclass
class IngestSummary:
    """Counts of one run, for the progress bar and the closing summary."""

    files: int = 0
    files_read: int = 0
    documents: int = 0
    skipped: int = 0
    sentences: int = 0
    words: int = 0
    mentions: int = 0
    errors: list[ErrorRow] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0
    peak_rss: dict[int, int] = field(default_factory=dict)
    expected: int | None = None  # documents in the inputs, when they can be counted cheaply (for the ETA)
    notes: list[str] = field(default_factory=list)  # documents set aside or replaced, dates ignored: worth a word, not errors
    set_aside: int = 0  # documents read but not coded: not English, or an older capture of a stored URL
    undated: int = 0  # event mentions with neither a date in the text nor a publication date

    @property
    def processed(self) -> int:
        """Documents read so far, whatever became of them."""
        return self.documents + self.skipped + len(self.errors) + self.set_aside


class DocumentReader:
    """The new documents of the inputs, keyed; read and file errors are collected in `errors`.

    One URL is one document: a later capture of a stored URL with more text replaces it (its key is
    put in `replaced`, to be removed once the new one is stored; removed again at the end of the run, for
    a capture read in this run and stored after its replacement was read), a capture with no more text
    is skipped.
    """

    def __init__(self, files: list[str], known: set[str], summary: IngestSummary,
                 urls: dict[str, StoredUrl] | None = None, published: date | None = None):
        self.files = files
        self.published = published
        self.known = known
        self.summary = summary
        self.urls = urls if urls is not None else {}
        self.errors: list[ErrorRow] = []
        self.replaced: list[str] = []
        self._taken = 0

    def __iter__(self) -> Iterator[tuple[str, Document]]:
        for path in self.files:
            try:
                for item in read_source(path, published=self.published):
                    if isinstance(item, DocumentError):
                        self.errors.append(ErrorRow(item.origin, item.reason))
                        continue
                    key = document_key(item)
                    if key in self.known:
                        self.summary.skipped += 1
                        continue
                    self.known.add(key)
                    refused = too_long(item)
                    if refused:
                        self.errors.append(ErrorRow(item.origin, refused, key))
                        continue
                    skipped = not_english(item) or self._older_capture(item, key)
                    if skipped:
                        self.summary.notes.append(f"{item.origin}: {skipped}")
                        self.summary.set_aside += 1
                        continue
                    self.summary.notes.extend(f"{item.origin}: {note}" for note in item.notes)
                    yield key, item
            except DyadwatchError as exc:
                self.errors.append(ErrorRow(path, _without_origin(str(exc), path)))
            self.summary.files_read += 1

    def _older_capture(self, document: Document, key: str) -> str | None:
        """Why a capture of a URL already stored (or read) is skipped; None when it is new or replaces it."""
        if not document.url:
            return None
        length = len(document.text.split())
        stored = self.urls.get(document.url)
        if stored is not None and stored.words >= length:
            return f"{document.url} is stored already from {stored.origin} with as much text or more; skipped"
        if stored is not None:
            self.replaced.append(stored.key)
            self.summary.notes.append(f"{document.origin}: replaces {document.url} as stored from {stored.origin} "
                                      f"({stored.words} words, now {length})")
        self.urls[document.url] = StoredUrl(key, length, document.origin)
        return None

    def take_errors(self) -> list[ErrorRow]:
        errors, self.errors = self.errors, []
        return errors

    def take_replaced(self) -> list[str]:
        """Keys replaced since the last call."""
        replaced, self._taken = self.replaced[self._taken:], len(self.replaced)
        return replaced


def ingest(
    store: Store,
    paths: Iterable[str],
    options: IngestOptions = IngestOptions(),
    progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Code and store every new document under paths; returns the counts of this run."""
    started = time.perf_counter()
    summary = IngestSummary()
    files = list(expand_paths(paths))
    summary.files = len(files)
    if progress:
        summary.expected = count_documents(files)
    reader = DocumentReader(files, store.known_keys(), summary, stored_urls(store), options.published)
    batches = in_batches(reader, options.batch_size)
    first = next(batches, None)  # nothing new (a re-run): no model to load, no workers to start
    results = _coded_batches(chain([first], batches), options) if first else iter(())
    with store.single_threaded():  # small transactions; the cores belong to the workers
        for group in commit_groups(results, options.commit_size, lambda r: len(r.documents) + len(r.errors)):
            documents = [d for result in group for d in result.documents]
            errors = reader.take_errors() + [e for result in group for e in result.errors]
            store.write_batch(documents, errors)
            remove_documents(store, reader.take_replaced())
            for result in group:
                _count(summary, result)
            summary.errors.extend(errors)
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
        errors = reader.take_errors()
        if errors:
            store.write_batch([], errors)
            summary.errors.extend(errors)
        remove_documents(store, reader.replaced)
    summary.events = store.count("events")
    summary.seconds = time.perf_counter() - started
    return summary


def commit_groups(items: Iterable[T], size: int, rows: Callable[[T], int]) -> Iterator[list[T]]:
    """Coded batches (or partitions) grouped into transactions of about `size` documents, at least every
    COMMIT_SECONDS; `rows` tells how many documents and errors an item holds."""
    group: list[T] = []
    count = 0
    since = time.monotonic()
    for item in items:
        group.append(item)
        count += rows(item)
        if count >= size or time.monotonic() - since >= COMMIT_SECONDS:
            yield group
            group, count, since = [], 0, time.monotonic()
    if group:
        yield group


def _count(summary: IngestSummary, result: BatchResult) -> None:
    summary.documents += len(result.documents)
    for rows in result.documents:
        summary.sentences += rows.document["sentences"]
        summary.words += rows.document["words"]
        summary.mentions += len(rows.mentions)
        summary.undated += sum(1 for m in rows.mentions if m["date"] is None)
    summary.peak_rss[result.pid] = max(summary.peak_rss.get(result.pid, 0), result.peak_rss)


def in_batches(items: Iterable[tuple[str, Document]], size: int) -> Iterator[list[tuple[str, Document]]]:
    batch: list[tuple[str, Document]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _coded_batches(batches: Iterator[list[tuple[str, Document]]], options: IngestOptions) -> Iterator[BatchResult]:
    """Coded batches in input order: in this process for one worker, else from a pool of processes."""
    workers = options.worker_count()
    settings = (options.model, options.lexicon_dir, options.include_comments)
    if workers == 1:
        from ..coding.coder import Coder

        coder = Coder.create(*settings)
        collector = settle()  # as in a worker (_start_worker), for this run only
        try:
            for batch in batches:
                yield code_batch(coder, batch)
        finally:
            restore(collector)
        return
    check_settings(options)
    context = worker_context()  # see forkserver.py
    pending: deque[Future] = deque()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=settings) as pool:
        try:
            for batch in batches:
                pending.append(pool.submit(_code_in_worker, batch))
                if len(pending) >= READ_AHEAD * workers:  # bounded: memory stays flat on any corpus
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool:
            raise IngestError(
                "a worker process died (out of memory?); what was stored is kept: run the same command again "
                "to continue, with fewer --workers if memory is short"
            ) from None
        finally:
            for future in pending:
                future.cancel()


def check_settings(options: IngestOptions) -> None:
    """Fail here, in one line, on a model or lexicon that workers could not load (without importing
    spaCy: an installed model package or a directory is taken on trust, anything else is loaded). The
    built-in lexicon is not loaded again here: the worker server has it already, and the tests check it."""
    if options.lexicon_dir is not None:
        from ..coding.lexicon import load_lexicon

        load_lexicon(options.lexicon_dir)
    name = model_name(options.model)
    if not (_is_package(name) or Path(name).is_dir()):
        from ..nlp.pipeline import load_pipeline

        load_pipeline(name)  # raises ModelError with what to do


def _is_package(name: str) -> bool:
    """Whether a model package of this name is installed (as spacy.util.is_package tells)."""
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


_CODER: Coder | None = None
_FAILURE: str | None = None  # why the coder did not load, raised with the first batch


def _start_worker(model: str | None, lexicon_dir: Path | None, include_comments: bool) -> None:
    """Load the coder once per worker. Ctrl-C and SIGTERM are the parent's to handle (it stops the pool
    cleanly), so workers ignore them; a worker whose parent is gone dies with it. A coder that does not
    load is reported with the first batch, as the one-line error it is, not as a worker that died."""
    global _CODER, _FAILURE
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from ..coding.coder import Coder

    try:
        _CODER = Coder.create(model, lexicon_dir, include_comments)
    except DyadwatchError as exc:
        _FAILURE = str(exc)  # as text: not every error class can be rebuilt from its pickled form
        return
    # the model, lexicon, knowledge base and gazetteer are some 135,000 objects that live as long as
    # the worker: out of the garbage collector's sight, no full collection of a long run walks them again
    settle()


def _code_in_worker(batch: list[tuple[str, Document]]) -> BatchResult:
    if _FAILURE is not None:
        raise IngestError(_FAILURE)
    assert _CODER is not None, "worker started without a coder"
    return code_batch(_CODER, batch)


def code_batch(coder: Coder, batch: list[tuple[str, Document]]) -> BatchResult:
    """Code a batch with one nlp.pipe stream; if the stream itself fails, code one by one to isolate the culprit."""
    documents = [doc for _, doc in batch]
    try:
        results = list(coder.code_many(documents))
    except Exception:
        results = [_code_one(coder, doc) for doc in documents]
    stored: list[DocumentRows] = []
    errors: list[ErrorRow] = []
    for (key, document), result in zip(batch, results):
        if isinstance(result, DocumentError):
            errors.append(ErrorRow(document.origin, result.reason, key))
        else:
            stored.append(document_rows(result, key))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return BatchResult(stored, errors, os.getpid(), peak)


def _code_one(coder: Coder, document: Document) -> CodedDocument | DocumentError:
    try:
        return next(coder.code_many([document]))
    except Exception as exc:
        return DocumentError(document.origin, f"could not be parsed ({type(exc).__name__}: {exc})")


def _without_origin(message: str, origin: str) -> str:
    return message[len(origin) + 2:] if message.startswith(origin + ": ") else message
