"""Accusations and threats (CAMEO roots 11 and 13) in the forms wire copy uses beyond the bare verb:
criticism drawn in amounts or met in the passive, acts called acts of aggression, guilt said of someone,
cases taken to arbitration or the WTO, united fronts, ultimatums given, threats received, faced or
warned of; and the senses that are no political event (weather blamed, pains complained of, weather
warnings, gunfire drawn)."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event

ROOTS = ("11", "13")


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("The president faced a barrage of criticism from lawmakers over the deal.", "111", "---", "---"),
        ("The decision triggered a wave of criticism from human rights groups.", "111", "---", None),
        ("The invasion drew a storm of condemnation from Western governments.", "111", "---", None),
        ("The move was met with criticism from Washington.", "111", "USA", None),
        ("The decision was greeted with condemnation from Arab governments.", "111", "---", None),
        ("The government came under fire from rights groups for the arrests.", "111", "---", "---"),
    ],
)
def test_criticism_drawn_in_amounts_or_met_is_the_critics_act(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The patient was met with a warm welcome from the staff.",
        "The team faced criticism after the defeat.",
        "The patrol drew fire from militants near the border.",
    ],
)
def test_a_welcome_criticism_from_no_one_or_gunfire_is_no_criticism(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Russia called the sanctions an act of economic warfare.", "1123", "RUS", None),
        ("Iran described the strike as an act of aggression.", "1123", "IRN", None),
        ("China called the American sanctions a gross interference in its internal affairs.", "1123", "CHN", "USA"),
        ("Beijing called the tariffs economic blackmail.", "111", "CHN", None),
        ("Beijing described the U.S. sanctions as blatant bullying.", "111", "CHN", "USA"),
    ],
)
def test_an_act_called_an_act_of_aggression_or_a_wrong_is_criticism(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Putin called the invasion a special military operation.",
        "The minister described the occupation in his memoirs.",
        "The report described the bullying of students at the school.",
        "The minister said the decision was an act of goodwill.",
        "The company called the results a disaster for shareholders.",
    ],
)
def test_an_act_named_without_a_judgement_is_no_criticism(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Iraq said the United States was guilty of aggression.", "1123", "IRQ", "USA"),
        ("China took exception to Japan's remarks.", "110", "CHN", "JPN"),
        ("Iran lashed the United States over the sanctions.", "111", "IRN", "USA"),
        ("Hamas blasted Israel's decision to close the crossing.", "111", "PSE", "ISR"),
        ("The prime minister of Italy fumed at the European Commission over the budget.", "111", "ITA", "IGO"),
        ("The opposition leveled harsh criticism at the government over the budget.", "111", "---", "---"),
        ("France's foreign minister offered a rare rebuke of Washington.", "111", "FRA", "USA"),
        ("Japan conveyed its concerns to China about the buoy.", "110", "JPN", "CHN"),
    ],
)
def test_guilt_said_exceptions_taken_and_criticism_aimed_or_conveyed(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The United States was guilty of aggression.",
        "Heavy rains lashed the capital over the weekend.",
        "Officials blamed the delay on bad weather.",
        "The company blamed the losses on the strong dollar.",
        "The troops turned their fire on the village.",
        "The army hammered rebel positions over the weekend.",
        "Government troops blasted the village with artillery.",
        "The rebels blasted the bridge with explosives.",
    ],
)
def test_guilt_nobody_says_and_weather_blamed_are_no_accusation(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Ukraine launched arbitration proceedings against Russia.", "115", "UKR", "RUS"),
        ("The EU filed a complaint against China at the World Trade Organization.", "115", "IGO", "CHN"),
        ("Canada launched a WTO case against China over the tariffs.", "115", "CAN", None),
        ("The opposition petitioned the Supreme Court to annul the election results.", "115", "---", None),
        ("Activists filed a PIL in the Delhi High Court against the demolition drive.", "115", "IND", "IND"),
        ("The Trinamool Congress approached the Election Commission of India against the BJP over the remarks.",
         "114", "IND", "IND"),
    ],
)
def test_cases_taken_to_arbitration_trade_bodies_courts_and_election_bodies(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("The opposition called for a united front against the ruling party.", "113", "---", "---"),
        ("The opposition parties closed ranks against the government.", "113", "---", "---"),
        ("Iran urged Muslim countries to unite against Israel.", "113", "IRN", "ISR"),
        ("Khamenei called on Muslim nations to rally against the United States.", "113", "IRN", "USA"),
    ],
)
def test_a_united_front_called_for_rallies_opposition(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The coach urged the players to unite.",
        "The patient complained of chest pains.",
        "Residents complained about the noise.",
        "Voters complained about long lines at polling stations.",
    ],
)
def test_unity_with_no_opponent_and_private_complaints_are_no_events(coder, text):
    assert_no_event(coder, text, ROOTS)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("The protesters gave the government a seven-day ultimatum to meet their demands.", "139", "---", "---"),
        ("The rebels issued an ultimatum to the government.", "139", "---", "---"),
        ("Washington issued a warning of sanctions to Turkey.", "1312", "USA", "TUR"),
        ("The Pakistani journalist received death threats from the Taliban.", "1383", "AFG", "PAK"),
        ("The mayor received threats from the cartel.", "130", "---", "---"),
        ("Turkey faces the threat of US sanctions over the purchase.", "1312", "USA", "TUR"),
        ("Despite threats of sanctions from Washington, Turkey tested the S-400 system.", "1312", "USA", "TUR"),
        ("Iran said it was ready to use force to defend its waters.", "138", "IRN", None),
        ("Police warned protesters that they would be dispersed by force.", "137", "---", "---"),
        ("The authorities warned that violators would be arrested.", "130", "---", None),
        ("Trump warned that countries buying Venezuelan oil would face tariffs.", "1312", "USA", None),
        ("Doctors threatened to go on strike from Monday.", "133", "---", None),
        ("The union threatened industrial action.", "133", "---", None),
    ],
)
def test_ultimatums_threats_received_or_faced_and_warnings_of_force(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The government warned citizens of a heatwave this week.",
        "The ministry warned consumers against buying fake medicines.",
        "Police warned that the road would be closed for repairs.",
        "Experts warned that the conflict could spread.",
        "Forecasters warned of heavy rain across the region on Sunday.",
        "The drought threatened crops across the region.",
    ],
)
def test_warnings_of_weather_disease_or_repairs_are_no_threat(coder, text):
    assert_no_event(coder, text, ("13",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Kyiv said Moscow had broken the truce.", "1123", "UKR", "RUS"),
        ("Iran said Washington broke its promises.", "112", "IRN", "USA"),
        ("North Korea said the United States had broken its commitments under the agreement.", "112", "PRK", "USA"),
        ("Venezuela said the United States was trying to destabilize the country.", "112", "VEN", "USA"),
        ("Bangladesh said the opposition was plotting a coup.", "112", "BGD", "BGD"),
        ("Moscow said Kyiv was plotting attacks on Russian territory.", "112", "RUS", "UKR"),
    ],
)
def test_promises_broken_and_plots_said_of_someone_are_accusations(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it would break the limits of the deal.",
        "He broke the world record.",
        "The protests destabilized the government.",
        "Militants plotted an attack on the embassy.",
        "The falling currency could destabilize the economy, the central bank said.",
    ],
)
def test_the_authors_own_breaches_and_plots_accuse_no_one(coder, text):
    assert_no_event(coder, text, ("11",))
