"""Appeals (02) and demands (10) as news writes them: calls, pleas and demands carried by a light
verb and coded by what they ask for, and governments asked for (02_appeal.txt, 10_demand.txt)."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def coded(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Palestinian Authority renewed calls for a two-state solution.", ("PSEGOV", None, "027")),
        ("Syria made a plea for the lifting of Western sanctions.", ("SYR", None, "0254")),
        ("Kyiv renewed its appeal for more air defence systems.", ("UKRGOV", None, "0232")),
        ("Iran repeated its demand for compensation from the United States.", ("IRN", "USA", "1031")),
        ("India renewed its demand for the extradition of the suspects from Canada.", ("IND", None, "1013")),
        ("The opposition repeated its demand for an inquiry into the killings by the police in Dhaka.",
         ("BGDOPP", "BGDCOP", "101")),
    ],
)
def test_calls_pleas_and_demands_are_coded_by_what_they_ask_for(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The UN envoy called for the creation of a credible and inclusive transitional government in Syria.",
         ("IGOUNO", "SYR", "0244")),
        ("The UN called for the formation of a national unity government in Libya.", ("IGOUNO", "LBY", "0244")),
        ("Protesters demanded the formation of a civilian government in Sudan.", ("SDNOPP", "SDN", "1044")),
    ],
)
def test_a_new_government_asked_for_is_a_call_for_regime_change(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text",
    ["Demand for oil from China fell sharply in March.", "Reuters asked the ministry for comment."],
)
def test_market_demand_and_requests_for_comment_ask_nothing_of_anyone(coder, text):
    assert coded(coder, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kremlin said nothing about the talks.", ("RUSGOV", None, "011")),
        ("Putin said little about Ukraine in his speech.", ("RUSGOV", "UKR", "011")),
    ],
)
def test_saying_nothing_is_declining_to_comment(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The EU has called on Georgia's government to reverse course on the foreign agent law.",
         ("IGOEUREEC", "GEOGOV", "0242")),
        ("The African Union suspended Niger and demanded the return of President Bazoum to power.",
         ("IGOAFRAFU", "NER", "1041")),
        ("ECOWAS called for the reinstatement of President Bazoum.", ("IGOWAFWAS", "NER", "0241")),
    ],
)
def test_reform_asked_for_is_coded_by_its_kind(coder, text, expected):
    assert expected in coded(coder, text)


def test_pressure_one_comes_under_is_an_appeal_to_one(coder):
    assert coded(coder, "Israel has come under growing pressure from the United States to allow more aid into Gaza.") == {
        ("USA", "ISR", "0255")}


@pytest.mark.parametrize(
    "text", ["The rupee came under pressure from rising oil prices.", "Inflationary pressure in Germany eased in March."],
)
def test_pressure_of_no_actor_is_no_appeal(coder, text):
    assert coded(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators in Khartoum celebrated what they called a new victory for Sudan.",
        "China conducted military drills around Taiwan and called them a punishment for separatist acts.",
        "Malawi's education ministry has until Feb. 4 to appeal the High Court's order.",
        "Imran Khan's lawyers appealed against the verdict.",
    ],
)
def test_naming_something_or_appealing_a_ruling_asks_nothing_of_anyone(coder, text):
    assert not any(code[:2] == "02" for _, _, code in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Central African Republic officials are pleading with civilians to go back to their villages.", "020"),
        ("France urged the Security Council to back the resolution on Gaza.", "022"),
    ],
)
def test_backing_is_support_only_with_what_is_backed(coder, text, expected):
    assert {code for _, _, code in coded(coder, text)} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine asked Germany whether it would deliver Taurus missiles.", ("UKR", "DEU", "0232")),
        ("Thailand asked Canada and Australia if they could take the refugees.", ("THA", "AUS", "023")),
    ],
)
def test_asking_whether_another_could_act_is_an_appeal(coder, text, expected):
    assert expected in coded(coder, text)


@pytest.mark.parametrize(
    "text",
    ["Reporters asked Biden whether he would pardon his son.",
     "A Reuters reporter asked the Chinese foreign ministry whether Beijing would send troops."],
)
def test_journalists_questions_are_no_appeals(coder, text):
    assert not any(code[:2] == "02" for _, _, code in coded(coder, text))


@pytest.mark.parametrize(
    "text", ["The Sudanese army pressed on toward the capital.", "Israel pressed ahead with its offensive in Rafah."],
)
def test_pressing_on_or_ahead_presses_no_one(coder, text):
    assert not any(code[:2] in ("02", "10") for _, _, code in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The UN Security Council adopted a resolution demanding an immediate ceasefire in Gaza.", ("IGOUNO", "107")),
        ("The General Assembly passed a resolution calling for a humanitarian truce.", ("IGOUNO", "0256")),
    ],
)
def test_a_resolution_demands_what_its_authors_demand(coder, text, expected):
    assert expected in {(source, code) for source, _, code in coded(coder, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rebels issued a list of demands to the Malian government.", "100"),
        ("Teachers in Lahore raised the demand for regularisation of their jobs.", "100"),
        ("The union put forward its demands to the Kenyan government.", "100"),
        ("The BJP sought the removal of the Delhi police commissioner.", "0241"),
        ("The opposition demanded the dismissal of the Punjab police chief.", "1041"),
    ],
)
def test_demands_raised_listed_or_for_removal(coder, text, expected):
    assert expected in {code for _, _, code in coded(coder, text)}


@pytest.mark.parametrize(
    "text",
    ["The BSF pushed back 14 infiltrators into Bangladesh on Sunday.",
     "Russian forces pushed on with their advance toward Pokrovsk."],
)
def test_pushing_back_or_on_asks_nothing(coder, text):
    assert not any(code[:2] in ("02", "10") for _, _, code in coded(coder, text))
