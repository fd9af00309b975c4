"""An act its doer claims ('claimed the killing of', 'claimed responsibility for the attack') is coded
as the claimer's act, besides the claim itself."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def events(coder, text: str):
    return coder.code(read_text(text, "t", published=date(2025, 3, 1)))


@pytest.mark.parametrize(
    "text, root, source",
    [
        ("The Taliban claimed responsibility for the attack on the police station in Kabul.", "18", "AFG"),
        ("The Islamic State claimed the bombing in Kabul.", "18", "AFG"),
        # killing armed men is fighting (19, senses.txt)
        ("The Pakistani military claimed the killing of 33 militants in Balochistan.", "19", "PAK"),
        ("The Baloch Liberation Army admitted the attack on the train in Balochistan.", "18", "PAK"),
    ],
)
def test_the_claimed_act_is_the_claimers(coder, text, root, source):
    found = [e for e in events(coder, text) if e.cameo.root == root]
    assert found and all(e.source.country == source for e in found)


def test_an_act_claimed_for_someone_else_keeps_its_own_source(coder):
    found = [e for e in events(coder, "Ukraine claimed Russia's attack on Kharkiv killed ten civilians.")
             if e.evidence.trigger == "attack"]
    assert found and all(e.source.country == "RUS" for e in found)
