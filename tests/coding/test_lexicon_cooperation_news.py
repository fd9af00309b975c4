"""Wordings of appeals (02), intents to cooperate (03), material cooperation (06) and aid (07) as news
reports them: halts and pauses in the fighting, returns to constitutional rule, deployments asked for or
led, offers and pledges whose content is an infinitive ('its offer to mediate'), joint ventures, currency
swaps, tip-offs, goods rushed, flown or handed out, armoured vehicles and military equipment. Words of the
same families used for something else code nothing of the family."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("France called for an immediate cessation of hostilities in Sudan.", "0256", "FRA", None),
        ("Britain called for a humanitarian pause to let aid into Gaza.", "0256", "GBR", None),
        ("The Arab League urged a halt to hostilities in Lebanon.", "0256", "IGO", None),
        ("Sudan's government renewed its appeal for a pause in the fighting.", "0256", "SDN", None),
        ("The UN secretary-general made an urgent appeal to end the fighting in Sudan.", "0256", "IGO", None),
        ("Washington urged Niger's junta to restore constitutional order.", "0244", "USA", "NER"),
        ("The African Union called for a swift return to civilian rule in Mali.", "0244", "IGO", None),
        ("Haiti requested the deployment of an international force to fight the gangs.", "0234", "HTI", None),
        ("Sri Lanka turned to China for loans.", "0231", "LKA", "CHN"),
        ("Lebanon turned to its Arab neighbours for help.", "023", "LBN", None),
        ("China proposed a ceasefire in Ukraine.", "0256", "CHN", None),
        ("The United Nations sought a political solution to the conflict in Yemen.", "027", "IGO", None),
        ("Saudi Arabia courted Chinese investors.", "0211", "SAU", "CHN"),
        ("The United States called for free and fair elections in Venezuela.", "024", "USA", None),
        ("The British opposition called for early elections.", "0241", "GBR", None),
        ("The African Union urged Mali's junta to hold elections.", "024", "IGO", "MLI"),
        ("Amnesty International called for accountability for the killings of protesters.", "0213", "NGO", None),
        ("Turkey urged Israel to lift the blockade of Gaza.", "0256", "TUR", "ISR"),
        ("The UN called for the lifting of the siege of El Fasher.", "0256", "IGO", None),
        ("The UN called for the reopening of all border crossings into Gaza.", "0255", "IGO", None),
        ("Ukraine submitted its application for membership in the European Union.", "022", "UKR", None),
        ("Germany echoed calls for a ceasefire in Gaza.", "0256", "DEU", None),
        ("The Palestinian Authority courted donors in Brussels.", "023", "PSE", None),
    ],
)
def test_appeals(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Israel agreed to a four-day pause in fighting.", "0356", "ISR", None),
        ("Beijing pledged to protect the rights of ethnic minorities.", "0343", "CHN", None),
        ("Kenya offered to lead a multinational force in Haiti.", "0334", "KEN", "HTI"),
        ("Saudi Arabia pledged a $2 billion deposit to Pakistan.", "0331", "SAU", "PAK"),
        ("Japan and Australia committed to closer defence ties.", "0312", "JPN", "AUS"),
        ("Qatar offered its good offices to resolve the crisis.", "039", "QAT", None),
        ("Turkey repeated its offer to mediate between Russia and Ukraine.", "039", "TUR", None),
        ("Russia expressed readiness to negotiate with the United States on arms control.", "036", "RUS", "USA"),
        ("Iran signalled its willingness to resume talks with Washington.", "036", "IRN", "USA"),
        ("Armenia agreed to sign a peace treaty with Azerbaijan.", "037", "ARM", "AZE"),
        ("Spain pledged to cooperate with the International Criminal Court.", "0313", "ESP", None),
        ("Japan announced plans to give $500 million to Ukraine.", "0331", "JPN", "UKR"),
        ("South Korea will co-produce howitzers with Poland.", "031", "KOR", "POL"),
        ("Germany committed $5 billion to Ukraine's reconstruction.", "0331", "DEU", "UKR"),
    ],
)
def test_intents(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Serbia cooperated with the tribunal's prosecutors.", "063", "SRB", None),
        ("The United States tipped off Russia about the planned attack.", "064", "USA", "RUS"),
        ("South Korea and Japan revived a currency swap arrangement worth $10 billion.", "061", "KOR", "JPN"),
        ("The United States and Ukraine launched a joint program to clear mines.", "060", "USA", "UKR"),
        ("China and Pakistan set up a joint venture in the mining sector.", "06", "CHN", "PAK"),
        ("Russia held naval drills with China in the Sea of Japan.", "062", "RUS", "CHN"),
        ("Mexico sent 29 cartel figures to the United States.", "063", "MEX", "USA"),
        ("Britain helped the United States with intelligence on the network.", "064", "GBR", "USA"),
        ("The Netherlands joined the US-led naval coalition in the Red Sea.", "062", "NLD", None),
        ("The Philippines granted the United States access to four more military bases.", "062", "PHL", "USA"),
    ],
)
def test_material_cooperation(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Germany took in more than one million asylum seekers.", "075", "DEU", None),
        ("Kenya deployed a multinational security force in Haiti.", "074", "KEN", None),
        ("The UN deployed military observers to monitor the truce.", "074", "IGO", None),
        ("Jordan flew tons of medicine to Gaza.", "073", "JOR", "PSE"),
        ("The United States distributed food parcels and blankets to families in Syria.", "073", "USA", "SYR"),
        ("UNICEF is providing support to children in Sudan.", "073", "IGO", "SDN"),
        ("Washington rushed munitions to Israel.", "072", "USA", "ISR"),
        ("The United States sent Ukraine more Bradley fighting vehicles.", "072", "USA", "UKR"),
        ("Germany delivered armoured personnel carriers to Ukraine.", "072", "DEU", "UKR"),
        ("Britain supplied Ukraine with lethal aid.", "072", "GBR", "UKR"),
        ("Canada sent military equipment to Ukraine.", "072", "CAN", "UKR"),
        ("China extended a $1.5 billion credit line to Sri Lanka.", "071", "CHN", "LKA"),
        ("The EU unveiled a 50 billion euro support package for Ukraine.", "07", "IGO", "UKR"),
        ("India helped Nepal with reconstruction after the earthquake.", "070", "IND", "NPL"),
        ("The World Bank approved $1 billion in financing for Kenya.", "071", "IGO", "KEN"),
        ("Jordan opened a field hospital in Gaza.", "073", "JOR", "PSE"),
        ("The IMF approved a $3 billion bailout for Sri Lanka.", "071", "IGO", "LKA"),
        ("China sent medical equipment and masks to Italy.", "073", "CHN", "ITA"),
        ("The U.S. military brought aid to the flooded villages of Pakistan.", "073", "USA", "PAK"),
        ("The State Department approved a $300 million sale of military equipment to Taiwan.", "072", "USA", "TWN"),
    ],
)
def test_aid(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # joint ventures that exist are named, not launched
        ("Pakistan and China denied that their joint ventures harm the Baloch.", ("06",)),
        # people taken somewhere are no refugees taken in
        ("The Taliban took two Americans in Kabul.", ("075",)),
        ("The minister asked the police force to stay calm.", ("0234",)),
        ("Soldiers drove armoured vehicles through the city.", ("072",)),
        ("Volunteers handed out leaflets to passers-by.", ("073",)),
        ("Iran warned of a foreign plot against the country.", ("064",)),
        # calling an election convenes it
        ("Japan's prime minister called a snap election for July.", ("02",)),
        ("The president called elections for March.", ("02",)),
        # details, comments and evidence offered are no offers of cooperation
        ("The Russian foreign ministry offered no details about the meeting.", ("03",)),
        ("The Kremlin offered no comment on the report.", ("03",)),
        ("Israel offered no evidence for its claim.", ("03",)),
        ("Israel evacuated its embassy in Ankara.", ("07",)),
        # questions about deployments, legislative votes, trials and withdrawals proposed by oneself
        ("Reporters asked about the deployment of troops to the border.", ("0234",)),
        ("The speaker urged lawmakers to hold a vote on the bill.", ("024",)),
        ("The judge urged witnesses to testify at the trial.", ("0213",)),
        ("Russia proposed withdrawing its troops from the border.", ("0256",)),
        ("China sent protective gear to hospitals in Italy.", ("072",)),
        # pleas in court answer a charge
        ("Two men from Azerbaijan have pleaded not guilty.", ("02",)),
        ("The Russian pilot pleaded guilty to espionage.", ("02",)),
    ],
)
def test_same_words_in_other_senses(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
