"""Breadth of roots 01-05 from the CAMEO codebook rather than from single sentences: each code's
verbs, phrasal verbs and event nouns as wire copy writes them (01_statement.txt ... 05_diplomatic.txt),
and the everyday senses of the same words, which must code nothing of the family."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


# --- 01 make public statement ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Germany said it was cautiously optimistic that a deal could be reached.", "013", "DEU", None),
        ("The Pakistani finance minister said he was confident that the IMF would approve the loan.", "013", "PAK", None),
        ("The cabinet is considering a request from Ukraine for more air defence systems.", "014", "UKR", None),
        ("The Security Council will consider a draft resolution on Gaza on Friday.", "014", "IGO", None),
        ("NATO is studying the Russian proposal.", "014", "IGO", None),
        ("The Kremlin distanced itself from the remarks of the Chechen leader.", "016", "RUS", None),
        ("Indian officials rubbished claims that New Delhi was behind the killing.", "016", "IND", None),
        ("Islamabad debunked reports that its troops had crossed the border.", "016", "PAK", None),
        ("The Chinese embassy declined an interview.", "011", "CHN", None),
        ("Serbia marked the anniversary of the NATO bombing.", "017", "SRB", None),
        ("The Afghan president attended the funeral of the slain governor in Kabul.", "017", "AFG", None),
        ("China celebrated its National Day with a parade in Beijing.", "017", "CHN", None),
        ("Egypt expressed delight at the agreement between Sudan's warring parties.", "013", "EGY", None),
        ("Seoul voiced trepidation over North Korea's launch.", "012", "KOR", "PRK"),
    ],
)
def test_statements(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # a market's hopes are no optimistic comment of anyone's
        ("Investors are optimistic that prices will rise in the spring.", ("013",)),
        ("Volunteers cleared rubbish from the streets of Lagos.", ("016",)),
        # an anniversary marked by a visit is the visit's, and a visit is no actor
        ("The visit marks the 50th anniversary of ties between India and France.", ("017",)),
        ("Russia considers NATO a threat to its security.", ("014",)),
        ("Shoppers can look forward to lower prices in Germany.", ("01", "03")),
    ],
)
def test_other_senses_are_no_statements(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 02 appeal ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Sri Lanka asked India for a debt moratorium.", "0231", "LKA", "IND"),
        ("Zambia called for a debt restructuring with China.", "0231", "ZMB", None),
        ("Sri Lanka looked to China for financial support.", "0231", "LKA", "CHN"),
        ("The Red Cross launched an appeal for $50 million for flood victims in Pakistan.", "023", "NGO", None),
        ("The UN appealed for $2 billion to help Sudanese refugees.", "023", "IGO", None),
        ("Kyiv pleaded for more air defences.", "0232", "UKR", None),
        ("Zelenskyy called for more air defense systems for Ukraine.", "0232", "UKR", None),
        ("The Palestinian Authority asked the UN to send international protection forces.", "0234", "PSE", "IGO"),
        ("Lebanon asked the UN Security Council to extend the mandate of UNIFIL.", "0234", "LBN", "IGO"),
        ("Poland asked NATO to station more troops on its territory.", "0234", "POL", "IGO"),
        ("Mali's junta asked Russia for military instructors.", "0212", "MLI", "RUS"),
        ("Ghana has applied to join BRICS.", "022", "GHA", None),
        ("Canada invited India to cooperate in the investigation.", "021", "CAN", "IND"),
        ("Rights groups urged Bangladesh to restore internet access.", "0251", "BGD", "BGD"),
        ("The U.S. called for the restoration of internet services in Ethiopia.", "0251", "USA", "ETH"),
        ("The EU urged Belarus to unban the opposition party.", "0251", "IGO", "BLR"),
        ("The opposition called for the withdrawal of the controversial bill in Kenya.", "0242", "KEN", "KEN"),
        ("Britain called for a change in policy by Israel on settlements.", "0242", "GBR", "ISR"),
        ("The health minister of Kenya urged striking doctors to return to work.", "0252", "KEN", "KEN"),
        ("The AU urged Ethiopia and Somalia to resolve their differences through dialogue.", "027", "IGO", "ETH"),
        ("China urged India to settle the border issue through negotiations.", "027", "CHN", "IND"),
        ("The U.S. asked Pakistan for information about the attack.", "0214", "USA", "PAK"),
        ("Pakistani police appealed to the protesters to end their dharna in Islamabad.", "0252", "PAK", "PAK"),
        ("The Indian opposition called on the president to intervene.", "020", "IND", "IND"),
        ("The Kenyan opposition sought the president's intervention in the dispute.", "020", "KEN", "KEN"),
    ],
)
def test_appeals(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("The police urged passengers to leave the station in Mumbai.", ("0234",)),
        ("Germany looked to the future after the election.", ("02",)),
        ("Parliament voted to extend the president's mandate in Chad.", ("0234",)),
        # a journalist's question about something is no request for information
        ("Reuters asked the Pakistani ministry about the attack.", ("02",)),
    ],
)
def test_other_senses_are_no_appeals(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 03 express intent to cooperate -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The Polish government agreed to shelve the judicial reform.", "0342", "POL", None),
        ("The Kenyan government promised to repeal the finance bill.", "0342", "KEN", None),
        ("Senegal's ruling party vowed to amend the electoral law.", "034", "SEN", None),
        ("Macron said he looks forward to meeting Trump in Paris.", "036", "FRA", "USA"),
        ("The Kremlin said Putin was open to talks with Zelensky.", "036", "RUS", "UKR"),
        ("Iran said it was ready for negotiations with Washington.", "036", "IRN", "USA"),
        ("Ethiopia's prime minister offered an olive branch to the Tigrayan rebels.", "037", "ETH", "ETH"),
        ("Qatar offered to help broker a deal between Israel and Hamas.", "039", "QAT", None),
        ("The Moroccan king said he would be ready to host a meeting between Israel and the Palestinians.",
         "039", "MAR", "ISR"),
        ("NATO invited Finland to join the alliance.", "032", "IGO", "FIN"),
        ("Germany announced a pledge of $100 million for Ukraine.", "0331", "DEU", None),
        ("The junta pledged to restore internet access in Myanmar.", "0351", "MMR", None),
        ("The Pakistani government promised to allow peaceful protests by the PTI.", "0351", "PAK", None),
        ("The protesters agreed to dismantle their camp outside the Israeli parliament.", "0352", "ISR", None),
        ("Niger's junta pledged a transition to civilian rule within three years.", "0344", "NER", None),
        ("Sudan's military promised to draft a new constitution.", "0344", "SDN", None),
        ("Kenya and Somalia agreed to cooperate on counter-terrorism.", "0314", "KEN", "SOM"),
        ("Japan said it stood ready to provide assistance to Turkey.", "033", "JPN", "TUR"),
        ("Iran said it stands ready to hold talks with the IAEA.", "036", "IRN", "IGO"),
        ("Beijing promised to buy more American soybeans.", "0311", "CHN", "USA"),
        ("Nurses in Nigeria agreed to resume work after the talks.", "0352", "NGA", None),
        ("The presidents of Egypt and Ethiopia pledged to resolve their differences through dialogue.", "037", "EGY", None),
    ],
)
def test_intents(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("The Nigerian president accepted the resignation of the defence minister.", ("03",)),
        ("The Egyptian actor accepted an award in Cairo.", ("03",)),
        ("The border crossing in Rafah is open to trucks.", ("036",)),
        ("The Iranian army stands ready to respond to any attack by Israel.", ("03",)),
        # ending hunger is no protest called off
        ("The Nigerian government pledged to end hunger by 2030.", ("0352",)),
        # services restored after a storm are no sanctions eased
        ("Engineers restored power and water services in Gaza.", ("0351",)),
        ("The Indian army cleared the camp of the militants in Kashmir.", ("0352",)),
    ],
)
def test_other_senses_are_no_intents(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 04 consult -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Iran and the United States held indirect talks in Oman.", "046", "IRN", "USA"),
        ("Negotiators resumed truce talks in Cairo with Hamas.", "046", None, None),
        ("King Charles granted an audience to the Chinese delegation.", "043", "GBR", "CHN"),
        ("Iran participated in the talks in Vienna with European diplomats.", "040", "IRN", None),
        ("Indian Prime Minister Modi took part in the G20 summit in Rio.", "040", "IND", None),
        ("Putin met Xi on the fringes of the summit.", "044", "RUS", "CHN"),
        ("The Russian and Turkish presidents exchanged telephone calls.", "041", "RUS", "TUR"),
        # Indian and British usage: calling on someone in office is a visit
        ("A delegation of Indian opposition leaders called on the President on Monday.", "042", "IND", "IND"),
    ],
)
def test_consultations(coder, text, prefix, source, target):
    if source is None:
        assert_no_event(coder, text, ("01", "02", "03", "05"))
    else:
        assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyans took part in the protest in Nairobi.",
        "Ethiopian runners took part in the marathon.",
        # a call on someone to act is an appeal, no visit
        "The Indian opposition called on the president to act.",
    ],
)
def test_taking_part_in_a_protest_or_a_race_and_calls_to_act_are_no_consultations(coder, text):
    assert_no_event(coder, text, ("04",))


# --- 05 engage in diplomatic cooperation ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Turkey approved Sweden's bid to join NATO.", "051", "TUR", "SWE"),
        ("The Turkish parliament gave the green light to Sweden's NATO bid.", "051", "TUR", None),
        ("Paris appointed a new ambassador to Algeria.", "050", "FRA", "DZA"),
        ("The EU granted Ukraine candidate status.", "050", "IGO", "UKR"),
        ("The UAE welcomed Syria back into the Arab League.", "050", "ARE", "SYR"),
        ("India and the UAE signed a letter of intent on defence.", "057", "IND", "ARE"),
        ("Kenya and Ethiopia inked an MoU on trade.", "057", "KEN", "ETH"),
        ("Serbia accepted Croatia's apology.", "056", "SRB", "HRV"),
        ("The G7 issued a joint statement of support for Ukraine.", "051", "IGO", "UKR"),
        ("Poland issued a statement of solidarity with Ukraine.", "051", "POL", "UKR"),
        # backing won from someone is that one's support of the winner
        ("Ukraine won backing from the European Union for its membership bid.", "051", "IGO", "UKR"),
        ("The Iranian supreme leader granted clemency to 2,000 prisoners.", "056", "IRN", None),
    ],
)
def test_diplomatic_cooperation(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("The U.S. ambassador to Algeria said the talks were useful.", ("050",)),
        ("A Nigerian court granted bail to the opposition leader.", ("05",)),
        # support received as arms is aid, not praise
        ("Ukraine received military support from Germany.", ("051",)),
    ],
)
def test_other_senses_are_no_diplomatic_cooperation(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
