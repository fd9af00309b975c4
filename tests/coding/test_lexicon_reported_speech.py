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
