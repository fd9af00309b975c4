"""Ways of running the pipeline (read, code, store): in local worker processes or on a Dask cluster.

The names below are imported on first use, so that `dyadwatch.pipeline.forkserver` can be imported
(and the worker server started) before spaCy and DuckDB are.
"""
from __future__ import annotations

from typing import Any

__all__ = ["IngestOptions", "IngestSummary", "ingest"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import local

        return getattr(local, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
