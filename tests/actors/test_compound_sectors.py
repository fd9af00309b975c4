"""A compound sector term matches with only its head inflected: 'rights groups' is 'rights group',
whose modifier the lemmatizer would otherwise turn into 'right'."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.resolver import ActorResolver


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Rights groups urged Thailand to free the Uyghurs.", "HRI"),
        ("Human rights groups condemned the executions.", "HRI"),
        ("Media rights organizations condemned the arrest.", "HRI"),
        ("Aid agencies warned of famine.", "NGO"),
    ],
)
def test_compound_sector_with_inflected_head(nlp, text, sector):
    doc = nlp(text)
    head = next(t for t in doc if t.dep_ == "nsubj")
    actor = ActorResolver(load_knowledge()).resolve(head, date(2025, 3, 1), 0, 0)
    assert actor is not None and sector in actor.sectors
