"""Scoring of the five-style gold sentences, on hand-made coded events (no coder needed)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dyadwatch.coding.evaluate_styles import (
    STYLES,
    StyleEvent,
    StyleRecord,
    StyleScore,
    actor_matches,
    actors_match,
    format_styles_table,
    read_styles,
    score_groups,
    score_sentence,
)
from dyadwatch.errors import InputError

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "gold"


def record(events: list[StyleEvent], style: str = "news") -> StyleRecord:
    return StyleRecord("news-001", style, "Gunmen shot dead a village chief in Kpalime.", "2023-03-13", events)


KILLING = StyleEvent("186", "ASSAULT", "TGOUAF", "TGOGOV")


@pytest.mark.parametrize(
    "coded, gold, optional, expected",
    [
        ("TGOUAF", "TGOUAF", False, True),
        ("TGOMIL", "TGOUAF", False, True),  # countries agree, sectors are not compared
        ("BENUAF", "TGOUAF", False, False),
        ("---UAF", "---", False, True),  # gold has no agent: an unknown coded source matches
        ("TGOCOP", "---", False, False),  # ... a coded agent of known country does not
        (None, "ISR", True, False),
        ("PSECVL", None, True, True),  # no gold target: any coded target
        (None, "---", True, True),
        ("IGOUNOWFP", "IGOUNO", False, True),
    ],
)
def test_actor_matches_by_country(coded, gold, optional, expected):
    assert actor_matches(coded, gold, optional) is expected


def test_sentence_scores_type_root_actors_and_precision():
    coded = [
        StyleEvent("1823", "ASSAULT", "TGOUAF", "TGOCVL"),  # right type, right countries
        StyleEvent("173", "COERCE", "TGOCOP", "TGOUAF"),  # not a gold type
    ]
    score = score_sentence(record([KILLING]), coded)
    assert score.type_hits == [True]
    assert score.root_hits == [True]
    assert score.actor_hits == [True]
    assert score.coded_right == 1


def test_root_recall_differs_from_type_recall_where_the_crosswalk_splits_a_root():
    # CAMEO 191 (blockade) is COERCE in PLOVER, 190 is ASSAULT: same root, different type.
    gold = StyleEvent("191", "COERCE", "ISR", "PSE")
    score = score_sentence(record([gold]), [StyleEvent("190", "ASSAULT", "ISRMIL", "PSE")])
    assert score.type_hits == [False]
    assert score.root_hits == [True]
    assert score.actor_hits == [False]


def test_type_hit_with_wrong_actors():
    score = score_sentence(record([KILLING]), [StyleEvent("186", "ASSAULT", "BENGOV", "TGOGOV")])
    assert score.type_hits == [True] and score.actor_hits == [False]


def test_events_coded_from_a_negative_sentence_are_all_wrong():
    score = score_sentence(record([]), [StyleEvent("190", "ASSAULT", "ESP", "GBR")])
    assert score.coded_right == 0 and score.type_hits == []


def test_group_figures():
    hit = score_sentence(record([KILLING]), [StyleEvent("186", "ASSAULT", "TGOUAF", "TGOGOV")])
    miss = score_sentence(record([KILLING, StyleEvent("181", "ASSAULT", "TGOUAF", "TGOCVL")], "acled"), [])
    negative = score_sentence(record([], "acled"), [StyleEvent("010", "STATEMENT", "TGO", None)])
    groups = score_groups([("dev", hit), ("dev", miss), ("check", negative)])
    every = groups[("both", "all")]
    assert (every.sentences, every.gold_sentences, every.gold_events) == (3, 2, 3)
    assert every.type_recall == pytest.approx(1 / 3)
    assert every.no_event_rate == pytest.approx(1 / 2)
    assert every.type_precision == pytest.approx(1 / 2)
    assert every.events_per_sentence == pytest.approx(2 / 3)
    assert every.source_target == 1.0
    assert groups[("dev", "acled")].type_recall == 0.0
    assert groups[("check", "acled")].type_precision == 0.0
    table = format_styles_table(groups, ["dev", "check", "both"])
    rows = [line.split()[:2] for line in table.splitlines()[1:]]
    assert rows == [["dev", "news"], ["dev", "acled"], ["dev", "all"], ["check", "acled"], ["check", "all"],
                    ["both", "news"], ["both", "acled"], ["both", "all"]]


def test_empty_group_has_zero_shares():
    empty = StyleScore()
    assert (empty.type_recall, empty.type_precision, empty.source_target) == (0.0, 0.0, 0.0)


def write(tmp_path: Path, line: dict) -> Path:
    path = tmp_path / "styles.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


GOOD = {"id": "police-001", "style": "police", "text": "Police arrested two persons.", "published": "2024-03-12",
        "events": [{"cameo": "173", "plover": "COERCE", "source": "INDCOP", "target": "INDCRM",
                    "modality": "asserted", "negated": False}]}


def test_read_styles_reads_a_record(tmp_path):
    (only,) = read_styles(write(tmp_path, GOOD))
    assert only.events == [StyleEvent("173", "COERCE", "INDCOP", "INDCRM")]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"style": "tweets"}, "unknown style 'tweets'"),
        ({"events": [{**GOOD["events"][0], "cameo": "1799"}]}, "CAMEO code '1799' is not in cameo.tsv"),
        ({"events": [{**GOOD["events"][0], "plover": "ASSAULT"}]}, "has PLOVER type 'COERCE'"),
        ({"text": None, "id": None, "events": None}, "not a styles gold record"),
    ],
)
def test_read_styles_names_file_and_line(tmp_path, change, message):
    path = write(tmp_path, {**GOOD, **change})
    with pytest.raises(InputError, match=message) as error:
        read_styles(path)
    assert f"{path}:1:" in str(error.value)


def test_statements_score_under_their_own_type(tmp_path):
    line = {**GOOD, "events": [{**GOOD["events"][0], "cameo": "016", "plover": None}]}
    (only,) = read_styles(write(tmp_path, line))
    assert only.events[0].type == "STATEMENT"


def test_repository_halves_have_the_same_mix():
    dev, check = (read_styles(GOLD / f"styles-{half}.jsonl") for half in ("dev", "check"))
    ids = [r.id for r in dev + check]
    assert len(ids) == len(set(ids)) >= 400
    dev_styles, check_styles = Counter(r.style for r in dev), Counter(r.style for r in check)
    assert set(dev_styles) == set(check_styles) == set(STYLES)
    assert all(abs(dev_styles[s] - check_styles[s]) <= 1 for s in STYLES)
    negatives = sum(not r.events for r in dev + check)
    assert 0.05 <= negatives / len(ids) <= 0.15


def test_an_implied_source_agrees_with_a_gold_unknown_agent():
    gold = StyleEvent("173", "COERCE", "---", "INDOPP")
    assert actors_match(StyleEvent("173", "COERCE", "INDCOP", "INDOPP", implied=True), gold)
    assert not actors_match(StyleEvent("173", "COERCE", "INDCOP", "INDOPP"), gold)
    assert not actors_match(StyleEvent("173", "COERCE", "INDCOP", "PAKOPP", implied=True), gold)
