"""A nation's acts in a story set in one of its towns or provinces happen in the country; deeds done at
a site, and the acts of a province's own authorities, stay at the story's place."""
from __future__ import annotations

import pytest

from places_helpers import story_events, summary

SIBI = ("Gunmen attacked a police station near Sibi in Pakistan's Balochistan province on Tuesday, killing four "
        "officers. Security forces in Sibi killed six attackers after a gunfight that lasted several hours. "
        "Pakistan's foreign ministry condemned the attack. The government banned the Baloch Liberation Army on "
        "Thursday. Pakistani officials accused India of backing the militants. Pakistani troops killed 12 "
        "militants in a later raid.")

# the province's own authorities, and officials that no word makes the nation's
SIBI_LOCAL = ("Gunmen attacked a police station near Sibi in Balochistan province on Tuesday, killing four officers. "
              "The provincial government condemned the attack and urged residents to stay calm. Balochistan's chief "
              "minister accused India of backing the militants. Officials appealed for blood donations.")

ZAMFARA = ("Gunmen kidnapped 30 villagers in Zamfara state on Friday. Residents of Zamfara said the attackers arrived "
           "on motorcycles. Nigeria's President Bola Tinubu condemned the kidnapping. The Nigerian senate called for "
           "a state of emergency in the northwest. The Zamfara state government said it was negotiating with the "
           "gunmen. Police arrested 12 suspects.")

KHERSON = ("Russian artillery shelled residential areas of Kherson on Monday, killing three civilians, regional "
           "officials said. Rescuers in Kherson pulled two survivors from the rubble. Ukraine's foreign ministry "
           "urged Western allies to send more air defense systems. Ukraine and Poland agreed to expand "
           "military cooperation.")

# a story set in the capital: what the government does there is done there
KHARTOUM = ("Fighting between Sudan's army and the paramilitary Rapid Support Forces raged in Khartoum on Tuesday, "
            "residents said. Artillery shells hit homes in southern Khartoum, killing at least 14 civilians, and "
            "smoke rose over the airport in Khartoum. The Sudanese army accused the Rapid Support Forces of "
            "shelling residential neighborhoods.")


def located(coder, text: str, trigger: str, source: str | None = None):
    return summary(story_events(coder, text, trigger, source)[0].location)

@pytest.mark.parametrize("text, trigger, source, place", [
    # a ministry's words, a government's ban, officials' accusation abroad: the country's acts
    (SIBI, "condemned", "Pakistan's foreign ministry", ("Pakistan", "PAK", "country")),
    (SIBI, "banned", "government", ("Pakistan", "PAK", "country")),
    (SIBI, "accused", "Pakistani officials", ("Pakistan", "PAK", "country")),
    # a president's and a senate's words in a story set in one state
    (ZAMFARA, "condemned", "Nigeria's President Bola Tinubu", ("Nigeria", "NGA", "country")),
    (ZAMFARA, "called", "The Nigerian senate", ("Nigeria", "NGA", "country")),
    # diplomacy and cooperation with another nation in a story set in one town
    (KHERSON, "urged", "Ukraine's foreign ministry", ("Ukraine", "UKR", "country")),
    (KHERSON, "agreed", "Ukraine", ("Ukraine", "UKR", "country")),
])
def test_a_nations_act_in_a_story_of_one_town_or_province_is_the_countrys(coder, text, trigger, source, place):
    assert located(coder, text, trigger, source) == place


@pytest.mark.parametrize("text, trigger, source, place", [
    # the army's fighting happened at the story's site, not across the country
    (SIBI, "killed", "Pakistani troops", ("Sibi", "PAK", "city")),
    # a province's own government speaks for the province
    (SIBI_LOCAL, "condemned", "government", ("Sibi", "PAK", "city")),
    (SIBI_LOCAL, "urged", "government", ("Sibi", "PAK", "city")),
    (SIBI_LOCAL, "accused", "Balochistan's chief minister", ("Sibi", "PAK", "city")),
    (SIBI_LOCAL, "appealed", "Officials", ("Sibi", "PAK", "city")),
    (ZAMFARA, "negotiating", "it", ("Zamfara", "NGA", "adm1")),
    # arrests are made somewhere
    (ZAMFARA, "arrested", "Police", ("Zamfara", "NGA", "adm1")),
    # a story set in the capital: the army's accusation was made there
    (KHARTOUM, "accused", "The Sudanese army", ("Khartoum", "SDN", "city")),
])
def test_deeds_at_a_site_local_authorities_and_the_capital_keep_the_story_place(coder, text, trigger, source, place):
    assert located(coder, text, trigger, source) == place
