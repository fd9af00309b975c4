"""Lexicon classes found missing on real news: each class of expression (a verb or noun family with
its usual objects and prepositions) must code its CAMEO family with the right source and target
country in several wordings, and the look-alike senses of the same words must not code it."""
from __future__ import annotations

from datetime import date

import pytest
from coding_helpers import events_of

PUBLISHED = date(2025, 3, 14)


def found(coder, text: str):
    return events_of(coder, text, PUBLISHED)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # 011 declining to comment by ignoring or dodging the question
        ("The Thai government ignored repeated requests for comment on the deportations.", "011", "THA", None),
        ("Russia's foreign ministry dodged questions about the missing journalist.", "011", "RUS", None),
        ("Egypt's foreign ministry sidestepped a question on the border closure.", "011", "EGY", None),
        # 0871 agreeing to a ceasefire declares it
        ("India and Pakistan agreed to an immediate ceasefire on Saturday.", "0871", "IND", "PAK"),
        ("Armenia and Azerbaijan agreed on a truce after two days of clashes.", "0871", "ARM", "AZE"),
        ("Colombia signed a ceasefire deal with the ELN rebels.", "0871", "COL", None),
        # 0841 captives freed from their captors
        ("Nigerian troops rescued 20 hostages from a forest hideout in Zamfara.", "0841", "NGA", None),
        ("Pakistani forces freed 190 passengers after the train siege.", "0841", "PAK", None),
        # 112 mutual accusation
        ("Kyiv and Moscow traded blame for the destruction of the Kakhovka dam.", "112", "UKR", None),
        ("Armenia and Azerbaijan exchanged accusations over the shelling of border villages.", "112", "ARM", None),
        # 115 court challenges
        ("Senegalese opposition candidates filed a legal challenge against President Macky Sall's decree.", "115", "SEN", "SEN"),
        ("Kenya's opposition lodged a petition against the election result.", "115", "KEN", None),
        ("Poland challenged the EU migration pact in court.", "115", "POL", None),
        # 138 vowing punishment
        ("Iran vowed harsh punishment against Israel for the killing of Ismail Haniyeh.", "138", "IRN", "ISR"),
        ("Pakistan promised retribution against India for the cross-border strikes.", "138", "PAK", "IND"),
        # 143 work stoppages in Indian and British wording
        ("Junior doctors in Kolkata continued their ceasework for a third week.", "143", "IND", None),
        ("Indian doctors began an indefinite stoppage over pension reforms.", "143", "IND", None),
        ("Nurses in Britain downed tools for a second day over pay.", "143", "GBR", None),
        # 150 exercises staged as shows of force
        ("China held naval drills around Taiwan on Saturday.", "150", "CHN", None),
        ("Russia conducted military exercises in the Baltic Sea on Monday.", "150", "RUS", None),
        # 164 negotiators called home
        ("Israel recalled its negotiators from Doha on Tuesday.", "164", "ISR", None),
        ("Ukraine withdrew its delegation from the talks in Istanbul.", "164", "UKR", None),
        # 0831 power handed over
        ("Sudan's army chief handed power to a civilian government on Monday.", "0831", "SDN", None),
        ("Mali's junta transferred authority to an interim president.", "0831", "MLI", None),
        # 129 a package, an accession or a bloc decision blocked
        ("Hungary blocked the EU sanctions package against Russia.", "129", "HUN", None),
        ("Turkey stalled Sweden's NATO accession for months.", "129", "TUR", None),
        # 163 another country's flights and ships barred
        ("Russia banned flights from Georgia after the protests.", "163", "RUS", "GEO"),
        ("Canada barred Russian ships from its ports.", "163", "CAN", None),
        # 150 warships sent as a show of force
        ("The United States dispatched an aircraft carrier to the eastern Mediterranean.", "150", "USA", None),
        ("China sent warships toward Taiwan after the inauguration.", "150", "CHN", "TWN"),
        # 110 concern or alarm about another's act
        ("Canada voiced concern over China's treatment of Uyghurs.", "110", "CAN", "CHN"),
        ("The European Union expressed alarm at Israel's settlement expansion.", "110", "IGO", "ISR"),
        # 0356 agreeing to pull troops out is an intent to de-escalate
        ("Israel agreed to pull its troops out of southern Lebanon.", "0356", "ISR", None),
        ("Russia pledged to withdraw its forces from Kherson.", "0356", "RUS", None),
        # 173 Indian police idiom: booked for a post or speech, picked up
        ("Delhi Police booked the Indian MP for an objectionable post.", "173", "IND", "IND"),
        ("Mumbai police booked the Indian MLA for hate speech.", "173", "IND", "IND"),
        ("Kenyan police picked up three opposition organisers in Nairobi.", "173", "KEN", None),
        ("Nigerian police picked up the protest organisers in Lagos.", "173", "NGA", None),
        # 173 'behind bars' and not any bar
        ("Russian authorities put the opposition leader behind bars.", "173", "RUS", "RUS"),
        ("Egypt's junta put the former president behind bars.", "173", "EGY", None),
        # 183 grenades thrown at places
        ("Unknown assailants threw a grenade at a bar in Bujumbura, Burundi, injuring six people.", "183", "BDI", None),
        ("Militants hurled a grenade at a market in Srinagar, India.", "183", "IND", None),
        # 120 appeals brushed off
        ("Iran brushed off French calls for the release of the prisoners.", "120", "IRN", "FRA"),
        ("Israel shrugged off US pressure to allow more aid into Gaza.", "120", "ISR", "USA"),
        # 138 a blow promised to the one warned
        ("Iran's supreme leader warned the United States of a crushing blow.", "138", "IRN", "USA"),
        ("North Korea threatened South Korea with annihilation.", "138", "PRK", "KOR"),
        # 111 another's act named for what is wrong with it
        ("Ukraine called the referendum a sham.", "111", "UKR", None),
        ("The Philippines called China's actions in the South China Sea dangerous.", "111", "PHL", "CHN"),
        ("Germany described Hungary's veto as a betrayal of Europe.", "111", "DEU", "HUN"),
        ("Lithuania described the election in Belarus as a farce.", "111", "LTU", "BLR"),
        # 110 concern raised with the one whose act it is
        ("Australia raised concerns with China over the treatment of a detained journalist.", "110", "AUS", "CHN"),
        ("Japan voiced alarm with Russia over the missile tests.", "110", "JPN", "RUS"),
        # 190 operations mounted against armed groups, joint or not
        ("The Pakistani military launched an operation against militants in North Waziristan.", "190", "PAK", "PAK"),
        ("Somalia's army and African Union forces conducted a joint operation against al-Shabaab.", "190", "SOM", None),
        ("Nigeria's army mounted an offensive against Boko Haram in Borno.", "190", "NGA", None),
        # 152 readiness, standby and war footing
        ("Russia placed its troops in Belarus on combat readiness.", "152", "RUS", None),
        ("Iran put its armed forces on a war footing.", "152", "IRN", None),
        # 02 pressure put on someone
        ("Washington leaned on Israel to allow more aid into Gaza.", "02", "USA", "ISR"),
        ("The US piled pressure on Iran over its nuclear programme.", "020", "USA", "IRN"),
        ("Britain ratcheted up pressure on Russia over the poisoning.", "020", "GBR", "RUS"),
        # 138 war or clash with the one warned
        ("Russia warned of a direct military clash with NATO.", "138", "RUS", "IGO"),
        ("China warned of war with Taiwan if it declared independence.", "138", "CHN", "TWN"),
        # 1721 internet services suspended
        ("Indian authorities suspended internet services in Manipur.", "1721", "IND", None),
        ("Pakistan suspended mobile data services in Balochistan.", "1721", "PAK", None),
        # 1723 prohibitory orders
        ("Indian police imposed prohibitory orders under Section 144 in Manipur.", "1723", "IND", None),
        ("Indian authorities imposed Section 144 in Nuh after the clashes.", "1723", "IND", None),
        # 173 rackets and rings busted
        ("Delhi Police busted an Indian fake currency racket.", "173", "IND", None),
        ("Indian police smashed a drug ring in Punjab.", "173", "IND", None),
        # 194/195 places pummelled with strikes, rockets rained on them
        ("Hezbollah rained rockets on northern Israel.", "194", "LBN", "ISR"),
        ("Hamas rained rockets down on Tel Aviv.", "194", "PSE", "ISR"),
        ("Israel pummelled Gaza with airstrikes overnight.", "195", "ISR", "PSE"),
        ("Russia pummeled Kharkiv with missiles and drones.", "195", "RUS", "UKR"),
        ("Russian artillery peppered Ukrainian positions with shells.", "194", "RUS", "UKR"),
        # 07 packages announced for someone
        ("The United States announced a $1 billion weapons package for Ukraine.", "072", "USA", "UKR"),
        ("Germany unveiled a new military package for Ukraine.", "072", "DEU", "UKR"),
        ("Britain unveiled a humanitarian package for Gaza.", "073", "GBR", "PSE"),
        # 075 doors opened to refugees
        ("Egypt opened its doors to Sudanese refugees.", "075", "EGY", None),
        ("Poland opened its borders to Ukrainian refugees.", "075", "POL", None),
        # 141 crowds mobilized for protest
        ("Zimbabwe's opposition mobilized supporters for a rally in Harare.", "141", "ZWE", None),
        ("Serbia's opposition mobilised crowds for a march in Belgrade.", "141", "SRB", None),
        # 133 protests vowed or threatened
        ("Kenya's opposition leader vowed to mobilize mass protests against the finance bill.", "133", "KEN", None),
        ("Indian farmers threatened to stage a nationwide strike.", "133", "IND", None),
        # 138 striking back
        ("Russia vowed to strike back at Ukraine.", "138", "RUS", "UKR"),
        ("Iran promised to hit back at Israel.", "138", "IRN", "ISR"),
        # 160 treaties and deals with someone suspended or scrapped
        ("India suspended the Indus Waters Treaty with Pakistan.", "160", "IND", "PAK"),
        ("Australia scrapped a defence deal with France.", "160", "AUS", "FRA"),
        ("Russia suspended the New START treaty.", "160", "RUS", None),
        # 1661 peacekeepers told to go
        ("Congo asked the UN peacekeepers to withdraw by December.", "1661", "COD", "IGO"),
        ("Mali ordered UN peacekeepers to leave the country.", "1661", "MLI", "IGO"),
        # 10 conditions set for an act
        ("Hamas set conditions for the release of the hostages.", "10", "PSE", None),
        ("Iran set preconditions for talks with the United States.", "100", "IRN", "USA"),
        # 012 disasters foreseen; 013 an optimistic note struck
        ("The UN warned of a humanitarian catastrophe in Gaza.", "012", "IGO", None),
        ("The WHO warned of a cholera outbreak in Sudan.", "012", "IGO", "SDN"),
        ("Blinken struck an optimistic note on the Gaza talks.", "013", "USA", None),
        ("Turkey's foreign minister sounded an upbeat note on the grain talks with Russia.", "013", "TUR", None),
        # 011 refusing to be drawn
        ("The Pentagon refused to be drawn on the reports of troop withdrawals.", "011", "USA", None),
        ("Britain's foreign secretary declined to be drawn into the row over the Chagos deal.", "011", "GBR", None),
    ],
)
def test_round2_class_codes_family(coder, text, prefix, source, target):
    got = found(coder, text)
    assert any(
        c.startswith(prefix) and s == source and (target is None or t == target) for c, s, t in got
    ), got


@pytest.mark.parametrize(
    "text, prefix",
    [
        # an intent to discuss a truce is not the truce
        ("Russia agreed to consider a ceasefire proposal.", "0871"),
        ("Israel agreed to discuss a truce with Hamas mediators.", "0871"),
        # pulling people from rubble is rescue work, not a release of captives
        ("Turkish rescuers freed a child from the rubble of a collapsed building.", "0841"),
        ("Soldiers in Morocco pulled two survivors from the debris of a house.", "0841"),
        # singling out victims is not criticism
        ("Survivors said the attackers singled out security personnel, shooting many.", "111"),
        ("The gunmen singled out passengers from Punjab.", "111"),
        # denying someone the use of territory is not a denial of responsibility
        ("Pakistan expects Kabul to deny use of its soil for terrorist activities.", "016"),
        ("Kenya pledged to deny al-Shabaab any foothold in the region.", "016"),
        # moving ahead in a race or a poll is not a withdrawal
        ("The opposition candidate pulled ahead in the latest polls in Brazil.", "087"),
        ("India edged ahead of China in smartphone exports.", "087"),
        # handing over a letter or a trophy is not handing over power
        ("Ukraine's ambassador handed a letter to the UN Secretary-General.", "0831"),
        ("Qatar handed the trophy to Argentina.", "0831"),
        # blocking roads or websites is no veto
        ("Kenya blocked the road to the airport on Monday.", "129"),
        ("Russia blocked access to Facebook.", "129"),
        # banning a group at home is not an embargo
        ("Pakistan banned the Baloch Yakjehti Committee.", "163"),
        ("Germany banned a neo-Nazi group.", "163"),
        # a done withdrawal is the act, not an intent
        ("Israel withdrew its troops from Khan Younis.", "0356"),
        ("Russia pulled its forces out of Kherson.", "0356"),
        # brushing off an accusation denies it, it rejects no appeal
        ("Iran brushed off the accusations as baseless.", "120"),
        ("China shrugged off the allegations of spying.", "120"),
        # a warning of others' attacks is no threat
        ("The US embassy warned of possible attacks in Kampala, Uganda.", "138"),
        ("Britain warned of a terror attack during the holidays.", "138"),
        # 'according to' is no accord to be killed
        ("Israeli air strikes killed at least 22 people in central Gaza, according to the civil defence agency.", "127"),
        ("Russian shelling killed five civilians in Kherson, according to Ukrainian officials.", "127"),
        # people booked on trains and flights
        ("India's cricket board booked the players on a flight to Dubai.", "17"),
        # calling an accusation absurd is a denial, and praise is no criticism
        ("India called Canada's allegations absurd.", "111"),
        ("Biden called the meeting with Xi a success.", "111"),
        ("Modi described the visit to Mauritius as historic.", "111"),
        # campaigns against vices and joint rescue operations are not fighting
        ("Nigeria launched a campaign against corruption.", "19"),
        ("Kenya and Somalia conducted a joint operation to rescue hostages.", "19"),
        # leaning on furniture, and warnings of disasters
        ("Putin leaned on the table during the meeting with Erdogan in Ankara, Turkey.", "02"),
        ("The UN warned of a humanitarian catastrophe in Gaza.", "13"),
        ("Russia ramped up pressure on Ukraine's eastern front.", "02"),
        # codes cracked and sections of laws invoked
        ("The Indian team cracked the code in the final round.", "17"),
        ("Britain invoked Section 35 of the Scotland Act to block the bill.", "1723"),
        # praise rained, and storms that batter
        ("Critics rained praise on the Nigerian president.", "19"),
        ("Cyclone Freddy battered Mozambique with heavy rain.", "19"),
        # software packages and doors opened to investors
        ("Apple announced a software package for schools in India.", "07"),
        ("Kenya opened its doors to investors from China.", "07"),
        # mobilizing troops is no protest, backing someone no threat
        ("Russia mobilized 300,000 reservists.", "14"),
        ("Japan vowed to back Ukraine.", "13"),
        # a situation or a threat recognized is no diplomatic recognition
        ("The United States continues to recognize a difficult and complex situation in Ukraine.", "054"),
        ("Israel recognized the threat posed by Iran.", "054"),
        # deadlines set, and agreements suspended in sport
        ("The government of Kenya set a deadline for applications.", "10"),
        ("India's cricket board suspended the player's contract.", "16"),
        # consequences warned of are threats, not forecasts
        ("Iran warned of severe consequences if Israel attacked.", "012"),
        ("Russia warned Ukraine of a crushing blow.", "012"),
        # refusing a comment request is not a rejection
        ("The Thai government ignored repeated requests for comment on the deportations.", "12"),
    ],
)
def test_round2_lookalike_codes_nothing_of_family(coder, text, prefix):
    assert not any(c.startswith(prefix) for c, _, _ in found(coder, text))
