"""Scoring event places against gold: matching by sentence and root, distances, admin-1 by id."""
from __future__ import annotations

import json
from datetime import date

import pytest

from dyadwatch.documents.document import Document, Segment
from dyadwatch.places.evaluate import GoldEvent, PlaceScore, distance_km, match, read_gold, score_story
from dyadwatch.places.gazetteer import load_gazetteer

TEXT = ("Gunmen attacked a police station in Kalat, Pakistan, on Monday. "
        "India's government condemned the attack.")  # said abroad: not placed by the story


@pytest.mark.parametrize("a, b, km", [
    ((48.8534, 2.3488), (51.5085, -0.1257), 343.6),  # Paris - London
    ((0.0, 179.5), (0.0, -179.5), 111.2),  # across the antimeridian
])
def test_distance(a, b, km):
    assert distance_km(*a, *b) == pytest.approx(km, abs=1.0)


@pytest.fixture(scope="module")
def events(coder):
    return coder.code(Document("s", TEXT, [Segment("body", 0, len(TEXT))], published=date(2024, 5, 1)))


def gold(offset: int, cameo: str, place: dict | None) -> GoldEvent:
    return GoldEvent("s", offset, TEXT[offset:].split()[0], cameo, place)


def test_match_by_sentence_and_root(events):
    attacked = gold(TEXT.index("attacked"), "183", None)
    assert match(attacked, events).evidence.trigger == "attacked"
    condemned = gold(TEXT.index("condemned"), "111", None)
    assert match(condemned, events).evidence.trigger == "condemned"
    assert match(gold(TEXT.index("Monday"), "040", None), events).evidence.trigger == "attacked"  # nearest in the sentence


def test_score(events):
    kalat = {"name": "Kalat", "country": "PAK", "adm1": "Balochistan", "lat": 29.03, "lon": 66.59, "precision": "city"}
    quetta = {"name": "Quetta", "country": "PAK", "adm1": "Balochistan", "lat": 30.19, "lon": 67.01, "precision": "city"}
    score = PlaceScore()
    story = [gold(TEXT.index("attacked"), "180", kalat), gold(TEXT.index("condemned"), "111", quetta)]
    score_story(score, story, events, load_gazetteer())
    assert (score.with_place, score.matched, score.country, score.adm1, score.near, score.unplaced) == (2, 2, 1, 1, 1, 1)
    assert score.rates() == {"country": 0.5, "adm1": 0.5, "within_161km": 0.5, "unplaced": 0.5}
    assert score.details[0]["km"] < 5


def test_read_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "voa-dev.jsonl"
    path.write_text(json.dumps({"story": "1", "published": "2025-03-14", "events": []}) + "\n{\"story\": 2}\n")
    with pytest.raises(ValueError, match="voa-dev.jsonl:2"):
        read_gold(path)
