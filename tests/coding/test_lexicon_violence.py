"""Violence as conflict event notes write it (18_assault.txt, 19_fight.txt, senses.txt, patients.txt):
bombs that explode with no one named, bodies found with wounds, armed men clashing with the police,
towns seized by armed groups, officials shot dead, encounters between security forces and militants,
and the accidents, finders and sports results that are no violence."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def coded(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in events}


def roots(coder, text: str) -> set[str]:
    return {code[:2] for _, _, code in coded(coder, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 4 May 2024, an IED exploded near a FAMa patrol in Ansongo (Gao).", ("---", "MLI", "183")),
        ("Two explosive devices exploded in Maiduguri on Sunday.", ("---", "NGA", "183")),
        ("A landmine exploded in Tillaberi on Friday.", ("---", "NER", "183")),
    ],
)
def test_a_bomb_that_explodes_with_no_one_named_is_a_bombing(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder exploded in a restaurant in Lagos.",
        "A fuel tanker exploded on the highway near Ibadan, killing 10 people.",
        "A transformer exploded in Kano, cutting power to the city.",
        "Violence exploded in Jos after the election.",
    ],
)
def test_accidents_and_tempers_that_explode_are_no_bombing(coder, text):
    assert coded(coder, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 18 March 2021, the body of a man was found with gunshot wounds in Kumba (Meme, Sud-Ouest).",
         ("---", "CMR", "180")),
        ("A man was found dead with stab wounds in Goma.", ("---", "CODCVL", "180")),
        ("The bodies of five men were found with bullet wounds in Cabo Delgado.", ("---", "MOZ", "180")),
        ("Three bodies with gunshot wounds were found in Tumaco.", ("---", "COL", "180")),
        ("A bullet-riddled body was found in Culiacan.", ("---", "MEX", "180")),
        ("A decapitated body was found near Mocimboa da Praia.", ("---", "MOZ", "180")),
        ("The dismembered bodies of 5 men were found in Jalisco.", ("---", "MEX", "180")),
        ("The bodies of three men were found with signs of torture in Guanajuato.", ("---", "MEX", "180")),
    ],
)
def test_bodies_found_with_wounds_are_killings_by_no_one_named(coder, text, expected):
    assert coded(coder, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Police found the bodies of three men with gunshot wounds in Bamenda.",
        "A man was found dead in his hotel room in Lagos.",
        "Rescuers found the bodies of 12 people after the floods in Niger state.",
        "Two bodies were found after the landslide in Kerala.",
        "The inquiry found no injuries on the body.",
        "Charred bodies were found after the fire in the market.",
        "Investigators found signs of violence in the prison.",
        "Divers found the bodies of the fishermen after the boat capsized.",
    ],
)
def test_finders_of_bodies_and_deaths_without_wounds_are_no_killing(coder, text):
    assert coded(coder, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Militants clashed with police in Dera Ismail Khan.", {("PAKREB", "PAKCOP", "190")}),
        ("Gunmen clashed with police in Anambra on Tuesday.", {("NGAUAF", "NGACOP", "190")}),
        ("Clashes between security forces and militants in Shopian.",
         {("INDMIL", "INDREB", "190"), ("INDREB", "INDMIL", "190")}),
        ("An encounter between security forces and militants in Pulwama left two militants dead.",
         {("INDMIL", "INDREB", "193"), ("INDREB", "INDMIL", "193")}),
        ("Encounter between police and gangsters in Ghaziabad.",
         {("INDCOP", "INDCRM", "193"), ("INDCRM", "INDCOP", "193")}),
    ],
)
def test_armed_men_against_police_or_troops_fight(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Students clashed with police in Dhaka.", {("BGDEDU", "BGDCOP", "145")}),
        ("Protesters clashed with police in Nairobi.", {("KENOPP", "KENCOP", "145")}),
        ("The brief encounter between Modi and Xi in Bali was cordial.", set()),
    ],
)
def test_crowds_clashing_with_police_riot_and_leaders_meeting_fight_no_one(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The RSF seized Wad Madani.", {("SDNREB", "SDN", "192")}),
        ("Rebels seized Bunagana on Monday.", {("---REB", None, "192")}),
        ("Rebels seized 20 cattle in Jonglei.", {("SSDREB", "SSD", "1711")}),
        ("Bandits seized two trucks in Zamfara.", {("NGAUAF", "NGA", "171")}),
        ("The rebels seized the opportunity to regroup.", set()),
        ("FLA rebels seized a military camp in Anefis.", {("MLIREB", "MLIMIL", "190")}),
        ("Militants captured a police checkpoint in Balochistan.", {("PAKREB", "PAK", "190")}),
    ],
)
def test_a_town_seized_by_armed_men_is_occupied_a_camp_taken_and_goods_stay_seized(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 12 March 2023, unidentified gunmen shot dead a village chief in Kaya (Sanmatenga).",
         {("BFAUAF", "BFAGOV", "186")}),
        ("Unknown assailants killed a local councillor in Tripoli.", {("LBYUAF", "LBYGOV", "186")}),
        ("Gunmen gunned down a local councillor in Tripoli.", {("LBYUAF", "LBYGOV", "186")}),
        ("Police killed a local official in Lagos.", {("NGACOP", "NGAGOV", "180")}),
        ("Police shot a local official in Lagos.", {("NGACOP", "NGAGOV", "180")}),
        ("Gunmen shot dead a trader in Kano.", {("NGAUAF", "NGABUS", "180")}),
    ],
)
def test_officials_killed_by_armed_men_are_assassinated(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukrainian forces advanced near Robotyne.", {("UKRMIL", None, "190")}),
        ("Russian forces advanced around Avdiivka.", {("RUSMIL", "UKR", "190")}),
        ("The bill advanced in the Senate.", set()),
        ("Shares advanced near record highs.", set()),
    ],
)
def test_troops_advancing_near_a_place_fight(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cattle rustlers killed five herders in Karamoja.", {("UGACRM", "UGAAGR", "180")}),
        ("Raiders attacked a village in Turkana.", {("KENCRM", "KEN", "180")}),
        ("Hoodlums burnt a police station in Imo.", {("NGACRM", "NGA", "171")}),
        ("The victims were kidnapped on their farm in Kaduna.", {("---", "NGACVL", "181")}),
        ("Vigilantes strung up a suspected thief in Kano.", {("NGACVL", "NGACRM", "1823")}),
    ],
)
def test_raiders_rustlers_vigilantes_and_victims_are_people_of_the_place(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A boat capsized on Lake Chad, killing 30 passengers.",
        "A canoe capsized in Niger state, killing 12 people.",
        "Floods killed 20 people in Niger state.",
        "A bus crash killed 12 passengers on the Lagos-Ibadan highway.",
        "A fire broke out in a building in Lagos, killing 5 people.",
        "The film bombed at the box office.",
        "The director shot a video in Lagos.",
        "Nigeria were beaten by Ghana in the final.",
    ],
)
def test_accidents_disasters_and_other_senses_are_no_violence(coder, text):
    assert not roots(coder, text) & {"18", "19", "20"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A police checkpoint was stormed in Anambra.", {("---", "NGACOP", "190")}),
        ("Several villages were invaded in Plateau.", {("---", "NGA", "190")}),
        ("A town in Mopti was besieged for weeks.", {("---", "MLI", "191")}),
        ("The stadium was stormed by fans in Lagos.", set()),
        ("The city was overrun by tourists in August.", set()),
        ("The hospital was overrun with patients in Lagos.", set()),
    ],
)
def test_places_stormed_invaded_or_besieged_by_no_one_named(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 12 March 2021, unidentified perpetrators threw a grenade at a bar in Bujumbura.", ("BDICRM", "183")),
        ("Unidentified perpetrators shot dead a trader in Kasese.", ("UGACRM", "180")),
    ],
)
def test_unidentified_perpetrators_are_the_doers(coder, text, expected):
    assert expected in {(source, code) for source, _, code in coded(coder, text)}
