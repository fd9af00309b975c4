"""Speech that demands (speech.py): a reported clause of obligation is the reporter's demand ('must',
'need to', 'have to') or appeal ('should', 'ought to') of the one who must act, coded by what is asked
when an entry codes it and as the generic appeal or demand when none does."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def coded(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.source.code, e.target.code if e.target else None, e.cameo.code, e.modality) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The European Union said Serbia should respect the rights of its minorities.", ("IGOEUREEC", "SRB", "020")),
        ("Pakistan said Afghanistan must take action against the militants.", ("PAK", "AFG", "100")),
        ("Zelenskyy said Europe needs to spend more on defence.", ("UKRGOV", "EUR", "020")),
        ("Nigeria has to do more to fight corruption, the IMF said.", ("IGOUNOBUSIMF", "NGA", "100")),
        ("The Chinese foreign ministry said Japan should reflect on its history.", ("CHNGOV", "JPN", "020")),
    ],
)
def test_a_reported_obligation_no_entry_codes_is_the_generic_appeal_or_demand(coder, text, expected):
    assert coded(coder, text) == {(*expected, "asserted")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the act asked for is the aim of the verb that carries the modal
        ("Germany said Israel must do more to protect civilians in Gaza.", ("DEU", "ISR", "1034")),
        ("Iran should stop supplying drones to Russia, the French foreign minister said.", ("FRAGOV", "IRN", "0256")),
    ],
)
def test_what_is_asked_may_be_the_aim_of_the_obligation(coder, text, expected):
    assert coded(coder, text) == {(*expected, "asserted")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China said the United States should not interfere in its internal affairs.", ("CHN", "USA", "020")),
        ("Germany said Hungary must not block the EU aid package for Ukraine.", ("DEU", "HUN", "100")),
    ],
)
def test_asking_that_something_not_be_done_is_an_appeal_or_demand_all_the_same(coder, text, expected):
    assert (*expected, "asserted") in coded(coder, text)


def test_a_subjunctive_after_insist_is_a_demand(coder):
    assert coded(coder, "Ukraine insisted that Russia withdraw its troops from the region.") == {
        ("UKR", "RUS", "1056", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said Russia must have known about the explosion.",  # a guess
        "Germany said Russia should have acted sooner.",  # a reproach about the past
        "Biden said the United States must lead the world.",  # one's own country
        "The economy must grow faster, the IMF said.",  # no actor is asked
    ],
)
def test_no_demand_without_an_obligation_of_another_actor(coder, text):
    assert not any(code[:2] in ("02", "10") for _, _, code, _ in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States wants China to use its influence over North Korea.", ("USA", "CHN", "020")),
        ("Iran wants the United States to lift sanctions.", ("IRN", "USA", "0254")),
        ("Iran told the United States to stay out of the region.", ("IRN", "USA", "100")),
        ("Russia told Ukraine to accept the new territorial realities.", ("RUS", "UKR", "100")),
    ],
)
def test_wanting_or_telling_another_to_act_asks_that_one(coder, text, expected):
    assert coded(coder, text) == {(*expected, "asserted")}


@pytest.mark.parametrize(
    "text",
    ["Russia wants to negotiate with Ukraine.", "The minister told reporters to expect an announcement next week."],
)
def test_wanting_to_act_oneself_or_telling_the_press_asks_no_one(coder, text):
    assert not any(code[:2] in ("02", "10") for _, _, code, _ in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The opposition renewed its call for Netanyahu to resign.", ("ISROPP", "ISRGOV", "0241")),
        ("Germany renewed its appeal to Iran to release the detained journalist.", ("DEU", "IRN", "0253")),
        ("The UN chief made an urgent appeal to donors to fund the humanitarian response in Sudan.",
         ("IGOUNO", "SDN", "0231")),
    ],
)
def test_a_call_or_appeal_names_whom_it_asks_and_what_is_asked_is_no_act_yet(coder, text, expected):
    assert coded(coder, text) == {(*expected, "asserted")}


@pytest.mark.parametrize(
    "text",
    ["The Thai government did not respond to VOA's requests for comment.", "Reuters asked the ministry for comment."],
)
def test_a_request_for_comment_is_no_appeal(coder, text):
    assert not any(code[:2] == "02" for _, _, code, _ in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine asked Israel not to sell weapons to Russia.", ("UKR", "ISR", "020")),
        ("Hamas renewed its demand that Israel end the war before any hostage deal.", ("PSEREB", "ISR", "1056")),
        ("Iran repeated its demand that the United States lift all sanctions.", ("IRN", "USA", "1054")),
    ],
)
def test_what_an_appeal_or_demand_asks_is_no_act_and_picks_its_code(coder, text, expected):
    assert coded(coder, text) == {(*expected, "asserted")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The farmers submitted a memorandum to the district collector in Pune demanding compensation.", "020"),
        ("Opposition leaders handed a petition to the governor of Lagos State.", "020"),
    ],
)
def test_a_memorandum_or_petition_handed_to_an_authority_is_a_request(coder, text, expected):
    assert expected in {code for _, _, code, _ in coded(coder, text)}


def test_a_recommendation_in_the_subjunctive_is_an_appeal(coder):
    assert coded(coder, "The UN panel recommended that Israel allow the inspectors into the site.") == {
        ("IGOUNO", "ISR", "0255", "asserted")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The British foreign minister said it was time for Russia to withdraw its forces.", ("GBRGOV", "RUS", "0256")),
        ("Macron said it was essential for Iran to return to the negotiating table.", ("FRAGOV", "IRN", "020")),
        ("The Chinese envoy said it was important for the United States to respect China's core interests.",
         ("CHNGOV", "USA", "020")),
    ],
)
def test_it_is_time_for_another_to_act_is_an_appeal(coder, text, expected):
    assert coded(coder, text) == {(*expected, "asserted")}


def test_it_is_hard_for_another_to_act_asks_nothing(coder):
    assert coded(coder, "It was difficult for Ukraine to hold the line, the British general said.") == set()


def test_what_another_must_know_is_a_warning_not_a_request(coder):
    text = "Turkey's foreign minister said U.S. lawmakers must understand they will get nowhere with impositions."
    assert not any(code[:2] in ("02", "10") for _, _, code, _ in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kremlin hopes Washington will lift the sanctions.", ("RUSGOV", "USAGOV", "0254")),
        ("The United States hopes Iran will release the detained journalists.", ("USA", "IRN", "0253")),
    ],
)
def test_what_one_hopes_another_will_do_is_asked_of_that_one(coder, text, expected):
    assert coded(coder, text) == {(*expected, "asserted")}


@pytest.mark.parametrize(
    "text", ["Israel hopes to normalize relations with Saudi Arabia.", "Russia hopes the talks will succeed.",
             "North Korea may stay conservative, hoping that Trump will win the election."],
)
def test_hoping_to_act_oneself_or_for_an_outcome_asks_no_one(coder, text):
    assert not any(code[:2] in ("02", "10") for _, _, code, _ in coded(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "The IMF said the outlook for Pakistan's economy should improve next year.",  # a thing, not a party
        "The IMF said Pakistan's growth should recover next year.",  # what should happen
    ],
)
def test_what_should_happen_to_a_thing_asks_no_one(coder, text):
    assert not any(code[:2] in ("02", "10") for _, _, code, _ in coded(coder, text))


def test_a_party_named_with_its_of_phrase_is_asked(coder):
    assert ("IGOUNOBUSIMF", "PAKGOV", "020", "asserted") in coded(
        coder, "The IMF said the government of Pakistan should broaden the tax base.")
