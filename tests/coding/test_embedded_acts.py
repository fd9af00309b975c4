"""Acts that are only the content of something else (embedded.py): an act in a condition, a forecast,
an indirect question, a rule or a thing's purpose is no event; a possible act its own speaker says
or hints it could do is its threat or intent; a reported 'must' that asks no other known actor is
nothing; and what may happen, reported as a risk, a hope or a possibility, stays hypothetical."""
from __future__ import annotations

import pytest

from coding_helpers import RECENT, assert_event, assert_no_event, code, events_of

code_events = code


@pytest.mark.parametrize(
    "text, roots",
    [
        ("Washington will respond if nuclear threats by China escalate.", ("13",)),
        ("Iran said it would close the Strait of Hormuz if the United States attacked its nuclear sites.", ("18",)),
        ("NATO will defend Estonia if Russia invades the Baltic states.", ("19",)),
        ("Unless Israel withdraws its troops from Lebanon, Hezbollah will keep fighting.", ("08",)),
        ("If Russia attacked Ukraine, NATO would impose sanctions on Moscow.", ("18",)),
        # a sentence-opening condition the parser hangs on the main verb ('escalate' read as a noun)
        ("If nuclear threats by China escalate, the alliance will respond.", ("13",)),
        ("If attacks by the militants continue, the army will deploy more troops to the region.", ("18", "19")),
    ],
)
def test_an_act_in_a_condition_is_no_event(coder, text, roots):
    assert_no_event(coder, text, roots, RECENT)


def test_what_depends_on_a_condition_is_still_coded(coder):
    assert_event(coder, "If talks fail, Russia will deploy troops to the Belarusian border, officials said.", "13",
                 "RUS", None, RECENT)
    assert_event(coder, "NATO will defend Estonia if Russia invades the Baltic states.", "03", "IGO", "EST", RECENT)
    assert_event(coder, "If Russia attacked Ukraine, NATO would impose sanctions on Moscow.", "16", "IGO", "RUS", RECENT)


@pytest.mark.parametrize(
    "text, roots",
    [
        ("Japan's security cooperation with India will likely develop slowly.", ("06",)),
        ("Ankara's missile test will make it unlikely Washington will end a freeze on the sale of the F-35 jet.", ("08",)),
        ("Analysts think North Korea could escalate threats by testing its weapons again.", ("13",)),
        ("Russia will probably send more troops to the border next month.", ("15",)),
        ("Russia is likely to launch a new offensive against Ukraine in the spring.", ("19",)),
        ("Thailand turned them down for fear that China would retaliate.", ("19",)),
        ("Residents fear that militants will attack the village again.", ("13", "18")),
        ("Vietnam's defence cooperation with Australia will likely grow this year, the report said.", ("06",)),
        ("The vote makes it unlikely Brussels will lift its freeze on funds to Hungary.", ("08",)),
        ("There are fears that Russia will attack Moldova.", ("13", "18")),
    ],
)
def test_a_forecast_is_no_event(coder, text, roots):
    assert_no_event(coder, text, roots, RECENT)


def test_the_act_beside_a_fear_is_coded(coder):
    assert_event(coder, "Thailand turned them down for fear that China would retaliate.", "12", "THA", "CHN", RECENT)


@pytest.mark.parametrize(
    "text, roots",
    [
        ("Officials said the United States wants to understand what concessions Ukraine might be willing to make.", ("03", "08")),
        ("Rubio said the U.S. aims to understand what concessions Ukraine could make.", ("03", "08")),
    ],
)
def test_an_act_asked_about_in_an_indirect_question_is_no_event(coder, text, roots):
    assert_no_event(coder, text, roots, RECENT)


@pytest.mark.parametrize(
    "text, roots",
    [
        ("At least 65% of the EU's population must vote against the tariff plan to stop it.", ("12",)),
        ('"The Trump administration must stop these cruel transfers and stop detaining immigrants at Guantanamo."',
         ("16", "17")),
        ('"The government must release the detained journalists," the group said.', ("08",)),
        ("Biden said the United States must lead the fight against climate change.", ("02", "10", "19")),
        ("Boua is preparing a policy brief for Burkina Faso's government to assist in the fight against diabetes.",
         ("07",)),
    ],
)
def test_a_rule_or_a_things_purpose_is_no_event(coder, text, roots):
    assert_no_event(coder, text, roots, RECENT)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Beijing has hinted that it could retaliate with tariffs on German vehicles.", "1312", "CHN", "DEU"),
        ("China said it could impose tariffs on Canadian canola.", "1312", "CHN", "CAN"),
        ("Russia signalled that it could cut gas supplies to Europe.", "131", "RUS", None),
        ("North Korea said it may conduct another nuclear test.", "138", "PRK", None),
    ],
)
def test_a_possible_act_its_speaker_hints_at_is_a_threat(coder, text, prefix, source, target):
    found = [e for e in code(coder, text) if e.cameo.code.startswith(prefix)]
    assert found and all(e.modality == "asserted" and e.source.country == source for e in found), found
    assert target is None or any(e.target and e.target.country == target for e in found)


@pytest.mark.parametrize(
    "text, root",
    [
        ("Lawmakers also expressed hope that economic cooperation between the United States and Ukraine could resume.",
         "06"),
        ("The risk for China is that the Trump administration could impose restrictions on the Chinese AI model.", "16"),
        ("Japan's new prime minister may advocate for forming a nuclear body with the United States.", "02"),
        ("Samore said Trump may overreach and start threatening North Korea.", "13"),
        ("They face the greatest risk of being deported to China once their prison terms end.", "17"),
    ],
)
def test_what_may_happen_stays_a_hypothetical_event(coder, text, root):
    assert {e.modality for e in code(coder, text) if e.cameo.root == root} == {"hypothetical"}


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Germany said Israel must stop the bombing of Gaza.", "10", "DEU", "ISR"),
        ("The EU said Russia should withdraw its troops from Ukraine.", "02", "IGO", "RUS"),
        ("Rubio said he believes leaders from the U.S. and China will meet at some point.", "04", "USA", "CHN"),
        ("The minister explained how Washington imposed sanctions on Iran last year.", "16", "USA", "IRN"),
    ],
)
def test_demands_forecast_meetings_and_told_acts_are_kept(coder, text, prefix, source, target):
    got = events_of(coder, text, RECENT)
    assert any(c.startswith(prefix) and s == source and t == target for c, s, t in got), got


@pytest.mark.parametrize(
    "text, code, negated",
    [
        ("Trump wants to meet Kim Jong Un before the election.", "036", False),
        ("The Taliban want to hold talks with the United States.", "036", False),
        ("Trump told his advisers he does not want to meet with Kim before the election.", "036", True),
    ],
)
def test_a_wish_to_meet_is_an_intent(coder, text, code, negated):
    found = [e for e in code_events(coder, text) if e.cameo.code == code]
    assert found and all(e.modality == "asserted" and e.negated == negated for e in found), found


@pytest.mark.parametrize(
    "text, root",
    [
        ("Russia wants to seize Kyiv.", "17"),  # a wish to use force threatens no one
        ("Pakistan wants to buy fighter jets from China.", "06"),  # nor does a wish to buy pledge anything
        ("The United States hopes to resolve the pause in aid to Ukraine during talks with Ukrainian officials.", "04"),
    ],
)
def test_a_wish_to_use_force_or_talks_during_a_wish_stay_hypothetical(coder, text, root):
    assert {e.modality for e in code_events(coder, text) if e.cameo.root == root} == {"hypothetical"}
