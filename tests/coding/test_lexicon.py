"""The lexicon loader: the shipped lexicon loads, and every malformed entry is named by file and line."""
from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.coding.lexicon import load_lexicon, load_lexicon_dir
from dyadwatch.coding.ontology import load_ontology
from dyadwatch.errors import LexiconError


def write_lexicon(tmp_path: Path, patterns: str, synsets: str = "&WEAPON = weapon arm shell\n") -> Path:
    (tmp_path / "synsets.txt").write_text(synsets)
    (tmp_path / "04_consult.txt").write_text(patterns)
    return tmp_path


def test_shipped_lexicon_covers_every_root():
    lexicon = load_lexicon()
    ontology = load_ontology()
    roots = {ontology[p.code].root for ps in lexicon.verbs.values() for p in ps if p.codes}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert lexicon.light_verbs and lexicon.reporting and lexicon.modality and lexicon.object_control


@pytest.mark.parametrize(
    "text, trigger, words, target_object, target_word",
    [
        ("040 meet with *", {"meet"}, [{"with"}], False, 0),
        ("042 visit *", {"visit"}, [], True, None),
        ("043 host|receive", {"host", "receive"}, [], False, None),
        ("040 discuss &WEAPON", {"discuss"}, [{"weapon", "arm", "shell"}], False, None),
    ],
)
def test_patterns_compile(tmp_path, text, trigger, words, target_object, target_word):
    lexicon = load_lexicon_dir(write_lexicon(tmp_path, f"[verbs]\n{text}\n"))
    pattern = next(iter(lexicon.verbs.values()))[0]
    assert pattern.trigger == frozenset(trigger)
    assert [set(w) for w in pattern.words] == words
    assert (pattern.target_object, pattern.target_word) == (target_object, target_word)
    assert pattern.rule == "04_consult.txt:2"


@pytest.mark.parametrize(
    "content, line, message",
    [
        ("040 meet\n", 1, "entry before any section"),
        ("[adverbs]\n040 meet\n", 1, "unknown section"),
        ("[verbs]\n999 meet\n", 2, "not a CAMEO code"),
        ("[verbs]\n190 meet\n", 2, "belongs to root 19"),
        ("[verbs]\n040\n", 2, "has no pattern"),
        ("[verbs]\n040 * meet\n", 2, "starts with its trigger"),
        ("[verbs]\n040 meet * with *\n", 2, "at most one target"),
        ("[verbs]\n040 discuss &MISSILE\n", 2, "unknown synset"),
        ("[verbs]\n040 Meet\n", 2, "not a lemma"),
        ("[verbs]\n040 meet\n\n040 meet\n", 4, "repeats line 2"),
    ],
)
def test_malformed_entries_name_file_and_line(tmp_path, content, line, message):
    with pytest.raises(LexiconError) as info:
        load_lexicon_dir(write_lexicon(tmp_path, content))
    assert str(info.value).startswith(f"{tmp_path / '04_consult.txt'}:{line}:")
    assert message in str(info.value)


@pytest.mark.parametrize(
    "synsets, message",
    [("WEAPON = gun\n", "expected '&NAME"), ("&W = gun\n&W = rifle\n", "defined twice"), ("&W =\n", "no lemmas")],
)
def test_malformed_synsets(tmp_path, synsets, message):
    with pytest.raises(LexiconError, match=message):
        load_lexicon_dir(write_lexicon(tmp_path, "[verbs]\n040 meet\n", synsets))


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("reporting.txt", "say shout\n", "unknown kind 'shout'"),
        ("modality.txt", "sometimes may\n", "unknown kind 'sometimes'"),
        ("light_verbs.txt", "Hold\n", "not a lemma"),
    ],
)
def test_malformed_word_lists(tmp_path, name, content, message):
    write_lexicon(tmp_path, "[verbs]\n040 meet\n")
    (tmp_path / name).write_text(content)
    with pytest.raises(LexiconError, match=message):
        load_lexicon_dir(tmp_path)


def test_missing_directory(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        load_lexicon_dir(tmp_path / "nowhere")
