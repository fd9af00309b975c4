"""Cooperation as wire copy writes it, by class: meetings and calls (04), praise in reported words (05),
work done together and for another (06), aid named in its currency or by what is given (07), concessions
(08), and intents coded by the act they promise (03, intents.py). Words of the same families used for
something else code nothing of the family (the sense traps)."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, events_of


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # meetings, talks, calls and visits (04)
        ("Secretary of State Antony Blinken held talks with his Chinese counterpart Wang Yi in Beijing on Monday.",
         "040", "USA", "CHN"),
        ("Turkish President Erdogan sat down with Syrian leader Ahmed al-Sharaa in Ankara.", "040", "TUR", "SYR"),
        ("Talks between Russian and Ukrainian delegations ended without agreement.", "040", "RUS", "UKR"),
        ("Modi spoke by phone with Russian President Vladimir Putin on Tuesday.", "041", "IND", "RUS"),
        # a 'with' clause with a subject of its own is an act beside the verb's, not its content
        ("The United States has voiced concern over the violence in Israel, with National Security Advisor Jake "
         "Sullivan speaking by phone Sunday with Israeli counterpart Meir Ben-Shabbat, according to the White House.",
         "041", "USA", "ISR"),
        ("Tensions eased, with Chinese and Indian commanders holding talks at the border.", "04", "CHN", "IND"),
        ("Chinese President Xi Jinping received visiting Pakistani Prime Minister Shehbaz Sharif in Beijing.",
         "043", "CHN", "PAK"),
        ("Egypt and Qatar are mediating talks between Israel and Hamas.", "045", "QAT", "PSE"),
        # praise: an approving adjective in a reported clause is the reporter's praise of its subject
        ("Kyiv said Germany's decision was encouraging.", "051", "UKR", "DEU"),
        ("Beijing called Pakistan's decision a positive step.", "051", "CHN", "PAK"),
        ("The European Union described Turkey's decision as a step in the right direction.", "051", "IGO", "TUR"),
        # work done together, alongside or for another (06)
        ("Police in India and Nepal are working together to catch the smugglers.", "060", "IND", "NPL"),
        ("The FBI is helping Kenyan police investigate the embassy bombing.", "063", "USA", "KEN"),
        ("Russia is helping Iran build the Bushehr nuclear plant.", "060", "RUS", "IRN"),
        ("Turkmenistan began pumping gas to China through a new pipeline.", "061", "TKM", "CHN"),
        ("The European Union granted Ukraine duty-free access to its markets.", "061", "IGO", "UKR"),
        ("Indian and Bangladeshi border guards jointly patrolled the frontier.", "062", "IND", "BGD"),
        # aid (07)
        ("Britain announced 20 million pounds in humanitarian aid for Gaza.", "073", "GBR", "PSE"),
        ("The European Commission approved 15 million euros in emergency assistance for Mozambique.",
         "073", "IGO", "MOZ"),
        ("India gifted 100,000 vaccine doses to Nepal.", "073", "IND", "NPL"),
        ("The World Food Programme resumed food distributions in northern Gaza.", "073", "IGO", None),
        # concessions (08)
        ("Beijing lifted the lockdown in Shanghai.", "081", "CHN", None),
        ("Police in Dhaka released 40 protesters detained during the rally.", "0841", "BGD", None),
        ("Washington dropped the tariff increases on Mexican goods.", "085", "USA", None),
        ("North Korea dismantled its nuclear test site.", "0873", "PRK", None),
        ("Mali's junta lifted the suspension of political parties.", "0812", "MLI", None),
    ],
)
def test_cooperation_classes(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # a generic promise takes the code of the cooperative act it promises (intent.txt)
        ("The International Monetary Fund agreed to lend Argentina $7.2 billion.", "0331", "IGO", "ARG"),
        ("Canada agreed to resettle 25,000 Syrian refugees.", "033", "CAN", "SYR"),
        ("The United Arab Emirates offered to send firefighting planes to Greece.", "0333", "ARE", "GRC"),
        ("Germany offered to train Ukrainian pilots.", "0312", "DEU", "UKR"),
        ("The United States and China agreed to cut tariffs for 90 days.", "0354", "USA", "CHN"),
        ("South Korea agreed to sell K2 tanks to Poland.", "0312", "KOR", "POL"),
    ],
)
def test_intent_takes_the_code_of_its_act(coder, text, code, source, target):
    assert (code, source, target) in events_of(coder, text)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # meetings, visits and talks in other senses
        ("The proposal met with criticism from opposition lawmakers.", ("04",)),
        ("The plan met with fierce resistance from Republicans.", ("04",)),
        ("Apple is in talks to buy a startup.", ("04",)),
        ("Demand for oil met expectations.", ("04",)),
        # approval of no actor, or in no one's reported words
        ("Officials said the test results were positive.", ("05",)),
        ("He said the economy remained positive.", ("05",)),
        ("The minister said the outlook was encouraging.", ("05",)),
        ("The company said it was positive about the merger.", ("05",)),
        # close work that is a trade, not cooperation
        ("The disease tends to strike people who work closely with birds.", ("06",)),
        # 'together' of a crowd, and help that builds nothing for anyone
        ("Thousands of people gathered together in the square.", ("06",)),
        # releasing and dropping that yield nothing
        ("The ministry released the figures on Monday.", ("08",)),
        ("Oil prices dropped sharply on Monday.", ("08",)),
        # what is promised not to be done is no cooperation promised
        ("The U.N. should respond by committing to never discussing Afghanistan without women at the table.",
         ("036",)),
    ],
)
def test_sense_traps(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
