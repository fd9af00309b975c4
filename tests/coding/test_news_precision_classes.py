"""Classes of news sentences that report no act, and their neighbours that still do: questions and
'whether or not' clauses (questions.py); metaphorical wars, visits to parks, legal fights and sieges of
critics (senses.txt); crossheads glued before a quoted sentence (crossheads.py);
what scholars read into the news (commentary.py); measures taking effect and 'looking to' act
(factuality.py, modality.txt)."""
from __future__ import annotations

import pytest

from coding_helpers import PUBLISHED, assert_event, assert_no_event, events_of
from dyadwatch.coding.crossheads import body_start
from dyadwatch.documents.readers import read_text


@pytest.mark.parametrize(
    "text, roots",
    [
        ('"So why doesn\'t Germany send us its Taurus missiles?" a Ukrainian presidential adviser said.', ("07",)),
        ("Why would Russia agree to a ceasefire now, the Ukrainian foreign minister asked.", ("03", "08")),
        ('"How can Washington impose sanctions on its own allies?" Turkey\'s foreign minister asked.', ("16",)),
        ('"Why did Israel not withdraw its troops from the border?" the Lebanese president said.', ("08",)),
        ("How could the European Union send more weapons to Ukraine, the Hungarian prime minister asked.", ("07",)),
        # explainers' question headings
        ("What tariffs has the United States imposed on China?", ("16",)),
        ("What was the Swedish investigation of Assange about?", ("09",)),
        ("When will Putin meet Trump in Saudi Arabia?", ("04",)),
        ("Why did the talks between Russia and Ukraine fail?", ("04",)),
    ],
)
def test_a_rhetorical_question_reports_no_act(coder, text, roots):
    assert_no_event(coder, text, roots)


@pytest.mark.parametrize(
    "text, roots",
    [
        ('"Whether they sign the accord or not, both sides must keep talking," the Qatari mediator said.', ("03",)),
        ("Whether or not Moscow signs the deal, Kyiv will keep defending its territory, Zelenskyy said.", ("05",)),
        ("Whether Hamas releases the hostages or not, Israel will press on, Netanyahu said.", ("08",)),
    ],
)
def test_a_whether_or_not_clause_sets_the_act_aside(coder, text, roots):
    assert_no_event(coder, text, roots)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # a question that is not inverted, an indirect 'how', a plain report: the act stands
        ("Turkey's foreign minister explained how Washington imposed sanctions on Ankara.", "16", "USA", "TUR"),
        ("The United States gave Ukraine Patriot missiles on Monday.", "07", "USA", "UKR"),
        ("Russia asked why Ukraine had attacked the Kursk region.", "1", "UKR", "RUS"),
        ("Rubio said after meeting Lavrov that the two sides would keep talking.", "04", "USA", "RUS"),
        ("The United States has imposed new tariffs on Chinese steel, the Commerce Department said.", "16", "USA", "CHN"),
        ("The talks between Russia and Ukraine in Istanbul collapsed on Friday.", "04", "RUS", "UKR"),
    ],
)
def test_acts_beside_a_question_are_still_coded(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        'Mexico\'s president said the country would not return to a drug war with the cartels.',
        "Airlines in India are locked in a price war over domestic routes, the aviation ministry said.",
        "The Philippine president defended his drug war against critics in Manila on Tuesday.",
        "Russia and the West are waging an information war over Ukraine, Lavrov said.",
    ],
)
def test_a_metaphorical_war_is_no_fighting(coder, text):
    assert_no_event(coder, text, ("19",))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Russia launched a war against Ukraine on Thursday, Zelenskyy said.", "RUS", "UKR"),
        ("Sudan's army waged war on the Rapid Support Forces in Khartoum on Monday.", "SDN", "SDN"),
    ],
)
def test_a_war_between_armed_actors_is_still_fighting(coder, text, source, target):
    assert_event(coder, text, "19", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Saudi authorities now allow women to visit gyms and stadiums without a male guardian.",
        "The French president visited a museum in Paris with his wife on Sunday.",
        "Chinese tourists visited beaches and restaurants in Thailand during the holiday.",
    ],
)
def test_a_visit_to_a_park_or_a_gym_visits_no_one(coder, text):
    assert_no_event(coder, text, ("04",))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("French President Emmanuel Macron visited Kyiv on Monday.", "FRA", "UKR"),
        ("Indian Prime Minister Narendra Modi visited Mauritius on Tuesday.", "IND", "MUS"),
    ],
)
def test_a_visit_to_a_state_is_still_a_visit(coder, text, source, target):
    assert_event(coder, text, "04", source, target)


@pytest.mark.parametrize(
    "text, heading",
    [
        ('EU export curbs "These rules will hurt European firms first," a trade lobby said.',
         "EU export curbs"),
        ('Regional reaction "We are very concerned about the situation," the Thai foreign minister said.',
         "Regional reaction"),
        ('Sanctions relief "There will be no relief until Pyongyang gives up its weapons," the envoy said.',
         "Sanctions relief"),
    ],
)
def test_a_crosshead_before_a_quoted_sentence_is_found(nlp, text, heading):
    sent = next(nlp(text).sents)
    assert sent.doc[sent.start:body_start(sent)].text == heading


@pytest.mark.parametrize(
    "text",
    [
        'Officials called the decision "A step backwards" on Monday.',
        'The minister told reporters "We will respond" after the meeting.',
        'Protesters chanted "Down with the regime" outside parliament.',
    ],
)
def test_a_quotation_inside_a_sentence_is_no_crosshead(nlp, text):
    sent = next(nlp(text).sents)
    assert body_start(sent) == sent.start


def test_a_crosshead_before_a_quote_codes_nothing_of_its_own(coder):
    text = 'EU ban on Russian diamonds "It will take some time," a Belgian trader said.'
    assert not [e for e in events_of(coder, text) if e[0].startswith("16")]


@pytest.mark.parametrize(
    "text, roots",
    [
        ("According to analysts, Seoul wants to improve relations with Tokyo before the summit.", ("05",)),
        ("According to experts, Russia will send more troops to the Belarus border this spring.", ("15", "19")),
        ("Richard Roe, director of the Stimson Center's Africa program, told reporters that Kenya and Uganda "
         "are both concerned about Ethiopia's moves.", ("11",)),
        ("Jane Doe, a senior fellow at the Brookings Institution, said China would impose sanctions on Taiwan.",
         ("16", "13")),
        ("Professor Mesut Kaya said Turkey could buy more Russian fighter jets next year.", ("06", "03")),
    ],
)
def test_what_scholars_and_analysts_read_into_the_news_is_not_coded(coder, text, roots):
    assert_no_event(coder, text, roots)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        # an official source, a ministry, a named official: their reports are coded as usual
        ("According to the Interior Ministry, police arrested 30 protesters in Lagos on Monday.", "17", "NGA", "NGA"),
        ("According to Ukraine's military, Russian forces shelled Kharkiv overnight.", "19", "RUS", "UKR"),
        ("Wang Yi, director of the Office of the Central Foreign Affairs Commission, said China would impose "
         "sanctions on Lithuania.", "1", "CHN", "LTU"),
        # a scholar arrested is news, not commentary
        ("Iranian authorities arrested Professor Ahmad Reza, a lecturer at Tehran University, on Sunday.",
         "17", "IRN", None),
    ],
)
def test_reports_of_officials_beside_commentary_are_still_coded(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Assange is battling extradition to the United States.",
        "The former president vowed to fight the charges in court, his lawyers said.",
        "Chinese carmakers are fighting the European Union's tariffs at the World Trade Organization.",
    ],
)
def test_a_legal_or_political_fight_is_no_armed_fight(coder, text):
    assert_no_event(coder, text, ("19",))


@pytest.mark.parametrize(
    "text",
    [
        '"Germany and France have governments that are under siege from new rightist parties," he said.',
        "The Kenyan president is under siege from critics over the new finance bill.",
    ],
)
def test_a_government_under_siege_from_critics_is_not_besieged(coder, text):
    assert_no_event(coder, text, ("19",))


@pytest.mark.parametrize(
    "text",
    [
        "\u201cIt\u2019s striking that geopolitical tensions are threatening growth,\u201d the Federal Reserve "
        "president said.",
        "It is striking that Russia has not responded, the British foreign secretary said.",
    ],
)
def test_it_is_striking_that_remarks_on_no_strike(coder, text):
    assert_no_event(coder, text, ("14", "18", "19"))


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Russian forces besieged Mariupol for three months.", "19", "RUS", "UKR"),
        ("Israeli strikes killed 20 people in Gaza on Sunday.", "19", "ISR", "PSE"),
        ("Gunmen killed five villagers and stole cattle in Zamfara state, Nigerian police said.", "18", "NGA", "NGA"),
        ("Sudan's army fought the Rapid Support Forces in Khartoum on Monday.", "19", "SDN", "SDN"),
    ],
)
def test_violence_against_people_and_places_is_still_coded(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


def _coded(coder, text):
    """(CAMEO code, source country, modality) of every event coded from the text."""
    return [(e.cameo.code, e.source.country, e.modality) for e in coder.code(read_text(text, "t", published=PUBLISHED))]


@pytest.mark.parametrize(
    "text, code",
    [
        ("The finance ministry said Canadian tariffs on Chinese electric vehicles will take effect on Oct. 1.",
         "163"),
        ("The Commerce Department said the new U.S. tariffs on Chinese solar panels will go into effect next month.",
         "163"),
        ("Trump said the U.S. tariffs on Mexican goods will come into effect on Saturday.", "163"),
    ],
)
def test_a_measure_taking_effect_is_scheduled_not_threatened(coder, text, code):
    got = _coded(coder, text)
    assert any(c == code and m == "future" for c, _, m in got), got
    assert not [g for g in got if g[0].startswith("13")], got


def test_a_measure_announced_to_come_is_still_a_threat(coder):
    got = _coded(coder, "Trump said he will impose new tariffs on Canada next week.")
    assert any(c.startswith("13") and m == "asserted" for c, _, m in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Riyadh is looking to restore diplomatic relations with Damascus, Saudi officials said.",
        "Tokyo is looking to strengthen ties with Manila, the Japanese foreign ministry said.",
        "Egypt is looking to mend ties with Turkey after years of hostility, Egyptian officials said.",
    ],
)
def test_looking_to_act_is_an_intent(coder, text):
    got = _coded(coder, text)
    assert got and all(c.startswith("03") and m == "asserted" for c, _, m in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Russia probably attacked the convoy near Kharkiv, Ukrainian officials said.",
        "Pakistan's army possibly struck militant hideouts in Afghanistan, residents said.",
    ],
)
def test_an_act_said_to_be_likely_is_hypothetical(coder, text):
    # what is likely to come is a forecast and no event ('will likely grow', 'unlikely Brussels
    # will lift'; test_embedded_acts.py)
    got = _coded(coder, text)
    assert got and all(m == "hypothetical" for _, _, m in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday is the second anniversary of the start of fighting between Sudan's army and the Rapid Support Forces.",
        "Thursday is the fifth anniversary of the start of protests against Algerian President Abdelaziz Bouteflika.",
    ],
)
def test_the_anniversary_of_an_act_is_background(coder, text):
    got = _coded(coder, text)
    assert got and all(m == "background" for _, _, m in got), got


@pytest.mark.parametrize(
    "text, code",
    [
        ("Indonesia's military cooperation with France will deepen over the decade, the report said.", "06"),
        ("Israel's military operations in Gaza will continue for months, the report said.", "19"),
        ("Russia's attacks on Ukraine's energy grid will intensify this winter.", "18"),
    ],
)
def test_an_acts_own_future_is_the_authors_forecast_not_an_intent(coder, text, code):
    got = _coded(coder, text)
    assert got and all(c.startswith(code) and m != "asserted" for c, _, m in got), got


def test_an_actor_announcing_its_act_is_still_an_intent(coder):
    got = _coded(coder, "Russia said it will hold talks with Ukraine on Monday.")
    assert any(c.startswith("03") and m == "asserted" for c, _, m in got), got


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("A Kenyan rights activist said the authorities should impose a curfew in the Mandera region after the killings.",
         "020", "KEN", "KEN"),
        ("The U.N. said Myanmar's military must stop arresting journalists.", "100", "IGO", "MMR"),
        ("Human Rights Watch said Ugandan authorities should impose a curfew in Kampala.", "020", "NGO", "UGA"),
    ],
)
def test_coercion_that_someone_must_or_should_do_is_the_reporters_appeal(coder, text, code, source, target):
    got = events_of(coder, text)
    assert (code, source, target) in got, got
    assert not [g for g in got if g[0].startswith("17")], got
