"""The dedup rule: same actors, CAMEO code, negation and modality, dates in one window."""
from __future__ import annotations

from datetime import date

from dyadwatch.store.dedup import assign_windows, event_id

from corpus_helpers import report, write_jsonl


def test_windows_are_laid_from_the_earliest_date():
    days = [date(2024, 3, d) for d in (1, 2, 3, 4, 10)] + [None]
    starts = assign_windows(days, window=1)
    assert starts[date(2024, 3, 2)] == date(2024, 3, 1)
    assert starts[date(2024, 3, 3)] == date(2024, 3, 3)  # more than a day after the window opened
    assert starts[date(2024, 3, 4)] == date(2024, 3, 3)
    assert starts[date(2024, 3, 10)] == date(2024, 3, 10)
    assert starts[None] is None


def test_windows_do_not_depend_on_order():
    days = [date(2024, 3, d) for d in (5, 1, 2, 9, 3)]
    assert assign_windows(days) == assign_windows(sorted(days, reverse=True))
    assert event_id("RUS|UKR|190|0|asserted", date(2024, 3, 1)) == event_id("RUS|UKR|190|0|asserted", date(2024, 3, 1))


def test_reports_of_one_attack_merge_with_counts(store, run_ingest, tmp_path):
    reports = [
        report(1, "2024-03-05", "outlet-a.example"),  # Monday 2024-03-04
        report(2, "2024-03-05", "outlet-b.example"),
        report(3, "2024-03-06", "www.outlet-a.example", "Russian forces attacked Ukraine on Tuesday."),
        report(4, "2024-03-20", "outlet-c.example"),  # a new attack two weeks later
        report(5, "2024-03-05", "outlet-d.example", "Russian forces did not attack Ukraine on Monday."),
    ]
    run_ingest(store, write_jsonl(tmp_path / "reports.jsonl", reports))
    events = store.con.execute(
        "SELECT date, negated, mentions, sources, articles, first_url, sentence FROM events "
        "WHERE source_code LIKE 'RUS%' AND target_code = 'UKR' ORDER BY date, negated"
    ).fetchall()
    assert [(e[0].isoformat(), e[1], e[2], e[3], e[4]) for e in events] == [
        ("2024-03-04", False, 3, 2, 3),  # outlet-a twice (www. ignored), outlet-b
        ("2024-03-04", True, 1, 1, 1),  # "did not attack" is another event
        ("2024-03-18", False, 1, 1, 1),
    ]
    first = events[0]
    assert first[5] == "https://outlet-a.example/story/1"
    assert first[6] == "Russian forces attacked Ukraine on Monday."
    linked = store.con.execute(
        "SELECT count(*) FROM event_mentions m JOIN events e USING (event_id) WHERE e.date = '2024-03-04' AND NOT e.negated"
        " AND e.target_code = 'UKR'"
    ).fetchone()[0]
    assert linked == 3  # each mention keeps its document, sentence and evidence
