"""Fixtures: a stationary multi-dyad table, and the same with a planted escalation, in memory or on disk."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import duckdb
import pytest
from synthetic import PAIRS, START, event, stationary, write_events


@pytest.fixture
def flat_rows() -> list[tuple]:
    return stationary(START, 60, PAIRS, rate=4.0, seed=7)


@pytest.fixture
def escalation_rows(flat_rows) -> list[tuple]:
    """The flat series plus, in the last three weeks, North Korean shelling and threats against the South."""
    last = START + timedelta(weeks=60) - timedelta(days=1)
    planted = [event(last - timedelta(days=d), "PRKMIL", "KORMIL" if i % 2 else "KOR", 4 if i % 3 else 3)
               for d in range(0, 21, 2) for i in range(2)]
    return flat_rows + planted


@pytest.fixture
def db_file(tmp_path: Path, escalation_rows) -> Path:
    path = tmp_path / "events.duckdb"
    write_events(duckdb.connect(str(path)), escalation_rows).close()
    return path
