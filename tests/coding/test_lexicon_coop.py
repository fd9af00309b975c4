"""Roots 01-05 by the forms news writes besides the plain verbs: requests by 'seek', 'approach' and appeals
sent or addressed (02), rounds of talks and readiness to mediate (03), gatherings for talks and mediation
launched between others (04), support and gratitude held as predicate adjectives (05), hopes and fears held
'of' something (01); and the everyday senses of the same words, which must code nothing of the family."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


# --- 02 appeal -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # an inquiry sought
        ("Opposition leaders in India sought a judicial inquiry into the stampede.", "0214", "IND", None),
        ("Kenya's human rights commission sought an independent investigation into the killings of protesters.",
         "0214", "KEN", None),
        ("The European Union requested an independent probe into the shooting of the journalist in Serbia.",
         "0214", "IGO", "SRB"),
        # cooperation sought
        ("Human rights groups in Kenya sought a judicial inquiry into the deaths in police custody.", "0214", "KEN", None),
        ("Pakistan sought India's cooperation in the investigation.", "021", "PAK", "IND"),
        ("The Taliban renewed their request for cooperation from Pakistan.", "021", "AFG", "PAK"),
        # a lender or donor approached
        ("Sri Lanka approached the IMF for a bailout.", "0231", "LKA", "IGO"),
        ("Pakistan approached Saudi Arabia for a loan to shore up its reserves.", "0231", "PAK", "SAU"),
        ("Nepal approached India for help after the earthquake.", "023", "NPL", "IND"),
        # appeals sent or addressed, and requests by their noun
        ("The UN Secretary-General addressed an urgent appeal to both sides for a ceasefire in Sudan.", "0256", "IGO",
         "SDN"),
        ("The Pope addressed a plea to the leaders of Russia and Ukraine.", "020", "VAT", "RUS"),
        ("The United States made a request for information from Pakistan about the attack.", "0214", "USA", "PAK"),
        ("Bangladesh issued a call for the extradition of Sheikh Hasina from India.", "0213", "BGD", "IND"),
        ("India took up the matter with Nepal and sought early action.", "020", "IND", None),
        # restraint, respite, amnesty, a fair trial, a tribunal and a foreign force asked for
        ("Washington urged Israel and Hezbollah to refrain from any escalation.", "0256", "USA", "ISR"),
        ("China called on all parties to refrain from provocations on the Korean peninsula.", "0256", "CHN", None),
        ("The UN appealed for a respite in the fighting in Sudan.", "0256", "IGO", None),
        ("Amnesty International called for an amnesty for political prisoners in Myanmar.", "0253", "NGO", "MMR"),
        ("Indonesia appealed for clemency for its citizens on death row in Saudi Arabia.", "0253", "IDN", None),
        ("Britain called for a fair trial for the jailed activist in Egypt.", "0243", "GBR", "EGY"),
        ("Ukraine called for a special tribunal to try Russian leaders.", "0213", "UKR", "RUS"),
        ("Haiti's prime minister asked for an international security force.", "0234", "HTI", None),
    ],
)
def test_requests(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # sources who stay unnamed ask nothing of anyone
        ("A U.S. official, who asked that his name not be used, said the talks had stalled.", ("02",)),
        # action sought against suspects is a complaint's, not an appeal
        ("The police sought action against the accused under the Arms Act in India.", ("020",)),
        ("Kenyan police sought the suspect after the action by the mob.", ("020",)),
        # suspects and tips sought in an inquiry, and ends sought through cooperation
        ("Kenyan police are seeking two suspects in the investigation into the bombing.", ("0214",)),
        ("Indian police are seeking information from the public in the probe.", ("02",)),
        ("Turkey sought to expand its influence through cooperation with African states.", ("021",)),
        ("Police in Kenya issued an appeal to the public for information about the missing girl.", ("02",)),
        ("The boy approached the police for help.", ("023",)),
        # what is sent at someone's request is no appeal of the sender's
        ("Germany sent troops to Lithuania at the request of Vilnius.", ("02",)),
        ("Japan sent relief supplies to Turkey in response to an appeal for aid.", ("02",)),
    ],
)
def test_other_senses_are_no_requests(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 03 express intent to cooperate ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # a round of talks offered or agreed to
        ("Qatar offered to host the next round of talks.", "036", "QAT", None),
        ("Iran agreed to a new round of talks with the IAEA.", "036", "IRN", "IGO"),
        ("The United States agreed to hold another round of negotiations with the Taliban in Doha.", "036", "USA", None),
        # mediation announced or offered
        ("Turkey stands ready to mediate between Russia and Ukraine.", "039", "TUR", "RUS"),
        ("Turkey is ready to mediate between Russia and Ukraine.", "039", "TUR", None),
        ("Saudi Arabia said it was willing to mediate in the conflict between Sudan's army and the RSF.",
         "039", "SAU", None),
        ("Egypt will mediate between Hamas and Israel in Cairo next week.", "039", "EGY", "ISR"),
        # open to mediation is accepting it; eager for talks is ready for them
        ("Israel is open to Egyptian mediation.", "038", "ISR", "EGY"),
        ("Ethiopia said it was open to mediation by the African Union.", "038", "ETH", None),
        ("Iran is eager for talks with the United States.", "036", "IRN", "USA"),
        # hoping to meet, sign or cooperate
        ("Modi said he hoped to meet Xi soon.", "036", "IND", "CHN"),
        ("Kyiv hopes to sign the minerals deal with Washington this week.", "032", "UKR", "USA"),
        ("Japan hopes to cooperate with South Korea on North Korea.", "031", "JPN", "KOR"),
        ("The Indian prime minister said he hoped to work closely with the new government in Sri Lanka.",
         "031", "IND", "LKA"),
        # talks floated
        ("Trump raised the possibility of talks with Kim Jong Un.", "036", "USA", "PRK"),
        # troops to be sent, by the plan's or pledge's noun
        ("The United States announced plans to deploy more troops to Poland.", "0312", "USA", "POL"),
        ("Britain announced a pledge to send more troops to Estonia.", "0312", "GBR", "EST"),
    ],
)
def test_intents(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # a round of talks is no munition
        ("Qatar offered to host the next round of talks.", ("0332",)),
        # views and assessments offered are statements
        ("The UN rapporteur said he had sought to offer an impartial assessment of facts to the Taliban in "
         "Afghanistan.", ("03",)),
        ("The French minister offered his view of the talks with Iran.", ("03",)),
        ("Shoppers are eager for discounts in the run-up to Diwali in India.", ("03",)),
        # hoping to win is no intent to cooperate, and a forecast is nobody's announcement
        ("The ruling party hopes to win the election in Kenya.", ("03",)),
        ("Analysts expect the leaders of China and India to meet in Kazan.", ("03",)),
        # targets met and possibilities raised at talks are no meetings
        ("Pakistan hopes to meet the IMF's targets by June.", ("036",)),
        ("Washington hopes to resolve the dispute over tariffs during talks with Beijing on Tuesday.", ("036",)),
        ("The United States raised the possibility of new sanctions on Russia during the talks.", ("036",)),
    ],
)
def test_other_senses_are_no_intents(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 04 consult ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Indian and U.S. defence officials convened in New Delhi for a dialogue.", "040", "IND", "USA"),
        ("Foreign ministers of Saudi Arabia and Iran gathered in Beijing for talks.", "040", "SAU", "IRN"),
        ("Qatar's emir launched a mediation effort on Saturday between the Emirates and Saudi Arabia.",
         "045", "QAT", "ARE"),
        ("Turkey launched a peace initiative between Russia and Ukraine.", "045", "TUR", "RUS"),
        # a negotiating team sent
        ("Israel sent a negotiating team to Doha on Sunday.", "042", "ISR", "QAT"),
        ("China sent a diplomatic team to Kabul.", "042", "CHN", "AFG"),
    ],
)
def test_consultations(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("Fans gathered in Kolkata for the match.", ("04",)),
        # a team sent to investigate is an investigation's
        ("The UN sent a team to investigate the killings in Darfur, Sudan.", ("04",)),
        ("The charity launched a fundraising drive between Christmas and New Year.", ("045",)),
    ],
)
def test_other_senses_are_no_consultations(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 05 diplomatic cooperation ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Hungary is supportive of Russia's peace proposal.", "051", "HUN", "RUS"),
        ("Ukraine is grateful to the United States for its support.", "051", "UKR", "USA"),
        ("The Philippines remains appreciative of Japan's help after the typhoon.", "051", "PHL", "JPN"),
        ("The Taliban said they were thankful to Qatar for hosting the talks.", "051", "AFG", "QAT"),
    ],
)
def test_support_held(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said he was grateful for the support of his family.",
        # peace and stability supported in general back no one
        "Egypt supports peace and stability in the region.",
        "China said it supported peace and stability on the Korean peninsula.",
    ],
)
def test_other_senses_are_no_support(coder, text):
    assert_no_event(coder, text, ("05",))


# --- 01 make public statement ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source",
    [
        ("Pakistan's prime minister said he was hopeful of a breakthrough with India.", "013", "PAK"),
        ("Israel's negotiators were confident of a deal with Hamas.", "013", "ISR"),
        ("Iran's foreign minister said Tehran was fearful of a wider war in the region.", "012", "IRN"),
    ],
)
def test_hopes_and_fears_of(coder, text, prefix, source):
    assert_event(coder, text, prefix, source)


def test_a_market_hope_is_no_comment(coder):
    assert_no_event(coder, "Investors were hopeful of a rate cut by the central bank in India.", ("013",))
