"""A PETRARCH validation file on small inline dictionaries: its <Config> options and their errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.coding.petrarch.suite import read_suite, run_suite
from dyadwatch.errors import InputError

RECORDS = """<Validation>
<Environment>
    <Verbfile>v.txt</Verbfile>
    <Actorfile>a.txt</Actorfile>
    <Agentfile>g.txt</Agentfile>
    <Discardfile>d.txt</Discardfile>
    <Include>DEMO</Include>
</Environment>
<Sentences>
<Config option="new_actor_length" value="{length}"></Config>
<Sentence date="19950101" id="NEW-01" category="DEMO">
<EventCoding sourcecode="THE ORDER OF WIZARDS" targetcode="GON" eventcode="032"></EventCoding>
<Text>The Order of Wizards left for Gondor.</Text>
</Sentence>
<Config option="new_actor_length" value="0"></Config>
<Sentence date="19950101" id="NEW-02" category="DEMO">
<EventCoding noevents="True"></EventCoding>
<Text>The Order of Wizards left for Gondor.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def write_suite(tmp_path: Path, length: str) -> Path:
    (tmp_path / "v.txt").write_text("--- LEAVE [032] ---\nLEAVE {LEFT}\n")
    (tmp_path / "a.txt").write_text("GONDOR [GON]\n")
    (tmp_path / "g.txt").write_text("POLICE [~COP]\n")
    (tmp_path / "d.txt").write_text("BASEBALL\n")
    path = tmp_path / "records.xml"
    path.write_text(RECORDS.format(length=length))
    return path


def test_config_sets_new_actor_length_for_the_records_after_it(tmp_path):
    suite = read_suite(write_suite(tmp_path, "4"))
    assert [r.new_actor_length for r in suite.records] == [4, 0]


@pytest.mark.parametrize("length, passed", [("4", [True, True]), ("3", [False, True])])
def test_new_actors_are_coded_as_their_words(tmp_path, length, passed):
    """'The Order of Wizards' is four words: a new actor only when new_actor_length allows four."""
    results = run_suite(write_suite(tmp_path, length))
    assert [r.passed for r in results] == passed


def test_malformed_config_value_names_file_and_line(tmp_path):
    path = write_suite(tmp_path, "four")
    with pytest.raises(InputError, match=rf"{path}:10: new_actor_length value 'four'"):
        read_suite(path)
