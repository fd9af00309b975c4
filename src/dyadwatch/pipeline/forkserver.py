"""The process ingest workers are forked from.

Workers fork from a clean single-threaded server that has loaded the model once (preload.py): safer
than forking the ingest process (DuckDB threads) and faster than loading the model per worker. Loading
takes seconds, so the command line starts the server first thing, and the server loads the model while
the ingest process imports the library and opens the database.

Light on purpose: importing this module imports neither spaCy nor DuckDB.
"""
from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver
from multiprocessing.context import BaseContext

PRELOAD = ["dyadwatch.pipeline.preload"]


def worker_context() -> BaseContext:
    """The multiprocessing context that starts ingest workers."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def start_early() -> None:
    """Start the server (and its loading of the model) now, without waiting for it."""
    worker_context()
    forkserver.ensure_running()
