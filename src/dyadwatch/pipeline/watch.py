"""Watch feeds: in rounds, fetch every feed, read, code and store the new articles, report new alerts.

The third way of running the pipeline, beside the local workers and Dask: the documents come from the
web as they are published. A round stores articles exactly as `ingest` does (the same keys, rows,
dedup and one transaction per batch, through local.code_batch and Store.write_batch), and the state of
the watch (validators for conditional GET, failures and their backoff, alerts already reported, alerts
waiting for a notification target) is kept in the database, committed after the articles it concerns:
a watch killed at any moment loses nothing committed, and the next start fetches again whatever was
not yet stored.

The store is opened with hold=False by the caller: coding happens with no connection held, so other
processes read the database between batches.
"""
from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Callable

from ..analysis.alerts import MIN_EVENTS, scan_alerts
from ..analysis.store import HAPPENED, connect
from ..coding.coder import Coder
from ..documents.checks import too_long
from ..documents.document import Document
from ..documents.feeds import FEED_TYPES, PAGE_TYPES, FeedItem, FeedSource, parse_feed, read_article
from ..documents.fetch import FetchPolicy, Fetcher, Validators
from ..errors import DyadwatchError, FetchError, NotifyError
from ..store.database import ErrorRow, Store
from ..store.rows import document_key
from ..store.watch_state import ReportedAlert, UrlState, WatchState
from .local import IngestOptions, code_batch
from .notify import Notifier, alert_record


@dataclass(frozen=True)
class WatchOptions:
    every: float = 900.0  # seconds from the start of one round to the start of the next
    fetch: FetchPolicy = FetchPolicy()
    coding: IngestOptions = IngestOptions(workers=1)  # model, lexicon, comments, batch size
    threads: int = 8  # requests in flight at once, over all hosts (FetchPolicy.per_host bounds each host)
    min_events: int = MIN_EVENTS  # for the alert test, as `dyadwatch alerts --min-events`


@dataclass
class RoundSummary:
    """What one round did, for the progress line."""

    number: int
    started: datetime
    feeds: int = 0  # feeds fetched (including those that had not changed and those that failed)
    unchanged: int = 0  # feeds that answered 304 Not Modified
    failed: int = 0  # feeds that could not be fetched or read (each one is also in errors)
    waiting: int = 0  # feeds and pages sitting out rounds after failures
    articles: int = 0  # new documents stored
    duplicates: int = 0  # new items whose text was already stored
    mentions: int = 0  # events coded in the new articles
    alerts: list[dict] = field(default_factory=list)  # alerts reported for the first time
    errors: list[ErrorRow] = field(default_factory=list)
    seconds: float = 0.0
    next_in: float | None = None  # seconds to the next round; None after the last
    stopped: bool = False  # the round was cut short by a stop request


class Watcher:
    """Rounds over a feed list, against one store."""

    def __init__(self, store: Store, feeds: list[FeedSource], options: WatchOptions = WatchOptions(),
                 notifiers: list[Notifier] | None = None, stop: threading.Event | None = None,
                 coder: Coder | None = None):
        self.store = store
        self.feeds = feeds
        self.options = options
        self.notifiers = notifiers or []
        self.stop = stop or threading.Event()
        self.state = WatchState(store)
        self.fetcher = Fetcher(options.fetch)
        self.rounds = 0
        self._coder = coder  # loaded at the first new article when not given

    def close(self) -> None:
        self.fetcher.close()

    def run(self, once: bool = False, progress: Callable[[RoundSummary], None] | None = None) -> None:
        """Round after round, every `options.every` seconds, until stopped (or after one round if once)."""
        while not self.stop.is_set():
            started = time.monotonic()
            summary = self.round()
            last = once or self.stop.is_set()
            summary.next_in = None if last else max(0.0, started + self.options.every - time.monotonic())
            if progress:
                progress(summary)
            if last or self.stop.wait(summary.next_in):
                return

    def round(self) -> RoundSummary:
        """Fetch the feeds, store their new articles, report new alerts."""
        clock = time.perf_counter()
        self.rounds += 1
        summary = RoundSummary(self.rounds, datetime.now())
        self.fetcher.new_round()
        with ThreadPoolExecutor(self.options.threads) as pool:
            feed_states, items = self._read_feeds(pool, summary)
            self._store_articles(pool, items, summary)
        if summary.stopped:  # validators are kept only once the items they cover are stored
            feed_states = [s for s in feed_states if s.failures]
        self.state.save(feed_states, clear_errors=[s.url for s in feed_states if not s.failures])
        if not summary.stopped:
            self._report_alerts(summary)
        summary.seconds = time.perf_counter() - clock
        return summary

    def _read_feeds(self, pool: ThreadPoolExecutor, summary: RoundSummary) -> tuple[list[UrlState], list[tuple[FeedItem, FeedSource]]]:
        """Fetch the feeds that are due; their new states (saved later) and their items, each URL once."""
        states = self.state.urls([f.url for f in self.feeds], "feed")
        due = [f for f in self.feeds if states[f.url].due]
        updated = [states[f.url].waited() for f in self.feeds if not states[f.url].due]
        summary.waiting += len(updated)
        items: dict[str, tuple[FeedItem, FeedSource]] = {}
        errors: list[ErrorRow] = []
        for source, (state, outcome) in zip(due, pool.map(lambda f: self._read_feed(f, states[f.url]), due)):
            updated.append(state)
            summary.feeds += 1
            if isinstance(outcome, FetchError):
                errors.append(ErrorRow(source.url, outcome.reason))
                summary.failed += 1
                continue
            summary.unchanged += outcome is None
            for item in outcome or []:
                items.setdefault(item.url, (item, source))
        self._record_errors(errors, summary)
        return updated, list(items.values())

    def _read_feed(self, source: FeedSource, state: UrlState) -> tuple[UrlState, list[FeedItem] | FetchError | None]:
        """The feed's new state and its items (None when it has not changed since the last round)."""
        try:
            response = self.fetcher.get(source.url, Validators(state.etag, state.last_modified), FEED_TYPES)
            if response.not_modified:
                return state.succeeded(), None
            items = parse_feed(response.content, source.url)
        except FetchError as exc:
            return state.failed(), exc
        return state.succeeded(etag=response.validators.etag, last_modified=response.validators.last_modified), items

    def _store_articles(self, pool: ThreadPoolExecutor, items: list[tuple[FeedItem, FeedSource]],
                        summary: RoundSummary) -> None:
        """Fetch and read the pages not met before, then code and store them batch by batch."""
        by_feed = {f.url: f for f in self.feeds}
        listed = {item.url for item, _ in items}
        items = items + [(FeedItem(p.url, p.title, p.published, p.feed), by_feed[p.feed])
                         for p in self.state.failed_pages(by_feed) if p.url not in listed]
        states = self.state.urls([item.url for item, _ in items], "page")
        pages = {item.url: replace(states[item.url], feed=item.feed, title=item.title, published=item.published)
                 for item, _ in items}
        waiting = [pages[i.url].waited() for i, _ in items if pages[i.url].doc_key is None and not pages[i.url].due]
        summary.waiting += len(waiting)
        self.state.save(waiting)
        new = [(item, source) for item, source in items
               if pages[item.url].doc_key is None and pages[item.url].due and not pages[item.url].given_up]
        if not new:
            return
        known = self.store.known_keys()
        futures = [pool.submit(self._read_page, item, source) for item, source in new]
        size = self.options.coding.batch_size
        for start in range(0, len(new), size):
            if self.stop.is_set():
                summary.stopped = True
                for future in futures[start:]:
                    future.cancel()
                return
            chunk = [(item, future) for (item, _), future in zip(new[start:start + size], futures[start:start + size])]
            self._store_batch(chunk, pages, known, summary)

    def _read_page(self, item: FeedItem, source: FeedSource) -> Document | FetchError | None:
        """The article of an item, or why not; None when the watch was stopped before it was fetched."""
        if self.stop.is_set():
            return None
        try:
            return read_article(self.fetcher.get(item.url, accept=PAGE_TYPES), item, source.name)
        except FetchError as exc:
            return exc
        except Exception as exc:  # one odd page never stops a round
            return FetchError(item.url, f"could not be read ({type(exc).__name__}: {exc})")

    def _store_batch(self, chunk: list[tuple[FeedItem, Future]], pages: dict[str, UrlState], known: set[str],
                     summary: RoundSummary) -> None:
        """Code the new documents of a chunk of pages and store them as ingest does, then remember the pages."""
        batch: list[tuple[str, Document]] = []
        errors: list[ErrorRow] = []
        states: list[UrlState] = []
        recovered: list[str] = []  # pages that failed before and turn out to be stored already
        for item, future in chunk:
            outcome = future.result()
            page = pages[item.url]
            if outcome is None:  # not fetched: the watch is stopping; the page is new again next time
                continue
            if isinstance(outcome, FetchError):
                errors.append(ErrorRow(item.url, outcome.reason))
                states.append(page.failed())
                continue
            key = document_key(outcome)
            states.append(page.succeeded(doc_key=key))
            if key in known:  # the same text at the same URL, from another feed or an earlier ingest
                summary.duplicates += 1
                recovered.extend([item.url] if page.failures else [])
                continue
            known.add(key)
            refused = too_long(outcome)
            if refused:
                errors.append(ErrorRow(outcome.origin, refused, key))
            else:
                batch.append((key, outcome))
        documents = []
        if batch:
            result = code_batch(self._coder_for(), batch)
            documents, errors = result.documents, errors + result.errors
        if documents or errors:
            self.store.write_batch(documents, errors)
        self.state.save(states, clear_errors=recovered)
        summary.articles += len(documents)
        summary.mentions += sum(len(d.mentions) for d in documents)
        summary.errors.extend(errors)

    def _coder_for(self) -> Coder:
        """The coder, loaded at the first new article (a round with nothing new loads no model)."""
        if self._coder is None:
            o = self.options.coding
            self._coder = Coder.create(o.model, o.lexicon_dir, o.include_comments)
        return self._coder

    def _report_alerts(self, summary: RoundSummary) -> None:
        """Alerts of the latest window; those not reported before go to the summary, and to each notifier
        through its outbox (kept in the database until that target has them)."""
        with self.store.connected() as con:
            if con.execute(f"SELECT count(*) FROM events WHERE {HAPPENED}").fetchone()[0] == 0:
                return
        try:
            with connect(self.store.path) as con:
                scan = scan_alerts(con, min_events=self.options.min_events)
        except DyadwatchError as exc:
            self._record_errors([ErrorRow(self.store.path, f"alerts not computed: {exc}")], summary)
            return
        reported = self.state.reported_alerts()
        new = [a for a in scan.alerts
               if (a.a, a.b) not in reported or reported[(a.a, a.b)].window_end < scan.window_start]
        records = [alert_record(a, scan) for a in new]
        self.state.remember_alerts(
            [ReportedAlert(a.a, a.b, scan.window_start, scan.window_end, a.conflict, a.p_value) for a in scan.alerts],
            {(a.a, a.b) for a in new}, [(n.target, record) for n in self.notifiers for record in records])
        summary.alerts = records
        self._record_errors([e for e in map(self._deliver, self.notifiers) if e], summary)

    def _deliver(self, notifier: Notifier) -> ErrorRow | None:
        """Send a target what its outbox holds, one alert at a time; what fails stays for the next round."""
        sent = []
        try:
            for record in self.state.outbox(notifier.target):
                notifier.send([record])
                sent.append(record)
        except NotifyError as exc:
            return ErrorRow(notifier.target, str(exc).removeprefix(f"{notifier.target}: "))
        finally:
            self.state.delivered(notifier.target, sent)
        return None

    def _record_errors(self, errors: list[ErrorRow], summary: RoundSummary) -> None:
        if errors:
            self.store.write_batch([], errors)
            summary.errors.extend(errors)
