"""Police actions, protest forms and conflict-report phrasing as South Asian, African and
event-note text words them: each class must code its CAMEO family with the right source country
in at least two wordings, and its look-alike senses must not code it."""
from __future__ import annotations

from datetime import date

import pytest
from coding_helpers import assert_event, assert_no_event

PUBLISHED = date(2025, 3, 1)


@pytest.mark.parametrize(
    "text, prefix, source",
    [
        # 175 hyphenated baton charges and tear gas
        ("Pakistani police baton-charged the crowd outside the press club in Lahore.", "175", "PAK"),
        ("Police in India lathi-charged the farmers at the toll plaza.", "175", "IND"),
        ("Police in Kenya cane-charged the demonstrators near the county offices.", "175", "KEN"),
        ("Indian police fired tear-gas shells at protesters in Srinagar.", "175", "IND"),
        ("Bangladeshi police lobbed tear-gas canisters to disperse the students in Dhaka.", "175", "BGD"),
        # 173 held or detained for a crime or for questioning
        ("Pakistani police held three men for the murder of a trader in Karachi.", "173", "PAK"),
        ("Indian police detained two men for questioning after the blast.", "173", "IND"),
        ("Nigerian police picked up four suspects for kidnapping in Kaduna.", "173", "NGA"),
        # 173 cases registered under a section, chargesheets
        ("Indian police registered a case under Section 302 against the landlord.", "173", "IND"),
        ("Indian police lodged an FIR under the Arms Act against the former legislator.", "173", "IND"),
        ("The Indian CBI submitted a charge-sheet against 17 accused in the loan fraud case.", "173", "IND"),
        ("Indian police filed a challan against the driver in the hit-and-run case.", "173", "IND"),
        # 144 sit-ins and dharnas
        ("Kenyan students staged a sit-in at the university on Monday.", "144", "KEN"),
        ("Indian farmers began a dharna outside the Collectorate in Ludhiana.", "144", "IND"),
        # 143 walk-outs and shuttered shops
        ("Indian opposition lawmakers staged a walk-out from parliament.", "143", "IND"),
        ("Pakistani traders downed shutters in Karachi against the new tax.", "143", "PAK"),
        ("Nepali traders shut their shops in protest against the fuel price rise.", "143", "NPL"),
        # 141 effigies set on fire, candle marches and torch-light processions
        ("Indian activists set fire to an effigy of the Chief Minister in Patna.", "141", "IND"),
        ("Pakistani lawyers torched an effigy of the governor outside the high court.", "141", "PAK"),
        ("Indian students took out a candle march in Delhi.", "141", "IND"),
        ("Bangladeshi students held a torch-light procession in Dhaka.", "141", "BGD"),
        # 173 booking people, 1711 seizing contraband and livestock
        ("Pakistani police booked three youths for rioting in Lahore.", "173", "PAK"),
        ("Indian police booked four men after the brawl in Bhopal.", "173", "IND"),
        ("Indian police seized 200 bottles of illicit liquor in Palakkad.", "1711", "IND"),
        ("Bangladeshi police recovered 5 kg of heroin from a truck in Chittagong.", "1711", "BGD"),
        ("Fulani gunmen rustled cattle from Nigerian villages in Zamfara.", "1711", "NGA"),
        ("Al Shabaab militants looted livestock from Somali herders near Baidoa.", "1711", "SOM"),
        # 142 hunger strikes sat on or launched
        ("Indian activists sat on a hunger strike outside the Collectorate.", "142", "IND"),
        ("Pakistani lawyers launched a hunger strike against the judge's transfer.", "142", "PAK"),
        # 145 stones pelted at anyone, stone-pelting
        ("Kashmiri youths pelted stones at Indian security forces in Srinagar.", "145", "IND"),
        ("Bangladeshi students pelted bricks at buses in Dhaka.", "145", "BGD"),
        # 144 hyphenated road and rail blockades
        ("Indian farmers staged a rail-roko in Punjab.", "144", "IND"),
        ("Indian farmers held a chakka-jam on the national highway.", "144", "IND"),
        # 193 firing as South Asian news words exchanges of fire, hyphenated gunfights
        ("Pakistani troops carried out unprovoked firing along the Line of Control.", "193", "PAK"),
        ("Indian troops carried out retaliatory firing on Pakistani posts.", "193", "IND"),
        ("Indian troops were engaged in a gun-fight with militants in Kupwara.", "19", "IND"),
        ("Nigerian troops and bandits fought a fire-fight near Gusau.", "19", "NGA"),
        # 195 hyphenated air strikes
        ("An Israeli air-strike killed five people in Gaza.", "195", "ISR"),
        ("Sudanese army air-raids on Nyala killed 12 civilians.", "195", "SDN"),
        # 141 marches on seats of power, courting arrest, placards, Indian agitation words
        ("Indian wrestlers tried to march towards the new Parliament building.", "141", "IND"),
        ("Kenyan nurses marched towards the county headquarters in Kisumu.", "141", "KEN"),
        ("Indian opposition workers courted arrest in Chennai.", "141", "IND"),
        ("Pakistani lawyers held placards outside the Supreme Court.", "141", "PAK"),
        ("Indian farmers launched a satyagraha against the land law.", "141", "IND"),
        ("Indian students began an andolan against the fee hike.", "141", "IND"),
        # 173 kept under arrest
        ("Pakistani police kept the opposition leader under house arrest.", "173", "PAK"),
        ("Myanmar's junta has held Aung San Suu Kyi under house arrest since 2021.", "173", "MMR"),
        # 1712 villages and huts burnt by armed men
        ("IS Sahel militants burnt a village near Tillia in Niger.", "1712", "NER"),
        ("Nigerian bandits torched huts in a village in Zamfara.", "1712", "NGA"),
        # 144 roads shut down by protesters
        ("Nigerian youths shut down the highway in Lagos.", "144", "NGA"),
        ("Kenyan boda boda riders shut down the Thika road over the killing of a colleague.", "144", "KEN"),
        # hyphenated cease-fires and counter-attacks
        ("Israel and Hamas agreed to a cease-fire on Wednesday.", "0871", "ISR"),
        ("Armenia and Azerbaijan declared a cease-fire in Nagorno-Karabakh.", "0871", "ARM"),
        ("Ukrainian forces launched a counter-attack near Kupiansk.", "190", "UKR"),
        ("Russian troops counter-attacked near Kursk.", "190", "RUS"),
        ("Sudan's army began a counter-offensive against the RSF in Khartoum.", "190", "SDN"),
    ],
)
def test_round3_class_codes_its_family(coder, text, prefix, source):
    assert_event(coder, text, prefix, source, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # filing a case under an act is a lawsuit, not a police case
        ("The Indian company filed a case under the Companies Act against its former partner.", ("173",)),
        # held for a meeting, not a crime
        ("Pakistan held a conference for terrorism victims in Islamabad.", ("173",)),
        ("Indian officials held a meeting for the flood relief effort.", ("173",)),
        # shops shut for a holiday or by rule are no strike
        ("Indian traders shut their shops for the Diwali holiday.", ("143",)),
        ("Nepali shopkeepers closed the market early because of the rain.", ("143",)),
        # sitting in on a meeting is no sit-in
        ("Pakistani ministers sat in on the budget meeting.", ("144",)),
        # candles lit for a festival are no march
        ("Indian families lit candles for Diwali in Delhi.", ("141",)),
        # a field set on fire is no effigy burning
        ("Indian farmers set fire to crop stubble in Punjab.", ("141",)),
        # tear-gas exercises are no dispersal
        ("The Indian army bought tear-gas shells for its riot units.", ("175",)),
        # a flight booked, a ticket or a hotel, is no case
        ("The Indian minister booked a flight to London.", ("173",)),
        # rustling and seizing land or power are not livestock thefts
        ("Nigerian farmers sold cattle at the market in Kano.", ("17",)),
        # fasting for Ramadan is no hunger strike
        ("Pakistani Muslims observed the Ramadan fast.", ("142",)),
        # a chance encounter with police is no killing
        ("Indian tourists had a friendly encounter with police in Goa.", ("18",)),
        # firing staff or a firing range is no exchange of fire
        ("The Pakistani company announced the firing of 200 workers.", ("19",)),
        # a court that holds a hearing or a person who keeps a diary is no arrest
        ("The Pakistani court held the hearing under tight security.", ("173",)),
        # burning fuel or a village's energy needs are no destruction
        ("Nigerian villagers burnt firewood for cooking.", ("171", "1712")),
        # shutting down a plant or a website is no road blockade
        ("The Nigerian government shut down the refinery in Port Harcourt.", ("144",)),
    ],
)
def test_round3_lookalikes_do_not_code(coder, text, prefixes):
    assert_no_event(coder, text, prefixes, published=PUBLISHED)
