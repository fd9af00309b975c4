"""The garbage collector in a process that codes documents.

Such a process loads the coder once (model, lexicon, knowledge base, gazetteer: some 135,000 objects
that live as long as it does) and then makes and drops millions of small objects per batch: tokens,
spans, phrase items, matches, actors, events. What is loaded is frozen out of the collector's sight, so
that no full collection walks it again, and the youngest generation is collected after 10,000 new
container objects instead of Python's 700: at 700 the collector runs thousands of times per batch and
finds almost nothing it can free each time (the few reference cycles coding leaves are freed all the same,
a little later).
"""
from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000

Thresholds = tuple[int, int, int]


def settle() -> Thresholds:
    """Freeze what is loaded and collect the young generation less often; the thresholds before."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, before[1], before[2])
    return before


def restore(before: Thresholds) -> None:
    """Undo `settle`, at the end of a run in a process that goes on."""
    gc.set_threshold(*before)
    gc.unfreeze()
