"""Targets: the recipient before the theme, the agent or place of an object that names no actor, the
topic of a complaint, never the media a statement is made to; speech that demands or appeals is
aimed at whoever must act and coded by what is asked (demands.txt)."""
from __future__ import annotations

import pytest

from dyadwatch.coding.lexicon import LexiconError, load_lexicon_dir
from coding_helpers import code


def dyads(events) -> set[tuple]:
    return {(e.source.code, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Japan offered troops to the Philippines.", ("JPN", "PHL")),
        ("Iran sent drones to Russia.", ("IRN", "RUS")),
        ("Britain handed over two suspects to Pakistan.", ("GBR", "PAK")),
    ],
)
def test_the_recipient_comes_before_the_theme(coder, text, dyad):
    assert dyad in dyads(code(coder, text))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("The European Union denounced Serbia's crackdown on protesters.", ("IGOEUREEC", "SRB")),
        ("Canada condemned the attack by Hamas on Israel.", ("CAN", "PSEREB")),
        ("The UN criticized the decision by Israel to expand settlements.", ("IGOUNO", "ISR")),
    ],
)
def test_the_possessor_or_agent_of_the_object_is_the_target(coder, text, dyad):
    assert dyad in dyads(code(coder, text))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Russia fired missiles at targets in Ukraine.", ("RUS", "UKR")),
        ("Israeli jets bombed positions in southern Lebanon.", ("ISRMIL", "LBN")),
        ("North Korea fired artillery at islands near South Korea.", ("PRK", "KOR")),
    ],
)
def test_the_place_of_an_object_is_the_target(coder, text, dyad):
    assert dyad in dyads(code(coder, text))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("China complained about the Philippine incursion.", ("CHN", "PHL")),
        ("Japan protested over the Chinese incursion.", ("JPN", "CHN")),
        ("India complained to Pakistan about cross-border shelling.", ("IND", "PAK")),
    ],
)
def test_the_topic_of_a_complaint_is_the_target(coder, text, dyad):
    assert dyad in dyads(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov complained to reporters about Western sanctions.",
        "The Iranian foreign minister complained to journalists in Tehran about the new sanctions.",
        "Speaking to reporters, the Turkish president criticized the sanctions.",
    ],
)
def test_the_media_a_statement_is_made_to_are_never_its_target(coder, text):
    assert not any(e.target is not None and "MED" in e.target.sectors for e in code(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States said Israel must stop the bombing of Gaza.", ("USA", "ISR", "1056")),
        ("Erdogan said in an interview with Al Jazeera that Israel must stop the war.", ("TURGOV", "ISR", "1056")),
        ("Germany said Russia should withdraw its troops from Ukraine.", ("DEU", "RUS", "0256")),
    ],
)
def test_reported_must_is_a_demand_and_should_an_appeal_of_the_one_who_must_act(coder, text, expected):
    events = code(coder, text)
    assert {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in events} == {expected}
    assert {e.modality for e in events} == {"asserted"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The UN urged Iran to release the detained sailors.", ("IGOUNO", "IRN", "0253")),
        ("France called on Israel to halt its offensive.", ("FRA", "ISR", "0256")),
        ("The United States urged China to resume talks with Taiwan.", ("USA", "CHN", "026")),
    ],
)
def test_appeals_are_coded_by_what_they_ask_for(coder, text, expected):
    assert expected in {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in code(coder, text)}


def test_a_plain_report_of_a_future_act_is_no_demand(coder):
    events = code(coder, "Germany said Russia will withdraw its troops from Ukraine.")
    assert not any(e.cameo.root in ("02", "10") for e in events)


def test_demands_file_checks_its_columns(tmp_path):
    (tmp_path / "02_appeal.txt").write_text("[verbs]\n020  urge\n", encoding="utf-8")
    (tmp_path / "demands.txt").write_text("08  025  105\n084  1053  0253\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="demands.txt:2: '1053' is not a code of root 02"):
        load_lexicon_dir(tmp_path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rubio said Russia needs to agree to the ceasefire.", ("USAGOV", "RUS", "0256")),
        ("The French foreign minister said Israel has to withdraw its troops from Lebanon.", ("FRAGOV", "ISR", "1056")),
    ],
)
def test_reported_necessity_is_a_demand_and_need_an_appeal(coder, text, expected):
    assert {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in code(coder, text)} == {expected}


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("U.S. lawmakers welcomed the announcement that Ukraine had agreed to a ceasefire.", ("USALEG", "UKR")),
        ("The EU praised the decision that Serbia would hold new elections.", ("IGOEUREEC", "SRB")),
    ],
)
def test_the_content_of_an_object_names_the_target(coder, text, dyad):
    assert dyad in dyads(code(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The G7 called for Russia to accept the ceasefire.", ("IGOWSTGSV", "RUS", "02")),
        ("Britain pushed for Iran to release the detained sailors.", ("GBR", "IRN", "02")),
    ],
)
def test_an_appeal_for_someone_to_act_is_aimed_at_them_and_the_act_is_not_asserted(coder, text, expected):
    events = code(coder, text)
    assert {(e.source.code, e.target.code if e.target else None, e.cameo.root) for e in events} == {expected}


@pytest.mark.parametrize("text, asks_not", [
    ("The United States urged Israel not to sell weapons to Russia.", True),
    ("The EU called on Iran not to retaliate.", True),
    ("Gollum allowed that Mordor isn't a really pleasant place to visit.", False),
    ("The minister said that the talks were not over.", False),
])
def test_only_an_act_asked_for_is_asked_not_to_be_done(nlp, text, asks_not):
    from dyadwatch.coding.targets import _asks_not

    [sentence] = nlp(text).sents
    assert _asks_not(sentence.root) is asks_not
