"""Words of roots 01-09 that news uses for a code the lexicon knew only with other words, or not at all:
claims owned and charges junked, governments pushed to act, debts rolled over, arrivals 'on a visit',
parleys and telephonic conversations, welcomes accorded, memoranda exchanged, praise lavished,
apologies tendered, intelligence inputs shared, the stranded rescued, loans rolled over, aid and weapons received, strikes withdrawn,
political reform unveiled, outside bodies let in to visit, and inquiries as Indian police and rights bodies
word them (custodial deaths, fake encounters) (01_statement.txt ... 09_investigate.txt) -- and the everyday
senses of the same words, which must code nothing of the family."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # 015 a claim owned, 016 charges junked
        ("The Tehreek-e-Taliban Pakistan owned responsibility for the blast.", "015", "PAK", None),
        ("The Baloch Liberation Army owned the attack in a statement.", "015", "PAK", None),
        ("Islamabad trashed the allegations.", "016", "PAK", None),
        ("The Indian government junked the report as baseless.", "016", "IND", None),
        # 020 a government pushed to act, 0231 a debt rolled over asked for
        ("The United States pushed Israel to allow more aid into Gaza.", "02", "USA", "ISR"),
        ("Washington is pushing Kyiv to accept the peace plan.", "02", "USA", "UKR"),
        ("Pakistan approached China for a rollover of its debt.", "0231", "PAK", "CHN"),
        ("Sri Lanka sought a rollover of the $1 billion loan from China.", "0231", "LKA", "CHN"),
        # 04 arrivals on a visit, parleys, telephonic conversations, welcomes accorded
        ("Modi reached Moscow on a two-day visit.", "042", "IND", "RUS"),
        ("Indian and Chinese officials held parleys in Beijing.", "040", "IND", "CHN"),
        ("Modi had a telephonic conversation with Putin on Tuesday.", "041", "IND", "RUS"),
        ("Modi accorded a warm welcome to the Japanese prime minister.", "043", "IND", "JPN"),
        # 05 memoranda exchanged, praise lavished, apologies tendered, support come out in
        ("India and Bangladesh exchanged seven MoUs.", "057", "IND", "BGD"),
        ("India and Japan exchanged the instruments of ratification.", "057", "IND", "JPN"),
        ("Trump lavished praise on the Saudi crown prince.", "051", "USA", "SAU"),
        ("The Indian foreign minister tendered an apology to Nepal.", "055", "IND", "NPL"),
        ("Hungary came out in support of the plan.", "051", "HUN", None),
        # 064 intelligence inputs shared
        ("Indian agencies shared inputs with their Nepalese counterparts.", "064", "IND", "NPL"),
        ("India passed on specific intelligence inputs to Sri Lanka.", "064", "IND", "LKA"),
        # 073 the stranded and trapped rescued, 071 loans and deposits rolled over
        ("The Indian army rescued 200 stranded tourists in Sikkim.", "073", "IND", None),
        ("Chilean rescuers rescued trapped miners.", "073", "CHL", None),
        ("China rolled over a $2 billion loan to Pakistan.", "071", "CHN", "PAK"),
        ("Saudi Arabia rolled over its $3 billion deposit with Pakistan.", "071", "SAU", "PAK"),
        # aid received keeps its kind, weapons received by their names are military aid
        ("Pakistan received humanitarian aid from Turkey.", "073", "TUR", "PAK"),
        ("Egypt received economic assistance from the United Arab Emirates.", "071", "ARE", "EGY"),
        ("Ukraine got F-16s from Denmark.", "072", "DNK", "UKR"),
        ("Ukraine received Patriot batteries from Germany.", "072", "DEU", "UKR"),
        # 090 inquiries as Indian police and rights bodies word them
        ("The Enforcement Directorate grilled the minister for nine hours.", "090", "---", None),
        ("The Indian police recorded the statements of the witnesses.", "090", "IND", None),
        ("Forensic teams of the Indian police collected evidence from the spot.", "090", "IND", None),
        ("The Indian police sought a detailed report from the district administration.", "090", "IND", None),
        ("Indian investigators scanned the CCTV footage.", "090", "IND", None),
        # 082 strikes withdrawn or deferred, 083 political reform unveiled, 086 outside bodies let in
        ("The unions withdrew their strike after talks with the Kenyan government.", "082", "KEN", None),
        ("The Kenyan opposition withdrew its boycott of parliament.", "082", "KEN", None),
        ("Pakistan unveiled electoral reforms.", "083", "PAK", None),
        ("The Kenyan president announced constitutional reforms.", "083", "KEN", None),
        ("The Thai government allowed the Red Cross to visit the prisoners.", "086", "THA", None),
        ("Myanmar's junta allowed the UN envoy to meet Aung San Suu Kyi.", "086", "MMR", None),
        # 092 custodial deaths, extrajudicial killings and fake encounters probed; 093 a downing probed
        ("Indian police are probing the custodial death of a Dalit man.", "092", "IND", None),
        ("The Indian government ordered an inquiry into the custodial death.", "092", "IND", None),
        ("The Kenyan police launched a probe into the alleged extrajudicial killings.", "092", "KEN", None),
        ("The Indian government ordered a probe into the fake encounter.", "092", "IND", None),
        ("The UN investigated the downing of the plane.", "093", "IGO", None),
    ],
)
def test_words_news_uses(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # owning a thing is no claim
        ("The Pakistani company owned the building.", ("015",)),
        # troops pushed back to a border, a country pushed to the brink
        ("The Ukrainian army pushed the Russian troops to the border.", ("02",)),
        ("The war pushed Sudan to the brink of collapse.", ("02",)),
        # an agreement reached is no visit; fire and views exchanged are no agreements signed
        ("India and China reached an agreement on Monday.", ("042",)),
        ("India and China reached an agreement to hold talks on the summit.", ("042",)),
        ("India and Pakistan exchanged fire across the border.", ("057",)),
        ("The Indian and Chinese leaders exchanged views on regional issues.", ("057",)),
        ("India and Pakistan exchanged accusations over the water treaty.", ("057",)),
        ("Russia and Ukraine exchanged blame for the collapse of the grain deal.", ("057",)),
        ("Israel and Hamas exchanged fire despite the ceasefire agreement.", ("057",)),
        # the kidnapped rescued are freed, no relief given
        ("The Nigerian army rescued 30 abducted students in Kaduna.", ("073",)),
        # food grilled, money collected
        ("The Indian chef grilled the chicken.", ("09",)),
        ("The Indian team collected money for the victims.", ("09",)),
        ("Health officials in Kenya collected samples from suspected patients.", ("09",)),
        ("Hamas owns the tunnels used in the attack.", ("015",)),
        # troops withdrawn and bills withdrawn are no strike called off; economic reform is no political reform
        ("Israel withdrew from Gaza.", ("082",)),
        ("The Kenyan government withdrew the bill.", ("082",)),
        ("The Kenyan company withdrew the advert after protests.", ("082",)),
        ("The Kenyan court deferred the hearing on the doctors' strike.", ("082",)),
        ("Russian troops withdrew fast from the town.", ("082",)),
        ("Turkey withdrew its ambassador over Israel's crackdown on protests.", ("082",)),
        ("The Indian government announced economic reforms.", ("083",)),
        # children let visit their parents let no outside body in
        ("The Indian school allowed the children to visit their parents.", ("086",)),
        # a battery is a weapon only among weapons received from a giver
        ("The phone received a charge from the battery.", ("07",)),
    ],
)
def test_other_senses_code_nothing_of_the_family(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
