"""Score the coder on hand-written sentences in five news styles (benchmarks/gold/styles-*.jsonl).

Each record is one sentence (or a short ACLED note) with its gold events. Scoring is per sentence, so
it needs no offsets: a gold event is found by type when some event coded from the sentence has its
PLOVER type, found by root when some coded event has its CAMEO root. CAMEO 01 (public statements) has
no PLOVER type; its events are scored under the type STATEMENT on both sides, so that a statement the
gold does not hold counts against precision like any other wrong event.

Actors compare by country (the first three letters of the code). A gold "---" (the text names no
agent, or no country for it) is matched only by a coded actor of unknown country; a gold event
without a target accepts any coded target.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..documents.readers import parse_date, read_text
from ..actors.resolver import UNKNOWN_COUNTRY
from ..errors import InputError
from .agentless import AGENTLESS
from .coder import Coder
from .event import Event
from .gold_files import read_gold_lines
from .ontology import load_ontology

STYLES = ("news", "acled", "protest", "police", "cameo5")
STATEMENT = "STATEMENT"


def type_of(plover_type: str | None) -> str:
    """The type an event is scored under: its PLOVER type, or STATEMENT for CAMEO 01 codes."""
    return plover_type or STATEMENT


def country(code: str | None) -> str | None:
    return code[:3] if code else None


@dataclass(frozen=True)
class StyleEvent:
    """A gold or coded event, reduced to what the style scores compare."""

    cameo: str
    type: str
    source: str
    target: str | None
    implied: bool = False  # a coded source the text does not name (an agentless passive's implied police)

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @classmethod
    def of(cls, event: Event) -> "StyleEvent":
        target = event.target.code if event.target else None
        implied = event.source.resolved_by in AGENTLESS
        return cls(event.cameo.code, type_of(event.cameo.plover_type), event.source.code, target, implied)


@dataclass(frozen=True)
class StyleRecord:
    id: str
    style: str
    text: str
    published: str | None
    events: list[StyleEvent]


def read_styles(path: Path) -> list[StyleRecord]:
    """The records of one styles file; every CAMEO code must exist and its PLOVER type must agree."""
    ontology = load_ontology()

    def build(raw: dict, where: str) -> StyleRecord:
        events = [_gold_event(raw_event, ontology, where) for raw_event in raw["events"]]
        record = StyleRecord(raw["id"], raw["style"], raw["text"], raw.get("published"), events)
        if record.style not in STYLES:
            raise InputError(f"{where}: unknown style {record.style!r}; expected one of {', '.join(STYLES)}")
        return record

    return read_gold_lines(path, build, "styles gold record", "expected id, style, text and events")


def _gold_event(raw: dict, ontology, where: str) -> StyleEvent:
    code = raw["cameo"]
    if code not in ontology:
        raise InputError(f"{where}: CAMEO code {code!r} is not in cameo.tsv")
    plover = ontology[code].plover_type
    if raw.get("plover") != plover:
        raise InputError(f"{where}: CAMEO {code} has PLOVER type {plover!r} in cameo.tsv, not {raw.get('plover')!r}")
    return StyleEvent(code, type_of(plover), raw["source"], raw.get("target"))


def actor_matches(coded: str | None, gold: str | None, optional: bool) -> bool:
    """Same country; gold '---' wants an unknown coded actor; a missing gold target (`optional`) takes any."""
    if gold is None:
        return optional
    if country(gold) == UNKNOWN_COUNTRY:
        return coded is None or country(coded) == UNKNOWN_COUNTRY
    return coded is not None and country(coded) == country(gold)


def actors_match(coded: StyleEvent, gold: StyleEvent) -> bool:
    """Source and target agree; a source the coder implied (the text names no agent) also agrees with gold '---'."""
    source = actor_matches(coded.source, gold.source, False) or (coded.implied and country(gold.source) == UNKNOWN_COUNTRY)
    return source and actor_matches(coded.target, gold.target, True)


@dataclass
class SentenceScore:
    """One sentence: which gold events were found, and how many coded events were of a gold type."""

    record: StyleRecord
    coded: list[StyleEvent]
    type_hits: list[bool]
    root_hits: list[bool]
    actor_hits: list[bool]
    coded_right: int

    def to_dict(self, half: str) -> dict:
        return {
            "id": self.record.id,
            "half": half,
            "style": self.record.style,
            "text": self.record.text,
            "gold": [
                {"cameo": g.cameo, "type": g.type, "source": g.source, "target": g.target,
                 "type_hit": t, "root_hit": r, "actors_hit": a}
                for g, t, r, a in zip(self.record.events, self.type_hits, self.root_hits, self.actor_hits)
            ],
            "coded": [{"cameo": c.cameo, "type": c.type, "source": c.source, "target": c.target} for c in self.coded],
            "coded_of_gold_type": self.coded_right,
        }


def score_sentence(record: StyleRecord, coded: list[StyleEvent]) -> SentenceScore:
    gold_types = {g.type for g in record.events}
    type_hits, root_hits, actor_hits = [], [], []
    for gold in record.events:
        same_type = [c for c in coded if c.type == gold.type]
        type_hits.append(bool(same_type))
        root_hits.append(any(c.root == gold.root for c in coded))
        actor_hits.append(any(actors_match(c, gold) for c in same_type))
    coded_right = sum(c.type in gold_types for c in coded)
    return SentenceScore(record, coded, type_hits, root_hits, actor_hits, coded_right)


@dataclass
class StyleScore:
    """Counts over a group of sentences, and the figures of the styles table."""

    sentences: int = 0
    gold_sentences: int = 0
    no_event: int = 0
    gold_events: int = 0
    type_hits: int = 0
    root_hits: int = 0
    actor_hits: int = 0
    coded: int = 0
    coded_right: int = 0
    per_type: dict[str, Counter] = field(default_factory=dict)

    def add(self, score: SentenceScore) -> None:
        self.sentences += 1
        self.coded += len(score.coded)
        self.coded_right += score.coded_right
        if score.record.events:
            self.gold_sentences += 1
            self.no_event += not score.coded
        for gold, type_hit, root_hit, actor_hit in zip(
            score.record.events, score.type_hits, score.root_hits, score.actor_hits
        ):
            self.gold_events += 1
            self.type_hits += type_hit
            self.root_hits += root_hit
            self.actor_hits += actor_hit
            self.per_type.setdefault(gold.type, Counter()).update(events=1, type=type_hit, actors=actor_hit)

    @staticmethod
    def share(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    @property
    def events_per_sentence(self) -> float:
        return self.share(self.coded, self.sentences)

    @property
    def type_recall(self) -> float:
        return self.share(self.type_hits, self.gold_events)

    @property
    def root_recall(self) -> float:
        return self.share(self.root_hits, self.gold_events)

    @property
    def no_event_rate(self) -> float:
        return self.share(self.no_event, self.gold_sentences)

    @property
    def type_precision(self) -> float:
        return self.share(self.coded_right, self.coded)

    @property
    def source_target(self) -> float:
        return self.share(self.actor_hits, self.type_hits)


def code_styles(coder: Coder, records: list[StyleRecord]) -> list[SentenceScore]:
    """Code every record as a document of its own, dated by its publication date, and score it."""
    documents = [
        read_text(r.text, r.id, published=parse_date(r.published) if r.published else None) for r in records
    ]
    scores = []
    for record, coded in zip(records, coder.code_many(documents)):
        events = [] if isinstance(coded, Exception) else [StyleEvent.of(e) for e in coded.events]
        scores.append(score_sentence(record, events))
    return scores


def score_groups(scores: list[tuple[str, SentenceScore]]) -> dict[tuple[str, str], StyleScore]:
    """StyleScores keyed by (half, style), with 'all' rows per half and for both halves together."""
    groups: dict[tuple[str, str], StyleScore] = {}
    for half, score in scores:
        for key in ((half, score.record.style), (half, "all"), ("both", score.record.style), ("both", "all")):
            groups.setdefault(key, StyleScore()).add(score)
    return groups


def format_styles_table(groups: dict[tuple[str, str], StyleScore], halves: list[str]) -> str:
    header = f"{'half':<6}{'style':<9}{'sents':>6}{'ev/sent':>8}{'typeR':>7}{'rootR':>7}{'noev':>7}{'typeP':>7}{'src/tgt':>8}"
    lines = [header]
    for half in halves:
        for style in (*STYLES, "all"):
            s = groups.get((half, style))
            if s is None:
                continue
            lines.append(
                f"{half:<6}{style:<9}{s.sentences:>6}{s.events_per_sentence:>8.2f}{s.type_recall:>7.2f}"
                f"{s.root_recall:>7.2f}{s.no_event_rate:>7.2f}{s.type_precision:>7.2f}{s.source_target:>8.2f}"
            )
    return "\n".join(lines)


def format_type_table(score: StyleScore) -> str:
    lines = [f"{'type':<12}{'gold':>6}{'recall':>8}{'src/tgt':>9}"]
    for name, counts in sorted(score.per_type.items()):
        n = counts["events"]
        actors = counts["actors"] / counts["type"] if counts["type"] else 0.0
        lines.append(f"{name:<12}{n:>6}{counts['type'] / n:>8.2f}{actors:>9.2f}")
    return "\n".join(lines)
