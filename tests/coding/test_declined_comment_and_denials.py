"""Comments declined by silence (silence.py) and denials aimed at the accuser they answer (replies.py)."""
from __future__ import annotations

import pytest
from coding_helpers import code


def _events(coder, text: str) -> list[tuple]:
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None, e.modality, e.negated)
            for e in code(coder, text)]


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Taliban government did not respond to requests for comment.", "AFGGOV"),
        ("The White House did not immediately respond to a request for comment.", "USAGOV"),
        ("The Pakistani military has not commented on the report.", "PAKMIL"),
        ("The Russian Defense Ministry had no immediate comment.", "RUSMIL"),
        ("Iran's foreign ministry has yet to respond to the questions.", "IRNGOV"),
        ("Neither the Nigerian army nor the police responded to requests for comment.", "NGAMIL"),
        ("Taliban officials do not respond to VOA queries because they have imposed a ban on the outlet.", "AFGGOV"),
    ],
)
def test_a_question_left_unanswered_is_a_comment_declined(coder, text, source):
    assert ("011", source, None, "asserted", False) in _events(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas did not respond to calls for a ceasefire.",  # calls for an act, not for comment
        "Iran has not responded to the U.S. letter.",
        "Russia did not respond to the Ukrainian offensive.",
        "The Indian foreign ministry responded to questions on Tuesday.",  # answered
        "The foreign ministry commented on the report on Tuesday.",
    ],
)
def test_no_comment_declined_without_a_question_left_unanswered(coder, text):
    assert not [e for e in _events(coder, text) if e[0] == "011"]


@pytest.mark.parametrize(
    "text, denial",
    [
        # in the accusation's own sentence
        ("Pakistani officials blamed archrival India, accusing it of providing support to anti-Pakistan "
         "militants in Afghanistan, a charge New Delhi quickly rejected.", ("INDGOV", "PAKGOV")),
        # in a quote after it
        ('Pakistan accused India of supporting the militants. "We categorically reject these baseless '
         'allegations," Indian foreign ministry spokesperson Randhir Jaiswal said on Thursday.', ("INDGOV", "PAK")),
        # two sentences on
        ("Ukraine accused Russia of shelling the nuclear plant. The plant lost power for hours. Moscow denied "
         "the accusation.", ("RUSGOV", "UKR")),
    ],
)
def test_a_denial_is_aimed_at_the_accuser_it_answers(coder, text, denial):
    assert ("016", *denial, "asserted", False) in _events(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # criticism of someone else is not answered by this denial
        "The United States criticized China for its military drills. Russia denied any role in the drills.",
        # an accusation too long before (more than four sentences)
        "Ukraine accused Russia of shelling the plant. The IAEA sent inspectors. The plant lost power. "
        "Engineers restored it on Sunday. The reactors stayed cold. Crews checked the lines. "
        "Moscow denied the accusation.",
    ],
)
def test_a_denial_that_answers_no_accusation_near_it_stays_without_target(coder, text):
    denials = [e for e in _events(coder, text) if e[0] == "016"]
    assert denials and all(e[2] is None for e in denials)
