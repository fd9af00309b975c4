"""Verbs that the lexicon knew only for codes of other roots, read for the codes of cooperation (06), aid
(07), concessions (08), demands (10), rejections (12), threats (13) and cuts of relations (16) as news
writes them: working closely with a partner, cartel figures handed over, people fed, help to repair, a
peacekeeping mission joined, another armed or equipped with weapons, claims and objections given up,
court orders lifted, tariffs dropped and exemptions from them, directives ('told Manila to leave the
shoal'), clinging to office, standing by a decision, unwillingness to talk or to endorse, vows to hunt
down attackers, suspension from a body, companies put on a trade list, energy cut off, airspace and ports
closed to a country, export controls and sanctions tightened, sanctions adopted, costs imposed. The same
verbs in their other senses (a career, a storm's power cut, telling reporters what to expect, a referee's
decision, investors' reluctance, a stolen car tracked down, a hospital equipped, a job given up) code
nothing of those families."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The FBI worked closely with Kenyan police on the case.", "060", "USA", "KEN"),
        ("Mexico handed over 29 cartel members to the United States.", "063", "MEX", "USA"),
        ("Mexico turned over the gang leader to U.S. authorities.", "063", "MEX", "USA"),
        ("The World Food Programme fed 5 million people in Yemen.", "073", "IGO", "YEM"),
        ("Germany helped Ukraine restore its damaged bridges.", "070", "DEU", "UKR"),
        ("Japan helped Ukraine repair its power grid.", "070", "JPN", "UKR"),
        ("Kenya joined the peacekeeping mission in Haiti.", "074", "KEN", None),
        ("Turkey equipped Ukraine with Bayraktar drones.", "072", "TUR", "UKR"),
        ("Iran armed Russia with Shahed drones.", "072", "IRN", "RUS"),
    ],
)
def test_cooperation_and_aid(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("A Kenyan court lifted orders blocking the swearing-in of the deputy president.", "081", "KEN", None),
        ("The Pakistani court vacated the injunction against the opposition rally.", "081", "PAK", None),
        ("The United States dropped the tariffs on Canadian steel.", "085", "USA", "CAN"),
        ("India abolished import duties on Australian wine.", "085", "IND", None),
        ("Trump exempted Mexico from the steel tariffs.", "085", "USA", "MEX"),
        ("Pakistan gave up its claim to the territory.", "080", "PAK", None),
        ("Greece gave up its objection to Macedonia joining NATO.", "080", "GRC", "MKD"),
    ],
)
def test_concessions(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("China told the Philippines to leave the shoal.", "10", "CHN", "PHL"),
        ("Beijing told Manila to withdraw its ship from the shoal.", "10", "CHN", "PHL"),
        ("Trump instructed Israel to halt the strikes.", "10", "USA", "ISR"),
        ("The Supreme Court of India directed Pakistan to release the fishermen.", "10", "IND", "PAK"),
    ],
)
def test_directives(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("President Maduro is clinging to power.", "1231", "VEN", None),
        ("The Sudanese army held on to power despite the protests.", "1231", "SDN", None),
        ("India stands by its decision to ban the app.", "124", "IND", None),
        ("Beijing stuck to its position on Taiwan.", "124", "CHN", "TWN"),
        ("Moscow remains unwilling to talk with Kyiv.", "125", "RUS", "UKR"),
        ("The Kremlin was reluctant to endorse the U.S. proposal.", "127", "RUS", "USA"),
    ],
)
def test_rejections(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Pakistan's army vowed to hunt down the attackers.", "138", "PAK", None),
        ("Kenya's president swore to track down those responsible for the massacre.", "138", "KEN", None),
    ],
)
def test_threats(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("ECOWAS suspended Niger from the bloc.", "160", "IGO", "NER"),
        ("The Council of Europe expelled Russia from the organisation.", "160", "IGO", "RUS"),
        ("The United States added 30 Chinese firms to its entity list.", "163", "USA", "CHN"),
        ("Russia cut off gas to Ukraine.", "163", "RUS", "UKR"),
        ("Russia halted gas supplies to Poland.", "163", "RUS", "POL"),
        ("Canada closed its airspace to Russian aircraft.", "163", "CAN", "RUS"),
        ("Britain shut its ports to Russian ships.", "163", "GBR", "RUS"),
        ("The United States tightened export controls on China.", "163", "USA", "CHN"),
        ("The United States imposed further costs on Russia.", "163", "USA", "RUS"),
        ("The EU strengthened sanctions against Russia.", "163", "IGO", "RUS"),
        ("The EU adopted new sanctions on Russia.", "163", "IGO", "RUS"),
        ("The EU approved a 14th package of sanctions against Russia.", "163", "IGO", "RUS"),
        ("Washington punished Beijing with tariffs.", "163", "USA", "CHN"),
    ],
)
def test_reduced_relations(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("She worked with refugees in Jordan for a decade.", ("060",)),
        ("China can work with fewer advanced chips.", ("060",)),
        ("The doctor told the man to remove the bedding from his home.", ("10",)),
        ("He worked as a translator with the U.S. army.", ("060",)),
        ("The minister told reporters to expect an announcement on Friday.", ("10",)),
        ("The film was directed by a Chinese director.", ("10",)),
        ("The storm cut off power to thousands of homes in Florida.", ("163",)),
        ("The referee expelled the player from the game.", ("160",)),
        ("The company stands by its products.", ("124",)),
        ("The airline dropped the fuel surcharge on domestic flights.", ("085",)),
        ("Investors are reluctant to buy government bonds.", ("12",)),
        ("Police tracked down the stolen car.", ("13",)),
        ("The hospital was equipped with new beds.", ("072",)),
        ("He gave up his job to care for his mother.", ("080",)),
        ("The board approved the sanctions committee's report.", ("163",)),
    ],
)
def test_other_senses_code_nothing(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
