"""Verbal acts as wire copy reports them (CAMEO 01, 02, 10, 11, 12): hopes and doubts held about
something, interest voiced in an option, criticism carried by a reported judgement. Each wording
must code its family with the right countries, and the same words about no actor, or a plain
report of what someone said, must code nothing of it."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


# --- 012 / 013 / 014 comments ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # the speaker of 'said' is the one who holds the hope ('it' refers back to the speaker)
        ("Germany said it was optimistic about the talks with Iran.", "013", "DEU", None),
        ("The Philippine government is hopeful about the new round of negotiations.", "013", "PHL", None),
        ("Japan is doubtful of China's commitment to the freeze.", "012", "JPN", "CHN"),
        ("South Korea remains pessimistic about a deal with the North.", "012", "KOR", None),
        ("Trump has voiced interest in buying Greenland from Denmark.", "014", "USA", None),
        ("India has shown interest in the Russian fighter jet.", "014", "IND", None),
    ],
)
def test_comments(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # no actor holds the hope or the doubt
        ("Analysts are optimistic about the economy.", ("012", "013")),
        ("Farmers remain doubtful of a good harvest this year.", ("012", "013")),
        ("Investors were hopeful about oil prices.", ("012", "013")),
        # a plain report is no comment
        ("The Japanese prime minister said the talks would resume in May.", ("01",)),
    ],
)
def test_no_comment(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 11 disapprove: verbal counters and reported judgements ----------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("China hit back at the United States over its new tariffs.", "111", "CHN", "USA"),
        ("The French president pushed back on Washington's criticism.", "111", "FRA", "USA"),
        ("Mexico pushed back against Washington's demands.", "120", "MEX", "USA"),
        # a reported clause whose predicate judges an actor's act: the reporter criticizes that actor
        ("The EU said Russia's annexation of Crimea was illegal.", "111", "IGO", "RUS"),
        ("Poland said Belarus was wrong to push migrants across the border.", "111", "POL", "BLR"),
        ("Kenya said Uganda's decision to close the border was irresponsible.", "111", "KEN", "UGA"),
        ("Beijing said the American sanctions were unacceptable.", "111", "CHN", "USA"),
        # failing, said of one actor by another, is criticism
        ("Pakistan's envoy said Kabul was failing to rein in the separatists.", "111", "PAK", "AFG"),
        ("“Moscow has failed to honor the ceasefire,” the Ukrainian foreign minister said.", "111", "UKR", "RUS"),
    ],
)
def test_disapproval(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # the same judgement unreported, or reported by no known actor, or about no actor, is no event
        ("Russia's annexation of Crimea was illegal.", ("11",)),
        ("Analysts said Russia's move was illegal.", ("11",)),
        ("Police said the protest was illegal.", ("11",)),
        ("The ministry said it is illegal to export rice.", ("11",)),
        ("Germany said it was wrong to rely on Russian gas.", ("11",)),
        ("The violation of the rules cost the driver the race.", ("11",)),
        ("Analysts said the decision was a blunder.", ("11",)),
        # a failure nobody reports is no criticism
        ("The talks in Geneva failed to produce a deal.", ("11",)),
        ("Russia failed to capture the town.", ("11",)),
        # a retaliation with tariffs stays a sanction
        ("Canada hit back with tariffs on American steel.", ("11",)),
    ],
)
def test_no_disapproval(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
