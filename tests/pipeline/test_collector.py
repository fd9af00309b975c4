"""The garbage collector of a coding process: loaded objects frozen, young objects collected less often."""
from __future__ import annotations

import gc
import weakref

from dyadwatch.pipeline.collector import YOUNG_THRESHOLD, restore, settle


def test_settle_freezes_and_raises_the_young_threshold_and_restore_undoes_it():
    before = gc.get_threshold()
    loaded = [[n] for n in range(1000)]  # container objects alive before the run, as a loaded coder's
    saved = settle()
    try:
        assert saved == before
        assert gc.get_threshold() == (YOUNG_THRESHOLD, before[1], before[2])
        assert gc.get_freeze_count() >= len(loaded)
    finally:
        restore(saved)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_cycles_made_while_settled_are_still_freed():
    saved = settle()
    try:
        class Node:
            pass

        node = Node()
        node.me = node  # a reference cycle, as a document's cached tokens make with it
        ref = weakref.ref(node)
        del node
        assert ref() is not None  # reference counting alone cannot free a cycle
        gc.collect()
        assert ref() is None
    finally:
        restore(saved)
