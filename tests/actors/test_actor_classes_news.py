"""Classes of actor errors in news copy: a state a border is named for is one side of it, not who acts
or is acted on nor where the act happens; a party name several countries share is the story's
country's; the protest and police English of Indian news places its unplaced actors; a station named
for its town places the act there."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

RECENT = date(2025, 3, 1)


def codes_of(coder, text: str) -> list[tuple[str, str, str | None]]:
    events = coder.code(read_text(text, "t", published=RECENT))
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]


def countries(found: list[tuple[str, str, str | None]]) -> set[str]:
    return {code[:3] for _, source, target in found for code in (source, target) if code}


@pytest.mark.parametrize(
    "text, side",
    [
        ("Burmese troops captured a Karen rebel stronghold on the Thai border after days of fighting.", "THA"),
        ("The absconding accused in the dowry death case was arrested from Nepal border by the Bihar police.", "NPL"),
        ("Police arrested two smugglers near the Bangladesh border.", "BGD"),
        ("Nigerian soldiers killed 12 militants near the Cameroonian border.", "CMR"),
        ("Israeli jets struck targets near the Syrian border, killing four fighters.", "SYR"),
        ("Thai soldiers arrested 20 migrants near the Myanmar border.", "MMR"),
        ("BSF jawans seized 5 kg of heroin near the Pakistan border in Ferozepur.", "PAK"),
        ("Turkish forces shelled Kurdish positions near the Syrian border.", "SYR"),
    ],
)
def test_a_state_a_border_is_named_for_is_no_actor_nor_place(coder, text, side):
    found = codes_of(coder, text)
    assert found and side not in countries(found)


@pytest.mark.parametrize(
    "text, dyad",
    [
        # the border force, and a border with its possessor, are still the state's
        ("Afghan border police arrested two smugglers in Spin Boldak.", ("AFGCOP", "AFG")),
        ("Pakistan accused India of violating its border.", ("PAK", "IND")),
        ("Iranian border guards shot dead three smugglers.", ("IRNMIL", "IRN")),
        # the place beside the border still places the act
        ("BSF jawans seized 5 kg of heroin near the Pakistan border in Ferozepur.", ("INDMIL", None)),
    ],
)
def test_border_forces_and_owned_borders_keep_their_state(coder, text, dyad):
    source, target = dyad
    found = codes_of(coder, text)
    assert any(s == source and (target is None or (t or "")[:3] == target) for _, s, t in found), found


@pytest.mark.parametrize(
    "text, party",
    [
        ("Bangladesh's interim government lifted the ban on the Jamaat-e-Islami party.", "BGDPTY"),
        ("Police in Dhaka arrested Jamaat leaders after the clashes.", "BGDPTY"),
        ("Jamaat-e-Islami workers protested in Karachi against the price hike.", "PAKPTY"),
    ],
)
def test_a_shared_party_name_is_the_story_countrys(coder, text, party):
    found = codes_of(coder, text)
    assert party in {code for _, source, target in found for code in (source, target)}, found


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Students staged a dharna outside the vice-chancellor's office demanding a rollback of the fee hike.",
         "INDEDU"),
        ("Farmers staged a rail roko to press for the loan waiver.", "INDAGR"),
        ("Police seized 200 litres of hooch and arrested two bootleggers.", "INDCOP"),
        ("Naxalites torched three vehicles engaged in road construction work.", "INDREB"),
    ],
)
def test_indian_protest_and_police_words_place_unplaced_actors(coder, text, actor):
    found = codes_of(coder, text)
    assert actor in {source for _, source, _ in found}, found


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Fishermen staged a rail roko at Kasaragod station to protest the seizure of their boats by the Sri Lankan navy.",
         "INDCVL"),
        ("Commuters blocked the tracks at Thane station to protest against the cancellation of local trains.",
         "IND"),
    ],
)
def test_a_station_named_for_its_town_places_the_act(coder, text, actor):
    found = codes_of(coder, text)
    assert any(source.startswith(actor) for _, source, _ in found), found
    assert not any(source.startswith("LKA") for _, source, _ in found), found


@pytest.mark.parametrize(
    "text, target",
    [
        ("The two governments have ignored VOA requests for comment.", "USAMED"),
        ("Iran condemned Voice of America for inciting riots.", "USAMED"),
        ("The Taliban banned Radio Free Europe from broadcasting in Afghanistan.", "USAMED"),
        ("Russia blocked access to the BBC Russian service.", "GBRMED"),
    ],
)
def test_a_news_outlet_is_its_countrys_media(coder, text, target):
    found = codes_of(coder, text)
    assert target in {t for _, _, t in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "VOA spoke with Armitage about his trip to Taiwan and China's aggression in the region.",
        "(CNN) President Donald Trump made an unscheduled trip to Walter Reed hospital on Saturday.",
        "Xinhua said Chinese troops held drills near Taiwan.",
        "A Taliban spokesman told AFP the group would not attend the talks.",
    ],
)
def test_a_news_outlet_is_no_source(coder, text):
    assert not any(source.endswith("MED") for _, source, _ in codes_of(coder, text))


def test_an_outlet_tells_nothing_of_the_storys_country(coder):
    text = ("Syrian refugees in the Rukban camp said they had no food. A VOA reporter's source inside the camp, "
            "a Syrian refugee, said the regime blocked aid. The refugees must not be starved, Robertson told VOA.")
    found = codes_of(coder, text)
    assert found and not any(code.startswith("USA") and code != "USAMED" for _, s, t in found for code in (s, t or ""))


@pytest.mark.parametrize(
    "text, target",
    [
        ("Police registered a case against the builder for cheating homebuyers in Noida.", "INDBUS"),
        ("An FIR was lodged against the school principal for assaulting a student.", "INDEDU"),
        ("Police arrested two chain snatchers in Ludhiana after a brief chase.", "INDCRM"),
        ("Police arrested the contractor after the bridge he built collapsed in Bihar.", "INDBUS"),
        ("Police arrested a jeweller in Jaipur for buying stolen gold.", "INDBUS"),
    ],
)
def test_people_police_news_names_by_occupation_are_targets(coder, text, target):
    found = codes_of(coder, text)
    assert target in {t for _, _, t in found}, found
