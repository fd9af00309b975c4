"""The lexicon's own statistics and the explanation of how a sentence is coded."""
from __future__ import annotations

from datetime import date

from dyadwatch.coding.explain import explain, explanation_json, format_explanation, lexicon_stats
from dyadwatch.coding.lexicon import load_lexicon, load_lexicon_dir
from dyadwatch.coding.ontology import load_ontology


def test_stats_count_each_entry_once_under_its_code(tmp_path):
    (tmp_path / "17_coerce.txt").write_text(
        "[verbs]\n173  arrest|detain\n173  round up\n1724 impose martial law\n---  arrest warrant\n[nouns]\n173  arrest\n",
        encoding="utf-8",
    )
    stats = lexicon_stats(load_lexicon_dir(tmp_path), load_ontology())
    by_code = {c.code: c for c in stats.codes}
    assert (by_code["173"].verbs, by_code["173"].nouns) == (2, 1)  # 'arrest|detain' is one entry
    assert by_code["1724"].total == 1 and stats.null_entries == 1
    assert stats.roots()["17"].total == 4
    assert "175" in [c.code for c in stats.few(0)] and "173" not in [c.code for c in stats.few(2)]


def test_stats_of_the_shipped_lexicon_cover_every_root():
    stats = lexicon_stats(load_lexicon(), load_ontology())
    assert sorted(stats.roots()) == [f"{n:02d}" for n in range(1, 21)]
    assert all(count.total > 0 for count in stats.roots().values())


def explained(coder, text: str):
    return explain(coder, text, date(2025, 3, 1))


def test_explain_lists_the_entries_tried_and_what_they_miss(coder):
    (sentence,) = explained(coder, "Israel did not agree to withdraw from Gaza.")
    agree = next(c for c in sentence.candidates if c.word == "agree")
    assert agree.best is not None and agree.kept
    misses = [t for t in agree.trials if not t.matched]
    assert misses and all(t.missing for t in misses)
    assert any("negated" in d for d in agree.decisions) and any("refused" in e.evidence.rule for e in sentence.events)
    withdraw = next(c for c in sentence.candidates if c.word == "withdraw")
    assert not withdraw.kept  # part of the phrase of 'agree'


def test_explain_says_why_nothing_was_coded(coder):
    (sentence,) = explained(coder, "A cyclone slammed into Bangladesh on Monday.")
    (slammed,) = [c for c in sentence.candidates if c.word == "slammed"]
    assert any("names no actor" in d for d in slammed.decisions) and not sentence.events


def test_explain_shows_agentless_and_background_decisions(coder):
    sentences = explained(coder, "Dozens were arrested in Tehran. Since Russia began its invasion, prices have risen.")
    text = format_explanation(sentences)
    assert "agentless-passive: agent IRNCOP (implied_agents.txt:" in text
    assert "background ('Since ...')" in text
    records = explanation_json(sentences)
    assert records[0]["events"][0]["source"]["resolved_by"] == "agentless-passive"
    assert records[1]["events"][0]["modality"] == "background"


def test_explain_of_a_sentence_without_triggers(coder):
    (sentence,) = explained(coder, "Flowers bloomed early this spring.")
    assert "no word of this sentence triggers any entry" in format_explanation([sentence])


def test_explain_names_the_reporter_and_targets_that_name_no_actor(coder):
    (sentence,) = explained(coder, "The White House said Israeli jets struck a hospital in Gaza.")
    struck = next(c for c in sentence.candidates if c.word == "struck")
    assert "reported by USAGOV ('The White House')" in struck.decisions
    (alone,) = explained(coder, "Russia condemned the decision.")
    condemned = next(c for c in alone.candidates if c.word == "condemned")
    assert "target words 'decision' name no actor" in condemned.decisions
