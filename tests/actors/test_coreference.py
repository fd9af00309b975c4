"""The source of an event whose agent is named in another sentence: pronouns, role nouns ('the
minister'), group nouns ('the group'), 'the statement' and pairs ('the two leaders') refer to the one
actor of their kind named shortly before, and to no one when two could be meant."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors.coreference import load_anaphors
from dyadwatch.documents.readers import read_text
from dyadwatch.errors import LexiconError

PUBLISHED = date(2025, 3, 14)


def sources(coder, text: str) -> list[tuple[str, str, str, str]]:
    """(CAMEO code, source code, how the source was resolved, trigger) of every event, in order."""
    events = coder.code(read_text(text, "t", published=PUBLISHED))
    return [(e.cameo.code, e.source.code, e.source.resolved_by, e.evidence.trigger) for e in events]


@pytest.mark.parametrize("text, trigger, source, how", [
    # a chain of 'she said' sentences stays with the person first named
    ("U.N. Secretary-General Antonio Guterres told the Security Council on Thursday that aid must reach "
     "Gaza. The convoys have waited at the border for weeks. He urged Israel to open more crossings.", "urged", "IGOUNO", "coreference-pronoun"),
    ("Iran's Foreign Minister Abbas Araghchi arrived in Muscat on Saturday. He said the talks were useful. "
     "The delegations met for three hours. He accused Washington of "
     "bad faith.", "accused", "IRN", "coreference-pronoun"),
    ("Ms. Kallas met Mr. Rubio in Brussels on Monday. He later criticized Russia for the strikes on Kyiv.",
     "criticized", "USAGOV", "coreference"),
    # someone known only by a title that places them
    ("UNICEF's executive director told the Security Council on Thursday that aid must reach Sudan. She urged "
     "the warring parties to open the roads.", "urged", "IGOUNO", "coreference"),
    # the subject of the sentence before, named with its title, is 'the minister'
    ("Iran's Foreign Minister Abbas Araghchi arrived in Muscat on Saturday for indirect talks. "
     "The minister accused Washington of bad faith.", "accused", "IRNGOV", "coreference-role"),
    ("Secretary of State Marco Rubio arrived in Jeddah on Monday. Talks were expected to last all day. "
     "The secretary urged Ukraine to accept a ceasefire.", "urged", "USAGOV", "coreference-role"),
    # a title named again is the one it named before, not the last government mentioned
    ("A U.S. State Department spokesperson criticized the Haitian government on Friday. The spokesperson urged "
     "Haiti to hold elections.", "urged", "USAGOV", "coreference-role"),
    # an armed group named once, then 'the group' / 'the militants'
    ("The Baloch Liberation Army claimed responsibility for the train hijacking in Balochistan. "
     "The group threatened to kill the hostages.", "threatened", "PAKREB", "coreference-group"),
    ("Hezbollah fired rockets into northern Israel on Sunday, officials said. The militants also attacked an "
     "army post near the border.", "attacked", "LBNREB", "coreference-group"),
    # 'I' in a quote is its speaker
    ("Iran's Foreign Minister Abbas Araghchi spoke in Muscat. \"I condemn these attacks,\" the minister said.",
     "condemn", "IRNGOV", "coreference"),
    # 'we' in a quote of several sentences is the speaker named where it closes
    ("“We condemn these attacks on our people. We are ready to defend our country,” Prime Minister Narendra "
     "Modi said on Monday.", "condemn", "INDGOV", "coreference-speaker"),
    ("Iran's Foreign Minister Abbas Araghchi spoke in Muscat on Saturday. “We condemn these attacks on our "
     "people. We are ready to defend our country,” the minister said.", "condemn", "IRNGOV", "coreference-speaker"),
    # 'the statement said' after 'X said in a statement'
    ("The State Department said in a statement that it was monitoring the situation in Balochistan. "
     "The statement urged Pakistan to protect civilians.", "urged", "USAGOV", "coreference-issuer"),
])
def test_a_mention_refers_to_the_actor_named_before(coder, text, trigger, source, how):
    got = sources(coder, text)
    assert any(t == trigger and s.startswith(source) and h == how for _, s, h, t in got), got


@pytest.mark.parametrize("text, trigger, pair", [
    ("Prime Minister Narendra Modi met Mauritius Prime Minister Navinchandra Ramgoolam in Port Louis on "
     "Wednesday. The two leaders signed eight agreements on maritime security.", "signed", {"IND", "MUS"}),
    ("The United States and Ukraine were to sign a minerals deal, but the two leaders publicly disagreed "
     "over aid.", "disagreed", {"USA", "UKR"}),
])
def test_the_two_leaders_are_the_two_countries_just_named(coder, text, trigger, pair):
    got = [(s, h) for _, s, h, t in sources(coder, text) if t == trigger]
    assert {s[:3] for s, h in got if h == "coreference-pair"} == pair, got


@pytest.mark.parametrize("text, trigger", [
    # two men named, neither the subject of the sentence before: 'he' could be either
    ("Putin met Erdogan in Moscow on Monday. The talks lasted three hours. Reporters waited outside. "
     "He later criticized the sanctions on Russian banks.", "criticized"),
    # a pronoun with no one named before it
    ("He criticized the sanctions on Russian banks on Monday.", "criticized"),
    ("The talks lasted three hours in Geneva. He criticized the sanctions on Russian banks.", "criticized"),
    # someone known only by title comes between: 'he' may be that spokesman
    ("Iran's Foreign Minister Abbas Araghchi arrived in Muscat on Saturday. A police spokesman said the roads "
     "were closed. He accused Washington of bad faith.", "accused"),
    # nor may a person the knowledge base does not know
    ("Iran's Foreign Minister Abbas Araghchi arrived in Muscat on Saturday. Karim Haddad, who runs a shop near "
     "the port, said the roads were closed. He accused Washington of bad faith.", "accused"),
    # 'they' after a plural named in its own sentence is that one
    ("The U.N. invited envoys to a meeting in Doha last month. No country has recognized the Taliban since they "
     "seized Kabul in 2021.", "seized"),
    # a quote whose closing names no speaker
    ("“We condemn these attacks on our people. We are ready to defend our country.” The crowd cheered.",
     "condemn"),
    # two armed groups just named: 'the group' is either
    ("Hamas and Hezbollah both praised the attack. The group threatened further strikes on Israel.", "threatened"),
    # 'the minister' with two ministers named
    ("Foreign Minister Abbas Araghchi met Foreign Minister Sergey Lavrov in Moscow. The minister criticized "
     "the sanctions.", "criticized"),
])
def test_an_ambiguous_or_unanchored_mention_refers_to_no_one(coder, text, trigger):
    got = [(s, h) for _, s, h, t in sources(coder, text) if t == trigger]
    assert not [g for g in got if g[1].startswith("coreference-")], got


def test_a_pronoun_of_the_other_gender_skips_a_person(coder):
    text = "Ms. Kallas met Mr. Rubio in Brussels on Monday. She later criticized Russia for the strikes on Kyiv."
    got = [s for _, s, _, t in sources(coder, text) if t == "criticized"]
    assert got and all(s.startswith("IGO") for s in got), got


@pytest.mark.parametrize("line, message", [
    ("group\tgang\tREB\n", "kind 'gang'"),
    ("Group\tgroup\tREB\n", "lower case"),
    ("group\tgroup\tREBEL\n", "three-letter"),
    ("group\tgroup\tREB\ngroup\tgroup\tNGO\n", "listed twice"),
])
def test_a_bad_anaphor_line_names_its_file_and_line(tmp_path: Path, line, message):
    path = tmp_path / "anaphors.tsv"
    path.write_text("# nouns\n" + line, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_anaphors(path)
    assert message in str(caught.value) and "anaphors.tsv" in str(caught.value)


def test_the_anaphor_table_loads():
    table = load_anaphors()
    assert table["minister"]["person"].codes == () and "REB" in table["group"]["group"].codes
