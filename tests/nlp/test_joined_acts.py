"""Two acts joined before one object ('gunmen killed and injured 12 people') are read as active acts of
the subject, with the object shared, however the parser took the first verb."""
from __future__ import annotations

import pytest

from dyadwatch.coding.syntax import shared_objects


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, doers, first, second, done_to", [
    ("Government troops killed and wounded dozens of rebels near Kidal.", "troops", "killed", "wounded", "dozens"),
    ("Militants killed and abducted several villagers in Borno.", "Militants", "killed", "abducted", "villagers"),
    ("Gunmen killed and injured 12 people in Zamfara.", "Gunmen", "killed", "injured", "people"),
    ("Unidentified gunmen shot and killed two traders in Kaduna.", "gunmen", "shot", "killed", "traders"),
    ("ISWAP fighters ambushed and killed 6 vigilantes in Gwoza.", "fighters", "ambushed", "killed", "vigilantes"),
])
def test_the_first_act_is_active_and_shares_the_object(nlp, text, doers, first, second, done_to):
    doc = nlp(text)
    verb = _word(doc, first)
    assert _word(doc, doers).dep_ == "nsubj" and _word(doc, doers).head == verb
    assert [t.text for t in shared_objects(verb)] == [done_to]
    assert _word(doc, done_to).head == _word(doc, second)


@pytest.mark.parametrize("text, verb", [
    # passives keep their reading, and a joined verb with a subject of its own shares nothing
    ("Two soldiers were killed and three others were wounded in the attack.", "killed"),
    ("Five villagers were abducted and later released.", "abducted"),
    ("Troops withdrew and the rebels seized the town.", "withdrew"),
])
def test_no_object_is_shared(nlp, text, verb):
    assert shared_objects(_word(nlp(text), verb)) == []
