"""Violence as news and ACLED-style event notes report it (CAMEO roots 18 ASSAULT, 19 FIGHT, 20 MASS
VIOLENCE): the verbs, nominalisations and agentless reports of each code, what the weapon or the
cause says about the code, and the words that look violent but are not ('killed time', 'struck a
deal', 'a cyclone killed 20', 'a drone captured footage')."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, events_of

VIOLENCE = ("18", "19", "20")


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # 190, 193: armed clashes and exchanges of fire
        ("Sudanese army troops clashed with RSF fighters near El Fasher on Tuesday.", "190", "SDN", "SDN"),
        ("Al Shabaab militants engaged in an armed clash with Somali soldiers in Lower Shabelle.", "190", "SOM", "SOM"),
        ("Burkinabe soldiers engaged in an armed clash with JNIM militants near Djibo.", "190", "BFA", None),
        ("Indian and Pakistani troops exchanged fire along the Line of Control.", "193", "IND", "PAK"),
        ("Heavy fighting broke out between Armenian and Azerbaijani troops on the border.", "190", "ARM", "AZE"),
        ("Heavy clashes erupted between Houthi rebels and Yemeni government forces near Marib.", "190", "YEM", "YEM"),
        ("Fighting between the Sudanese army and the RSF has displaced millions.", "190", "SDN", "SDN"),
        ("Clashes between Armenian and Azerbaijani forces left four soldiers dead.", "190", "AZE", "ARM"),
        ("Al Shabaab fighters attacked a Somali army base in Hiraan.", "190", "SOM", "SOM"),
        ("Ukrainian forces decimated a Russian armored column near Vuhledar.", "190", "UKR", None),
        ("ADF rebels ambushed a Congolese army convoy near Beni.", "190", "COD", "COD"),
        ("Unidentified gunmen opened fire on a Pakistani police checkpoint in Bannu.", "190", "PAK", "PAK"),
        ("The Israeli army carried out a raid on the Jenin refugee camp.", "190", "ISR", "PSE"),
        # 194, 195: heavy weapons and air power
        ("Russian forces shelled the city of Kherson overnight.", "194", "RUS", "UKR"),
        ("Israeli artillery pounded the southern Lebanese village of Khiam.", "194", "ISR", "LBN"),
        ("Russian forces bombarded Ukrainian positions near Bakhmut.", "194", "RUS", "UKR"),
        ("The shelling of Donetsk by Ukrainian forces killed three civilians.", "194", "UKR", None),
        ("Russian drones struck energy facilities in Kharkiv.", "195", "RUS", "UKR"),
        ("Ukraine launched drones at an oil refinery in Russia's Ryazan region.", "195", "UKR", "RUS"),
        ("The Nigerian Air Force carried out airstrikes on ISWAP positions near Lake Chad.", "195", "NGA", None),
        ("Israeli airstrikes on the Nuseirat camp in Gaza killed 20 Palestinians.", "195", "ISR", "PSE"),
        ("Sudanese warplanes bombed RSF positions in Khartoum.", "195", "SDN", None),
        ("Russian missiles hit an apartment block in Dnipro, killing 40 Ukrainians.", "195", "RUS", "UKR"),
        ("A Turkish drone strike killed three PKK militants in northern Iraq.", "195", "TUR", None),
        # 191, 190, 196: sieges, territory won by force (PLOVER ASSAULT), ceasefires
        ("JNIM militants laid siege to the town of Djibo in Burkina Faso.", "191", None, "BFA"),
        ("M23 rebels seized the town of Rubaya in North Kivu.", "190", "COD", None),
        ("Arakan Army rebels captured the village of Paletwa in Myanmar's Chin State.", "190", "MMR", None),
        ("Ukrainian forces retook the village of Robotyne from Russian troops.", "190", "UKR", "RUS"),
        ("Russian forces captured Avdiivka in February.", "190", "RUS", None),
        ("M23 rebels took over Bukavu without resistance.", "190", "COD", None),
        ("The Taliban took control of Kunduz.", "190", "AFG", None),
        ("JNIM militants overran a Malian army base in Boulkessi.", "190", "MLI", None),
        ("Israeli forces violated the ceasefire in southern Lebanon.", "196", "ISR", None),
        # 18: abductions, beatings, killings, bombings
        ("Bandits kidnapped a Catholic priest in Nigeria's Enugu State.", "181", "NGA", None),
        ("Hamas militants took dozens of Israeli civilians hostage.", "181", "PSE", "ISR"),
        ("Gunmen took five Chinese miners hostage in Mali.", "181", None, "CHN"),
        ("Five Indian aid workers were abducted in Afghanistan's Kunar province.", "181", "---", "IND"),
        ("A mob hacked a Muslim man to death in Jharkhand.", "1823", "IND", None),
        ("Fulani herders hacked to death 12 villagers in Benue State.", "1823", "NGA", None),
        ("A Hindu mob lynched a Muslim cattle trader in Jharkhand.", "1823", "IND", None),
        ("Masked men shot dead a journalist in Mexico's Sinaloa state.", "180", "MEX", None),
        ("Armed men went on a killing rampage in a village in Niger.", "180", "NER", None),
        ("Hamas used Palestinian civilians as human shields, Israel said.", "184", "PSE", None),
        ("Suspected militants gunned down a police officer in Nigeria's Imo State.", "180", "NGA", None),
        ("Three Pakistani soldiers were killed in North Waziristan on Sunday.", "180", "---", "PAK"),
        ("Three Ugandans died in Sunday's bombing of a church in Kampala.", "183", "---", "UGA"),
        ("A Hindu priest was hacked to death in Bangladesh.", "1823", "---", "BGD"),
        ("A police officer was shot dead by gunmen in Imo State.", "180", "NGA", None),
        ("Suspected jihadists planted an IED that killed four Malian soldiers near Gao.", "183", "MLI", None),
        ("Gunmen assassinated a Haitian opposition politician in Port-au-Prince.", "186", "HTI", None),
        ("A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers.", "1831", "PAK", None),
        ("A landmine exploded under a passenger vehicle in Burkina Faso, killing 5 civilians.", "183", "---", "BFA"),
        ("An IED exploded near a Pakistani army convoy in North Waziristan, killing two soldiers.", "1833", "---", "PAK"),
        ("Militants detonated an IED targeting an Afghan army convoy in Helmand.", "1833", "AFG", None),
        ("An improvised explosive device exploded near a police patrol in Mali, killing two officers.", "183", "---", "MLI"),
        ("A car bomb went off outside a military base in Somalia, killing five soldiers.", "183", "---", "SOM"),
        ("A roadside bomb struck a Pakistani army vehicle in Balochistan, killing four soldiers.", "183", "---", "PAK"),
        ("Two Afghan civilians were killed in crossfire between Taliban and Pakistani troops.", "193", "---", "AFG"),
        # 20: mass violence
        ("Janjaweed militiamen massacred hundreds of Masalit civilians in El Geneina.", "202", "SDN", None),
        ("RSF fighters killed hundreds of Masalit civilians in West Darfur.", "202", "SDN", None),
        ("Israeli forces displaced thousands of Palestinians from northern Gaza.", "201", "ISR", "PSE"),
        ("The Syrian government used chemical weapons against civilians in Ghouta.", "2041", "SYR", None),
    ],
)
def test_violence_in_news_and_event_note_wordings(coder, text, code, source, target):
    got = events_of(coder, text)
    assert any(c.startswith(code) and (source is None or s == source) and (target is None or t == target)
               for c, s, t in got), got


@pytest.mark.parametrize(
    "text, wrong",
    [
        # the weapon decides the code, not the first reading of the verb
        ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing 10 Somali soldiers.", "195"),
        ("Russian shelling of Kherson killed two civilians.", "190"),
        ("A roadside bomb struck a Pakistani army vehicle in Balochistan, killing four soldiers.", "190"),
        # people captured are arrested, places captured are won by force
        ("Kenyan police captured the suspect in Nairobi.", "190"),
        ("Indian troops captured two militants in Kashmir.", "190"),
        ("Police took over the investigation into the murder of a shopkeeper in Kanpur.", "190"),
    ],
)
def test_the_weapon_and_the_object_pick_the_code(coder, text, wrong):
    got = events_of(coder, text)
    assert got and not any(c == wrong for c, _, _ in got), got


@pytest.mark.parametrize(
    "text, source",
    [
        ("A mob attacked a police station in Bangladesh's Rajshahi district.", "BGD"),
        ("Rioters torched cars and looted shops in several Kenyan towns.", "KEN"),
        ("Two policemen were injured when villagers pelted stones at a police team in Jharkhand.", "IND"),
    ],
)
def test_mobs_and_rioters_attacking_or_burning_are_rioting(coder, text, source):
    assert_event(coder, text, "145", source)


@pytest.mark.parametrize(
    "text",
    [
        "The Indian cricket team killed time before the match in Mumbai.",
        "Police in Delhi received a bomb threat at a school.",
        "The shooting of a film in Kashmir was halted by the Indian government.",
        "Iran struck a deal with Russia on gas supplies.",
        "Apple struck a deal with Indian suppliers.",
        "The Indian opposition attacked the government's new farm policy.",
        "Kenya's opposition leader attacked the government's handling of the economy.",
        "A speeding bus killed three commuters in Kenya's Nakuru county.",
        "Twelve passengers were killed when a bus collided with a truck in Nigeria.",
        "Five people were killed in a road accident in Kenya.",
        "Three miners were killed when a gold mine collapsed in Mali.",
        "A cyclone slammed into the coast of Bangladesh, killing dozens.",
        "A cyclone killed 20 people in Bangladesh.",
        "Typhoon Haiyan pounded the Philippines, killing thousands.",
        "Heavy rains battered Kerala, killing 30 people.",
        "Floods killed dozens of villagers in Pakistan's Sindh province.",
        "Cholera killed 40 people in Zimbabwe.",
        "A Ukrainian drone captured footage of the Russian positions.",
        "The Chinese drone captured images of the Taiwanese coast.",
        "India's Modi captured the imagination of voters.",
        "The Russian stock market crashed on Monday.",
        "Musk took over Twitter in 2022.",
        "Sunak took over the leadership of the Conservative party.",
        "Two bodies were found in a canal near Lahore.",
        "Kenyan police attacked the problem of drug trafficking in Mombasa.",
        "A Ukrainian soldier fired a shot into the air during celebrations.",
        "North Korea detonated a nuclear device in an underground test.",
        "The Ethiopian economy was hit hard by the war.",
        "The army chief struck an optimistic note on the talks.",
    ],
)
def test_words_that_look_violent_but_code_no_violence(coder, text):
    assert_no_event(coder, text, VIOLENCE)
