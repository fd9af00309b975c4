"""Score event places against hand-annotated gold events (benchmarks/gold/voa-*.jsonl).

A gold event is matched to a coded event of the same sentence: the one with the same CAMEO root whose
trigger is nearest, else the nearest trigger of any root. Where the gold has a place, a matched event
counts as right on the country when its place has the gold's country, on admin-1 when its place lies
in the gold's first-level division (compared by gazetteer id, so 'Anbar' and 'Al Anbār' agree), and
within 161 km (100 miles, as mordecai and GDELT's checks use) by great-circle distance. An event left
without a place is wrong on all three; it is also counted apart.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..coding.event import Event
from ..documents.document import Document
from .gazetteer import Gazetteer
from .locate import DocumentPlaces
from .location import NEAR_KM, Location, distance_km
from .names import name_key


@dataclass(frozen=True)
class GoldEvent:
    story: str
    offset: int
    trigger: str
    cameo: str
    place: dict | None


@dataclass
class PlaceScore:
    """Counts over the matched gold events that have a place."""

    gold_events: int = 0  # gold events of the stories
    with_place: int = 0  # of them, with a gold place
    matched: int = 0  # with a gold place and a coded event to compare
    country: int = 0
    adm1_gold: int = 0  # matched, and the gold names an admin-1
    adm1: int = 0
    near: int = 0
    unplaced: int = 0  # matched, but the coded event has no place
    null_gold_placed: int = 0  # gold says no place, the coded event has one
    null_gold_matched: int = 0
    details: list[dict] = field(default_factory=list)
    # per way the coded place was found ('locative', 'story', ..., 'none'): [compared, country, within 161 km]
    by_method: dict[str, list[int]] = field(default_factory=dict)
    # right country but beyond 161 km, per (coded precision, gold precision)
    far: Counter = field(default_factory=Counter)

    def rates(self) -> dict[str, float]:
        share = lambda n, d: n / d if d else 0.0  # noqa: E731
        return {"country": share(self.country, self.matched), "adm1": share(self.adm1, self.adm1_gold),
                "within_161km": share(self.near, self.matched), "unplaced": share(self.unplaced, self.matched)}


def read_gold(path: Path) -> dict[str, tuple[str | None, list[GoldEvent]]]:
    """story id -> (published date, events) of one gold file."""
    stories: dict[str, tuple[str | None, list[GoldEvent]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            events = [GoldEvent(record["story"], e["offset"], e["trigger"], e["cameo"], e.get("place"))
                      for e in record["events"]]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a gold story record ({exc})") from None
        stories[record["story"]] = (record.get("published"), events)
    return stories


def match(gold: GoldEvent, events: list[Event]) -> Event | None:
    """The coded event of the gold event's sentence with its CAMEO root and the nearest trigger."""
    same = [e for e in events if e.sentence_span[0] <= gold.offset < e.sentence_span[1] + 1]
    if not same:
        return None
    rooted = [e for e in same if e.cameo.root == gold.cameo[:2]] or same
    return min(rooted, key=lambda e: abs(e.evidence.trigger_span[0] - gold.offset))


def score_story(score: PlaceScore, gold: list[GoldEvent], events: list[Event], gazetteer: Gazetteer) -> None:
    """Add one story's gold events to `score`."""
    for g in gold:
        event = match(g, events)
        found = (event is not None, event.location if event else None)
        _add(score, g, found, {"coded_cameo": event.cameo.code, "sentence": event.sentence} if event else {}, gazetteer)


def score_probes(score: PlaceScore, gold: list[GoldEvent], document: Document, parts: list, events: list[Event],
                 gazetteer: Gazetteer) -> None:
    """Place every gold event at its own trigger (the places stage alone, whatever the coder found),
    with the coded actors of the sentence as actors."""
    places = DocumentPlaces.find(document, parts, events, gazetteer)
    for g in gold:
        blocked = [tuple(a.span) for e in events if e.sentence_span[0] <= g.offset < e.sentence_span[1] + 1
                   for a in (e.source, e.target, e.reported_by) if a is not None and a.span]
        location = places.locate(g.offset, g.cameo, blocked)
        _add(score, g, (True, location), {}, gazetteer)


def _add(score: PlaceScore, g: GoldEvent, found: tuple[bool, Location | None], extra: dict, gazetteer: Gazetteer) -> None:
    compared, location = found
    score.gold_events += 1
    if g.place is None:
        if compared:
            score.null_gold_matched += 1
            score.null_gold_placed += location is not None
        return
    score.with_place += 1
    if not compared:
        return
    score.matched += 1
    detail = {"story": g.story, "offset": g.offset, "trigger": g.trigger, "cameo": g.cameo, "gold": g.place,
              **extra, "place": location.to_dict() if location else None}
    score.details.append(detail)
    counts = score.by_method.setdefault(location.resolved_by if location else "none", [0, 0, 0])
    counts[0] += 1
    if location is None:
        score.unplaced += 1
        if g.place.get("adm1"):
            score.adm1_gold += 1
        return
    place = location.place
    score.country += place.country == g.place.get("country")
    counts[1] += place.country == g.place.get("country")
    if g.place.get("adm1"):
        score.adm1_gold += 1
        score.adm1 += same_adm1(place, g.place, gazetteer)
    if g.place.get("lat") is not None and g.place.get("lon") is not None:
        km = distance_km(place.lat, place.lon, g.place["lat"], g.place["lon"])
        detail["km"] = round(km, 1)
        score.near += km <= NEAR_KM
        counts[2] += km <= NEAR_KM
        if km > NEAR_KM and place.country == g.place.get("country"):
            score.far[(place.precision, g.place.get("precision"))] += 1


def same_adm1(place, gold: dict, gazetteer: Gazetteer) -> bool:
    """Whether a coded place lies in the gold's admin-1 division (by id when the gazetteer knows the name)."""
    if place.country != gold.get("country") or place.precision == "country":
        return False
    own = place.id if place.feature_code == "ADM1" else place.adm1_id
    wanted = {p.id for p in gazetteer.lookup(gold["adm1"]) if p.feature_code == "ADM1" and p.country == place.country}
    if own is not None and own in wanted:
        return True
    return name_key(place.adm1 or place.name) == name_key(gold["adm1"])
