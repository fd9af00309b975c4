"""A noun that names both an act and a group ('opposition') is the group when it is the subject with no
complement of its own ('Kenya's opposition protested'); with one ('Russia's opposition to the plan') it
is the act, whose possessor is the agent."""
from __future__ import annotations

import pytest

from coding_helpers import codes_of


@pytest.mark.parametrize(
    "text, prefix, source",
    [
        ("Kenya's opposition protested the new finance bill outside parliament.", "14", "KENOPP"),
        ("Thailand's opposition denied receiving foreign funding.", "016", "THAOPP"),
        ("Serbia's opposition demanded a rerun of Sunday's parliamentary elections.", "10", "SRBOPP"),
        ("Uganda's opposition criticised the arrest of its leader.", "11", "UGAOPP"),
    ],
)
def test_a_group_noun_as_subject_is_the_group(coder, text, prefix, source):
    got = codes_of(coder, text)
    assert any(code.startswith(prefix) and src == source for code, src, _ in got), got


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Kharkiv attack by Russian forces killed five civilians.", "RUSMIL"),
    ],
)
def test_an_act_noun_as_subject_stands_for_its_agent(coder, text, source):
    got = codes_of(coder, text)
    assert any(src == source for _, src, _ in got), got
