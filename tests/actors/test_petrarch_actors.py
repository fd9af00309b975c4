"""PETRARCH actor and agent dictionaries on small inline dictionaries, and their malformed entries."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors.petrarch import load_actor_knowledge
from dyadwatch.actors.resolver import ActorResolver
from dyadwatch.errors import LexiconError

ACTORS = """
RUSSIA [RUS]
+RUSSIAN
GOLLUM # dated codes on their own lines
+SMEAGOL
\t[HOB <950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
THE_SHIRE [FRO/BIL/SAM]
MSF_HQ [NGOMSF] # pas 1 Jan 2014
ISILDUR [+++] # TABARI's complex marker
ITHILEN [ITH]
ITHILEN_GOVERNMENT_RADIO_ [ITHRAD]
ITHILEN TELEVISION [ITHTV]
"""

AGENTS = """
!PERSON! = MAN, MEN, WOMAN, WOMEN
POLICE {} [~COP]
STUDENT [~EDU]
ISLAMIST [~MUS]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
CONGRESS!PERSON! [~LEG]
MSF [NGO~]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def kb(tmp_path):
    return load_actor_knowledge([write(tmp_path, "actors.txt", ACTORS)], [write(tmp_path, "agents.txt", AGENTS)])


def resolve(nlp, kb, text: str, day: date | None = date(2000, 1, 1)) -> str | None:
    doc = nlp(text)
    head = next(t for t in doc if t.dep_ in ("nsubj", "ROOT") and t.pos_ in ("NOUN", "PROPN"))
    actor = ActorResolver(kb).resolve(head, day, 0)
    return actor.code if actor else None


@pytest.mark.parametrize("text, code", [
    ("Russia protested.", "RUS"),
    ("Russian police protested.", "RUSCOP"),               # agent suffix
    ("Russian students protested.", "RUSEDU"),              # generated plural
    ("The Russian golden geese protested.", "RUSGGS"),      # explicit plural
    ("Russian congressmen protested.", "RUSLEG"),           # !PERSON! class
    ("Students protested.", "---EDU"),                      # agent without an actor
    ("Russian Islamist students protested.", "RUSMUSEDU"),   # every agent adds its code, in order
    ("Russian polices protested.", "RUS"),                  # agents match listed word forms only ({})
    ("Isildur protested.", None),                           # [+++] is no actor
    ("Ithilen government radio protested.", "ITHRAD"),      # trailing '_': the exact words
    ("Ithilen government radios protested.", "ITH"),
    ("Ithilen state government radio protested.", "ITH"),   # '_': the words stand together
    ("Ithilen television protested.", "ITHTV"),
    ("Ithilen state-run television protested.", "ITHTV"),   # a space: other words may come between
])
def test_actors_and_agents(nlp, kb, text, code):
    assert resolve(nlp, kb, text) == code


def test_prefix_agent(nlp, kb):
    assert resolve(nlp, kb, "MSF Russia protested.") == "NGORUS"


@pytest.mark.parametrize("day, code", [(date(1994, 1, 1), "HOB"), (date(1996, 1, 1), "HOBGOV"), (date(2001, 1, 1), "HOBREB")])
def test_dated_codes(nlp, kb, day, code):
    assert resolve(nlp, kb, "Smeagol protested.", day) == code


def test_several_actors_in_one_entry(kb):
    assert kb.names["shire"].code == "FRO/BIL/SAM"


@pytest.mark.parametrize("text, message", [
    ("+RUSSIAN\n", "before any actor"),
    ("RUSSIA\nFRANCE [FRA]\n", "'RUSSIA' has no code"),
    ("RUSSIA [RUS\n", "unbalanced"),
    ("RUSSIA [RUS 9508-950901]\n", "malformed actor code"),
    ("RUSSIA [RUS 951301-960101]\n", "bad date"),
    ("RUSSIA [RUS 960101-950101]\n", "ends before it starts"),
    ("[RUS]\n", "a code before any actor"),
    ("ISILDUR [+++ >950101]\n", "[+++] stands alone"),
    ("ISILDUR [RUS/+++]\n", "[+++] stands alone"),
    ("_ [RUS]\n", "no name"),
])
def test_malformed_actor_entries(tmp_path, text, message):
    path = write(tmp_path, "bad.actors.txt", text)
    with pytest.raises(LexiconError) as info:
        load_actor_knowledge([path], [])
    assert message in str(info.value) and f"{path}:" in str(info.value)


def test_malformed_actor_entries_warn_when_loading_as_they_are(tmp_path):
    warnings: list[str] = []
    kb = load_actor_knowledge([write(tmp_path, "a.txt", "RUSSIA [RUS 9508-950901]\nFRANCE [FRA]\n")], [], warnings)
    assert "france" in kb.names and "russia" not in kb.names and all("a.txt:1" in w for w in warnings)


@pytest.mark.parametrize("text, message", [
    ("POLICE\n", "exactly one code"),
    ("POLICE [COP]\n", "malformed agent code"),
    ("POLICE {COPS [~COP]\n", "unbalanced '{'"),
    ("!NOPE!_GUARD [~MIL]\n", "unknown class !NOPE!"),
])
def test_malformed_agent_entries(tmp_path, text, message):
    path = write(tmp_path, "bad.agents.txt", text)
    with pytest.raises(LexiconError) as info:
        load_actor_knowledge([], [path])
    assert message in str(info.value) and f"{path}:1" in str(info.value)
