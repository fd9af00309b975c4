"""Verbs of disapproval, force and coercion (CAMEO roots 11, 15, 17, 18, 19) that news uses bare or
without the partner the older entries asked for: quarrels told without their partner ('Britain and
France sparred over fishing rights'), standing at odds, clashes of words at a summit, decisions and
findings challenged outside court, the wisdom of a policy questioned, umbrage taken; war games staged
around another's land and flanks beefed up; refugee camps closed, people barred from study and work,
rules tightened on refugees and the press; armed men flushed out, their camps wiped out and their tanks
destroyed; hangings, caning, petrol bombs and suicide bombers. The sense traps: fighting clashes, court
challenges, floods and markets that wipe out or destroy, plans that do not pan out, banners hung."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, events_of


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # 110: standing apart, quarrels, clashes of words
        ("China and the Philippines remain at odds over the Second Thomas Shoal.", "110", "CHN", "PHL"),
        ("Turkey has remained at odds with the United States over Syria.", "110", "TUR", "USA"),
        ("The European Union remains at loggerheads with China over electric vehicles.", "110", "IGO", "CHN"),
        ("Britain and France sparred over fishing rights after Brexit.", "110", "GBR", "FRA"),
        ("Serbia and Kosovo have quarrelled over license plates for months.", "110", "SRB", "XKX"),
        ("Iran and Saudi Arabia bickered over the Hajj quotas.", "110", "IRN", "SAU"),
        ("Japan and South Korea have wrangled over wartime history for decades.", "110", "JPN", "KOR"),
        ("Turkey clashed with Greece over migration at the EU summit.", "110", "TUR", "GRC"),
        ("Russia clashed with the United States at the Security Council meeting on Ukraine.", "110", "RUS", "USA"),
        ("Poland clashed with Ukraine over grain imports.", "110", "POL", "UKR"),
        # 110: decisions, findings and claims contested outside court
        ("Iran disputed the IAEA's findings on its enrichment sites.", "110", "IRN", "IGO"),
        ("Iraq challenged the decision by Turkey to cut the water flow.", "110", "IRQ", "TUR"),
        ("Beijing disputed Washington's characterisation of the balloon incident.", "110", "CHN", "USA"),
        # 110: offence taken
        ("India took umbrage at the remarks by the Canadian prime minister.", "110", "IND", "CAN"),
        ("Beijing chafed at the new U.S. export controls.", "110", "CHN", "USA"),
        # 110: shock voiced at another's act
        ("Japan expressed shock at China's detention of a Japanese businessman.", "110", "JPN", "CHN"),
        # 111: the wisdom of a decision questioned; reviews in words
        ("Some lawmakers questioned the wisdom of Germany's decision to send tanks.", "111", "---", None),
        ("Pakistan questioned India's decision to suspend the Indus Waters Treaty.", "111", "PAK", "IND"),
        ("Indian opposition parties panned the government's budget.", "111", "IND", None),
        # 150, 154: war games around another's land; flanks and defences beefed up
        ("China staged war games around Taiwan.", "150", "CHN", "TWN"),
        ("NATO beefed up its eastern flank.", "154", "IGO", None),
        ("India beefed up its defences in Ladakh.", "154", "IND", None),
        ("Croatian forces were reported to be building up around the rebel Serb stronghold of Knin.", "154", "HRV", None),
        ("Russian forces are building up near the Ukrainian border.", "154", "RUS", "UKR"),
        # 174: camps closed on refugees
        ("Iraq shut down the displacement camps in Nineveh.", "174", "IRQ", None),
        ("Bangladesh closed the refugee camps near the border with Myanmar.", "174", "BGD", None),
        # 1712: shelters and tents of the displaced burnt
        ("Militants torched tents in the displacement camp near Goma.", "1712", "COD", None),
        # 172: shut out of study, work and public life; rules tightened on people and the press
        ("The Taliban barred women from universities.", "172", "AFG", "AFG"),
        ("The Taliban banned Afghan girls from secondary school.", "172", "AFG", "AFG"),
        ("Pakistan tightened restrictions on Afghan refugees.", "172", "PAK", "AFG"),
        ("Russia toughened curbs on the independent media.", "172", "RUS", "RUS"),
        ("Russia tightened its grip on the independent media.", "172", "RUS", "RUS"),
        # 190: armed men flushed out, their camps and weapons destroyed
        ("The Nigerian army flushed out Boko Haram militants from the Sambisa forest.", "190", "NGA", "NGA"),
        ("Troops smoked out the gunmen hiding in a building in Srinagar.", "190", "IND", "IND"),
        ("The Nigerian army wiped out a Boko Haram camp in Borno.", "190", "NGA", "NGA"),
        ("Ukrainian forces destroyed a Russian tank near Bakhmut.", "190", "UKR", "RUS"),
        ("The Israeli army destroyed Hamas positions in Gaza.", "190", "ISR", "PSE"),
        ("Russian forces knocked out a Ukrainian radar station.", "190", "RUS", "UKR"),
        # 175: police caning a crowd ('caned' lemmatised as 'cane')
        ("Police caned the protesters in Lahore.", "175", "PAK", "PAK"),
        # 180: executions by hanging
        ("Iran hanged a protester in Mashhad.", "180", "IRN", "IRN"),
        ("Iran hanged two men convicted of drug trafficking.", "180", "IRN", "IRN"),
        # 183, 1831: petrol and crude bombs hurled by unknown men; suicide bombers are no warplanes
        ("Unidentified persons hurled a petrol bomb at the house of a BJP leader.", "183", "IND", "IND"),
        ("Miscreants lobbed crude bombs at a TMC office in Kolkata.", "183", "IND", "IND"),
        ("A suicide bomber targeted a Shiite mosque in Kandahar.", "1831", "AFG", "AFG"),
        ("A suicide bomber struck a police academy in Quetta.", "1831", "PAK", "PAK"),
        # ... and a mob's or protesters' petrol bombs are rioting
        ("Protesters hurled petrol bombs at the police in Belfast.", "145", "GBR", "GBR"),
    ],
)
def test_gap_verbs_code_their_act(coder, text, code, source, target):
    if source == "---":
        got = events_of(coder, text)
        assert any(c == code for c, _, _ in got), got
    else:
        assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # armed clashes stay fighting, court challenges stay lawsuits
        ("Indian troops clashed with militants in Kupwara.", ("110",)),
        ("Herders clashed with farmers over grazing land in Benue State.", ("110",)),
        ("Party workers clashed with police during the meeting in Kolkata.", ("110",)),
        ("Militants clashed with troops during the peace talks session.", ("110",)),
        ("The opposition challenged the election results in the Supreme Court.", ("110",)),
        # disasters, markets and housekeeping destroy and wipe out nothing of an enemy's
        ("Floods destroyed crops and homes in Assam.", ("19",)),
        ("The company destroyed the documents before the audit.", ("19", "17")),
        ("The pandemic wiped out the tourism industry.", ("19",)),
        ("The stock market crash wiped out gains made over the year.", ("19",)),
        ("The police destroyed the seized drugs in a bonfire.", ("19",)),
        # a camp closed for the season or a plan that did not pan out is no act
        ("The organisers closed the camp for the season.", ("174",)),
        ("The merger talks did not pan out.", ("11",)),
        # curbs on goods are sanctions, rules on lending no repression
        ("The United States imposed restrictions on Chinese chip exports.", ("172",)),
        ("The reforms tightened rules on bank lending.", ("17",)),
        # joint war games stay cooperation; a sales team beefed up is no force
        ("China and Russia staged joint war games in the Sea of Japan.", ("150",)),
        ("The company beefed up its sales team.", ("15",)),
        ("Traffic was building up near the toll plaza in Gurugram.", ("15",)),
        # flags and portraits hung, bombers that are aircraft
        ("Protesters hung banners on the embassy gates.", ("18",)),
        ("The activists hung a portrait of the leader in the hall.", ("18",)),
        ("Russian bombers struck Kharkiv overnight.", ("183",)),
        # a mere feeling about no actor's act
        ("Japan expressed shock at the sudden death of the actor.", ("110",)),
    ],
)
def test_gap_verbs_sense_traps(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
