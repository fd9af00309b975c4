"""'The island nation', 'the Gulf state', 'the kingdom', 'the Central Asian country': a descriptive
noun of a state refers back to the one country named shortly before that fits the description, and
to none when two fit or none does. A quoted 'he' is not the quote's speaker, and of several people a
sentence-opening 'he' prefers the subject of the nearest sentence before."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors.descriptors import load_descriptors
from dyadwatch.documents.readers import read_text
from dyadwatch.errors import LexiconError

PUBLISHED = date(2025, 3, 14)


def actors(coder, text: str, trigger: str) -> list[tuple[str, str, str, str]]:
    """(source code, how it was resolved, target code, how it was resolved) of the events on `trigger`."""
    events = coder.code(read_text(text, "t", published=PUBLISHED))
    return [(e.source.code, e.source.resolved_by, e.target.code if e.target else "", e.target.resolved_by if e.target else "")
            for e in events if e.evidence.trigger == trigger]


@pytest.mark.parametrize("text, trigger, country", [
    # the description reaches past a country that does not fit, named nearer
    ("Indian Prime Minister Narendra Modi is due to travel to Mauritius on Tuesday. Modi is expected to "
     "discuss upgrading India's defense ties with the island nation.", "discuss", "MUS"),
    ("Qatar hosted talks between Hamas and Israeli negotiators on Monday. The Gulf state condemned the attack "
     "on Tuesday.", "condemned", "QAT"),
    ("Kazakhstan's president met Putin in Moscow on Friday. The Central Asian country condemned the strike "
     "on Kyiv.", "condemned", "KAZ"),
    ("Nepal's prime minister visited India last week. The Himalayan nation has accused China of encroaching "
     "on its border.", "accused", "NPL"),
    ("Saudi Arabia and Iran restored diplomatic ties in 2023. The kingdom condemned the attack on the "
     "tanker.", "condemned", "SAU"),
    ("Officials from Lithuania and Germany met in Berlin. The Baltic state accused Russia of jamming GPS "
     "signals.", "accused", "LTU"),
])
def test_a_descriptive_noun_is_the_one_state_that_fits(coder, text, trigger, country):
    got = actors(coder, text, trigger)
    states = [(s, sb) for s, sb, _, _ in got] + [(t, tb) for _, _, t, tb in got]
    assert (country, "coreference-state") in states, got


@pytest.mark.parametrize("text, trigger", [
    # two states fit the description
    ("Japan and the Philippines signed a defense pact in Manila. The island nation condemned China's moves "
     "in the South China Sea.", "condemned"),
    ("Kuwait and Qatar were hit by drones on Sunday. The Gulf state condemned the attack.", "condemned"),
    # none does: Iran is no kingdom
    ("Iran seized a tanker in the Strait of Hormuz on Sunday. The kingdom condemned the seizure.", "condemned"),
    # the phrase says whose state it is
    ("Texas sued the Biden administration over the border. The U.S. state also accused the government of "
     "neglect.", "accused"),
])
def test_a_descriptive_noun_with_two_or_no_fitting_states_is_unresolved(coder, text, trigger):
    got = actors(coder, text, trigger)
    assert not [g for g in got if "coreference-state" in (g[1], g[3])], got


@pytest.mark.parametrize("text, trigger, source", [
    # a 'he' in a quote is not its speaker, but the subject of the sentence before
    ("“President Trump does not see Putin as a threat,” Rubio said. “He actually calls Putin a friend.”",
     "calls", "USAGOV"),
    ("But “President Trump, in many ways, is the most prominent dissenter from this consensus.” “He doesn’t "
     "view President Xi in adversarial terms,” Wyne said. “He actually calls President Xi a ‘dear friend’ of "
     "his.”", "calls", "USAGOV"),
])
def test_a_quoted_pronoun_is_the_subject_before_and_not_the_speaker(coder, text, trigger, source):
    got = actors(coder, text, trigger)
    assert got and all(s == source for s, _, _, _ in got), got


@pytest.mark.parametrize("text, trigger", [
    # two subjects in the sentence before
    ("Putin and Xi met in Moscow on Friday. “He praised the partnership,” an aide said.", "praised"),
    # the quote's speaker is the only person named
    ("“We will not accept this,” Prime Minister Narendra Modi said. “He criticized the deal.”", "criticized"),
])
def test_a_quoted_pronoun_with_no_single_subject_before_is_unresolved(coder, text, trigger):
    got = actors(coder, text, trigger)
    assert not [g for g in got if g[1].startswith("coreference")], got


@pytest.mark.parametrize("line, message", [
    ("Island\tdescriptor\tJPN", "lower case"),
    ("island\tadjective\tJPN", "role 'adjective'"),
    ("island\tdescriptor\tjapan", "not a CAMEO country code"),
    ("island\tdescriptor\t-", "lists no countries"),
    ("island", "expected 3 TAB-separated fields"),
])
def test_a_bad_descriptor_line_names_its_file_and_line(tmp_path: Path, line, message):
    path = tmp_path / "state_descriptors.tsv"
    path.write_text("country\tnoun\t-\n" + line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_descriptors(path)
    assert message in str(caught.value) and "state_descriptors.tsv:2" in str(caught.value)


def test_the_descriptor_table_loads():
    table = load_descriptors()
    assert "MUS" in table.descriptors[("island",)] and "KAZ" in table.descriptors[("central", "asian")]
    assert "SAU" in table.nouns["kingdom"] and table.nouns["country"] == ()


@pytest.mark.parametrize("text, trigger, source", [
    # 'they' after a named group that takes a plural verb
    ("The Taliban detained three British nationals in Kabul last month. They accused the men of spying.",
     "accused", "AFG"),
    ("The Houthis fired a missile at a tanker in the Red Sea on Monday. They also threatened U.S. warships.",
     "threatened", "YEMREB"),
    ("The Taliban detained three British nationals in Kabul, and Pakistan closed the border. They accused the "
     "men of spying.", "accused", "AFG"),
])
def test_they_is_the_group_subject_before(coder, text, trigger, source):
    got = actors(coder, text, trigger)
    assert any(s.startswith(source) and how == "coreference-pronoun" for s, how, _, _ in got), got


@pytest.mark.parametrize("text, trigger", [
    # 'they' is never one person
    ("Prime Minister Shehbaz Sharif visited Quetta on Wednesday. They vowed to crush the militants.", "vowed"),
    ("Hamas official Basem Naim spoke to reporters in Doha. They accused Israel of violating the ceasefire.",
     "accused"),
])
def test_they_after_a_single_person_is_unresolved(coder, text, trigger):
    got = actors(coder, text, trigger)
    assert not [g for g in got if g[1].startswith("coreference")], got
