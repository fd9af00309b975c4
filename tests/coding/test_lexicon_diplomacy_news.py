"""Breadth of statements, consultations, diplomatic cooperation, concessions and investigations
(CAMEO 01, 04, 05, 08, 09) as news writes them: phrasal verbs, light verbs with their nouns, British
and American spellings. Each wording must code its family with the right countries, and the
everyday senses of the same words (a plane landing in a field, freeing up funds, a station
reopened, a call with reporters) must code nothing of it."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


# --- 01 make public statement ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The Saudi foreign ministry declined to provide details of the talks.", "011", "SAU", None),
        ("Beijing kept silent about the fate of the detained Canadian.", "011", "CHN", "CAN"),
        # the adjective of 'remained silent' belongs to the verb's phrase (the parser's acomp)
        ("The Kremlin remained silent on the arrest of the French researcher.", "011", "RUS", None),
        ("Qatar remained hopeful about a deal between Israel and Hamas.", "013", "QAT", None),
        ("Washington is weighing a military response to the drone attack.", "014", "USA", None),
        ("The Israeli government said it would reconsider its policy on the West Bank.", "014", "ISR", None),
        ("Israel took responsibility for the deadly strike on the aid workers.", "015", "ISR", None),
    ],
)
def test_statements(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


# --- 04 consult ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The Chinese president received a telephone call from the French president on Monday.", "041", "CHN", "FRA"),
        ("The Turkish leader discussed the grain corridor with Putin in a phone call.", "041", "TUR", None),
        ("The Indian foreign minister landed in Moscow on Tuesday for a two-day visit.", "042", "IND", "RUS"),
        ("The Japanese prime minister wrapped up a three-day visit to Australia.", "042", "JPN", "AUS"),
        ("Lula departed for Beijing on Tuesday.", "042", "BRA", "CHN"),
        ("The British foreign secretary kicked off a tour of Gulf states in Qatar.", "042", "GBR", None),
        ("The Brazilian president hosted a state dinner for the visiting Chinese president.", "043", "BRA", "CHN"),
        ("Egypt played host to the Sudanese army chief.", "043", "EGY", "SDN"),
        ("Saudi Arabia hosted talks between the United States and Ukraine in Jeddah.", "045", "SAU", "USA"),
        ("Oman relayed messages between Tehran and Washington.", "045", "OMN", None),
        ("Serbia and Kosovo returned to the negotiating table in Brussels.", "046", "SRB", None),
        ("Iran held indirect talks with the United States in Muscat.", "046", "IRN", "USA"),
        ("Canada and the United States renegotiated their trade pact.", "046", "CAN", None),
        ("Japan established contact with North Korea through its embassy in Beijing.", "040", "JPN", "PRK"),
    ],
)
def test_consultations(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile landed in a field in eastern Poland.",
        "The former minister landed in jail after the bribery scandal.",
        "In a call with reporters, a senior State Department official said the talks would continue.",
        "Iran is going to hold parliamentary elections in March.",
        "The vote on the budget is set for March.",
        # staying in touch is a standing relation, not a consultation that happened
        "The Ukrainian president stays in close touch with the Polish president.",
        "Chinese balloons flew into Taiwan's airspace on Monday.",
    ],
)
def test_landings_calls_with_reporters_and_going_to_are_no_consultations(coder, text):
    assert_no_event(coder, text, ("04",))


# --- 05 diplomatic cooperation ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("France threw its weight behind Morocco's autonomy plan.", "051", "FRA", None),
        ("Germany lent its support to the French proposal.", "051", "DEU", "FRA"),
        ("Iran sent a congratulatory message to the new Iraqi president.", "051", "IRN", "IRQ"),
        ("Brazil sent congratulations to Argentina's president-elect.", "051", "BRA", "ARG"),
        ("Egypt expressed its gratitude to Qatar for its mediation.", "051", "EGY", "QAT"),
        ("The US president reassured the Ukrainian leader of continued American support.", "051", "USA", "UKR"),
        ("The United States honoured the Ukrainian president with a medal.", "051", "USA", "UKR"),
        ("Iran came to the defence of Hamas at the United Nations.", "052", "IRN", None),
        ("Beijing spoke up for Pyongyang at the Security Council.", "052", "CHN", "PRK"),
        ("Honduras switched diplomatic recognition to China.", "054", "HND", "CHN"),
        ("Japan expressed remorse over its wartime actions.", "055", "JPN", None),
        ("Ukraine and Britain inked a partnership deal.", "057", "UKR", None),
        ("Sweden joined NATO on Thursday.", "050", "SWE", "IGO"),
        ("The African Union readmitted Mali.", "050", "IGO", "MLI"),
        ("India and China restored direct flights after four years.", "050", "IND", None),
        ("Riyadh re-established diplomatic relations with Damascus.", "050", "SAU", "SYR"),
    ],
)
def test_diplomatic_cooperation(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Workers in Detroit joined the union in large numbers.",
        "The Egyptian minister was reinstated to his post.",
        "Residents decorated the streets of Kyiv for the holiday.",
        # agreeing to a deal is a promise (03), not a signing
        "Russia agreed to a prisoner deal with Ukraine.",
        "Japan reaffirmed its commitment to a free and open Indo-Pacific.",
    ],
)
def test_unions_posts_decorations_and_promises_are_no_diplomatic_cooperation(coder, text):
    assert_no_event(coder, text, ("05",))


# --- 08 yield --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # 'set free' and 'cut loose': the parser tags the resultative as an adverb, read as a particle
        ("Belarus set free a jailed Swedish citizen.", "0841", "BLR", "SWE"),
        ("Egypt released the jailed activist on bail.", "0841", "EGY", None),
        ("Iran granted a furlough to the French prisoner.", "0841", "IRN", "FRA"),
        ("Iran released the seized tanker.", "0842", "IRN", None),
        ("Britain repatriated looted artefacts to Ghana.", "0842", "GBR", "GHA"),
        ("The United States granted sanctions relief to Syria.", "085", "USA", "SYR"),
        ("The United States removed Cuba from the list of state sponsors of terrorism.", "085", "USA", "CUB"),
        ("Turkey restored access to Wikipedia.", "0811", "TUR", None),
        ("Tunisia lifted the ban on the opposition party.", "0812", "TUN", None),
        ("Bangladesh shortened the curfew in Dhaka.", "0813", "BGD", None),
        ("The Pakistani prime minister tendered his resignation to the president.", "0831", "PAK", None),
        ("Kenya scrapped the tax increases after weeks of protests.", "0832", "KEN", None),
        ("The government backed down on the fuel price hike.", "0832", "---", None),
        ("A court in Cairo acquitted the opposition activist.", "081", "EGY", None),
        ("Israel let aid trucks into Gaza.", "0863", "ISR", "PSE"),
        ("Iran granted the IAEA access to the damaged facilities.", "0862", "IRN", "IGO"),
        # the parser makes 'X to VERB' after 'allow' a clause with its own subject: X is the object
        ("Lebanon allowed UN peacekeepers to deploy along the border.", "0861", "LBN", "IGO"),
        ("Iran allowed IAEA inspectors to visit the enrichment site.", "0862", "IRN", "IGO"),
        ("Israel and Hezbollah agreed to a cessation of hostilities.", "0871", "ISR", None),
        ("The PKK rebels surrendered their weapons.", "0873", "TUR", None),
        ("Ukrainian troops retreated from Avdiivka.", "0874", "UKR", None),
        ("Indian and Chinese troops disengaged along the border.", "087", "IND", None),
        ("Russia retracted its claim that Ukraine attacked the Kremlin.", "080", "RUS", None),
        ("The government heeded the call of the protesters.", "080", "---", None),
    ],
)
def test_concessions(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt freed up funds for the new capital.",
        "Hamas released a video of the hostage.",
        "China released the trade data on Tuesday.",
        "Israel admitted responsibility for the strike on the aid convoy.",
        "Pakistan's president stepped down under pressure from the army.",
    ],
)
def test_funds_freed_up_data_released_and_resignations_are_no_releases_or_withdrawals(coder, text):
    assert_no_event(coder, text, ("0841", "0842", "0863", "087"))


# --- 09 investigate --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The Pentagon is reviewing the drone strike that killed civilians in Kabul.", "093", "USA", None),
        ("The UN Human Rights Council set up a fact-finding mission on Iran.", "090", "IGO", "IRN"),
        ("The OPCW sent a fact-finding mission to Douma.", "090", "IGO", None),
        ("IAEA inspectors visited the Fordow site.", "090", "IGO", None),
        ("The FBI questioned the suspect about espionage.", "091", "USA", None),
        ("Polish investigators examined the wreckage of the drone.", "090", "POL", None),
        ("Kenya ordered an independent inquiry into the deaths of protesters.", "09", "KEN", None),
    ],
)
def test_investigations(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "US senators held a hearing on the defence budget.",
        "Analysts are looking at the death toll in Gaza.",
    ],
)
def test_hearings_and_looking_at_figures_are_no_investigations(coder, text):
    assert_no_event(coder, text, ("09",))


@pytest.mark.parametrize(
    "text, content",
    [
        ("Iran allowed IAEA inspectors to visit the Natanz site.", ("04",)),
        ("Lebanon allowed UN peacekeepers to deploy along the border.", ("15",)),
    ],
)
def test_what_is_allowed_is_the_allowing_not_an_act_of_its_own(coder, text, content):
    assert_no_event(coder, text, content)
