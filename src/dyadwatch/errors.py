"""One small exception class per kind of failure, all under DyadwatchError.

The CLI turns any DyadwatchError into a one-line message; anything else is a bug.
"""
from __future__ import annotations


class DyadwatchError(Exception):
    """Base class: a problem the user can fix, reported in one line."""


class InputError(DyadwatchError):
    """A file or stream that cannot be read as a document (missing, binary, empty, bad encoding)."""


class DocumentError(DyadwatchError):
    """One document in a batch that cannot be read or coded; the batch goes on without it."""

    def __init__(self, origin: str, message: str):
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.reason = message


class LexiconError(DyadwatchError):
    """A malformed entry in a lexicon or knowledge-base data file."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line


class ModelError(DyadwatchError):
    """The requested spaCy pipeline is not installed or cannot be loaded."""


class StoreError(DyadwatchError):
    """The event database cannot be opened, read or written (missing, locked, not a DuckDB file, no
    `events` table, disk full)."""


class IngestError(DyadwatchError):
    """An ingest run that cannot go on (a worker process died); what is stored so far is kept."""


class DaskUnavailableError(DyadwatchError):
    """`--engine dask` on an installation without Dask (it is an optional extra)."""


class SchedulerError(DyadwatchError):
    """The Dask scheduler given with --scheduler cannot be reached, or the local cluster cannot start."""


class RequestError(DyadwatchError):
    """A dashboard request with a parameter it cannot use (a date that is no date, an unknown quad class,
    a page size over the limit); answered with status 400 and this message."""


class QueryTimeout(DyadwatchError):
    """A dashboard query that ran past its time limit and was interrupted; answered with status 503."""


class FetchError(DyadwatchError):
    """A feed, page or robots.txt that could not be fetched or is not what was asked for (timeout, HTTP
    error, redirect loop, not http(s), too large, not XML or not HTML); that URL is skipped this round."""

    def __init__(self, url: str, message: str):
        super().__init__(f"{url}: {message}")
        self.url = url
        self.reason = message


class FeedListError(DyadwatchError):
    """A line of a feed list that is not an http(s) URL optionally followed by a source name."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line


class NotifyError(DyadwatchError):
    """An alert that could not be written to the --notify file or posted to the webhook."""


class GazetteerError(DyadwatchError):
    """The gazetteer table that places events is missing or damaged."""
