"""Material cooperation, aid and concessions (roots 06-08) in more of the forms news writes them: sums
released or given as support, packages announced for someone, evacuations overseen, releases secured
from a captor, pardons, policies suspended, attacks stopped, towns given up, and the nouns of returns,
reopenings, lifted blockades and handovers (06_material.txt, 07_aid.txt, 08_yield.txt, senses.txt)."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def coded(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in events}


def codes(coder, text: str) -> set[str]:
    return {code for _, _, code in coded(coder, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # sums released, disbursed or mobilised
        ("The European Commission released 50 million euros in humanitarian assistance for Afghanistan.",
         ("IGOEUREEC", "AFG", "073")),
        ("The IMF disbursed a $700 million tranche to Pakistan.", ("IGOUNOBUSIMF", "PAK", "071")),
        ("The European Union mobilised 10 million euros for victims of the floods in Libya.",
         ("IGOEUREEC", None, "071")),
        ("The EU approved the release of 4.5 billion euros for Ukraine.", ("IGOEUREEC", "UKR", "071")),
        # packages and aid stepped up
        ("The European Union announced a $2 billion package for Ukraine.", ("IGOEUREEC", "UKR", "070")),
        ("Britain doubled its aid to Ethiopia.", ("GBR", "ETH", "070")),
        ("Germany increased humanitarian assistance to Gaza.", ("DEU", "PSE", "073")),
        # evacuations organised by others, weapons named in the plural
        ("The UN coordinated the evacuation of civilians from Mariupol.", ("IGOUNO", "UKR", "073")),
        ("The Netherlands began the delivery of F-16s to Ukraine.", ("NLD", "UKR", "072")),
    ],
)
def test_aid_named_by_its_sum_its_package_or_its_delivery(coder, text, expected):
    assert coded(coder, text) == {expected}


def test_a_sum_given_as_support_is_economic_aid_not_political_backing(coder):
    assert coded(coder, "Japan will give Ukraine $4.5 billion in additional support.") == {("JPN", "UKR", "0331")}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The central bank released $2 billion in reserves to support the currency.", "071"),
        ("The Reserve Bank released $2 billion.", "071"),
        ("The band released its new album.", "0841"),
        ("Police released the names of the victims.", "0841"),
        ("The UN's humanitarian chief released $100 million from the Central Emergency Response Fund.", "0841"),
        ("The company raised $10 million from investors.", "071"),
        ("The government increased spending on health.", "070"),
        ("Two Americans took part in the talks.", "075"),
    ],
)
def test_money_and_words_released_are_no_aid_and_no_release_of_people(coder, text, absent):
    assert absent not in codes(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States released $6 billion in frozen Iranian funds.", ("USA", "IRN", "0842")),
        ("Washington secured the release of the American journalist from Russia.", ("RUS", "USAGOV", "0841")),
        ("The king pardoned the jailed activists.", ("---GOV", None, "0841")),
        ("Hezbollah announced the return of the bodies of two Israeli soldiers.", ("LBNREB", None, "0841")),
    ],
)
def test_people_and_property_released_or_returned(coder, text, expected):
    assert expected in coded(coder, text)


@pytest.mark.parametrize(
    "text",
    ["Iran secured the release of its diplomats.", "Qatar brokered the release of the hostages."],
)
def test_a_release_secured_from_no_captor_named_or_brokered_is_no_release(coder, text):
    assert "0841" not in codes(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The government gave in to the demands of striking doctors.", ("---GOV", None, "080")),
        ("The government suspended the controversial land acquisition law.", ("---GOV", None, "0832")),
        ("The Thai army stopped shelling Cambodian positions.", ("THAMIL", "KHM", "087")),
        ("Russian forces abandoned the city of Izium.", ("RUSMIL", None, "0874")),
        ("Iran allowed the IAEA to reinstall cameras.", ("IRN", "IGOUNOIAE", "0862")),
        ("Israel authorised the delivery of fuel to Gaza.", ("ISR", "PSE", "0863")),
        ("Pakistan announced the reopening of the Torkham crossing.", ("PAK", None, "0872")),
        ("The government announced the restoration of internet services in Manipur.", ("INDGOV", "IND", "0811")),
    ],
)
def test_concessions_and_retreats_by_verb_and_by_noun(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, absent",
    [
        # a bare 'give ... to' is no giving in, and doctors in a demand are no medical aid
        ("The union gave the government a 72-hour ultimatum to meet its demands.", "080"),
        ("The government gave in to the demands of striking doctors.", "073"),
        # residents who abandon a town flee; workers who stop work strike
        ("Thousands of residents abandoned the town as the fighting approached.", "0874"),
        ("The president left the capital for Paris on Monday.", "0874"),
        ("The train was seized hours after it left the provincial capital, Quetta, on Tuesday.", "0874"),
        ("Some 500,000 workers stopped work on the first day of an open-ended strike on Monday.", "087"),
        ("Israel stopped short of accusing Iran.", "087"),
    ],
)
def test_concession_traps(coder, text, absent):
    assert absent not in codes(coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India and Russia jointly developed the BrahMos missile.", {("IND", "RUS", "062"), ("RUS", "IND", "062")}),
        ("Kenya's handover of the suspects to Uganda drew criticism.", {("KEN", None, "063")}),
        ("India and Nepal launched a joint investigation into the smuggling racket.",
         {("IND", None, "091"), ("NPL", None, "091")}),
    ],
)
def test_cooperation_done_together_and_suspects_handed_over(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    "text, code",
    [
        ("Pakistan has been helping the United States track down al Qaeda suspects.", "063"),
        ("Indian and Nepalese police launched a joint investigation.", "063"),
    ],
)
def test_fugitives_tracked_down_with_help_and_joint_investigations_are_judicial_cooperation(coder, text, code):
    assert code in codes(coder, text)


def test_helping_to_take_a_town_is_no_judicial_cooperation(coder):
    assert "063" not in codes(coder, "Russia helped Syria recapture Palmyra.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The EU backed Ukraine with 50 billion euros.", ("IGOEUREEC", "UKR", "071")),
        ("The IMF supported Egypt with a new loan.", ("IGOUNOBUSIMF", "EGY", "071")),
        ("Washington backed the rebels with weapons.", ("USAGOV", "USAREB", "072")),
    ],
)
def test_backing_given_in_money_or_arms_is_aid_not_political_support(coder, text, expected):
    assert coded(coder, text) == {expected}


def test_fans_backing_a_team_give_no_aid(coder):
    assert codes(coder, "The fans supported the team with chants.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The EU said Serbia must investigate the killings.", ("IGOEUREEC", "SRB", "101")),
        ("The UN said Israel should investigate the strike.", ("IGOUNO", "ISR", "0214")),
    ],
)
def test_an_investigation_someone_must_or_should_open_is_asked_for(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The IMF turned down Pakistan's request for a new loan.", ("IGOUNOBUSIMF", "PAK", "1221")),
        ("Washington denied Kyiv's request for long-range missiles.", ("USAGOV", "UKRGOV", "1222")),
        ("Berlin rejected recent calls by Belarus for immediate economic aid.", ("DEUGOV", "BLR", "1221")),
        ("The junta refused to allow ECOWAS troops into the country.", ("---GOV", "IGOWAFWAS", "1245")),
        ("The government refused to restore internet services.", ("---GOV", None, "1241")),
        ("Russia refused to return the deported children.", ("RUS", "RUSCVL", "1243")),
    ],
)
def test_refusals_by_what_they_withhold(coder, text, expected):
    assert coded(coder, text) == {expected}


def test_a_court_refusing_bail_rejects_nothing(coder):
    assert codes(coder, "The court refused to release the opposition leader on bail.") == set()
