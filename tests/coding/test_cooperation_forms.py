"""Cooperation as news phrases it: aid and intelligence received from a giver (the giver's act),
meetings, visits and calls named in a time phrase of the clause ('after talks with', 'during his visit
to', 'in a phone call with'), drills and patrols held jointly, weapons built together, forces sent as
part of a mission, and what is returned or released. Their look-alikes code nothing of the family."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, events_of

from dyadwatch.coding.lexicon import load_lexicon_dir
from dyadwatch.errors import LexiconError


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Egypt received a $1.2 billion tranche from the IMF.", "071", "IGO", "EGY"),
        ("Pakistan secured a $7 billion bailout from the International Monetary Fund.", "071", "IGO", "PAK"),
        ("Ukraine received the first batch of F-16 fighter jets from Denmark.", "072", "DNK", "UKR"),
        ("Kyiv has received Patriot missiles from Germany.", "072", "DEU", "UKR"),
        ("Lebanon received tons of medicine from Qatar.", "073", "QAT", "LBN"),
        ("Jordan received intelligence from the United States about the plot.", "064", "USA", "JOR"),
        ("Vietnam received $5 billion in investment from South Korea last year.", "061", "KOR", "VNM"),
        ("Egypt attracted Chinese investment worth $8 billion.", "061", "CHN", "EGY"),
        ("Ukraine, which has received more than $100 billion in U.S. aid, asked for more air defense.", "070", "USA", "UKR"),
        ("Egypt received Chinese military aid worth $200 million.", "072", "CHN", "EGY"),
        ("Sri Lanka accepted a $2.9 billion loan from the IMF.", "071", "IGO", "LKA"),
        ("Malaysia's government accepted Chinese funding for infrastructure projects.", "071", "CHN", "MYS"),
        ("France handed over five Mirage jets to Ukraine.", "072", "FRA", "UKR"),
        ("Kenya flew the first 400 police officers to Haiti to lead a UN-backed mission against the gangs.", "074",
         "KEN", "HTI"),
        ("The White House sent an unofficial delegation to Taiwan.", "042", "USA", "TWN"),
        ("The first U.S. aid convoy arrived in Gaza on Sunday.", "070", "USA", "PSE"),
        ("U.S. and Chinese trade negotiators wrapped up two days of talks in Geneva.", "040", "USA", "CHN"),
        ("Iran has funneled weapons and money to the Houthis for years.", "072", "IRN", "YEM"),
        ("Qatar pumped millions of dollars to Hamas, Israel said.", "071", "QAT", "PSE"),
        # an act named by a noun under a passive light verb is its possessor's
        ("The Pentagon's delivery of Patriot missiles to Ukraine was completed last week.", "072", "USA", "UKR"),
        ("Washington's $2 billion aid package for Ukraine was approved on Friday.", "070", "USA", "UKR"),
        ("On 22 March 2024, Ukrainian forces withdrew from Orlivka, according to the Russian MoD.", "087", "UKR", None),
        ("On 18 January 2024, the RSF and the Sudanese army agreed to a three-day humanitarian truce in Khartoum.",
         "0871", "SDN", None),
    ],
)
def test_what_is_received_is_the_givers_act(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix",
    [
        ("Egypt received a $1.2 billion tranche from the IMF.", "071"),
        ("Ukraine received the first batch of F-16 fighter jets from Denmark.", "072"),
    ],
)
def test_the_receiver_gives_nothing(coder, text, prefix):
    assert not [e for e in events_of(coder, text) if e[0].startswith(prefix) and e[1] in ("EGY", "UKR")]


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("After talks with Erdogan, Putin said the grain deal could be revived.", "040", "RUS", "TUR"),
        ("Following a meeting with Zelenskyy, Scholz announced new aid for Ukraine.", "040", "DEU", "UKR"),
        ("During his visit to Beijing, Macron urged Xi to help end the war.", "042", "FRA", "CHN"),
        ("In a phone call with Zelenskyy, Biden promised more air defense.", "041", "USA", "UKR"),
        ("Hamas is in talks with Egyptian mediators over a new truce.", "046", "PSE", "EGY"),
        ("The minister arrived in Kathmandu after a visit to India.", "042", "NPL", "IND"),
    ],
)
def test_meetings_in_time_phrases_are_the_subjects(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "In a call with reporters, a senior State Department official said the talks would continue.",
        "Three people were killed in clashes after the meeting.",
        "Police arrested 20 people in Lagos during a protest against fuel prices.",
        "He said the issue was raised at a meeting of NATO defence ministers.",
    ],
)
def test_time_phrases_without_a_partner_are_no_meetings(coder, text):
    assert_no_event(coder, text, ("04",))


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("Gaza received aid on Sunday.", ("07", "08")),  # aid got from no one named is no access granted
        ("Trump got credit from voters for the economy.", ("07",)),
        ("The rebels handed over their weapons to UN monitors.", ("07",)),
        ("Police arrested a trader in Amritsar for allegedly spying for Pakistan's ISI and passing on information "
         "about army movements.", ("06",)),
        ("Kenya flew the first 400 police officers to Haiti to lead a UN-backed mission against the gangs.", ("04",)),
        ("Turkey said it would turn to Russia to meet its defence requirements.", ("04",)),
        ("The first batch of China's Sinovac vaccine arrived in Manila on March 29.", ("04",)),
        ("Ukrainian forces withdrew from Orlivka, according to the Russian MoD.", ("16",)),
        ("The army handed over 25 surrendered Boko Haram fighters to the Borno state government.", ("07",)),
    ],
)
def test_look_alikes_of_aid_sharing_and_visits(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


def test_a_visit_with_its_own_agent_stays_that_agents(coder):
    got = events_of(coder, "During a visit by Starmer to the White House last month, Trump praised the deal.")
    assert not [e for e in got if e[0].startswith("04") and e[1] == "USA"], got


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Egypt and Sudan carried out joint military exercises near the border.", "062", "EGY", "SDN"),
        ("Chinese and Russian bombers flew joint patrols near Alaska.", "062", "CHN", "RUS"),
        ("India and France agreed to jointly produce submarines.", "0312", "IND", "FRA"),
        ("India and Brazil agreed to boost trade.", "0311", "IND", "BRA"),
        ("Uganda deployed 1,500 troops to Somalia as part of the African Union mission.", "074", "UGA", "SOM"),
        ("China forgave Cuba's debts.", "071", "CHN", "CUB"),
        ("Niger's junta released former president Mohamed Bazoum's son.", "0841", "NER", None),
        ("Iran returned the seized tanker to Greece.", "0842", "IRN", None),
        ("The G7 affirmed its unwavering support for Ukraine.", "051", "IGO", "UKR"),
        ("The United States and India signed a framework for defence cooperation.", "057", "USA", "IND"),
        ("The Pope received Zelenskyy at the Vatican.", "043", "VAT", "UKR"),
        ("Trump said he was very proud of Rubio.", "051", "USA", "USA"),
        ("Sweden granted residence permits to 300 Syrian refugees.", "075", "SWE", "SYR"),
        # a word of the pattern in the second of two conjoined nouns
        ("Washington lifted the freeze on intelligence and weapons for Ukraine.", "072", "USA", None),
        ("Iran and Iraq exchanged the remains of soldiers killed in their war.", "0841", "IRN", None),
        ("UNICEF vaccinated 2 million children in Yemen.", "073", "IGO", "YEM"),
        ("The government agreed to the opposition's demand for early elections, Kenya's president said.", "080", "KEN", None),
        ("The Syrian government granted the UN permission to deliver aid across the border.", "0863", "SYR", "IGO"),
    ],
)
def test_cooperation_wordings(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("Russian warships held military exercises near Alaska.", ("06",)),
        ("Iran's navy staged drills in the Strait of Hormuz.", ("06",)),
    ],
)
def test_drills_of_one_side_are_no_cooperation(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


def test_a_received_act_needs_a_code(tmp_path):
    (tmp_path / "07_aid.txt").write_text("[verbs]\n<---  receive loan\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="07_aid.txt:2"):
        load_lexicon_dir(tmp_path)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("On 28 June 2023, the Somali National Army and ATMIS forces conducted a joint operation against Al "
         "Shabaab in Lower Shabelle.", "SOM", "IGO"),
        ("Nigerian and Cameroonian troops launched a joint operation against Boko Haram.", "NGA", "CMR"),
        ("U.S. forces killed the militant leader in coordination with the Iraqi government.", "USA", "IRQ"),
        ("Russian and Chinese warships held exercises in the Sea of Japan.", "RUS", "CHN"),
    ],
)
def test_partners_in_force_cooperate_besides_the_act(coder, text, source, target):
    assert_event(coder, text, "062", source, target)
    assert [e for e in events_of(coder, text) if e[0].startswith(("15", "17", "18", "19"))]


@pytest.mark.parametrize(
    "text",
    [
        "Police and army conducted a joint operation against bandits in Zamfara.",
        "Russian and Syrian jets bombed rebel-held Idlib.",
        "US forces killed an Islamic State leader in Syria.",
        "Israeli and Iranian forces were put on high alert.",
        "The Indian army held exercises near the border.",
    ],
)
def test_one_country_or_no_joint_act_is_no_partnership(coder, text):
    assert_no_event(coder, text, ("06",))


def test_a_source_named_again_is_no_target_of_a_reciprocal_act(coder):
    text = ("Xi Jinping and Vladimir Putin held informal talks over dinner at the Kremlin on the first day of the "
            "Chinese leader's state visit.")
    got = events_of(coder, text)
    assert ("040", "CHN", "RUS") in got and ("040", "RUS", "CHN") in got, got
    assert not [e for e in got if e[1] == e[2]], got


@pytest.mark.parametrize(
    "text, prefix, target",
    [
        ("Aid was airdropped into northern Gaza on Sunday.", "073", "PSE"),
        ("Food aid was delivered to 200,000 people in Darfur last month.", "073", "SDN"),
        ("The 279 girls were released around 3 a.m. and taken to Government House in Gusau.", "0841", None),
    ],
)
def test_aid_and_releases_by_no_one_named(coder, text, prefix, target):
    assert_event(coder, text, prefix, "---", target)


@pytest.mark.parametrize("text", ["The report was released on Tuesday.", "The video was released by the militants."])
def test_things_released_are_no_release(coder, text):
    assert_no_event(coder, text, ("08",))
