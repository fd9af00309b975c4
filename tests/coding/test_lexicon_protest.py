"""Protests, strikes and arrests as news reports them without naming who did them: existential
'there were protests', a protest noun whose effect or turnout is reported, protest acts in the passive
('a shutter-down strike was observed'), Indian and Pakistani strike words, and South Asian police
English ('lodged in jail', 'booked under Sections'); with the sense traps that must code nothing
(14_protest.txt, 17_coerce.txt, implied_agents.txt, senses.txt, coding/agentless.py)."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def coded(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2024, 6, 1)))
    return {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There were protests in Bengaluru against the farm laws.", ("INDOPP", "INDGOV", "1412")),
        ("There have been demonstrations across Iran since Friday.", ("IRNOPP", "IRNGOV", "141")),
        ("There were strikes by dock workers in Marseille on Tuesday.", ("FRALAB", "FRAGOV", "143")),
    ],
)
def test_an_existential_there_reports_the_protest(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "There was no strike in Kolkata on Monday.",
        "There were air strikes on Gaza overnight.",
        "There is no need for a protest in Lagos.",
        "People will be up in revolt, there will be riots in Delhi.",
        "There could be strikes in France next week.",
    ],
)
def test_no_protest_foretold_protests_and_air_strikes_that_there_were_are_no_protest(coder, text):
    assert not any(code.startswith("14") for _, _, code in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Protests were reported from several districts of Kano.", ("NGAOPP", "NGAGOV", "141")),
        ("Stone pelting was reported from the old city of Srinagar.", ("INDOPP", "INDGOV", "145")),
    ],
)
def test_a_protest_reported_in_the_passive_is_a_protest(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text",
    ["No protests were reported from the district of Kano.", "More air strikes were reported in Gaza."],
)
def test_protests_reported_as_none_and_air_strikes_reported_are_no_protest(coder, text):
    assert not any(code.startswith("14") for _, _, code in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bandh brought life to a standstill in Kerala.", ("INDOPP", "INDGOV", "143")),
        ("The general strike called by the unions got a mixed response in West Bengal.", ("INDLAB", "INDGOV", "143")),
        ("The agitation gained momentum across Haryana.", ("INDOPP", "INDGOV", "141")),
        ("The bandh call evoked a good response in the Kashmir valley.", ("INDOPP", "INDGOV", "143")),
        # a strike that is only 'the strike' is the protesters' when it is reported as happening
        ("The transport strike hit normal life in Chennai.", ("INDOPP", "INDGOV", "143")),
    ],
)
def test_a_protest_noun_whose_effect_or_turnout_is_reported_is_a_protest(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A shutter-down strike was observed in Quetta on Monday.", ("PAKOPP", "PAKGOV", "143")),
        ("A complete shutdown was observed in Srinagar on Friday.", ("INDOPP", "INDGOV", "143")),
        ("A wheel-jam strike was observed across Balochistan.", ("PAKOPP", "PAKGOV", "143")),
        ("Effigies of the Chief Minister were burnt in several towns of Karnataka.", ("INDOPP", "INDGOV", "141")),
        ("Slogans were raised against the government in Lucknow.", ("INDOPP", "INDGOV", "141")),
        ("Classes were boycotted at Dhaka University on Sunday.", ("BGDOPP", "BGDGOV", "143")),
        ("Stones were pelted at the police in Srinagar.", ("INDOPP", "INDGOV", "145")),
    ],
)
def test_protest_acts_in_the_passive_are_the_protesters_of_the_place(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Doctors at a government hospital in Kolkata continued their cease-work.", ("INDHLH", "INDGOV", "143")),
        ("Lawyers in Cuttack abstained from court work in protest against the attack on an advocate.",
         ("INDJUD", "INDJUD", "143")),
        ("The Congress launched a civil disobedience movement in Goa.", ("INDPTY", "IND", "140")),
        ("Farmers began an indefinite anshan in Jind.", ("INDAGR", "INDGOV", "142")),
        ("Members of the Bar Association suspended work in Allahabad.", ("INDJUD", "INDGOV", "143")),
        ("Residents banged pots and pans in Buenos Aires against the austerity measures.",
         ("ARGCVL", "ARGGOV", "141")),
        ("A cacerolazo was held in Santiago on Friday night.", ("CHLOPP", "CHLGOV", "141")),
        ("Farmers have been agitating against the land acquisition in Singur.", ("INDAGR", "INDGOV", "141")),
        ("The workers have been agitating for the implementation of the pay commission in Kolkata.",
         ("INDLAB", "IND", "141")),
    ],
)
def test_south_asian_strike_words_and_civil_disobedience(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Work was stopped at the construction site in Mumbai after the accident.",
        "The new tank was demonstrated to army officers in Pune.",
        "The batsman protested the umpire's decision in Chennai.",
        "He protested his innocence in a Delhi court.",
        "A minute's silence was observed in the Lok Sabha.",
        "The technology was demonstrated at the fair in Bengaluru.",
        "The National Green Tribunal suspended work on the highway project in Uttarakhand.",
        "The company suspended work at its plant in Pune after the fire.",
    ],
)
def test_work_halted_things_shown_and_protests_of_players_and_innocence_are_no_protest(coder, text):
    assert not any(code.startswith("14") for _, _, code in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He has been booked under Sections 302 and 201 of the IPC in Agra.", ("INDCOP", "INDCVL", "173")),
        ("A case was registered under Sections 420 and 406 of the IPC in Nagpur.", ("INDCOP", None, "173")),
        ("Police said the accused has been lodged in jail in Ludhiana.", ("INDCOP", "INDCRM", "173")),
        ("The accused was sent to judicial custody by a court in Patna.", ("INDJUD", "INDCRM", "173")),
        ("The duo was held near the bus stand in Kanpur.", ("INDCOP", None, "173")),
        ("Police nabbed a trio of chain snatchers in Indore.", ("INDCOP", None, "173")),
        ("The Lokayukta police caught a village accountant while accepting a bribe in Mysuru.", ("INDCOP", "INDGOV", "173")),
    ],
)
def test_indian_police_english_for_arrests_and_custody(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The hotel booked the guests into a suite in Goa.",
        "He was lodged in a guest house in Shimla.",
        "The central bank moved to arrest the decline of the rupee in Mumbai.",
    ],
)
def test_bookings_lodgings_and_an_arrested_decline_are_no_arrests(coder, text):
    assert not any(code.startswith("17") for _, _, code in coded(coder, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police held two persons with stolen phones in Agra.", ("INDCOP", "INDCVL", "173")),
    ],
)
def test_people_held_with_what_they_carried_are_arrested(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China sent 30 warplanes into Taiwan's air defence zone.", ("CHN", "TWN", "150")),
        ("North Korea fired a barrage of artillery shells into the sea near the border.", ("PRK", None, "150")),
        ("Heavy security arrangements were made for the Muharram processions in Lucknow.", ("INDCOP", None, "153")),
    ],
)
def test_shows_of_force_and_security_arrangements(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Denmark sent F-16 warplanes to Ukraine.", ("DNK", "UKR", "072")),
        ("The company made arrangements for the wedding in Jaipur.", None),
    ],
)
def test_warplanes_given_and_wedding_arrangements_are_no_show_of_force(coder, text, expected):
    events = coded(coder, text)
    assert not any(code.startswith("15") for _, _, code in events)
    assert expected is None or expected in events


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India snapped trade ties with Pakistan.", ("IND", "PAK", "163")),
        ("Algeria recalled its ambassador to Paris for consultations.", ("DZA", "FRAGOV", "161")),
        ("India recalled its High Commissioner from Ottawa.", ("IND", "CANGOV", "161")),
        ("The US paused weapons shipments to Ukraine.", ("USA", "UKR", "1622")),
    ],
)
def test_ties_snapped_envoys_recalled_and_shipments_paused(coder, text, expected):
    assert coded(coder, text) == {expected}


def test_an_ambassador_summoned_is_a_complaint_not_a_recall(coder):
    assert coded(coder, "Poland summoned the Russian ambassador in Warsaw.") == {("POL", "RUSGOV", "114")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ABVP staged a protest in Bhopal against the fee hike.", ("INDOPP", "INDGOV", "1412")),
        ("The AASU took out a torch rally in Guwahati.", ("INDOPP", "INDGOV", "141")),
        ("The Bajrang Dal staged a protest outside the theatre in Indore.", ("INDOPP", "INDGOV", "141")),
        ("The NSUI gheraoed the vice-chancellor's office in Lucknow.", ("INDOPP", "INDGOV", "144")),
        ("The Akhil Bharatiya Vidyarthi Parishad staged a protest in Jaipur.", ("INDOPP", "INDGOV", "141")),
    ],
)
def test_an_organisation_no_actor_file_holds_protests_as_protesters_of_the_place(coder, text, expected):
    assert coded(coder, text) == {expected}


def test_an_organisation_protesting_is_named_by_its_own_words(coder):
    events = coder.code(read_text("The ABVP staged a protest in Bhopal.", "t", published=date(2024, 6, 1)))
    assert [(e.source.text, e.source.code) for e in events] == [("ABVP", "INDOPP")]


@pytest.mark.parametrize(
    "text",
    [
        "Amazon protested the ruling in Luxembourg.",
        "Infosys demonstrated its new AI platform in Bengaluru.",
        "Real Madrid marched on to the final after beating Bayern.",
        "Apple boycotted the trade fair in Las Vegas.",
    ],
)
def test_firms_and_teams_are_no_protesters(coder, text):
    assert not any(code.startswith("14") for _, _, code in coded(coder, text))
