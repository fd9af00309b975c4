"""Score the coder against the hand-coded real-news gold set (benchmarks/gold/voa-*.jsonl).

A coded event and a gold event match when the gold trigger lies in the coded event's sentence and
both have the same CAMEO root; a full match also needs the same source and target country and the
same modality and negation. Background gold events (old context) are not scored for recall, and a
coded event that matches only background gold is counted apart, neither a hit nor a false positive.

Annotators may code an act once, where the story first reports it; a coded event in a later sentence
that repeats a gold act (same root, source country and target country) is a true event for precision,
though it does not add to recall.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .agentless import AGENTLESS
from .event import Event
from .gold_files import read_gold_lines

MODALITIES = ("asserted", "future", "hypothetical")


@dataclass(frozen=True)
class GoldEvent:
    offset: int  # of the trigger, in the story's text (see document_offsets for the document's text)
    trigger: str
    source: str
    target: str | None
    cameo: str
    modality: str
    negated: bool
    background: bool

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True)
class GoldStory:
    story: str
    published: str | None
    events: list[GoldEvent]


@dataclass(frozen=True)
class CodedEvent:
    """What scoring needs from a coded event, so that matching can be tested on hand-made events."""

    sentence_span: tuple[int, int]
    cameo: str
    source: str
    target: str | None
    modality: str
    negated: bool
    implied: bool = False  # a source the text does not name (an agentless passive's implied police)

    @classmethod
    def of(cls, event: Event) -> "CodedEvent":
        target = event.target.code if event.target else None
        implied = event.source.resolved_by in AGENTLESS
        return cls(
            event.sentence_span, event.cameo.code, event.source.code, target, event.modality, event.negated, implied
        )

    @property
    def root(self) -> str:
        return self.cameo[:2]


def country(code: str | None) -> str | None:
    """The first three letters of an actor code: a country, an IGO/NGO family, or '---' (unknown)."""
    return code[:3] if code else None


def root_match(coded: CodedEvent, gold: GoldEvent, gold_offset: int) -> bool:
    """The gold trigger (at `gold_offset` in the document) lies in the coded sentence; same CAMEO root."""
    start, end = coded.sentence_span
    return start <= gold_offset < end and coded.root == gold.root


def same_source(coded: CodedEvent, gold: GoldEvent) -> bool:
    """Same source country; a source the coder implied (the text names no agent) also agrees with gold '---'."""
    return country(coded.source) == country(gold.source) or (coded.implied and gold.source.startswith("---"))


def same_act(coded: CodedEvent, gold: GoldEvent) -> bool:
    """The coded event reports the gold act anywhere in the story: same root, source and target countries."""
    return coded.root == gold.root and same_source(coded, gold) and country(coded.target) == country(gold.target)


def full_match(coded: CodedEvent, gold: GoldEvent, gold_offset: int) -> bool:
    """A root match whose source and target countries (or both targets none), modality and negation agree."""
    return (
        root_match(coded, gold, gold_offset)
        and same_source(coded, gold)
        and country(coded.target) == country(gold.target)
        and coded.modality == gold.modality
        and coded.negated == gold.negated
    )


@dataclass
class StoryScore:
    """The verdict on every gold and coded event of one story (lists in the stories' own order)."""

    gold_root: list[bool]  # per gold event: some coded event matches it at the root level
    gold_full: list[bool]
    coded_verdict: list[str]  # per coded event: "hit" (in its sentence or repeating a gold act), "false" or "background"
    coded_full: list[bool]  # per coded event: it fully matches some non-background gold event


def score_story(gold: list[GoldEvent], offsets: list[int], coded: list[CodedEvent]) -> StoryScore:
    """Match one story's coded events against its gold events (`offsets`: gold triggers in the document)."""
    scored = [(g, o) for g, o in zip(gold, offsets) if not g.background]
    background = [(g, o) for g, o in zip(gold, offsets) if g.background]
    verdicts, full = [], []
    for event in coded:
        if any(root_match(event, g, o) for g, o in scored):
            verdicts.append("hit")
        elif any(root_match(event, g, o) or same_act(event, g) for g, o in background):
            verdicts.append("background")
        elif any(same_act(event, g) for g, _ in scored):
            verdicts.append("hit")
        else:
            verdicts.append("false")
        full.append(any(full_match(event, g, o) for g, o in scored) or any(
            same_act(event, g) and (event.modality, event.negated) == (g.modality, g.negated) for g, _ in scored
        ))
    return StoryScore(
        gold_root=[any(root_match(e, g, o) for e in coded) for g, o in zip(gold, offsets)],
        gold_full=[any(full_match(e, g, o) for e in coded) for g, o in zip(gold, offsets)],
        coded_verdict=verdicts,
        coded_full=full,
    )


@dataclass
class NewsScore:
    """Totals over the stories of one half of the gold set."""

    stories: int = 0
    gold: int = 0  # non-background gold events
    background: int = 0  # background gold events (not scored)
    coded: int = 0
    coded_background: int = 0  # coded events matching only background gold
    coded_root: int = 0
    coded_full: int = 0
    gold_root: int = 0
    gold_full: int = 0
    per_root: dict[str, Counter] = field(default_factory=dict)
    # per CAMEO root of the coded events: scored ones ('coded') and hits, for a root's precision
    coded_per_root: dict[str, Counter] = field(default_factory=dict)

    def add(self, gold: list[GoldEvent], story: StoryScore, coded: list[CodedEvent] = ()) -> None:
        """Count one story; with its `coded` events (in the order of story.coded_verdict), per root too."""
        self.stories += 1
        for event, verdict in zip(coded, story.coded_verdict):
            if verdict != "background":
                self.coded_per_root.setdefault(event.root, Counter()).update(coded=1, hit=verdict == "hit")
        for event, root_hit, full_hit in zip(gold, story.gold_root, story.gold_full):
            if event.background:
                self.background += 1
                continue
            self.gold += 1
            self.gold_root += root_hit
            self.gold_full += full_hit
            self.per_root.setdefault(event.root, Counter()).update(gold=1, root=root_hit, full=full_hit)
        self.coded += len(story.coded_verdict)
        self.coded_background += story.coded_verdict.count("background")
        self.coded_root += story.coded_verdict.count("hit")
        self.coded_full += sum(story.coded_full)

    @property
    def scored_coded(self) -> int:
        """Coded events that are either hits or false positives."""
        return self.coded - self.coded_background

    def precision(self, full: bool) -> float:
        hits = self.coded_full if full else self.coded_root
        return hits / self.scored_coded if self.scored_coded else 0.0

    def recall(self, full: bool) -> float:
        hits = self.gold_full if full else self.gold_root
        return hits / self.gold if self.gold else 0.0


def document_offset(story_text: str, document_text: str, offset: int, start: int = 0) -> int:
    """Where `story_text[offset]` is in a document made from that text by normalizing whitespace.

    Readers join the lines of a paragraph and collapse runs of spaces, so characters are aligned by
    counting the non-space characters before them; `start` is where the story's body begins in the
    document (after a title segment, if any).
    """
    if not 0 <= offset < len(story_text) or story_text[offset].isspace():
        raise ValueError(f"offset {offset} is not on a character of the story text")
    wanted = sum(1 for c in story_text[:offset] if not c.isspace())
    seen = 0
    for position in range(start, len(document_text)):
        if document_text[position].isspace():
            continue
        if seen == wanted:
            return position
        seen += 1
    raise ValueError(f"offset {offset} is past the end of the document text")


def read_news_gold(path: Path) -> list[GoldStory]:
    """The stories of one gold file, checked line by line (InputError names the file and line)."""
    def build(raw: dict, where: str) -> GoldStory:
        return GoldStory(str(raw["story"]), raw.get("published"), [_gold_event(e) for e in raw["events"]])

    return read_gold_lines(path, build, "gold story", "see benchmarks/gold/README.md for the format")


def _gold_event(raw: dict) -> GoldEvent:
    event = GoldEvent(
        int(raw["offset"]), str(raw["trigger"]), str(raw["source"]), raw["target"], str(raw["cameo"]),
        raw["modality"], bool(raw["negated"]), bool(raw["background"]),
    )
    if event.modality not in MODALITIES:
        raise ValueError(f"modality {event.modality!r} is none of {', '.join(MODALITIES)}")
    if not event.cameo.isdigit() or len(event.cameo) not in (3, 4):
        raise ValueError(f"cameo {event.cameo!r} is not a 3- or 4-digit CAMEO code")
    return event


def read_stories(path: Path) -> dict[str, dict]:
    """The corpus records (id, title, published, text) by story id."""
    records = read_gold_lines(path, lambda raw, where: (str(raw["id"]), raw), "story record", "expected id and text")
    return dict(records)


def check_triggers(gold: GoldStory, text: str, origin: str) -> None:
    """Every gold trigger must be at its offset in the story text, or the gold and corpus disagree."""
    for event in gold.events:
        if text[event.offset:event.offset + len(event.trigger)] != event.trigger:
            raise InputError(
                f"{origin}: story {gold.story}: no {event.trigger!r} at offset {event.offset} of the story text; "
                "the gold file and the corpus do not agree"
            )
