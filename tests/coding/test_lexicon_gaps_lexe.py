"""Words of roots 10-20 that news uses for a code with words the lexicon did not name: tests named by
the weapon tested and launches said with a noun, sanctions said with a gerund, political activity
suspended as a whole, force authorised against a named side, courts gone to against an act and
proceedings shunned,
partners dropped from a programme, sanctions by designation, refugees returned
and camps closed, migrants held at a base, security laws imposed, persecution,
verbal attacks that name what the target is called, and posts of the security forces attacked
(11_disapprove.txt ... 19_fight.txt) -- and the everyday senses of the same words, which must code
nothing of the family."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # 150 tests named by the weapon, and a launch as a noun
        ("Pyongyang conducted an ICBM test in November.", "150", "PRK", None),
        ("North Korea carried out a hypersonic test on Tuesday.", "150", "PRK", None),
        ("Pakistan conducted a ballistic test over the Arabian Sea.", "150", "PAK", None),
        ("North Korea conducted a ballistic missile launch on Sunday.", "150", "PRK", None),
        ("Iran carried out an intercontinental missile launch last week.", "150", "IRN", None),
        # 195 a launch aimed at a place is a strike
        ("Iran conducted missile launches at Israel overnight.", "19", "IRN", "ISR"),
        # 163 sanctions said with a gerund
        ("Washington's sanctioning of Albania's former leader drew praise.", "163", "USA", "ALB"),
        ("The U.S. blacklisting of Chinese drone makers angered Beijing.", "163", "USA", "CHN"),
        # 125 a court's proceedings shunned
        ("Kenya declined to take part in the proceedings at the ICJ.", "125", "KEN", None),
        ("Kenya pulled out of the ICJ case.", "125", "KEN", None),
        ("Kenya withdrew from the case at the ICJ.", "125", "KEN", None),
        # 160 partners dropped from a joint programme; 163 sanctions by designation
        ("Washington suspended Turkey from the F-35 program.", "160", "USA", "TUR"),
        ("The United States kicked Turkey out of the F-35 program.", "160", "USA", "TUR"),
        ("The Treasury Department designated three Iranian entities.", "163", "USA", "IRN"),
        ("The U.S. Treasury targeted five Chinese firms for sanctions.", "163", "USA", "CHN"),
        # 1721 political activity suspended or banned as a whole; 1722 politicians barred from it
        ("The junta suspended all political activities in Mali.", "1721", "MLI", None),
        ("Mali's military rulers banned political activities.", "1721", "MLI", None),
        ("Guinea's junta's ban on political activities drew criticism.", "1721", "GIN", None),
        ("Sudan's authorities barred Bashir's party from political activity.", "1722", "SDN", None),
        # 138 force authorised against a named side
        ("China's parliament authorized the use of force against Taiwan.", "138", "CHN", "TWN"),
        ("The Russian parliament approved the use of military force against Ukraine.", "138", "RUS", "UKR"),
        # 115 courts gone to against an act
        ("Kenya's opposition went to the High Court against the deployment.", "115", "KEN", None),
        ("Pakistan's opposition turned to the courts against the election results.", "115", "PAK", None),
        # 174 refugees and migrants returned by force, refugee camps closed
        ("Thailand forcibly returned 40 Uyghurs to China.", "174", "THA", "CHN"),
        ("Lebanon returned hundreds of Syrian refugees to Syria.", "174", "LBN", "SYR"),
        ("Pakistan returned thousands of Afghans to Afghanistan last month.", "174", "PAK", "AFG"),
        ("Kenya ordered the closure of the Dadaab and Kakuma refugee camps.", "174", "KEN", None),
        ("Bangladesh dismantled the Rohingya refugee camps in Cox's Bazar.", "17", "BGD", None),
        # 173 migrants and prisoners held at a base or a facility
        ("The United States is holding migrants at the Guantanamo naval base.", "173", "USA", None),
        ("Libya is keeping hundreds of migrants in detention facilities near Tripoli.", "173", "LBY", None),
        # 172 security laws imposed on a place; 175 persecution
        ("Beijing imposed a national security law on Hong Kong.", "172", "CHN", "HKG"),
        ("China's persecution of Uyghurs continues.", "175", "CHN", None),
        ("Myanmar's oppression of the Rohingya drew sanctions.", "175", "MMR", None),
        # 111 a verbal attack that names what its target is called
        ("Erdogan attacked Israel as a terrorist state.", "111", "TUR", "ISR"),
        ("Pakistan's opposition attacked the budget as reckless.", "111", "PAK", None),
        # 190 posts of the security forces by their South Asian names
        ("Militants attacked a security checkpost in Khyber.", "190", "PAK", None),
        ("Terrorists stormed an army bunker in Kupwara.", "190", "IND", None),
    ],
)
def test_gap_entries(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # tests and launches of things that are no weapons
        ("India conducted a COVID-19 test on all arriving passengers.", ("150",)),
        ("SpaceX conducted a rocket launch from Florida on Sunday.", ("150", "19")),
        ("Japan carried out a satellite launch from Tanegashima.", ("150", "19")),
        ("Apple's product launch drew large crowds in California.", ("150", "19")),
        # activities that are not politics
        ("Mali's authorities suspended all mining activities after the landslide.", ("172",)),
        ("The school banned extracurricular activities during exams.", ("1721", "1722")),
        # a use authorised that is no force
        ("The Indian government authorized the use of drones for crop spraying.", ("13",)),
        ("The European Union approved the use of the vaccine.", ("13",)),
        # a defendant going to court is no complaint
        ("The former president went to court on Monday for his trial.", ("115",)),
        ("Kenya's deputy president went to court for the hearing of his case.", ("115",)),
        # judges and lawyers who withdraw from a case recuse
        ("The judge withdrew from the case.", ("125",)),
        ("His lawyer pulled out of the case.", ("125",)),
        ("Prices declined in May.", ("12",)),
        # pupils and features dropped from a programme, officials designated for a task
        ("The university suspended the student from the program.", ("160",)),
        ("The company removed the feature from the program.", ("160",)),
        ("The president designated an official to lead the talks.", ("163", "172")),
        # people who go home, and returns an aid agency helps
        ("Thousands of refugees returned to their villages in Darfur.", ("174",)),
        ("The UN refugee agency helped return refugees to South Sudan.", ("174",)),
        ("The teacher returned the papers to the students.", ("174",)),
        # camps that shelter refugees, and roads to them
        ("The camp holds more than 200,000 refugees.", ("173",)),
        ("Police closed the road to the refugee camp.", ("174",)),
        # laws imposed that restrict no one's freedoms
        ("The city imposed a new parking law on drivers.", ("172",)),
        # an attack on a convoy as it passed is no criticism
        ("Gunmen attacked the convoy as it passed through the town.", ("11",)),
    ],
)
def test_gap_senses(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)
