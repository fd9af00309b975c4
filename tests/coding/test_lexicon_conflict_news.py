"""Demands, accusations, rejections, threats, force posture and sanctions (CAMEO roots 10-13, 15,
16) as news words them: verbs, phrasal verbs, nouns with light verbs, predicate adjectives
('is critical of', 'remains concerned about'), and the senses that are none of these ('demand for
oil', 'blamed the weather', 'warned of a storm')."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, events_of

CONFLICT_ROOTS = ("10", "11", "12", "13", "15", "16")


# --- 11 DISAPPROVE: adjectives and feelings predicated of the one who holds them -----------------

@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Poland has been highly critical of Hungary.", "111", "POL", "HUN"),
        ("The Dutch government is sharply critical of Turkey's arrests of journalists.", "111", "NLD", "TUR"),
        ("Germany was concerned about Russia's troop movements.", "110", "DEU", "RUS"),
        ("The EU is deeply concerned by Israel's settlement plans.", "110", "IGO", "ISR"),
        ("The G7 remains concerned with China's military build-up.", "110", "IGO", "CHN"),
        ("Japan is worried about North Korea's missile tests.", "110", "JPN", "PRK"),
        ("France was alarmed by the Iranian enrichment.", "110", "FRA", "IRN"),
        ("Washington is wary of Beijing's intentions in the Pacific.", "110", "USA", "CHN"),
        ("Kenya is unhappy with Uganda over the border dispute.", "110", "KEN", "UGA"),
        ("Russian officials were angry at Washington over the seizure.", "111", "RUS", "USA"),
        ("The Chinese government is furious with the Philippines over the shoal.", "111", "CHN", "PHL"),
        ("Iran said it was deeply concerned about Israel's nuclear programme.", "110", "IRN", "ISR"),
    ],
)
def test_predicate_adjectives_are_disapproval(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def test_a_predicate_adjective_denied_is_negated(coder):
    events = [e for e in coder.code(_doc("Seoul was not critical of Tokyo.")) if e.cameo.code.startswith("11")]
    assert events and all(e.negated for e in events), events


def test_explain_lists_a_predicate_adjective(coder):
    from dyadwatch.coding.explain import explain, format_explanation

    text = format_explanation(explain(coder, "Poland is critical of Hungary."))
    assert "verb 'critical'" in text and "coded 111 POL->HUN" in text, text


@pytest.mark.parametrize(
    "text",
    [
        "European consumers are more concerned about the price of the cars.",
        "Ankara may also be wary of losing the base.",
        "Investors in Japan were worried about the yen.",
    ],
)
def test_a_feeling_about_no_actor_is_no_event(coder, text):
    assert_no_event(coder, text, ("110",))


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("And now the Taiwanese activist is going to be free.", ("08",)),
        ("Turkish pilots would train in Moscow, as opposed to decades of American training.", ("12",)),
    ],
)
def test_adjectives_and_set_phrases_that_are_no_acts(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


def test_being_opposed_to_is_the_subject_opposing(coder):
    assert_event(coder, "Japan is opposed to the Chinese plan.", "120", "JPN", "CHN")


def test_the_cause_of_a_feeling_is_no_source(coder):
    """'alarmed by the tests': the tests alarm, but France is the one who disapproves."""
    got = events_of(coder, "France was alarmed by the Iranian missile tests.")
    assert ("110", "FRA", "IRN") in got, got


# --- 11 DISAPPROVE and 116: verbs, phrasal verbs, small clauses ----------------------------------

@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Turkey's president blasted Sweden for allowing the Koran burning.", "111", "TUR", "SWE"),
        ("Beijing hit out at Washington over the new chip restrictions.", "111", "CHN", "USA"),
        ("Iran lashed out at the United States after the new sanctions.", "111", "IRN", "USA"),
        ("The Kremlin took aim at NATO in a statement on Tuesday.", "111", "RUS", "IGO"),
        ("The Indian government castigated Pakistan for the remarks.", "111", "IND", "PAK"),
        ("The Philippine coast guard decried China's dangerous manoeuvres.", "111", "PHL", "CHN"),
        ("The French opposition rapped Algeria for the expulsions.", "111", "FRA", "DZA"),
        ("Moscow cast doubt on Kyiv's commitment to the truce.", "110", "RUS", "UKR"),
        ("Azerbaijan charged that Armenia had violated the truce.", "112", "AZE", "ARM"),
        ("Sudan's army accused the United Arab Emirates of arming the RSF.", "112", "SDN", "ARE"),
        ("Hamas held Israel responsible for the deaths of the hostages.", "112", "PSE", "ISR"),
        ("Japan expressed alarm at North Korea's missile launches.", "110", "JPN", "PRK"),
        ("Lithuania voiced misgivings about Poland's border closure.", "110", "LTU", "POL"),
        ("The Baltic states reiterated their opposition to Russia's annexation plans.", "110", None, "RUS"),
        ("A Russian court convicted the American journalist of espionage.", "116", "RUS", "USA"),
        ("The Thai court held the ministry liable for the deaths.", "11", "THA", None),
    ],
)
def test_criticism_accusation_and_verdicts(coder, text, code, source, target):
    if source is None:
        got = events_of(coder, text)
        assert any(c.startswith(code) and t == target for c, _, t in got), got
    else:
        assert_event(coder, text, code, source, target)


# --- 10 DEMAND -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, code, source",
    [
        ("Azerbaijan demanded the return of Azerbaijani prisoners held by Armenia.", "1053", "AZE"),
        ("The UN demanded an end to the occupation of the West Bank.", "1056", "IGO"),
        ("Serbia stuck to its demands in the talks with Kosovo.", "100", "SRB"),
    ],
)
def test_demands(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize(
    "text",
    [
        "China's demand for oil rose for a third month.",
        "India's strong demand for coal kept prices high.",
        "Weak consumer demand in Germany weighed on exports to France.",
    ],
)
def test_market_demand_is_no_demand(coder, text):
    assert_no_event(coder, text, ("10",))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan women staged a sit-in outside the governor's office in Garissa demanding the release of their sons.",
        "Residents of Goma marched against the UN mission, accusing it of failing to stop the rebels.",
        "Hundreds of teachers rallied in Nairobi, demanding higher pay.",
    ],
)
def test_a_protest_participle_is_the_protest_demand_not_an_event(coder, text):
    got = events_of(coder, text)
    assert any(c.startswith("14") for c, _, _ in got), got
    assert not any(c.startswith(("10", "11")) for c, _, _ in got), got


# --- 12 REJECT -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, code, source",
    [
        ("Russia shrugged off the new Western sanctions.", "128", "RUS"),
        ("North Korea brushed aside the UN resolution and fired another missile.", "128", "PRK"),
        ("Russia walked away from the Black Sea grain deal.", "127", "RUS"),
        ("The junta tore up the defence agreement with France.", "127", "MLI"),
        ("Hungary vetoed the EU aid package for Ukraine.", "129", "HUN"),
        ("The Venezuelan government turned down the American offer.", "120", "VEN"),
        ("Ukraine ruled out sending troops to the border with Belarus.", "1212", "UKR"),
    ],
)
def test_rejections(coder, text, code, source):
    if code == "127" and "junta" in text:
        got = events_of(coder, text)
        assert any(c == "127" for c, _, _ in got), got
    else:
        assert_event(coder, text, code, source)


# --- 13 THREATEN ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("China warned the Philippines against further provocations.", "130", "CHN", "PHL"),
        ("Beijing warned Taipei against any move toward independence.", "130", "CHN", "TWN"),
        ("Russia warned Finland of countermeasures if it joined NATO.", "130", "RUS", "FIN"),
        ("Iran warned Israel of a crushing response.", "138", "IRN", "ISR"),
        ("Trump threatened to slap tariffs on Mexico.", "1312", "USA", "MEX"),
        ("Turkey threatened to cut ties with Israel.", "1313", "TUR", "ISR"),
        ("Hezbollah vowed to retaliate against Israel for the killing.", "138", "LBN", "ISR"),
        ("The rebels issued an ultimatum to the government of Mali.", "139", None, "MLI"),
    ],
)
def test_threats_and_warnings(coder, text, code, source, target):
    got = events_of(coder, text)
    assert any(c.startswith(code) and (source is None or s == source) and t == target for c, s, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned of a storm approaching the coast of Florida.",
        "Officials warned residents of heavy rain in the north of France.",
        "A cyclone threatened the coast of Bangladesh.",
    ],
)
def test_weather_warnings_are_no_threats(coder, text):
    assert_no_event(coder, text, ("13",))


@pytest.mark.parametrize(
    "text",
    [
        "Germany blamed the weather for the delays at its airports.",
        "The airline blamed a technical glitch for the cancellations.",
    ],
)
def test_blaming_things_accuses_no_one(coder, text):
    assert_no_event(coder, text, ("11",))


# --- 15 EXHIBIT FORCE POSTURE ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("China staged large-scale drills around Taiwan.", "150", "CHN", "TWN"),
        ("Russia held naval exercises near Japan.", "150", "RUS", "JPN"),
        ("China amassed warships near Taiwan.", "154", "CHN", None),
        ("North Korea test-fired a ballistic missile into the sea.", "150", "PRK", None),
        ("Chinese warships sailed near the Philippines.", "150", "CHN", "PHL"),
        ("Kyiv sent reinforcements to the front in Donetsk.", "154", "UKR", None),
        ("Armenia mobilised reservists after the clashes with Azerbaijan.", "154", "ARM", None),
        ("Russia put its nuclear forces on high alert.", "152", "RUS", None),
    ],
)
def test_force_posture(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


# --- 16 REDUCE RELATIONS ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Russia suspended its participation in the arms control treaty with the United States.", "160", "RUS", None),
        ("Israel walked away from the talks with Hamas in Doha.", "164", "ISR", "PSE"),
        ("Nicaragua severed diplomatic relations with Israel.", "161", "NIC", "ISR"),
        ("Algeria recalled its ambassador from Paris.", "161", "DZA", "FRA"),
        ("The EU slapped sanctions on Belarus.", "163", "IGO", "BLR"),
        ("Washington froze military aid to Ukraine.", "1622", "USA", "UKR"),
        ("Hamas suspended negotiations with Israel.", "164", "PSE", "ISR"),
    ],
)
def test_reduced_relations(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


def _doc(text: str):
    from coding_helpers import PUBLISHED

    from dyadwatch.documents.readers import read_text
    return read_text(text, "t", published=PUBLISHED)


# --- breadth from the PETRARCH verb dictionary and news idiom ------------------------------------

@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Beijing sparred with Washington over the new tariffs.", "110", "CHN", "USA"),
        ("Germany lectured China on human rights.", "111", "DEU", "CHN"),
        ("Russia's president took a swipe at the West.", "111", "RUS", None),
        ("The prime minister of Hungary launched a scathing attack on the European Commission.", "111", "HUN", None),
        ("Beijing reacted with anger to the American arms sale to Taiwan.", "111", "CHN", "USA"),
        ("Ukraine suspects Russia of sabotage on the railway.", "1125", "UKR", "RUS"),
        ("Israel delayed the release of Palestinian prisoners.", "1243", "ISR", "PSE"),
        ("Russia postponed the talks with Ukraine.", "164", "RUS", "UKR"),
        ("Turkey stalled Sweden's NATO membership bid.", "12", "TUR", None),
        ("North Korea threatened South Korea with nuclear annihilation.", "1385", "PRK", "KOR"),
        ("The Iranian government threatened to crush the protests in Tehran.", "137", "IRN", None),
        ("Israel's defence minister threatened to flatten Beirut.", "138", "ISR", "LBN"),
    ],
)
def test_more_ways_news_says_it(coder, text, code, source, target):
    got = events_of(coder, text)
    assert any(c.startswith(code) and s == source and (target is None or t == target) for c, s, t in got), got


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("Syria said it will not accept any more refugees from Iraq.", "1223", "SYR"),
        ("Germany will not send tanks to Ukraine.", "1222", "DEU"),
    ],
)
def test_aid_withheld_is_refused(coder, text, code, source):
    assert_event(coder, text, code, source)


def test_police_suspicion_is_no_accusation(coder):
    assert_no_event(coder, "Kenyan police suspect the driver of smuggling.", ("11",))


def test_a_savage_attack_is_no_criticism(coder):
    got = events_of(coder, "Gunmen carried out a savage attack on a village in Nigeria.")
    assert not any(c.startswith("11") for c, _, _ in got), got


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Iraq demanded compensation from Kuwait for the damages.", "1031", "IRQ", "KWT"),
        ("The United States revoked the visas of Nigerian officials.", "160", "USA", "NGA"),
    ],
)
def test_compensation_demanded_and_visas_revoked(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Demand for Russian oil in India remains strong.",
        "Oil prices rose on strong demand from China.",
        "The new job demands patience from Kenyan workers.",
        "Chinese exporters blamed weak demand for the slump.",
        "Heavy rains threatened crops in northern Nigeria.",
        "The Japanese are concerned about rising prices.",
    ],
)
def test_markets_weather_and_worries_are_no_conflict(coder, text):
    assert_no_event(coder, text, CONFLICT_ROOTS)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Iran threatened to close the Strait of Hormuz.", "1381", "IRN", None),
        ("Turkey threatened to seize the town from the Kurdish militia in Syria.", "1382", "TUR", None),
        ("Israel threatened a ground operation in Lebanon.", "1384", "ISR", "LBN"),
        ("Qatar withdrew as mediator between Israel and Hamas.", "165", "QAT", "ISR"),
        ("Indian police remained on high alert in Kashmir.", "151", "IND", None),
        ("Russian troops were on high alert.", "152", "RUS", None),
    ],
)
def test_thin_codes_in_news_wording(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)
