"""'X were among those killed': the ones counted among those an act was done to are its targets,
with an agent ('among those captured by Russian forces') or without one (agentless.py)."""
from __future__ import annotations

import pytest
from coding_helpers import codes_of


@pytest.mark.parametrize("text, root, source, target", [
    ("Three Belarusian journalists were among those arrested in Minsk on Sunday.", "17", "BLRCOP", "BLRMED"),
    ("Two children were among the people killed in the strike on Kharkiv.", "19", "---", "UKRCVL"),
    ("Five civilian passengers were among those killed in the attack in Balochistan.", "18", "---", "PAKCVL"),
    ("Ukraine said two of its soldiers were among those captured by Russian forces.", "17", "RUSMIL", "UKRMIL"),
])
def test_those_counted_among_the_patients_are_the_targets(coder, text, root, source, target):
    got = codes_of(coder, text)
    assert any(c[:2] == root and s == source and t == target for c, s, t in got), got


def test_among_those_who_acted_are_no_patients(coder):
    # 'among those who protested': the ones counted did the act; no agentless act is done to them
    got = codes_of(coder, "Three Belarusian journalists were among those who protested in Minsk on Sunday.")
    assert not [g for g in got if g[0].startswith("17")], got
