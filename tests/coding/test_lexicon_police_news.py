"""Police and judicial actions as Indian, South Asian, African and Western news word them: arrests
and their synonyms ('nabbed', 'booked', 'chargesheeted', 'produced before a magistrate'), agentless
passives whose agent is the police of the place, raids, seizures of contraband, demolitions,
externments, encounters, and the agencies that do them; and the look-alikes that are no police act
('held talks', 'seized the moment', 'the body was recovered')."""
from __future__ import annotations

import pytest
from coding_helpers import codes_of as coded




@pytest.mark.parametrize("text, code", [
    ("Police nabbed two chain snatchers near the bus stand in Chennai on Monday.", "173"),
    ("The landlord was booked under Section 304 of the IPC in Mumbai.", "173"),
    ("A case was booked against the event organisers in Chennai for violating the curfew.", "173"),
    ("The vendor was booked for selling adulterated ghee in Mumbai.", "173"),
    ("An FIR was registered against the councillor in Mumbai for assaulting a tenant.", "173"),
    ("The ED chargesheeted the former minister in the money laundering case in Mumbai.", "173"),
    ("The four were produced before a magistrate in Chennai on Saturday.", "173"),
    ("Two smugglers were held by the customs sleuths at the airport in Chennai.", "173"),
    ("The Anti-Corruption Bureau caught a clerk accepting a bribe of Rs 5,000 in Chennai.", "173"),
    ("Police caught the burglar while he was fleeing with jewellery in Mumbai.", "173"),
    ("A court issued a non-bailable warrant against the actor in Mumbai.", "173"),
    ("The gangster was externed from the city for two years by the Mumbai police.", "174"),
    ("Police carried out raids at 12 locations in Mumbai on Thursday.", "170"),
    ("The NCB conducted a raid at a farmhouse in Mumbai.", "170"),
    ("Police seized 3 kg of charas from two men in Mumbai.", "1711"),
    ("Police recovered two pistols and ten cartridges from the accused in Mumbai.", "1711"),
    ("Heroin worth Rs 7 crore was seized from a truck in Mumbai.", "1711"),
    ("The ED attached assets worth Rs 90 crore belonging to the builder in Mumbai.", "1711"),
    ("Police fired tear gas shells at the stone-throwing crowd in Srinagar.", "175"),
    ("Police resorted to lathi-charge to disperse the crowd outside the stadium in Chennai.", "175"),
    ("The district magistrate slapped the NSA on two men accused of rioting in Mumbai.", "173"),
    ("The suspect was sent to police remand for five days in Mumbai.", "173"),
    ("The suspect was booked into the county jail in Houston on Monday.", "173"),
    ("A former minister was docked on a 12-count charge of fraud in Abuja.", "173"),
    ("The protesters were bundled into police vans in Chennai.", "173"),
    ("The BSF pushed back 14 infiltrators into Bangladesh on Sunday.", "174"),
    ("The authorities sealed the clinic in Mumbai after the death of a patient.", "1711"),
])
def test_police_acts_are_coded(coder, text, code):
    got = coded(coder, text)
    assert any(c == code for c, _, _ in got), got


@pytest.mark.parametrize("text, source", [
    ("The EFCC arrested a former governor in Abuja over a fraud of N80 billion.", "NGACOP"),
    ("NSCDC operatives arrested three pipeline vandals in Lagos.", "NGACOP"),
    ("The FIA arrested a travel agent in Karachi for human smuggling.", "PAKCOP"),
    ("The CTD arrested four militants in Lahore.", "PAKCOP"),
    ("RAB detained a militant leader in Dhaka.", "BGDCOP"),
    ("The STF arrested a sharpshooter of a gang in Mumbai.", "INDCOP"),
    ("The RPF nabbed a tout with 40 tickets at the railway station in Mumbai.", "INDCOP"),
    ("The BSF apprehended two intruders along the border in Mumbai.", "INDMIL"),
    ("Cops arrested a man for stalking a student in Mumbai.", "INDCOP"),
])
def test_agencies_are_police_of_the_country(coder, text, source):
    got = coded(coder, text)
    assert any(c.startswith("17") and s == source for c, s, _ in got), got


def test_rpf_is_rwandan_only_in_a_story_about_rwanda(coder):
    got = coded(coder, "In Rwanda, the RPF government arrested an opposition leader in Kigali.")
    assert any(c == "173" and s.startswith("RWA") for c, s, _ in got), got


@pytest.mark.parametrize("text", [
    "Three men were held for the murder of a shopkeeper in Mumbai.",
    "The vendor was booked for selling adulterated ghee in Mumbai.",
    "A case has been registered against five people in Mumbai under the NDPS Act.",
])
def test_agentless_arrest_is_by_the_police_of_the_place(coder, text):
    got = coded(coder, text)
    assert any(c == "173" and s == "INDCOP" for c, s, _ in got), got


@pytest.mark.parametrize("text, code", [
    ("A wanted criminal was shot dead in an encounter with the police in Mumbai.", "193"),
    ("Two gangsters were killed in a police encounter in Mumbai.", "193"),
    ("The accused was injured in retaliatory firing by the police in Mumbai.", "193"),
    ("Two militants were neutralised in an exchange of fire with security forces in Srinagar.", "193"),
    ("His family says the youth was killed in a fake encounter in Mumbai.", "180"),
])
def test_encounters_are_fights_unless_fake(coder, text, code):
    got = coded(coder, text)
    assert any(c == code for c, _, _ in got), got


@pytest.mark.parametrize("text", [
    "The police held a peace committee meeting in Mumbai.",
    "The Chief Minister held talks with the farmers in Chennai.",
    "The team seized the moment and scored twice in Mumbai.",
    "He recovered from illness and returned to Mumbai.",
    "She charged her phone at the railway station in Mumbai.",
    "The body was recovered from a canal in Mumbai, police said.",
    "He booked a ticket to Mumbai.",
    "The man was picked up by his friend at the airport in Mumbai.",
    "He caught a flight to Mumbai.",
    "The family was caught in the floods in Mumbai.",
    "The Sensex recovered 500 points in Mumbai.",
    "Bodies were recovered from the debris in Mumbai.",
    "Commuters encountered heavy traffic in Mumbai.",
    "The workers were held up in traffic in Mumbai.",
    "Ed Sheeran performed in Mumbai on Sunday.",
    "The ship docked at the port in Mumbai on Monday.",
    "The government pushed back the deadline to June in Mumbai.",
    "The two countries sealed a trade deal in Mumbai.",
    "The passengers were pushed into the bus in Mumbai.",
])
def test_look_alikes_are_no_police_act(coder, text):
    got = coded(coder, text)
    assert not [g for g in got if g[0].startswith(("17", "18", "19"))], got


@pytest.mark.parametrize("text, source, target", [
    ("A wanted criminal was shot dead in an encounter with the police in Mumbai.", "INDCOP", "INDCRM"),
    ("Two gangsters were killed in a police encounter in Mumbai.", "INDCOP", "INDCRM"),
    ("The accused was injured in retaliatory firing by the police in Mumbai.", "INDCOP", "INDCRM"),
    ("Two militants were killed in an exchange of fire with security forces in Srinagar.", "INDMIL", "INDREB"),
    ("A soldier was killed in an encounter with militants in Srinagar.", "INDREB", "INDMIL"),
    ("Two men were taken into police custody in Mumbai.", "INDCOP", "INDCVL"),
])
def test_the_one_an_agentless_acts_phrase_names_is_its_agent(coder, text, source, target):
    got = coded(coder, text)
    assert any(s == source and t == target for _, s, t in got), got


def test_an_encounter_implies_the_police_of_the_place(coder):
    got = coded(coder, "A history-sheeter was shot dead in an encounter in Mumbai on Friday.")
    assert any(c == "193" and s == "INDCOP" for c, s, _ in got), got


@pytest.mark.parametrize("text, code, target", [
    # headlines and briefs drop the passive's auxiliary: the subject is the one arrested or killed
    ("Man held for killing wife in Bareilly.", "173", "INDCVL"),
    ("Youth arrested for molesting girl in Indore.", "173", "INDCVL"),
    ("Drug peddler nabbed with heroin in Amritsar.", "173", "INDCRM"),
    ("Woman held for duping people of Rs 10 lakh in Mumbai.", "173", "INDCVL"),
    ("Man shot dead in Ludhiana.", "180", "INDCVL"),
    ("Youth stabbed to death in Delhi.", "1823", "INDCVL"),
    # held with contraband on them, held for what they did
    ("Two drug peddlers were held with 50 grams of heroin in Amritsar.", "173", "INDCRM"),
    ("Police held two persons for supplying drugs in Mumbai.", "173", "INDCVL"),
    # notices that make someone wanted
    ("A lookout circular was issued against the absconding accused in Kochi.", "173", None),
])
def test_headline_passives_and_police_brief_wordings(coder, text, code, target):
    got = coded(coder, text)
    assert any(c == code and not s.startswith(("INDCVL", "INDCRM")) and (target is None or t == target)
               for c, s, t in got), got


@pytest.mark.parametrize("text", [
    "The ceasefire held for a week in Kashmir.",
    "The meeting was held for two hours in Mumbai.",
    "The hall was booked for a wedding in Pune.",
    "Farmers held a rally with tractors in Ludhiana.",
])
def test_headline_look_alikes_are_no_arrest(coder, text):
    assert not [g for g in coded(coder, text) if g[0].startswith("17")], coded(coder, text)


@pytest.mark.parametrize("text, code, source", [
    # a doer named only by a common noun is one of the people of the place (patients.txt)
    ("A 35-year-old man allegedly killed his wife in Bareilly over a domestic dispute.", "180", "INDCVL"),
    ("A youth stabbed his neighbour to death in Delhi following an argument.", "1823", "INDCVL"),
    ("Residents beat up a man in Hyderabad on suspicion of child lifting.", "182", "INDCVL"),
    ("The husband set his wife on fire in Agra.", "1823", "INDCVL"),
    ("Bike-borne assailants opened fire at a jeweller in Patna.", "180", "INDUAF"),
])
def test_a_doer_named_by_a_common_noun_is_of_the_place(coder, text, code, source):
    assert any(c == code and s == source for c, s, _ in coded(coder, text)), coded(coder, text)


@pytest.mark.parametrize("text", [
    "The man told reporters in Pune that he would appeal.",
    "The youth said in Pune that he would appeal the verdict.",
])
def test_a_common_noun_is_no_doer_outside_acts_of_force(coder, text):
    assert not [g for g in coded(coder, text) if g[1].endswith("CVL")], coded(coder, text)
