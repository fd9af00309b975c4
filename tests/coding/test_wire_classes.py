"""Wire-copy shapes of 1990s-2000s agency news: expressions of whole classes, and their sense traps."""
from __future__ import annotations

import pytest

from coding_helpers import assert_event, assert_no_event, events_of


@pytest.mark.parametrize("text, code, source, target", [
    # a tribute paid during a visit is praise, not the visit
    ("Jacques Chirac paid warm tribute to Fidel Castro during a visit to Havana on Monday.", "051", "FRA", "CUB"),
    ("The French president paid tribute to King Hussein during a visit to Amman.", "051", "FRA", "JOR"),
    # refugees taken in from a country are asylum granted, not a town taken
    ("Tanzania has taken in some 400,000 refugees from Burundi since the fighting began.", "075", "TZA", "BDI"),
    ("Guinea has taken in thousands of refugees from Sierra Leone this year.", "075", "GIN", "SLE"),
    # money deposited with a central bank is economic aid
    ("Kuwait deposited $500 million with Egypt's central bank to support the pound.", "071", "KWT", "EGY"),
    ("China has deposited another $2 billion with Sri Lanka's central bank, officials said.", "071", "CHN", "LKA"),
    # a request, an offer or an invitation declined is a rejection
    ("Israel declined an invitation from Egypt to attend the summit in Sharm el-Sheikh.", "12", "ISR", "EGY"),
    ("The Serbian government declined a request by Croatia for the extradition of the two men.", "12", "SRB", "HRV"),
    ("Pyongyang declined a South Korean offer of food aid on Tuesday.", "12", "PRK", "KOR"),
    # a trade or ministerial mission called off is relations reduced
    ("Japan has postponed a trade mission to China amid a row over the disputed islands.", "16", "JPN", "CHN"),
    ("Britain cancelled a ministerial mission to Zimbabwe after the disputed election.", "16", "GBR", "ZWE"),
    # a ride or a drive across a border for a summit is a visit
    ("The Indian prime minister drove to Islamabad for a summit with Pakistani leaders.", "042", "IND", "PAK"),
    ("Kim Jong-un rode an armoured train to Moscow for a summit with Vladimir Putin.", "042", "PRK", "RUS"),
])
def test_wire_shapes_code(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize("text, code, source, target", [
    # inspectors or monitors let back in: the tagger may read the bare infinitive as a present
    ("Pyongyang let IAEA inspectors return to the reactor site in January.", "0862", "PRK", "IGO"),
    ("Baghdad let U.N. monitors return to the weapons plants.", "0862", "IRQ", "IGO"),
    ("Iran let IAEA inspectors visit the Natanz plant on Sunday.", "0862", "IRN", "IGO"),
])
def test_inspectors_let_in(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize("text, code, source", [
    # weapons locked away are arms put down, not people jailed
    ("Nepal's Maoist fighters began locking away their weapons under the peace deal.", "0873", "NPL"),
    ("Thousands of IRA guerrillas locked away their guns in arms dumps, Irish police said.", "0873", "GBR"),
    # missiles moved to a coast or an island are a build-up
    ("North Korea has moved two Musudan missiles to its east coast, Seoul said.", "154", "PRK"),
    ("China has shifted rocket launchers to the island of Hainan.", "154", "CHN"),
    # a group ordered closed or dissolved by a court
    ("Russia's Supreme Court ordered the liquidation of the Jehovah's Witnesses on Thursday.", "172", "RUS"),
    ("A Turkish court ordered the closure of the pro-Kurdish party on Friday.", "172", "TUR"),
])
def test_wire_shapes_code_with_source(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize("text, code, source, target", [
    # payments frozen or withheld are aid stopped, not a tax suspended
    ("Israel froze the transfer of tax revenues to the Palestinian Authority.", "1621", "ISR", "PSE"),
    ("Israel suspended the transfer of customs payments to the Palestinian Authority on Monday.", "16", "ISR", "PSE"),
    # a suspect or drug lord sent to another country is handed over for trial, not aid
    ("Colombia sent drug lord Carlos Lehder to the United States to stand trial.", "063", "COL", "USA"),
    ("Peru flew the drug kingpin to the United States on Friday to face charges.", "063", "PER", "USA"),
])
def test_argument_senses(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize("text, prefixes", [
    # a request for comment declined is no rejection of anyone (011)
    ("The Chinese embassy declined a request for comment on Tuesday.", ("12",)),
    # a prisoner moved from a jail to a hospital is no troop deployment
    ("Russian authorities moved the opposition leader from a military prison to a hospital.", ("15",)),
    ("Egypt transferred the former president from a military jail to house arrest.", ("15",)),
    # a tax suspended is no aid stopped
    ("The government suspended the fuel tax increase after the protests.", ("16",)),
    # police lines brushed aside are no rebuttal
    ("Thousands of miners marched on the capital, brushing aside police roadblocks.", ("016",)),
    # refugees fleeing are taken in by no one
    ("Government troops took the town from the rebels on Sunday.", ("075",)),
    # a school closed by a court for safety is no sanction on anyone
    ("A court in Manila ordered the closure of the school after the fire.", ("172",)),
])
def test_traps_do_not_fire(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


@pytest.mark.parametrize("text, code, source, target", [
    # a light verb's object joined to the noun the parser heads it with: 'a trade and financial embargo'
    ("The United Nations imposed an oil and arms embargo on Haiti.", "163", "IGO", "HTI"),
    ("Washington imposed a trade and investment embargo on Burma on Tuesday.", "163", "USA", "MMR"),
    # control seized of a newspaper or a firm is property confiscated, not ground taken
    ("Egyptian authorities seized control of the opposition newspaper Al-Wafd.", "1711", "EGY", None),
    ("Venezuelan authorities took control of the country's largest private bank on Friday.", "1711", "VEN", None),
])
def test_joined_objects_and_property_seized(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize("text, code, source", [
    # a warning that people will be shot on sight is a threat of force
    ("Indonesian troops warned that rioters in Jakarta would be shot on sight.", "138", "IDN"),
    ("The Burmese army warned that looters would be shot on sight.", "138", "MMR"),
])
def test_shoot_on_sight_warnings(coder, text, code, source):
    assert_event(coder, text, code, source)


@pytest.mark.parametrize("text, prefixes", [
    # towns seized stay fighting; a foretold shooting by someone else is no threat
    ("Rebels seized control of the town of Kidal on Sunday.", ("1711",)),
    ("Aid workers warned that more civilians could be shot by snipers in the city.", ("138",)),
])
def test_seizure_and_warning_traps(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


@pytest.mark.parametrize("text, code, source, target", [
    # martial law or an emergency declared with no one named falls on the source's own people
    ("Fiji's army declared martial law across the country on Tuesday.", "1724", "FJI", "FJI"),
    ("Ecuador's president declared a state of emergency in three provinces.", "1724", "ECU", "ECU"),
    # a strike threatened with no one named is aimed at the strikers' government
    ("Nigeria's main labour union threatened a general strike on Monday.", "133", "NGA", "NGA"),
    ("South Korean doctors threatened a nationwide strike from next week.", "133", "KOR", "KOR"),
])
def test_domestic_acts_with_no_named_target(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize("text, code, source, target", [
    # a named target stands: the implicit one is only for acts aimed at no one named
    ("Russia bowed to U.S. pressure and released the two men.", "080", "RUS", "USA"),
    ("Japan protested to China on Monday.", "114", "JPN", "CHN"),
])
def test_named_targets_stand(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize("text, prefix", [
    # a yielding or a concession with no one named is aimed at no one implied: it is often to another state
    ("South Korea's president later retracted his statement on nuclear weapons.", "080"),
    ("The government retracted its statement on Tuesday.", "080"),
])
def test_yielding_implies_no_target(coder, text, prefix):
    events = [e for e in events_of(coder, text) if e[0].startswith(prefix)]
    assert events and all(t is None for _, _, t in events), events
