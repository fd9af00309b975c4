"""Wordings of the CAMEO codebook's material cooperation (06), aid (07), concessions (08), investigations
(09) and demands (10) that news uses besides the most common verb: British hyphenated spellings
('co-operated'), exercises taken part in, training given, aid given 'with' ('provided Israel with
bombs'), weapons named by their system, firefighting help, bans lifted on the press, on parties and on
trade, protests called off in the words of South Asian news, policies suspended or withdrawn, people
freed named by what was done to them, the entry of aid allowed, tactical pauses, positions and
programmes given up, occupations ended, criminal investigations opened, questioning, probes taken over
or reopened, demands named by what they ask for (the handover of suspects, the release of files, market
access, deployments, the repeal of laws), the wire's wordings (joint manoeuvres and war games, troops
contributed to a UN force, food dropped over a town, shelter given to refugees, an opponent's victory
recognised), acts ordered by the one in command of them ('ordered the release of', 'ordered the
withdrawal of troops'), cases withdrawn, prohibitory orders lifted; and the modifiers of a noun's own
modifiers ('a security assistance package', 'search and rescue teams'). The same words in other senses
code nothing of the family."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Britain co-operated with France on the investigation into the smuggling ring.", "060", "GBR", "FRA"),
        ("Indonesia pooled resources with Malaysia to fight the haze.", "060", "IDN", "MYS"),
        ("China teamed up with Russia to build the lunar station.", "060", "CHN", "RUS"),
        ("Egypt's air force took part in the Bright Star exercise with U.S. forces.", "062", "EGY", "USA"),
        ("Indian troops participated in a joint exercise with the Kazakh army.", "062", "IND", "KAZ"),
        ("Britain provided training to Ukrainian troops.", "062", "GBR", "UKR"),
        ("France gave military training to the Malian army.", "062", "FRA", "MLI"),
        ("Britain expanded its co-operation with India.", "060", "GBR", "IND"),
        ("Japan and Britain deepened their defence co-operation.", "062", "JPN", "GBR"),
        ("Japan deepened its defence cooperation with Australia.", "062", "JPN", "AUS"),
        ("Dubai police arrested the Belgian suspect at the request of Belgium.", "063", "ARE", None),
        ("China launched a currency swap with Argentina.", "061", "CHN", "ARG"),
        ("Uzbekistan granted Chinese companies mining concessions.", "061", "UZB", "CHN"),
        ("The United States granted Vietnam most-favoured-nation status.", "061", "USA", "VNM"),
        ("Saudi Arabia pumped investment into Egypt's tourism sector.", "061", "SAU", "EGY"),
        ("Turkey and Israel held joint manoeuvres over the Mediterranean.", "062", "TUR", "ISR"),
        ("France and Egypt launched 10 days of war games in the Mediterranean.", "062", "FRA", "EGY"),
        ("Jordan handed over intelligence on the militants to Israel.", "064", "JOR", "ISR"),
    ],
)
def test_material_cooperation(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The United States provided Israel with 2,000-pound bombs.", "072", "USA", "ISR"),
        ("Iran supplied the Houthis with ballistic missiles.", "072", "IRN", "YEM"),
        ("Japan provided Sri Lanka with 10 patrol boats.", "070", "JPN", "LKA"),
        ("The UN supplied the camps in Chad with clean water and tents.", "073", "IGO", None),
        ("Saudi Arabia furnished Yemen with $500 million in cash.", "071", "SAU", "YEM"),
        ("The EU unveiled a 50-billion-euro aid package for Ukraine.", "070", "IGO", "UKR"),
        ("The Pentagon announced a new $400 million security assistance package for Ukraine.", "072", "USA", "UKR"),
        ("Russia transferred S-400 systems to Belarus.", "072", "RUS", "BLR"),
        ("Germany delivered Leopard tanks to Kyiv.", "072", "DEU", "UKR"),
        ("Turkey sent firefighting planes to Greece.", "073", "TUR", "GRC"),
        ("Canada dispatched 200 firefighters to Australia.", "073", "CAN", "AUS"),
        ("Turkey sent search and rescue teams to Morocco after the earthquake.", "073", "TUR", "MAR"),
        ("France provided air cover for the Malian convoy.", "074", "FRA", "MLI"),
        ("Pakistan contributed 3,000 troops to the UN force in Somalia.", "074", "PAK", None),
        ("Austria gave shelter to 50,000 Bosnian refugees.", "075", "AUT", "BIH"),
        ("U.S. planes dropped food and medicine over the besieged Bosnian enclaves.", "073", "USA", None),
        ("China gave Cambodia 20 military trucks.", "072", "CHN", "KHM"),
        ("Japan donated 30 buses and tractors to Sri Lanka.", "070", "JPN", "LKA"),
    ],
)
def test_aid(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Myanmar's junta lifted the ban on the newspaper.", "0811", "MMR", None),
        ("Egypt lifted its ban on the opposition party.", "0812", "EGY", None),
        ("India lifted its ban on rice exports.", "085", "IND", None),
        ("Australia lifted its ban on imports of Chinese solar panels.", "085", "AUS", "CHN"),
        ("The United States lowered tariffs on Japanese cars.", "085", "USA", "JPN"),
        ("China allowed imports of Australian beef.", "085", "CHN", "AUS"),
        ("Indian farmers called off their agitation after the government accepted their demands.", "082", "IND", None),
        ("The Congress party withdrew its bandh call after talks with the state government.", "082", "IND", None),
        ("Britain's prime minister stood down as party leader.", "0831", "GBR", None),
        ("Serbia's opposition recognised the victory of the ruling party in the elections.", "080", "SRB", None),
        ("The Karnataka government withdrew the circular after protests by students.", "0832", "IND", None),
        ("Pakistan's government froze the fuel price hike.", "0832", "PAK", None),
        ("Kenya's government suspended the implementation of the housing levy.", "0832", "KEN", None),
        ("South Korea's president lifted martial law hours after declaring it.", "0814", "KOR", None),
        ("Nigerian troops freed the kidnapped passengers.", "0841", "NGA", None),
        ("Nigeria's army rescued the abducted schoolchildren.", "0841", "NGA", None),
        ("Iran announced the release of the French tourist.", "0841", "IRN", "FRA"),
        ("The United States unfroze $6 billion of Iranian assets.", "0842", "USA", "IRN"),
        ("Israel allowed the entry of aid trucks into Gaza.", "0863", "ISR", "PSE"),
        ("Israel announced a daily tactical pause in southern Gaza.", "0871", "ISR", None),
        ("Ukrainian forces abandoned their defensive positions near Pokrovsk.", "0874", "UKR", None),
        ("Libya dismantled its nuclear weapons programme.", "0873", "LBY", None),
        ("Israel ended its occupation of the Sinai.", "087", "ISR", None),
        ("Ethiopia ended its military presence in Somalia.", "087", "ETH", "SOM"),
        ("Pakistan's Supreme Court ordered the release of the journalist.", "0841", "PAK", None),
        ("A Dhaka court ordered police to release the detained students.", "0841", "BGD", None),
        ("Trump ordered the withdrawal of U.S. troops from Syria.", "087", "USA", "SYR"),
        ("Israel's defence minister ordered the troops to pull back from the border.", "087", "ISR", None),
        ("The Uttar Pradesh government withdrew cases against the protesting farmers.", "0841", "IND", None),
        ("India's district administration lifted prohibitory orders in Nuh.", "081", "IND", None),
    ],
)
def test_concessions(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The FBI opened a criminal investigation into the former president.", "091", "USA", None),
        ("Brazil's federal police launched an anti-corruption probe into the state oil company.", "091", "BRA", None),
        ("Pakistan's anti-graft agency summoned the former prime minister for questioning.", "091", "PAK", None),
        ("India's National Investigation Agency took over the probe into the blast.", "090", "IND", None),
        ("The IAEA verified Iran's compliance with the deal.", "090", "IGO", "IRN"),
        ("Kenyan police reopened the inquiry into the death of the activist.", "090", "KEN", None),
        ("Pakistan demanded the handover of the suspects from Afghanistan.", "1013", "PAK", "AFG"),
        ("Britain demanded the release of the intelligence files from Russia.", "1014", "GBR", "RUS"),
        ("The United States demanded greater market access from China.", "1011", "USA", "CHN"),
        ("The United States demanded higher defence spending from its European allies.", "1012", "USA", None),
        ("Zelensky demanded more air defence systems from the West.", "1032", "UKR", None),
        ("Haiti demanded the deployment of foreign troops.", "1034", "HTI", None),
        ("Indian farmers demanded the repeal of the new farm laws.", "1042", "IND", None),
        ("French unions demanded the withdrawal of the pension reform.", "1042", "FRA", None),
        ("Ukraine demanded the withdrawal of Russian troops.", "106", "UKR", "RUS"),
        ("Indian farmers renewed their demand for the repeal of the farm laws.", "1042", "IND", None),
        ("Haiti repeated its demand for the deployment of foreign troops.", "1034", "HTI", None),
    ],
)
def test_investigations_and_demands(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("Britain's king was released from hospital on Monday.", ("08",)),
        ("The footballer was discharged from hospital after surgery.", ("08",)),
        ("Kenya's health ministry provided reporters with details of the outbreak.", ("07",)),
        ("Thousands of workers in India took part in the protest.", ("06",)),
        ("Turkey withdrew its ambassador over the crackdown on protests by Palestinians.", ("082",)),
        ("Muslims in Pakistan broke their fast at sunset.", ("08",)),
        ("Indian police dropped drug charges against the singer.", ("07",)),
        ("Hungary dropped its veto on the EU aid package.", ("07",)),
        ("Sri Lanka's government ordered the release of the report on the attacks.", ("08",)),
        ("Pakistan's army sent trucks to the border.", ("07",)),
        ("The Indian government suspended the officer under the law on misconduct.", ("0832",)),
        ("Britain's prime minister called the French president for talks on Ukraine.", ("09",)),
        ("Israel demanded the release of the hostages held in Gaza.", ("1014", "1013")),
        ("Oil demand for Chinese refineries rose in March.", ("10",)),
    ],
)
def test_same_words_in_other_senses(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
