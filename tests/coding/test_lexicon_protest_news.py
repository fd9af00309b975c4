"""CAMEO root 14 (protest) as news words it: demonstrations, sit-ins and dharnas, strikes and
boycotts in their South Asian, British and American wordings, hunger strikes and fasts, road and
rail blockades, riots and the violence of mobs; and the senses of protest words that are no
dissent (a bowler's strike, a market rally, an army's march or blockade, a religious fast)."""
from __future__ import annotations

import pytest
from coding_helpers import PUBLISHED, assert_event, assert_no_event, events_of

from dyadwatch.documents.readers import read_text


@pytest.mark.parametrize(
    "text, code, source",
    [
        # 141 demonstrations, rallies, marches and their signs
        ("Anganwadi workers in Kerala staged a protest outside the Secretariat.", "141", "IND"),
        ("Doctors in Kerala wore black badges to protest against attacks on health workers.", "141", "IND"),
        ("Farmers dumped tomatoes on the highway in protest against falling prices in Maharashtra.", "141", "IND"),
        ("Iranian protesters burned the Israeli flag in Tehran.", "141", "IRN"),
        ("Pakistani protesters camped outside parliament in Islamabad.", "141", "PAK"),
        ("Hundreds of pensioners rallied outside the High Court in Lahore.", "141", "PAK"),
        # 142 hunger strikes and fasts
        ("An Indian farmer leader continued his fast-unto-death at Khanauri.", "142", "IND"),
        ("Five students in Manipur sat on a fast unto death.", "142", "IND"),
        ("Jailed Egyptian activists began a hunger strike in Cairo.", "142", "EGY"),
        # 143 strikes, stoppages, boycotts
        ("Garment workers in Bangladesh have been on strike since Monday.", "143", "BGD"),
        ("Resident doctors in Delhi remained on strike for the fifth day.", "143", "IND"),
        ("Employees of the state transport corporation in Telangana went on mass leave.", "143", "IND"),
        ("Lawyers in Odisha abstained from work for a third day.", "143", "IND"),
        ("Traders in Jammu kept their shops closed to protest against the new tax.", "143", "IND"),
        ("British rail workers took industrial action over pay.", "143", "GBR"),
        ("Bank employees across India went on a two-day nationwide strike.", "143", "IND"),
        ("Train drivers in Germany walked off the job for 24 hours.", "143", "DEU"),
        ("Taxi drivers in Nairobi went on strike over the new fuel tax.", "1432", "KEN"),
        ("A dawn-to-dusk bandh called by the Left parties paralysed life in Tripura.", "143", "IND"),
        # 144 obstructing passage
        ("Indian farmers sat on the railway tracks at Shambhu.", "144", "IND"),
        ("Climate activists in London blocked traffic on the M25.", "144", "GBR"),
        ("Climate activists glued themselves to the road in London.", "144", "GBR"),
        ("Protesters took over the university campus in Belgrade.", "144", "SRB"),
        ("Nepali protesters laid siege to the parliament in Kathmandu.", "144", "NPL"),
        # 145 riots and violent protest
        ("A Tibetan monk set himself on fire in Sichuan in protest against Chinese rule.", "145", "CHN"),
        ("Protesters pelted the police with stones in Srinagar.", "145", "IND"),
        ("Rioters looted shops and torched cars in Paris.", "145", "FRA"),
        ("A mob set fire to a police station in Bangladesh.", "145", "BGD"),
        ("Kenyan protesters set fire to a police station in Nairobi.", "145", "KEN"),
        ("An angry mob vandalised a hospital in Kolkata.", "145", "IND"),
        ("Nepali protesters stormed the parliament building in Kathmandu.", "145", "NPL"),
        ("Villagers in Manipur clashed with security forces.", "145", "IND"),
        ("Bangladeshi students torched a bus in Dhaka during the protests.", "145", "BGD"),
        ("Thousands of Egyptian protesters gathered in Tahrir Square in Cairo.", "141", "EGY"),
        ("Agitating farmers in Haryana blocked the national highway.", "144", "IND"),
        ("Striking workers in Bangladesh blocked the Dhaka-Chittagong highway.", "144", "BGD"),
        ("Petrol pump dealers in Rajasthan observed a strike against high VAT.", "143", "IND"),
        ("A section of lawyers in Odisha boycotted courts for a week.", "143", "IND"),
        ("Protests against the government erupted in Dhaka.", "141", "BGD"),
        ("A batch of nursing students in Nepal staged a sit-in at the Health Directorate.", "144", "NPL"),
    ],
)
def test_protest_as_news_words_it(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's fast bowlers went on strike early in the second session.",
        "The Sensex rallied 500 points in Mumbai on Monday.",
        "Indian stocks rallied to a record high in Mumbai.",
        "President Trump held a campaign rally in Ohio.",
        "The Chinese army demonstrated its new missile in an exercise near Taiwan.",
        "The army marched on the capital in Niger.",
        "Russian forces took over the Zaporizhzhia nuclear plant.",
        "Israeli forces occupied the Rafah crossing.",
        "Israeli police blocked the road to the mosque in Jerusalem.",
        "Muslims in Kashmir observed a fast during Ramadan.",
        "Muslims fasted during Ramadan in Dhaka.",
        "Police dispersed the mob in Dhaka.",
        "Indian batters rallied to save the match in Melbourne.",
        "Thousands of pilgrims gathered in St Peter's Square in Rome.",
        "Police officers marched in the Independence Day parade in Islamabad.",
        "The new foreign minister took over the ministry in Islamabad on Monday.",
        "Israel blocked the entry of aid convoys into Gaza.",
        "Police attacked the protesters with batons in Nairobi.",
        "The company suspended work at its plant in Chennai after the accident.",
    ],
)
def test_protest_words_that_are_no_protest(coder, text):
    assert_no_event(coder, text, ("14",))


@pytest.mark.parametrize(
    "text, code",
    [
        ("The army marched on the capital in Niger.", "150"),
        ("The Chinese army demonstrated its new missile in an exercise near Taiwan.", "150"),
        ("Israeli police blocked the road to the mosque in Jerusalem.", "191"),
        ("Russian troops took over the university campus in Kherson.", "192"),
    ],
)
def test_troops_marching_showing_force_and_blocking_are_force(coder, text, code):
    assert code in {c for c, _, _ in events_of(coder, text)}, events_of(coder, text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Police beat up the rioters in Paris.", "175"),  # police beating rioters repress them (CAMEO 175)
        ("French rioters beat up a police officer in Paris.", "145"),
    ],
)
def test_a_mob_acts_as_the_subject_not_as_the_object(coder, text, code):
    codes = {c for c, _, _ in events_of(coder, text)}
    assert any(c.startswith(code) for c in codes), codes


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("A general strike called by Argentina's unions brought Buenos Aires to a halt.", "143", "ARG"),
        ("The shutdown called by separatists in Kashmir shut shops in Srinagar.", "143", "IND"),
    ],
)
def test_an_act_named_by_a_noun_and_its_participle_has_the_participles_agent(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("Teachers in Nigeria's Ogun State downed tools over unpaid salaries.", "143", "NGA"),
        ("Dock workers in Belgium downed tools on Monday.", "143", "BEL"),
        ("A group of students protested in Lahore.", "141", "PAK"),
    ],
)
def test_sentences_the_parser_read_without_a_verb_are_coded(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Thousands of Serbians demonstrated in Belgrade demanding the resignation of President Vucic.", "1411"),
        ("Workers in Bangladesh went on strike demanding the resignation of the prime minister.", "1431"),
        ("Around 2,000 people marched in Dhaka to demand the release of detained students.", "1413"),
        ("Indian doctors continued their ceasework for a third week, demanding justice for a colleague.", "143"),
        ("Farmers in France blocked motorways over fuel taxes.", "1442"),
        ("Protesters in Peru blocked highways for the resignation of the president.", "1441"),
    ],
)
def test_what_a_protest_demands_chooses_its_code_and_is_no_demand_of_its_own(coder, text, code):
    codes = [c for c, _, _ in events_of(coder, text)]
    assert code in codes and not [c for c in codes if c.startswith("10")], codes


def test_a_demand_made_apart_from_the_protest_stays_a_demand(coder):
    codes = [c for c, _, _ in events_of(coder, "Serbian protesters blocked the highway and demanded the resignation of Vucic.")]
    assert "1041" in codes and "144" in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Police opened fire on a violent mob that set a police outpost ablaze in Bihar.",
        "Four policemen were injured when a mob attacked them with stones in Madhya Pradesh.",
    ],
)
def test_arson_and_stones_of_a_mob_are_a_riot(coder, text):
    assert "145" in {c for c, _, _ in events_of(coder, text)}, events_of(coder, text)


def test_an_act_coordinated_with_setting_fire_is_no_schedule(coder):
    events = coder.code(read_text("Protesters in Los Angeles set cars on fire and blocked a freeway on a third day "
                                  "of unrest.", "t", published=PUBLISHED))
    blocked = [e for e in events if e.cameo.code == "144"]
    assert blocked and blocked[0].modality == "asserted", [(e.cameo.code, e.modality) for e in events]


@pytest.mark.parametrize(
    "text, code, source",
    [
        # a protest noun reported by a verb of its happening
        ("Violent protests broke out in Nairobi over the tax rise.", "141", "KEN"),
        ("Demonstrations erupted across Kenya over the finance bill.", "141", "KEN"),
        ("Riots broke out in Leicester after the cricket match.", "145", "GBR"),
        ("Protests continued for a third day in Dhaka.", "141", "BGD"),
        ("The protest turned violent in Lahore.", "141", "PAK"),
    ],
)
def test_a_protest_that_breaks_out_is_reported_as_a_verb_would_report_it(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize(
    "text",
    [
        "Strikes continued across Ukraine on Sunday.",
        "Markets rallied and the rally continued in Mumbai.",
        "The strike hit a residential building in Kharkiv.",
    ],
)
def test_strikes_and_rallies_that_continue_may_be_no_protest(coder, text):
    assert_no_event(coder, text, ("14",))


@pytest.mark.parametrize(
    "text, code, source",
    [
        # workers who strike, stop work or report sick
        ("Transport workers struck for 24 hours in Buenos Aires.", "143", "ARG"),
        ("Nurses in Kenya went on strike over unpaid salaries.", "143", "KEN"),
        ("Thousands of workers in South Africa embarked on a strike over wages.", "143", "ZAF"),
        ("The employees of the state transport corporation in Telangana gave a call for a strike.", "143", "IND"),
        ("Teachers in Nigeria's Ogun State ceased work over unpaid salaries.", "143", "NGA"),
        # human chains, marches on seats of power, placards, mass meetings
        ("Students at Dhaka University staged a human chain demanding the reform of quotas.", "141", "BGD"),
        ("Protesters converged on the parliament building in Nairobi.", "141", "KEN"),
        ("Protesters in Manila waved placards outside the US embassy.", "141", "PHL"),
        ("Workers in Chennai held a mass meeting in front of the factory.", "141", "IND"),
        ("Farmers in Punjab went on a protest march to the district headquarters in India.", "141", "IND"),
        # fasts begun, sit-ins and gates locked
        ("An Indian activist launched a fast against the dam in Ladakh.", "142", "IND"),
        ("The jailed Egyptian blogger began a fast in prison in Cairo.", "142", "EGY"),
        ("Protesters in Haryana occupied the toll plaza in India.", "144", "IND"),
        ("Students in Odisha locked the main gate of the college in protest.", "144", "IND"),
        # crowds turning violent
        ("Protesters in Kenya turned violent and torched vehicles.", "145", "KEN"),
    ],
)
def test_protest_breadth_from_the_codebook(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck targets in southern Lebanon.",
        "The fast bowler struck twice in Lahore.",
        "The company stopped work at its plant in Chennai after the accident.",
        "Police locked the gate of the stadium in Delhi.",
        "Residents locked their doors as the storm approached Dhaka.",
        "Fans waved banners at the stadium in Madrid.",
        "Thousands of pilgrims converged on Mecca.",
        "Fighters descended on the capital in Sudan.",
        "The soldiers went on a long march to the border in Pakistan.",
        "Workers began a fast during Navratri in Gujarat.",
        "Economists warned of a government shutdown in Washington.",
        "Stocks went on a rally in New York.",
    ],
)
def test_new_protest_words_in_their_other_senses_are_no_protest(coder, text):
    assert_no_event(coder, text, ("13", "14"))


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("Thousands took to the streets across Brazil to protest against the president.", "141", "BRA"),
        ("Hundreds poured onto the streets of Dhaka after the verdict.", "141", "BGD"),
        ("Thousands gathered in Tahrir Square in Cairo.", "141", "EGY"),
    ],
)
def test_a_crowd_no_one_names_protests_as_the_protesters_of_the_place(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize(
    "text",
    ["Thousands of pilgrims gathered in St Peter's Square in Rome.", "Thousands fled the fighting in Sudan."],
)
def test_a_crowd_that_does_no_act_of_protest_is_no_protester(coder, text):
    assert_no_event(coder, text, ("14",))


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("The opposition has called for a 12-hour bandh in Manipur.", "143", "IND"),
        ("The bandh evoked a total response in Kashmir.", "143", "IND"),
        ("Demonstrators in Santiago erected barricades.", "144", "CHL"),
        ("Hong Kong protesters occupied the airport.", "144", "HKG"),
        ("The villagers in Bihar laid siege to the block office demanding drinking water.", "144", "IND"),
        ("Students in Kolkata tried to barge into the minister's residence.", "145", "IND"),
        ("The protesters stopped the cavalcade of the chief minister in Patna.", "144", "IND"),
        ("The agitators resorted to sloganeering outside the minister's residence in Lucknow.", "141", "IND"),
    ],
)
def test_calls_for_a_bandh_barricades_and_sieges_by_villagers(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize(
    "text",
    [
        "Police erected barricades to stop the marchers in Delhi.",
        "The UN called for a halt to strikes on civilians in Gaza.",
        "Russian troops laid siege to Mariupol.",
    ],
)
def test_police_barricades_calls_to_halt_air_strikes_and_army_sieges_are_no_protest(coder, text):
    assert_no_event(coder, text, ("14",))
