"""Factuality: background acts are marked `background`; acts that were prevented, failed or
dissuaded are negated; a negated concession is a refusal (refusals.txt); questions, 'whether' and
conditions are hypothetical."""
from __future__ import annotations

import pytest

from dyadwatch.coding.lexicon import LexiconError, load_lexicon_dir
from coding_helpers import code


def modalities(coder, text: str) -> set[str]:
    """The modalities of the text's events; it must code some."""
    events = code(coder, text)
    assert events, f"no event in {text!r}"
    return {e.modality for e in events}


@pytest.mark.parametrize(
    "text, root",
    [
        ("Since Russia began its invasion of Ukraine, prices have risen.", "19"),
        ("Since Israel launched its offensive in Gaza, aid deliveries have dropped.", "19"),
        ("The two countries have been at odds since China seized the islands.", "19"),
        ("Russia invaded Ukraine in February 2022.", "19"),
        ("The 2019 summit between Trump and Kim ended without a deal.", "04"),
    ],
)
def test_background_acts_are_marked_background(coder, text, root):
    events = [e for e in code(coder, text) if e.cameo.root == root]
    assert events and {e.modality for e in events} == {"background"}


@pytest.mark.parametrize(
    "text",
    ["Israel struck Gaza on Monday.", "Since Friday, Israel has struck Gaza dozens of times."],
)
def test_news_of_the_day_is_asserted(coder, text):
    assert {e.modality for e in code(coder, text)} == {"asserted"}


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Washington hopes to dissuade North Korea from supplying Russia with weapons.", ("PRK", "RUS")),
        ("Egypt failed to broker a ceasefire between Israel and Hamas.", ("EGY", "ISR")),
    ],
)
def test_prevented_failed_and_dissuaded_acts_are_not_asserted(coder, text, dyad):
    events = [e for e in code(coder, text) if (e.source.code, e.target.code if e.target else None) == dyad]
    assert events and all(e.negated or e.modality != "asserted" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Will China attack Taiwan?",
        "It is unclear whether Iran will retaliate against Israel.",
    ],
)
def test_questions_and_whether_clauses_are_hypothetical(coder, text):
    # an act in an 'if' condition is no event at all (test_embedded_acts.py)
    assert modalities(coder, text) == {"hypothetical"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israel did not agree to withdraw from Gaza.", ("ISR", "1246")),
        ("Russia has not released the detained journalists.", ("RUS", "1243")),
        ("Turkey has not lifted sanctions on Israel.", ("TUR", "1244")),
        ("Hamas did not agree to a ceasefire.", ("PSEREB", "1246")),
        ("Israel will not withdraw its troops from southern Lebanon, the prime minister said.", ("ISR", "1246")),
    ],
)
def test_a_negated_concession_is_a_refusal(coder, text, expected):
    events = code(coder, text)
    assert {(e.source.code, e.cameo.code) for e in events} == {expected}
    assert not any(e.negated for e in events) and {e.modality for e in events} == {"asserted"}


def test_a_denied_concession_stays_negated(coder):
    events = code(coder, "Russia denied that it had withdrawn its troops from the border.")
    withdrawals = [e for e in events if e.cameo.root in ("08", "12")]
    assert withdrawals and all(e.negated and e.cameo.root == "08" for e in withdrawals)


def test_modality_file_accepts_only_known_kinds(tmp_path):
    (tmp_path / "04_consult.txt").write_text("[verbs]\n040  meet\n", encoding="utf-8")
    (tmp_path / "modality.txt").write_text("future will\nforgotten fail\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="modality.txt:2: unknown kind 'forgotten'"):
        load_lexicon_dir(tmp_path)


def test_refusals_must_be_rejections(tmp_path):
    (tmp_path / "08_yield.txt").write_text("[verbs]\n087  withdraw\n", encoding="utf-8")
    (tmp_path / "refusals.txt").write_text("08  124\n087 0356\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="refusals.txt:2: '0356' is not a code of root 12"):
        load_lexicon_dir(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "The United States said the Thai government shouldn't give these people back to China.",
        "Washington said Israel should not withdraw from Gaza.",
    ],
)
def test_advice_not_to_concede_is_no_refusal(coder, text):
    # said by no one, such advice is no event at all (test_embedded_acts.py)
    events = code(coder, text)
    assert events and not any(e.cameo.root == "12" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban routinely deny providing sanctuary to Pakistani fighters.",
        "Police in Turkey regularly detain Kurdish activists in Istanbul.",
    ],
)
def test_habitual_acts_are_background(coder, text):
    assert modalities(coder, text) == {"background"}


def test_a_since_clause_dated_recently_is_news(coder):
    events = code(coder, "Thailand has held the men since authorities deported 40 others to China last month.")
    assert [e.modality for e in events if e.cameo.root == "17"] == ["asserted"]


def test_background_keeps_its_actors(coder):
    events = code(coder, "Since Russia began its invasion of Ukraine, prices have risen.")
    assert {(e.source.code, e.target.code if e.target else None, e.modality) for e in events} == {("RUS", "UKR", "background")}


@pytest.mark.parametrize(
    "text",
    [
        "Modi is scheduled to visit Mauritius next week.",
        "Modi is due to travel to Mauritius on Tuesday.",
        "The Indian prime minister is expected to visit Mauritius next week.",
    ],
)
def test_a_scheduled_act_is_future_not_an_intent(coder, text):
    assert {(e.cameo.code, e.modality) for e in code(coder, text)} == {("042", "future")}


@pytest.mark.parametrize(
    "text", ["Modi will visit Mauritius next week.", "Modi plans to visit Mauritius next week."]
)
def test_an_act_its_actor_announces_is_an_intent(coder, text):
    assert {(e.cameo.code, e.modality) for e in code(coder, text)} == {("036", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Many islanders were forcibly expelled by Britain in the 1960s and 1970s.",
        "Russia annexed the Amur Region from China during the 19th century.",
    ],
)
def test_acts_dated_by_an_old_decade_or_century_are_background(coder, text):
    assert modalities(coder, text) == {"background"}


def test_an_old_date_of_something_else_does_not_make_the_act_background(coder):
    assert modalities(coder, "Russia attacked the town, which had been founded in the 1940s, in Ukraine.") == {"asserted"}


def test_a_belief_about_the_future_is_a_forecast_not_an_intent(coder):
    events = code(coder, "Rubio told VOA that he believes leaders from the U.S. and China will meet at some point.")
    assert events and {(e.cameo.code, e.modality) for e in events} == {("040", "future")}


def test_a_belief_about_the_past_stays_asserted(coder):
    assert modalities(coder, "The minister thinks Iran attacked Israel.") == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Israel faces the threat of being attacked by Iran.",
        "The five Uyghurs in Thailand face the greatest risk of being deported to China.",
    ],
)
def test_the_risk_of_an_act_is_hypothetical(coder, text):
    assert modalities(coder, text) == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Trump's tendency to waver has made China wary of offering concessions.",
        "The tariffs have made China wary of offering concessions to the United States.",
        "The fear of reprisals made Turkey reluctant to expel Russian diplomats.",
    ],
)
def test_an_act_held_back_by_reluctance_is_hypothetical(coder, text):
    assert modalities(coder, text) == {"hypothetical"}


@pytest.mark.parametrize(
    "text, code_",
    [
        ("Washington is unwilling to negotiate with the Taliban.", "125"),
        ("Seoul remains wary of North Korea.", "110"),
    ],
)
def test_a_reluctance_of_its_own_stays_asserted(coder, text, code_):
    events = code(coder, text)
    assert [(e.cameo.code, e.modality) for e in events] == [(code_, "asserted")]
