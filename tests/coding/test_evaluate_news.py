"""Matching and scoring of coded events against real-news gold, on small hand-made events."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch.coding.evaluate_news import (
    CodedEvent, GoldEvent, GoldStory, NewsScore, check_triggers, document_offset, full_match, read_news_gold,
    root_match, score_story,
)
from dyadwatch.documents import read_text
from dyadwatch.errors import InputError

# "Pakistani officials blamed archrival India. New Delhi quickly rejected the charge." -> sentences [0, 43), [44, 82)
TEXT = "Pakistani officials blamed archrival India. New Delhi quickly rejected the charge."
BLAMED, REJECTED = TEXT.index("blamed"), TEXT.index("rejected")
FIRST, SECOND = (0, 43), (44, len(TEXT))


def gold(offset=BLAMED, cameo="112", source="PAKGOV", target="IND", modality="asserted", negated=False,
         background=False) -> GoldEvent:
    return GoldEvent(offset, TEXT[offset:].split()[0], source, target, cameo, modality, negated, background)


def coded(span=FIRST, cameo="1123", source="PAKGOV", target="INDGOV", modality="asserted", negated=False) -> CodedEvent:
    return CodedEvent(span, cameo, source, target, modality, negated)


@pytest.mark.parametrize(
    "event, expected",
    [
        (coded(), True),  # 1123 and 112 share the root 11
        (coded(cameo="111"), True),
        (coded(cameo="016"), False),  # another root
        (coded(span=SECOND), False),  # the gold trigger is not in this sentence
        (coded(span=(0, BLAMED)), False),  # a sentence ending just before the trigger
        (coded(span=(BLAMED, BLAMED + 1)), True),
    ],
)
def test_root_match_needs_the_trigger_in_the_sentence_and_the_same_root(event, expected):
    assert root_match(event, gold(), BLAMED) is expected


@pytest.mark.parametrize(
    "event, expected",
    [
        (coded(), True),  # PAKGOV/INDGOV against PAKGOV/IND: the countries agree
        (coded(source="PAKMIL"), True),
        (coded(source="AFGGOV"), False),
        (coded(source="---GOV"), False),
        (coded(target=None), False),
        (coded(target="AFG"), False),
        (coded(modality="future"), False),
        (coded(negated=True), False),
        (coded(span=SECOND), False),  # no root match, so no full match
    ],
)
def test_full_match_also_needs_countries_modality_and_negation(event, expected):
    assert full_match(event, gold(), BLAMED) is expected


def test_unknown_source_and_no_target_match_their_like():
    passive = gold(offset=REJECTED, cameo="016", source="---", target=None)
    assert full_match(coded(span=SECOND, cameo="016", source="---", target=None), passive, REJECTED)
    assert not full_match(coded(span=SECOND, cameo="016", source="IND", target=None), passive, REJECTED)
    assert not full_match(coded(span=SECOND, cameo="016", source="---", target="PAK"), passive, REJECTED)


def test_coded_events_matching_only_background_gold_are_neither_hits_nor_false_positives():
    events = [gold(), gold(offset=REJECTED, cameo="016", source="IND", target="PAK", background=True)]
    offsets = [BLAMED, REJECTED]
    mine = [coded(), coded(span=SECOND, cameo="016", source="IND", target="PAK"), coded(cameo="190")]
    story = score_story(events, offsets, mine)
    assert story.coded_verdict == ["hit", "background", "false"]
    assert story.coded_full == [True, False, False]
    assert story.gold_root == [True, True]
    score = NewsScore()
    score.add(events, story)
    assert (score.gold, score.background, score.coded, score.coded_background) == (1, 1, 3, 1)
    assert score.precision(False) == 0.5  # one hit among the two scored coded events
    assert score.recall(False) == 1.0 and score.recall(True) == 1.0
    assert score.per_root == {"11": {"gold": 1, "root": 1, "full": 1}}


def test_coded_events_are_counted_per_root_without_the_background_ones():
    events = [gold(), gold(offset=REJECTED, cameo="016", source="IND", target="PAK", background=True)]
    mine = [coded(), coded(span=SECOND, cameo="016", source="IND", target="PAK"), coded(cameo="190"),
            coded(cameo="193")]
    score = NewsScore()
    score.add(events, score_story(events, [BLAMED, REJECTED], mine), mine)
    assert score.coded_per_root == {"11": {"coded": 1, "hit": 1}, "19": {"coded": 2, "hit": 0}}


def test_a_gold_event_missed_at_full_level_still_counts_at_root_level():
    story = score_story([gold()], [BLAMED], [coded(target="AFG")])
    score = NewsScore()
    score.add([gold()], story)
    assert (score.recall(False), score.recall(True), score.precision(False), score.precision(True)) == (1, 0, 1, 0)


def test_no_coded_events_give_zero_not_a_division_error():
    score = NewsScore()
    score.add([gold()], score_story([gold()], [BLAMED], []))
    assert (score.precision(False), score.recall(False)) == (0.0, 0.0)


def test_gold_offsets_follow_the_text_into_a_document_with_title_and_normalized_spaces():
    story = "Militants attacked a passenger train\nnear Sibi.\n\nThe  military   said it killed 33 attackers."
    document = read_text(story, "voa-1", title="Train attack in Pakistan")
    body = document.segments[-1].start
    for word in ("attacked", "Sibi", "killed", "attackers"):
        offset = story.index(word)
        mapped = document_offset(story, document.text, offset, body)
        assert document.text[mapped:mapped + len(word)] == word


def test_an_offset_on_a_space_is_refused():
    with pytest.raises(ValueError, match="offset 9"):
        document_offset(TEXT, TEXT, TEXT.index(" officials"))


def _line(**changes) -> str:
    event = {"offset": BLAMED, "trigger": "blamed", "source": "PAKGOV", "source_text": "Pakistani officials",
             "target": "IND", "target_text": "archrival India", "cameo": "112", "modality": "asserted",
             "negated": False, "background": False, "reported_by": None, "date": None, "place": None}
    event.update(changes)
    return json.dumps({"story": "8011076", "published": "2025-03-14", "events": [event]})


def test_read_news_gold_reads_stories_and_names_the_bad_line(tmp_path: Path):
    path = tmp_path / "voa-dev.jsonl"
    path.write_text(_line() + "\n" + json.dumps({"story": "8010779", "events": []}) + "\n", encoding="utf-8")
    stories = read_news_gold(path)
    assert [s.story for s in stories] == ["8011076", "8010779"]
    assert stories[0].events == [GoldEvent(BLAMED, "blamed", "PAKGOV", "IND", "112", "asserted", False, False)]
    path.write_text(_line() + "\n" + _line(modality="likely") + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"voa-dev.jsonl:2: .*modality 'likely'"):
        read_news_gold(path)
    path.write_text(_line(cameo="11") + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"voa-dev.jsonl:1: .*cameo '11'"):
        read_news_gold(path)


def test_check_triggers_refuses_gold_that_does_not_fit_the_story():
    check_triggers(GoldStory("8011076", None, [gold()]), TEXT, "voa-dev.jsonl")
    with pytest.raises(InputError, match=f"no 'blamed' at offset {BLAMED} "):
        check_triggers(GoldStory("8011076", None, [gold()]), "Officials in Pakistan " + TEXT, "voa-dev.jsonl")


def test_a_later_sentence_repeating_a_gold_act_is_true_for_precision_only():
    repeat = coded(span=SECOND)  # "New Delhi quickly rejected..." coded as the same Pakistani accusation
    story = score_story([gold()], [BLAMED], [repeat])
    assert story.coded_verdict == ["hit"] and story.coded_full == [True]
    assert story.gold_root == [False] and story.gold_full == [False]
    other = score_story([gold()], [BLAMED], [coded(span=SECOND, target="AFG")])
    assert other.coded_verdict == ["false"] and other.coded_full == [False]


def test_an_implied_source_agrees_with_a_gold_unknown_agent():
    arrest = gold(cameo="173", source="---", target="PAKOPP")
    implied = CodedEvent(FIRST, "173", "PAKCOP", "PAKOPP", "asserted", False, implied=True)
    named = CodedEvent(FIRST, "173", "PAKCOP", "PAKOPP", "asserted", False)
    assert full_match(implied, arrest, BLAMED) and not full_match(named, arrest, BLAMED)
    assert full_match(implied, gold(cameo="173", source="PAKCOP", target="PAKOPP"), BLAMED)
