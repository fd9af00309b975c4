"""Score the coder against PLOVER-format gold sentences: the figures of the accuracy table."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..documents.readers import parse_date, read_text
from .coder import Coder
from .event import Event
from .gold_files import read_gold_lines


@dataclass
class GoldRecord:
    id: str
    text: str
    published: str | None
    type: str
    source: list[str]
    target: list[str]


@dataclass
class PloverScore:
    sentences: int = 0
    type_hits: int = 0
    full_hits: int = 0
    events: int = 0
    per_type: dict[str, Counter] = field(default_factory=dict)

    @property
    def type_share(self) -> float:
        return self.type_hits / self.sentences if self.sentences else 0.0

    @property
    def full_share(self) -> float:
        return self.full_hits / self.sentences if self.sentences else 0.0

    @property
    def events_per_sentence(self) -> float:
        return self.events / self.sentences if self.sentences else 0.0


def read_gold(path: Path) -> list[GoldRecord]:
    def build(raw: dict, where: str) -> GoldRecord:
        gold = raw["gold"]
        return GoldRecord(raw["id"], raw["text"], raw.get("published"), gold["type"], gold["source"], gold["target"])

    return read_gold_lines(path, build, "PLOVER gold record", "expected id, text and gold")


def event_matches(event: Event, record: GoldRecord, full: bool) -> bool:
    """Right type; with `full`, also a gold source and, when the gold has one, a gold target."""
    if event.cameo.plover_type != record.type:
        return False
    if not full:
        return True
    source_ok = event.source.country in record.source
    target_ok = not record.target or (event.target is not None and event.target.country in record.target)
    return source_ok and target_ok


def score_plover(coder: Coder, records: list[GoldRecord]) -> tuple[PloverScore, list[tuple[GoldRecord, list[Event]]]]:
    documents = [
        read_text(r.text, r.id, published=parse_date(r.published) if r.published else None) for r in records
    ]
    score = PloverScore()
    details = []
    for record, coded in zip(records, coder.code_many(documents)):
        events = [] if isinstance(coded, Exception) else coded.events
        type_hit = any(event_matches(e, record, False) for e in events)
        full_hit = any(event_matches(e, record, True) for e in events)
        score.sentences += 1
        score.events += len(events)
        score.type_hits += type_hit
        score.full_hits += full_hit
        counts = score.per_type.setdefault(record.type, Counter())
        counts.update(sentences=1, type=type_hit, full=full_hit)
        details.append((record, events))
    return score, details


def format_score(score: PloverScore) -> str:
    """The per-type table and the three headline figures, as printed by the CLI and the benchmark."""
    lines = [f"{'type':<12}{'n':>5}{'type':>8}{'full':>8}"]
    for name, counts in sorted(score.per_type.items()):
        n = counts["sentences"]
        lines.append(f"{name:<12}{n:>5}{counts['type'] / n:>8.2f}{counts['full'] / n:>8.2f}")
    lines += [
        f"type accuracy (some event has the gold PLOVER type): {score.type_share:.3f} ({score.type_hits}/{score.sentences})",
        f"full accuracy (that event also has gold source and target): {score.full_share:.3f} ({score.full_hits}/{score.sentences})",
        f"events per sentence: {score.events_per_sentence:.2f}",
    ]
    return "\n".join(lines)
