"""Dask worker preload for the tests: coding fails on any batch with a document that contains FAIL_MARK,
as a worker that crashes on a partition would; attempts are counted on the replacement function."""
from __future__ import annotations

from dyadwatch.pipeline import dask_engine
from dyadwatch.pipeline.local import code_batch

FAIL_MARK = "DYADWATCH-TEST-FAILING-PARTITION"


def failing_code_batch(coder, batch):
    if any(FAIL_MARK in document.text for _, document in batch):
        failing_code_batch.attempts += 1
        raise RuntimeError("injected worker failure")
    return code_batch(coder, batch)


failing_code_batch.attempts = 0
dask_engine.code_batch = failing_code_batch  # Dask may run a preload twice: this stays one replacement
