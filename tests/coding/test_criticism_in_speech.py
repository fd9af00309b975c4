"""Criticism and accusation in reported speech (CAMEO root 11): judgements reached through a verb of
believing, a noun of saying or a quote attributed after it; acts named with words that condemn them
inside another entry's phrase; acts called what the evaluative words of synsets.txt name; a part in
wrongs, harm done and a haven for armed men, said of someone; with the sentences of the same words
that must not code them (the author's own words, the speaker's own act, no armed men)."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # a quote whose judgement stands under a verb of believing
        ("\"We have to understand that Vladimir Putin is the aggressor,\" the Ukrainian foreign minister said.",
         "111", "UKR", "RUS"),
        ("The Polish president told reporters he believes Russia is responsible for the sabotage.", "112", "POL", "RUS"),
        # the content of a noun of saying
        ("Pakistan reiterated the claim that the attack was orchestrated by militants in Afghanistan.",
         "1123", "PAK", "AFG"),
        ("Kyiv repeated its accusation that Moscow was spreading disinformation.", "112", "UKR", "RUS"),
    ],
)
def test_a_judgement_reached_through_belief_a_claim_or_a_quote_is_the_speakers(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("\"It's time to stop Israel's heinous and cruel attacks,\" Turkish President Erdogan tweeted.", "TUR", "ISR"),
        ("Iran's foreign minister said the world must end Israel's brutal bombardment of Gaza.", "IRN", "ISR"),
        ("\"Russia's barbaric shelling must stop now,\" the Ukrainian president said.", "UKR", "RUS"),
    ],
)
def test_an_act_condemned_in_speech_is_criticized_besides_the_entry_that_holds_it(coder, text, source, target):
    assert_event(coder, text, "111", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's brutal bombardment of Kharkiv continued on Tuesday.",  # the author's own words
        "Israel must stop its heinous attacks on Gaza.",
    ],
)
def test_an_act_condemned_in_the_authors_words_is_no_criticism(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("French President Emmanuel Macron called Chinese subsidies \"unbearable.\"", "FRA", "CHN"),
        ("Poland's foreign minister described Hungary's new law as \"discriminatory.\"", "POL", "HUN"),
        ("Germany's chancellor called Russia's demands \"inexcusable\" and \"draconian.\"", "DEU", "RUS"),
        ("Warsaw said Hungary's new media law was divisive and undemocratic.", "POL", "HUN"),
    ],
)
def test_an_act_called_what_an_evaluative_word_names_is_criticism(coder, text, source, target):
    assert_event(coder, text, "111", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the heat was unbearable.",  # no actor judged
        "The minister called the meeting constructive.",
        "Officials described the talks as productive.",
    ],
)
def test_no_actor_judged_or_no_evaluative_word_is_no_criticism(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("The State Department said Hungary's prime minister was involved in corruption.", "1121", "USA", "HUN"),
        ("Dhaka said the Pakistani general was involved in the coup plot.", "112", "BGD", "PAK"),
        ("Scholz said cheap Chinese imports are harming Germany's economy.", "112", "DEU", "CHN"),
        ("Manila said Beijing's actions were damaging regional stability.", "112", "PHL", "CHN"),
        ("Islamabad said the militants were operating from Afghanistan.", "112", "PAK", "AFG"),
        ("Pakistan says the attackers were hiding in Afghanistan.", "112", "PAK", "AFG"),
        ("Islamabad said the militants were based in Afghanistan.", "112", "PAK", "AFG"),
    ],
)
def test_a_part_in_wrongs_harm_or_a_haven_said_of_someone_is_an_accusation(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary's prime minister was involved in corruption.",  # the author's own words
        "The Kenyan government said it was involved in the talks.",
        "Officials said the storm damaged the economy.",
        "India said the company was based in China.",  # no armed men
        "The company said it is based in London.",
        "The militants are based in Afghanistan.",
    ],
)
def test_wrongs_in_the_authors_words_or_of_no_armed_men_are_no_accusation(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Zelenskyy said Russian aggression must be stopped.", "1123", "UKR", "RUS"),
        ("\"We will resist Chinese coercion,\" the Philippine president said.", "112", "PHL", "CHN"),
        ("Beijing said interference by Washington would not be tolerated.", "1123", "CHN", "USA"),
        ("Germany said the harassment of journalists by Iranian police must end.", "112", "DEU", "IRN"),
    ],
)
def test_a_wrong_by_its_own_name_in_speech_accuses_its_doer(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Russian aggression against Ukraine entered its third year.",  # the author's own words
        "China's economic coercion of Lithuania has drawn little notice.",
        "The harassment of journalists by police continued, the paper reported.",
    ],
)
def test_a_wrong_by_its_own_name_in_the_authors_words_is_no_accusation(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Israeli police stormed the Al-Aqsa mosque on Friday. \"This is unacceptable,\" Turkish President Erdogan said.",
         "TUR", "ISR"),
        ("Russia seized two Ukrainian navy ships. \"This is a violation of international law,\" the German foreign "
         "minister said.", "DEU", "RUS"),
    ],
)
def test_a_judgement_of_this_is_aimed_at_the_doer_of_the_act_told_before(coder, text, source, target):
    assert_event(coder, text, "111", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "\"This is unacceptable,\" Turkish President Erdogan said.",  # no act told before it
        "The weather was terrible this week. \"This is dangerous,\" a French official said.",
    ],
)
def test_a_judgement_of_this_with_no_act_before_it_is_no_event(coder, text):
    assert_no_event(coder, text, ("11",))
