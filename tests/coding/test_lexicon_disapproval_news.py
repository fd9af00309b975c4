"""Verbal conflict as news words it (CAMEO roots 11 and 13): warnings whose clause says what the speaker
will do or what the one warned will bear, accusations laid in a reported clause ('said Pyongyang was
behind the cyberattack'), criticism drawn from someone ('drew criticism from France'), name-calling
in apposition, and the diplomatic protests of Chinese usage ('lodged stern representations')."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, events_of

VERBAL_CONFLICT = ("11", "13")


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Russia warned that NATO members would face consequences if they sent troops to Ukraine.", "130", "RUS",
         "IGO"),
        ("Iran warned the United States that any attack would be met with a decisive response.", "130", "IRN",
         "USA"),
        ("Beijing warned Washington that it would respond firmly to any provocation.", "130", "CHN", "USA"),
        ("Moscow warned Kyiv it would pay a heavy price for the attack.", "130", "RUS", "UKR"),
        ("Israel warned Hezbollah that it would respond with force.", "138", "ISR", "LBN"),
        ("China warned Japan that it would take resolute measures if the visit went ahead.", "130", "CHN", "JPN"),
        ("The United States warned that China would face consequences if it armed Russia.", "130", "USA", "CHN"),
        ("Turkey warned Greece it would impose sanctions over the drilling.", "1312", "TUR", "GRC"),
    ],
)
def test_a_warning_clause_of_what_the_speaker_will_do_is_a_threat(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The UN warned that millions would face famine.",
        "The IMF warned that growth would slow sharply.",
        "Kyiv warned that it would run out of ammunition.",
        "Experts warned that the dam could be destroyed.",
        "The WHO warned that hospitals would face shortages.",
        "Ukraine warned that Russia could cut gas supplies to Europe.",
    ],
)
def test_a_warning_that_foretells_no_act_of_the_speaker_is_no_threat(coder, text):
    assert_no_event(coder, text, ("13",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Seoul said Pyongyang was behind the cyberattack.", "1123", "KOR", "PRK"),
        ("Washington said Moscow was behind the hacking of the election systems.", "1125", "USA", "RUS"),
        ("Kyiv said Moscow was responsible for the strike.", "112", "UKR", "RUS"),
        ("Hamas was responsible for the attack, Israel said.", "112", "ISR", "PSE"),
        ("Israel said Hamas was to blame for the deaths.", "112", "ISR", "PSE"),
    ],
)
def test_an_act_laid_at_someones_door_in_a_reported_clause_is_an_accusation(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas was responsible for the attack.",
        "Hamas was to blame for the deaths.",
        "The ministry is responsible for the budget.",
        "Israel said it was responsible for the strike.",
        "The people behind the attack were arrested.",
    ],
)
def test_blame_nobody_reports_or_a_responsibility_owned_is_no_accusation(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Israel's offensive drew sharp criticism from France.", "111", "FRA", "ISR"),
        ("Russia's move sparked condemnation from the European Union.", "111", "IGO", "RUS"),
        ("China faced criticism from the United States over its human rights record.", "111", "USA", "CHN"),
        ("Beijing's criticism of Washington grew sharper.", "111", "CHN", "USA"),
        ("Maduro branded the opposition leader a traitor.", "111", "VEN", "VEN"),
        ("Venezuela called Guyana's referendum a fraud.", "111", "VEN", "GUY"),
        ("Kyiv said Moscow's proposal was absurd.", "111", "UKR", "RUS"),
        ("China lodged stern representations with Japan over the visit.", "114", "CHN", "JPN"),
        ("Beijing expressed strong dissatisfaction with the U.S. move.", "110", "CHN", "USA"),
        ("Seoul expressed regret over Tokyo's decision to release the water.", "110", "KOR", "JPN"),
    ],
)
def test_criticism_drawn_named_and_lodged(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The president met his adviser, a former general.",
        "Israel apologized and expressed regret for the deaths.",
        "The plan drew support from Germany.",
    ],
)
def test_no_disapproval_in_apposition_apology_or_support(coder, text):
    assert_no_event(coder, text, VERBAL_CONFLICT)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Russian forces committed war crimes in Ukraine, a UN commission said.", "1124", "IGO", "RUS"),
        ("Ukraine's prosecutor general said Russian forces had committed war crimes in Kherson.", "1124", "UKR",
         "RUS"),
        ("Belarus declared a Polish diplomat persona non grata.", "161", "BLR", "POL"),
        ("The Kremlin signaled its reluctance to endorse the U.S. plan.", "127", "RUS", "USA"),
        ("Iran signaled its readiness to negotiate with the United States.", "036", "IRN", "USA"),
    ],
)
def test_crimes_said_committed_persona_non_grata_and_signalled_stances(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def test_crimes_committed_in_the_authors_own_words_are_no_accusation(coder):
    assert_no_event(coder, "Russian troops committed atrocities in Bucha.", ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Iran's foreign ministry called the U.S. sanctions \"cruel and illegal.\"", "111", "IRN", "USA"),
        ("The Kremlin described Macron's remarks as \"absolutely unacceptable.\"", "111", "RUS", "FRA"),
        ("Washington gave Moscow until Friday to agree to the ceasefire.", "139", "USA", "RUS"),
        ("Mali's junta gave the French ambassador 72 hours to leave the country.", "161", "MLI", "FRA"),
    ],
)
def test_judgements_coordinated_or_after_as_and_deadlines(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def test_what_an_ultimatum_demands_is_no_act_of_the_one_who_sets_it(coder):
    assert_no_event(coder, "The EU gave Belarus until Friday to release the activists.", ("08",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Trump ripped Biden over the withdrawal from Afghanistan.", "111", "USA", "USA"),
        ("Russia walked out of the grain deal with Ukraine.", "160", "RUS", "UKR"),
        ("Washington quit the nuclear accord with Iran.", "160", "USA", "IRN"),
        ("Moscow ordered the closure of the Polish consulate.", "161", "RUS", "POL"),
        ("Iran said it would not negotiate with the United States under pressure.", "125", "IRN", "USA"),
    ],
)
def test_rebukes_exits_closures_and_refused_talks(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Kyiv said Russian troops had breached the truce.", "1123", "UKR", "RUS"),
        ("Azerbaijan said Armenia violated the ceasefire overnight.", "1123", "AZE", "ARM"),
        ("Beijing said the U.S. warship violated China's sovereignty.", "1123", "CHN", "USA"),
    ],
)
def test_a_rule_said_to_be_broken_is_the_reporters_accusation(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def test_a_rule_broken_in_the_authors_words_keeps_its_own_code(coder):
    assert_event(coder, "North Korea's launch violated U.N. resolutions.", "128", "PRK", "IGO")
    assert_no_event(coder, "North Korea's launch violated U.N. resolutions.", ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("A Moscow court found the American journalist guilty of espionage.", "116", "RUS", "USA"),
        ("Israel recalled its negotiating team from Doha, halting talks with Hamas.", "164", "ISR", "PSE"),
    ],
)
def test_verdicts_found_and_negotiators_recalled(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def test_a_finding_is_no_verdict(coder):
    assert_no_event(coder, "Investigators found the wreckage intact.", ("11",))


@pytest.mark.parametrize(
    "text, target",
    [
        ("Iran warned that it would respond with force.", None),
        ("Iran warned that it would respond with force to any attack by Israel.", "ISR"),
    ],
)
def test_the_force_a_threat_names_is_no_target(coder, text, target):
    got = [(c, s, t) for c, s, t in events_of(coder, text) if c.startswith("13")]
    assert got == [("138", "IRN", target)], got


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Iran said the United States was meddling in its internal affairs.", "1123", "IRN", "USA"),
        ("Beijing said Washington was interfering in China's internal affairs.", "1123", "CHN", "USA"),
        ("China warned it would use force if Taiwan declared independence.", "138", "CHN", None),
    ],
)
def test_meddling_said_of_someone_and_force_warned_of(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize("text", ["Russia interfered in the 2016 election.", "The noise interfered with the signal."])
def test_meddling_in_the_authors_words_is_no_accusation(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("Pakistan accused India of supporting militants, a charge New Delhi quickly rejected.", "016", "IND"),
        ("The deal that Iran signed with China was published on Monday.", "057", "IRN"),
    ],
)
def test_a_relative_clause_acts_on_the_noun_it_modifies(coder, text, code, source):
    assert_event(coder, text, code, source)


def test_a_rejected_charge_is_no_rejection(coder):
    assert_no_event(coder, "Pakistan accused India of supporting militants, a charge New Delhi quickly rejected.",
                    ("12",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Poland summoned the Russian charge d'affaires over the airspace violation.", "114", "POL", "RUS"),
        ("The EU suspended visa-free travel for Georgian officials.", "160", "IGO", "GEO"),
    ],
)
def test_a_charge_d_affaires_summoned_and_visa_waivers_suspended(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Kyiv's accusations that Moscow targeted civilians have grown.", "112", "UKR", "RUS"),
        ("Israel made accusations that Iran funded the attack.", "112", "ISR", "IRN"),
    ],
)
def test_an_accusation_noun_is_aimed_at_the_subject_of_its_content(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def test_what_an_accusation_alleges_is_no_act_of_its_own(coder):
    assert_no_event(coder, "Kyiv's accusations that Moscow targeted civilians have grown.", ("18", "19"))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # criticism, and parties attacking in words
        ("The Indian government came down heavily on Pakistan for harbouring terrorists.", "111", "IND", "PAK"),
        ("The Congress party attacked the BJP government over the Manipur violence.", "111", "IND", "IND"),
        # rallying opposition, motions against a government
        ("The opposition parties joined hands against the ruling BJP.", "113", "IND", "IND"),
        ("Opposition lawmakers in Pakistan moved a no-confidence motion against Prime Minister Imran Khan.", "113",
         "PAK", "PAK"),
        # complaints through diplomats and notes
        ("Poland called in the Russian ambassador to protest the airspace violation.", "114", "POL", "RUS"),
        ("India conveyed its strong protest to Pakistan over the killing of fishermen.", "114", "IND", "PAK"),
        # going to court
        ("Nicaragua instituted proceedings against Germany at the ICJ.", "115", "NIC", "DEU"),
        ("Pakistan's opposition moved the Supreme Court against the election results.", "115", "PAK", None),
    ],
)
def test_disapproval_breadth_from_the_codebook(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Israel ignored the ICJ order to halt its offensive in Rafah.", "128", "ISR", None),
        ("The United States cast its veto against the resolution on Gaza.", "129", "USA", None),
        ("The governor of Tamil Nadu withheld assent to the bill passed by the assembly.", "129", "IND", None),
        ("Israel said it would not accept a Palestinian state.", "120", "ISR", None),
        ("Russia warned Ukraine that any attack would be met with a befitting reply.", "130", "RUS", "UKR"),
        ("Indian farmers warned of an intensified agitation if their demands were not met.", "133", "IND", None),
        ("Bank employees in Kerala issued a strike notice to the government.", "133", "IND", None),
        ("The minister threatened legal action against the newspaper in Kenya.", "131", "KEN", None),
        ("North Korea vowed to retaliate against the drills.", "138", "PRK", None),
        ("The union in South Africa warned of a walkout in Johannesburg.", "133", "ZAF", None),
    ],
)
def test_rejection_and_threat_breadth_from_the_codebook(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, roots",
    [
        # a court rules on a plea, it rejects no one
        ("The Supreme Court rejected the government's plea.", ("12",)),
        ("The High Court of Pakistan dismissed the bail plea of the former minister.", ("12",)),
        # taking a side, prices that come down, forecasts of war
        ("The United States came down on the side of Israel.", ("11",)),
        ("Russia warned of the risk of war in Europe.", ("13",)),
        ("The committee tabled a motion on the budget.", ("11",)),
        ("The central bank issued a note on the rupee.", ("11",)),
        ("Israel attacked Hezbollah positions in Lebanon.", ("11",)),
    ],
)
def test_new_disapproval_and_rejection_words_in_their_other_senses(coder, text, roots):
    assert_no_event(coder, text, roots)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("India declined to join China's Belt and Road Initiative.", "121", "IND", "CHN"),
        ("North Korea refused to join the talks.", "125", "PRK", None),
        ("Israel stood firm on its demands.", "124", "ISR", None),
        ("Beijing stood its ground on Taiwan.", "124", "CHN", "TWN"),
    ],
)
def test_staying_out_and_standing_firm_are_refusals(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops stood their ground in Bakhmut.",
        "The ceasefire held firm in Gaza.",
        "Prices held firm in Mumbai.",
    ],
)
def test_ground_held_by_troops_or_a_truce_is_no_refusal(coder, text):
    assert_no_event(coder, text, ("12",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Pakistan said the attack was orchestrated by militants based in Afghanistan.", "1123", "PAK", "AFG"),
        ("Russia said Ukraine had orchestrated the attack on the concert hall.", "1123", "RUS", "UKR"),
        ("Ethiopia said Egypt was arming the rebels.", "112", "ETH", "EGY"),
        ("India said Pakistan harbours terrorists.", "112", "IND", "PAK"),
        ("Iran said Israel masterminded the assassination.", "112", "IRN", "ISR"),
        ("Sudan's army said the UAE was funding the RSF militia.", "112", "SDN", "ARE"),
    ],
)
def test_a_hand_in_an_attack_said_of_someone_is_an_accusation(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas masterminded the October 7 attack.",
        "Israel said it had orchestrated the strike.",
        "The United States said it would arm the Syrian rebels.",
        "Germany said it would fund the project.",
    ],
)
def test_a_hand_in_an_attack_in_the_authors_or_the_reporters_own_words_is_no_accusation(coder, text):
    assert_no_event(coder, text, ("11",))


def test_the_reporters_own_promise_to_arm_stays_an_intent(coder):
    assert_event(coder, "The United States said it would arm the Syrian rebels.", "0332", "USA", "SYR")


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("The Chinese foreign ministry protested the visit of the Japanese minister to Taiwan.", "114", "CHN", None),
        ("India's foreign ministry strongly protested the remarks by the Pakistani minister.", "114", "IND", "PAK"),
        ("Japan protested strongly against the Chinese coast guard's incursion near the islands.", "114", "JPN", None),
        ("Seoul protested the remarks, calling them an insult to the victims.", "114", "KOR", None),
        ("The government of Punjab drew flak from the opposition over the price rise in Pakistan.", "111", "PAK",
         None),
    ],
)
def test_a_ministry_that_protests_complains_and_flak_is_criticism(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Japan protested strongly against the decision.",
        "The Chinese foreign ministry protested on Tuesday.",
    ],
)
def test_an_official_complaint_is_aimed_at_no_government_it_does_not_name(coder, text):
    got = events_of(coder, text)
    assert any(code == "114" and target is None for code, _, target in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Government employees protested outside the secretariat in Thiruvananthapuram.",
        "Anganwadi workers protested outside the collectorate in Kerala.",
        "Thousands of Kenyans protested outside parliament in Nairobi on Tuesday.",
    ],
)
def test_workers_of_the_state_who_protest_still_demonstrate(coder, text):
    assert "141" in {c for c, _, _ in events_of(coder, text)}, events_of(coder, text)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Farmers in Punjab vowed to intensify their agitation until the laws were repealed in India.", "133", "IND",
         None),
        ("Teachers in Kenya threatened to boycott the board examinations.", "133", "KEN", None),
        ("Israel vowed to continue its strikes on Gaza.", "138", "ISR", "PSE"),
    ],
)
def test_protests_vowed_to_go_on_are_threats_of_dissent_and_strikes_of_a_state_threats_of_force(
        coder, text, code, source, target):
    assert_event(coder, text, code, source, target)
