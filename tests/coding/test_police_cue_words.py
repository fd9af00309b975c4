"""Words only India's police and court news uses place actors that no place names (country_cues.txt),
and a place the sentence names still wins over them."""
from __future__ import annotations

import pytest
from coding_helpers import RECENT, codes_of


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Four dacoits were arrested after an exchange of fire.", ("INDCOP", "INDCRM")),
        ("The Lokayukta police arrested a revenue officer for accepting a bribe.", ("INDCOP", "IND")),
        ("Police prepared a panchnama of the seized goods and arrested the driver.", ("INDCOP", "IND")),
    ],
)
def test_indian_police_words_place_the_police_in_india(coder, text, dyad):
    found = [(s, t) for c, s, t in codes_of(coder, text, RECENT) if c == "173"]
    assert any(s == dyad[0] and t is not None and t.startswith(dyad[1]) for s, t in found), found


def test_a_named_place_wins_over_a_cue_word(coder):
    found = codes_of(coder, "Two dacoits were shot dead by police in Texas.", RECENT)
    assert found and all(s.startswith("USA") for _, s, _ in found)
