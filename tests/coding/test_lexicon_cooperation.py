"""Breadth of the cooperative and neutral roots (CAMEO 01-09): for each code family, several common
English wordings (verbs, phrasal verbs, nominalisations, British and American spellings) must code
the family with the right source and target country, and the non-political senses of the same words
must code nothing of it."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event as assert_family
from coding_helpers import assert_no_event

# --- 02 appeal -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Kenya appealed for calm after the disputed election.", "020", "KEN", None),
        ("The Vatican called for calm and unity in Lebanon.", "020", "VAT", None),
        ("Washington pressed Beijing on human rights.", "020", "USA", "CHN"),
        ("The US advised Israel to delay the offensive.", "020", "USA", "ISR"),
        ("Iran advocated for a regional security framework.", "020", "IRN", None),
        ("Japan persuaded China to free the detained businessman.", "0253", "JPN", "CHN"),
        ("Qatar called on Israel to return the bodies of Palestinians.", "0253", "QAT", "ISR"),
        ("Pakistan urged Afghanistan to hand over the perpetrators of the attack.", "0213", "PAK", "AFG"),
        ("Mexico requested the extradition of the cartel leader from the United States.", "0213", "MEX", "USA"),
        ("Ukraine asked Germany for more air defence systems.", "0232", "UKR", "DEU"),
        ("Zelenskyy pleaded with Western allies for more weapons.", "0232", "UKR", None),
        ("Poland called for reinforcements from NATO.", "0232", "POL", None),
        ("Pakistan sought a bailout from the International Monetary Fund.", "0231", "PAK", None),
        ("Zambia urged China to restructure its debt.", "0231", "ZMB", "CHN"),
        ("The Palestinian Authority appealed to donors to help rebuild Gaza.", "023", "PSE", None),
        ("Ukraine sought membership in NATO.", "022", "UKR", None),
        ("Sweden applied for NATO membership.", "022", "SWE", None),
        ("China urged the United States to return to the negotiating table.", "026", "CHN", "USA"),
        ("The European Union urged Serbia and Kosovo to resume talks.", "026", "IGO", "SRB"),
        ("The UN urged Israel and Hamas to exercise restraint.", "0256", "IGO", "ISR"),
        ("India called for restraint and de-escalation in the Red Sea.", "0256", "IND", None),
        ("Amnesty International called on Nigeria to investigate the killings.", "0214", "NGO", "NGA"),
        ("Britain called on Iran on Monday to release the detained sailors.", "0253", "GBR", "IRN"),
    ],
)
def test_appeals(coder, text, prefix, source, target):
    assert_family(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the talks with Iran, the Russian foreign minister declined to answer.",
        "Reporters asked the Iranian minister for comment on the sanctions.",
        "The Israeli army did not respond to a request for comment from Reuters.",
        "Reporters asked Putin about the negotiations with Ukraine.",
    ],
)
def test_questions_and_requests_for_comment_are_no_appeals(coder, text):
    assert_no_event(coder, text, ("02",))


# --- 04 consult ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Blinken spoke with his Turkish counterpart on Monday.", "040", "USA", "TUR"),
        ("Biden sat down with Xi on the sidelines of the summit.", "04", "USA", "CHN"),
        ("The Trump administration reached out to Russia.", "040", "USA", "RUS"),
        ("The Saudi foreign minister briefed his Iranian counterpart on the talks.", "040", "SAU", "IRN"),
        ("Modi held a phone call with Putin.", "041", "IND", "RUS"),
        ("Macron called Zelenskyy on Tuesday to discuss the peace plan.", "041", "FRA", "UKR"),
        ("Oman acted as a go-between for Iran and the United States.", "045", "OMN", "IRN"),
        ("Macron and Scholz spoke by video link.", "041", "FRA", "DEU"),
        ("The Chinese president flew to Moscow on Monday.", "042", "CHN", "RUS"),
        ("The Pakistani army chief made a trip to Washington.", "042", "PAK", "USA"),
        ("Putin welcomed Kim Jong Un to the Kremlin.", "043", "RUS", "PRK"),
        ("Egypt helped broker a truce between Israel and Hamas.", "045", "EGY", "ISR"),
        ("Qatar facilitated talks between Israel and Hamas.", "045", "QAT", "ISR"),
        ("US and Chinese negotiators hammered out a trade deal.", "046", "USA", "CHN"),
    ],
)
def test_consultations(coder, text, prefix, source, target):
    assert_family(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian president spoke with Chinese state media.",
        "The Indian prime minister spoke to The Associated Press.",
        "The Israeli defence minister briefed reporters on the operation.",
        "The virus spread to Brazil in March.",
        "Russian drones landed in Romania on Tuesday.",
        "Russia stopped gas deliveries to Austria in May.",
        "Support for the Israeli prime minister dropped in the polls.",
    ],
)
def test_interviews_and_briefings_are_no_consultations(coder, text):
    assert_no_event(coder, text, ("04",))


# --- 06 material cooperation -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Iraqi forces coordinated with the US-led coalition.", "060", "IRQ", "USA"),
        ("Kenya teamed up with Uganda to fight al-Shabab.", "060", "KEN", "UGA"),
        ("China bought more Russian oil.", "061", "CHN", "RUS"),
        ("India's purchases of Russian oil have angered Washington.", "061", "IND", None),
        ("Russia supplied gas to Hungary.", "061", "RUS", "HUN"),
        ("India and Japan agreed to boost economic ties.", "0311", "IND", "JPN"),
        ("Russian and Chinese bombers conducted joint patrols.", "062", "RUS", "CHN"),
        ("The United States sent military advisers to Niger.", "062", "USA", "NER"),
        ("Poland equipped Ukrainian troops with armoured vehicles.", "062", "POL", "UKR"),
        ("Colombia handed over the drug lord to US authorities.", "063", "COL", "USA"),
        ("Turkey deported the suspects to Germany.", "063", "TUR", "DEU"),
        ("The US supplied Israel with intelligence on Hamas.", "064", "USA", "ISR"),
    ],
)
def test_material_cooperation(coder, text, prefix, source, target):
    assert_family(coder, text, prefix, source, target)


# --- 07 aid ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Germany approved a new aid package for Ukraine.", "07", "DEU", "UKR"),
        ("The World Bank disbursed $500 million to Kenya.", "071", "IGO", "KEN"),
        ("The EU released a 4 billion euro tranche to Ukraine.", "071", "IGO", "UKR"),
        ("The US announced new funding for Ukraine.", "071", "USA", "UKR"),
        ("France shipped Caesar howitzers to Ukraine.", "072", "FRA", "UKR"),
        ("The United States provided Israel with air defence systems.", "072", "USA", "ISR"),
        ("Washington approved the sale of F-16 jets to Turkey.", "072", "USA", "TUR"),
        ("Japan provided humanitarian support to Turkey after the earthquake.", "073", "JPN", "TUR"),
        ("The US airdropped food into Gaza.", "073", "USA", "PSE"),
        ("Jordan airdropped medical supplies over Gaza.", "073", "JOR", None),
        ("Canada welcomed 20,000 Afghan refugees.", "075", "CAN", "AFG"),
        ("Germany took in Syrian refugees.", "075", "DEU", "SYR"),
        ("The US resumed military aid to Ukraine.", "072", "USA", "UKR"),
        ("The US announced $500 million in new military aid for Ukraine.", "072", "USA", "UKR"),
        ("Washington lifted the pause on weapons deliveries to Kyiv.", "072", "USA", None),
        ("Bangladesh sent troops to the UN peacekeeping mission in Congo.", "074", "BGD", None),
        ("Kenya deployed police officers to the multinational force in Haiti.", "074", "KEN", None),
    ],
)
def test_aid(coder, text, prefix, source, target):
    assert_family(coder, text, prefix, source, target)


# --- 08 yield --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Russia returned 20 Ukrainian children to their families.", "0841", "RUS", "UKR"),
        ("Pakistan returned the Indian pilot.", "0841", "PAK", "IND"),
        ("Iran set the French tourist free.", "0841", "IRN", "FRA"),
        ("Venezuela released six Americans jailed in Caracas.", "0841", "VEN", "USA"),
        ("Iran freed the Frenchman after two years in prison.", "0841", "IRN", "FRA"),
        ("Britain ceded control of the islands to Mauritius.", "0842", "GBR", "MUS"),
        ("Washington waived sanctions on Iraqi electricity imports.", "085", "USA", "IRQ"),
        ("The US lifted tariffs on Canadian steel.", "085", "USA", "CAN"),
        ("Syria granted UN inspectors access to the site.", "0862", "SYR", "IGO"),
        ("Azerbaijan reopened the Lachin corridor.", "0872", "AZE", None),
        ("Russia unblocked Ukrainian grain exports.", "087", "RUS", "UKR"),
        ("The US drew down its forces in Iraq.", "087", "USA", None),
        ("Turkey dropped its objection to Sweden's NATO membership.", "080", "TUR", None),
        ("Hungary dropped its veto on the EU aid package.", "080", "HUN", None),
        ("Israel and Hamas reached a ceasefire agreement.", "0871", "ISR", "PSE"),
        ("Hezbollah refrained from attacks on Israel during the truce.", "087", "LBN", "ISR"),
        ("Ethiopia restored internet access in Tigray.", "0811", "ETH", None),
        ("France returned 26 artworks to Benin.", "0842", "FRA", "BEN"),
        ("Azerbaijan and Armenia extended the truce by a week.", "0871", "AZE", "ARM"),
    ],
)
def test_concessions(coder, text, prefix, source, target):
    assert_family(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix",
    [
        ("Hamas released a video of the hostages.", "084"),
        ("The Israeli army released footage of the strike on the convoy.", "084"),
        ("Iraq's central bank released figures on inflation.", "0842"),
        ("The rebels returned to their bases after the raid.", "084"),
        ("The Iranian delegation returned home on Sunday.", "084"),
        ("The ministry published a report on aid to Gaza.", "07"),
        ("The hospital treated dozens of wounded protesters.", "07"),
    ],
)
def test_releases_of_statements_and_returning_home_are_no_concessions_or_aid(coder, text, prefix):
    assert_no_event(coder, text, (prefix,))


# --- 03 intent to cooperate ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Britain agreed to cede sovereignty of the Chagos Islands to Mauritius.", "035", "GBR", "MUS"),
        ("Turkey agreed to lift its veto on Sweden's membership.", "035", "TUR", "SWE"),
        ("Britain agreed to hand the islands to Mauritius.", "0353", "GBR", "MUS"),
        ("Japan pledged $5 billion to Ukraine.", "0331", "JPN", "UKR"),
        ("The US and China agreed to hold talks on trade.", "036", "USA", "CHN"),
        ("Germany promised to send more air defence systems to Ukraine.", "0332", "DEU", "UKR"),
        ("Iran signaled willingness to resume nuclear talks with the United States.", "036", "IRN", None),
        ("Moscow expressed readiness to work with Washington.", "030", "RUS", None),
        ("China extended an invitation to the Pakistani prime minister.", "036", "CHN", "PAK"),
        ("South Korea vowed to deepen security ties with Japan.", "0312", "KOR", "JPN"),
        ("Hamas accepted the ceasefire proposal of Egypt.", "0356", "PSE", None),
        ("US officials are hinting at lifting the sanctions on Russia.", "0354", "USA", "RUS"),
    ],
)
def test_intents(coder, text, prefix, source, target):
    assert_family(coder, text, prefix, source, target)


# --- 01 statements, 05 diplomatic cooperation, 09 investigation --------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The Kremlin declined to say whether Putin would attend.", "011", "RUS", None),
        ("The Israeli army refused to disclose the number of casualties.", "011", "ISR", None),
        ("The EU is considering options to respond to the tariffs.", "014", "IGO", None),
        ("Washington is exploring the possibility of new sanctions on Iran.", "014", "USA", None),
        ("The Taliban claimed the bombing in Kabul.", "015", "AFG", None),
        ("The Afghan spokesman rebutted Pakistan's claim.", "016", "AFG", "PAK"),
        ("Afghanistan called Pakistan's assertions baseless.", "016", "AFG", None),
        ("Indonesia declared three days of national mourning.", "017", "IDN", None),
        ("Israel lowered its flags to half-mast.", "017", "ISR", None),
        ("The Pope extended his condolences to Morocco.", "018", "VAT", "MAR"),
        ("India and Mauritius elevated ties to a strategic partnership.", "050", "IND", "MUS"),
        ("The United States and the Philippines reaffirmed their alliance.", "050", "USA", "PHL"),
        ("Turkey and Syria reestablished diplomatic relations.", "050", "TUR", "SYR"),
        ("Russia and Ukraine struck a deal on grain exports.", "057", "RUS", "UKR"),
        ("Iran and Saudi Arabia clinched a security pact.", "057", "IRN", "SAU"),
        ("Rubio credited Britain for playing a constructive role.", "051", "USA", "GBR"),
        ("Kenya gave credit to Uganda for the victory over al-Shabab.", "051", "KEN", "UGA"),
        ("Germany stands with Ukraine.", "051", "DEU", "UKR"),
        ("Brazil voted in favour of the UN resolution.", "051", "BRA", None),
        ("Japan offered an apology to South Korea.", "055", "JPN", "KOR"),
        ("The ICC opened a probe into alleged war crimes in Ukraine.", "094", "IGO", None),
        ("The UN launched an investigation into the killing of aid workers in Gaza.", "093", "IGO", None),
        ("Britain launched an enquiry into the bombing of the embassy.", "093", "GBR", None),
        ("The UN Human Rights Council set up a commission of inquiry on Sudan.", "090", "IGO", "SDN"),
        ("The UN sent investigators to Syria.", "090", "IGO", "SYR"),
    ],
)
def test_statements_diplomacy_and_investigations(coder, text, prefix, source, target):
    assert_family(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix",
    [
        ("The storm in Bangladesh claimed 20 lives.", "015"),
        ("Russia claimed victory in the battle for Avdiivka.", "015"),
        ("The Kremlin called the meeting with China productive.", "016"),
        ("Police in Kenya are monitoring the situation.", "09"),
        ("The Chinese president declined an invitation to the summit.", "011"),
        ("Iran's supreme leader appointed a new commander.", "09"),
        ("China can work with fewer chips than the United States.", "06"),
        ("Russia and Ukraine struck a deal on grain exports.", "19"),
        ("Thailand repatriated 40 Uyghurs to China.", "084"),
        ("Thailand returned 40 Uyghurs to China.", "084"),
        ("The Kenyan government reopened schools in the capital.", "087"),
        ("The Kenyan minister gave credit to the army of Uganda for the victory.", "07"),
        ("Britain took ownership of the islands from France in 1815.", "07"),
        ("Israeli commandos rescued four hostages in Gaza.", "07"),
    ],
)
def test_other_senses_code_nothing_of_the_family(coder, text, prefix):
    assert_no_event(coder, text, (prefix,))
