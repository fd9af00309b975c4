"""'Strike' is a labour strike (14x) or a military one (19x): a state's, an army's or an armed group's
strikes, strikes by aircraft, drones or missiles and strikes that kill are fighting; strikes by workers,
a general, hunger or token strike and a strike against a policy stay protests, whatever the country
(senses.txt)."""
from __future__ import annotations

import pytest
from coding_helpers import RECENT, codes_of

from dyadwatch.coding.rules import load_senses
from dyadwatch.errors import LexiconError


def strike_codes(coder, text: str) -> set[str]:
    """The codes of the events the text codes (a protest, a fight or anything else)."""
    return {code for code, _, _ in codes_of(coder, text, RECENT)}


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("Russian strikes continued overnight in Kharkiv.", "190", "RUS"),
        ("American strikes hit Houthi targets in Yemen on Saturday.", "190", "USA"),
        ("Israeli strikes killed 20 people in Gaza on Tuesday.", "190", "ISR"),
        ("U.S. strikes on Houthi targets continued for a third day.", "190", "USA"),
        ("Israel's strikes on Lebanon intensified on Monday.", "190", "ISR"),
        ("Ukrainian strikes on Russian oil refineries have cut fuel output.", "190", "UKR"),
        ("Hezbollah strikes on northern Israel intensified after the assassination.", "190", "LBNREB"),
        ("Turkish strikes on Kurdish militant positions in northern Iraq continued.", "190", "TUR"),
        ("Pakistani strikes in Afghanistan killed eight people, the Taliban said.", "190", "PAK"),
        ("Israeli strikes against Hamas targets continued overnight.", "190", "ISR"),
        ("Russian strikes on energy infrastructure caused blackouts across Ukraine.", "190", "RUS"),
        ("Russia carried out missile strikes on Odesa overnight.", "195", "RUS"),
        ("Russian air strikes killed 12 civilians in Idlib.", "195", "RUS"),
        ("Strikes by Israeli jets destroyed a building in Beirut.", "195", "ISRMIL"),
        ("Iranian missile strikes on Israel caused damage in Tel Aviv.", "195", "IRN"),
        ("Sudanese army strikes hit RSF positions in Nyala.", "190", "SDNMIL"),
    ],
)
def test_a_states_or_armed_groups_strikes_are_military(coder, text, code, source):
    got = codes_of(coder, text, RECENT)
    assert (code, source) in {(c, s) for c, s, _ in got}, got
    assert not [c for c, _, _ in got if c.startswith("14")], got


@pytest.mark.parametrize(
    "text, code",
    [
        ("Israeli strikes killed 20 people in Gaza on Tuesday.", "190"),
        ("An air strike killed five militants in Somalia.", "195"),
        ("The army said its strikes killed 30 militants in the Tirah valley.", "190"),
    ],
)
def test_strikes_that_kill_are_fighting_not_assault(coder, text, code):
    codes = strike_codes(coder, text)
    assert code in codes and not {c for c in codes if c.startswith("18")}, codes


@pytest.mark.parametrize(
    "text, code",
    [
        ("French rail workers went on strike on Monday.", "143"),
        ("Nigeria's general strike entered its second day.", "143"),
        ("Kenyan doctors began a strike over unpaid wages.", "1432"),
        ("South Korean doctors' strike entered its third week.", "143"),
        ("Argentina's unions held a general strike against Milei's reforms.", "1432"),
        ("The teachers' strike in Chile ended after three weeks.", "143"),
        ("British junior doctors staged a five-day strike.", "143"),
        ("Palestinian prisoners began a hunger strike in Israeli jails.", "142"),
        ("A Greek general strike paralysed transport on Wednesday.", "143"),
        ("Italian transport workers held a 24-hour strike on Friday.", "143"),
        ("The French strike against the pension reform disrupted flights.", "1432"),
        ("Argentina's strike against the austerity measures shut banks.", "1432"),
        ("The Kenyan strike by lecturers entered its fifth week.", "143"),
        ("The civil servants' strike in Nigeria disrupted services.", "143"),
        ("The Kenyan matatu strike paralysed Nairobi.", "143"),
        ("A South African mining strike hit platinum output.", "143"),
        ("The Nigerian public sector strike entered its third day.", "143"),
        ("The Bangladeshi garment strike spread to Gazipur.", "143"),
    ],
)
def test_labour_strikes_of_a_countrys_people_stay_protests(coder, text, code):
    codes = strike_codes(coder, text)
    assert code in codes and not {c for c in codes if c.startswith("19")}, codes


@pytest.mark.parametrize(
    "text",
    [
        "A nationwide strike in Nigeria shut schools and banks.",
        "Indian truck drivers called off their strike on Wednesday.",
        "Dock workers in the United States ended their strike.",
    ],
)
def test_labour_strikes_are_never_fighting(coder, text):
    assert not {c for c in strike_codes(coder, text) if c.startswith("19")}


def test_keep_code_is_read_and_a_bad_condition_is_refused(tmp_path):
    path = tmp_path / "senses.txt"
    path.write_text("strike 14 general|@NATION =\n", encoding="utf-8")
    [rule] = load_senses(path)["strike"]
    assert (rule.code, rule.words, rule.actors) == ("=", frozenset({"general"}), frozenset({"@NATION"}))
    path.write_text("strike 14 general ==\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="senses.txt:1"):
        load_senses(path)
