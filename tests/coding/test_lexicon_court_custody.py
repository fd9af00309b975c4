"""Custody, courts, laws against parties and forced returns (CAMEO 17x) as news words them: people held
in custody that no one is named to keep, trials, charges of abusing power, contraband recovered from
someone, forced repatriations; Indian police ranks as the ones who arrest, and the accused the parser
reads as a participle; and the look-alikes that are none ('tried to flee', a vaccine trial, children in
a grandparent's custody, hostages in captivity)."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, codes_of


@pytest.mark.parametrize("text, source, target", [
    # custody held by no one named: the police of the place keep it
    ("Blessed Mhlanga, a journalist with NewsDay in Zimbabwe, has been in custody since February.", "ZWECOP", "ZWEMED"),
    ("The Egyptian blogger Alaa Abdel Fattah has remained in detention in Cairo since 2019.", "EGYCOP", "EGY"),
    # the keeper the custody names
    ("The journalist remains in Israeli detention.", "ISR", "ISRMED"),
])
def test_custody_kept_by_the_police_of_the_place(coder, text, source, target):
    got = codes_of(coder, text)
    assert any(c == "173" and s == source and (t or "").startswith(target) for c, s, t in got), got


@pytest.mark.parametrize("text, code, source", [
    ("The defendants are being tried in absentia in Paris.", "173", "FRAJUD"),
    ("The former general will be tried before a special tribunal in Dhaka.", "173", "BGDJUD"),
    ("The teenager will be tried as an adult in Texas.", "173", "USAJUD"),
    ("Prosecutors charged the former prime minister with abuse of power in Seoul.", "173", "KORJUD"),
    ("Sudanese authorities have approved a law to dismantle the party of former president Omar al-Bashir.",
     "1722", "SDNGOV"),
    ("Parliament passed a bill to ban the opposition party in Cambodia.", "1722", "KHMLEG"),
    ("Pakistan began the forced repatriation of Afghan refugees.", "174", "PAK"),
    ("The GRP recovered 10 kg of ganja from a passenger at Howrah station.", "1711", "INDCOP"),
    ("Customs officials seized 2 kg of gold from a passenger at the airport in Chennai.", "1711", "INDGOV"),
    ("The court granted police custody of the accused for five days in Mumbai.", "173", "INDJUD"),
    ("The trial of the opposition leader began in Moscow on Tuesday.", "173", "RUSJUD"),
    ("The murder trial of three police officers opened in Minneapolis.", "173", "USAJUD"),
    ("Immigration agents detained the Columbia University student in New York.", "173", "USACOP"),
    ("Russia labeled the journalist a foreign agent.", "172", "RUS"),
    ("Russia designated the outlet an undesirable organization.", "172", "RUS"),
    ("The authorities froze the bank accounts of the opposition party in Nicaragua.", "1711", "NICGOV"),
])
def test_court_process_laws_and_forced_returns(coder, text, code, source):
    got = codes_of(coder, text)
    assert any(c == code and s == source for c, s, _ in got), got


@pytest.mark.parametrize("text, source", [
    ("The SHO of Sadar police station arrested two men with heroin in Ludhiana.", "INDCOP"),
    ("The DSP arrested the accused in Amritsar.", "INDCOP"),
    ("The DCP arrested three men in Delhi.", "INDCOP"),
    ("The investigating officer arrested the accused in Pune.", "INDCOP"),
    ("Sub-inspector Rajesh Yadav nabbed the thief in Kanpur.", "INDCOP"),
])
def test_indian_police_ranks_arrest(coder, text, source):
    assert_event(coder, text, "173", source[:3])
    got = codes_of(coder, text)
    assert any(c == "173" and s == source for c, s, _ in got), got


@pytest.mark.parametrize("text, target", [
    # the parser takes the modifier for the noun and 'accused' for a participle
    ("The absconding accused was nabbed from his hideout in Ghaziabad.", "INDCRM"),
    ("The main accused was arrested in Ludhiana on Sunday.", "INDCRM"),
    ("The Anti-Corruption Bureau caught a sub-registrar red-handed while accepting a bribe of Rs 50,000.", "INDGOV"),
    ("The GRP recovered 10 kg of ganja from a passenger at Howrah station.", "INDCVL"),
])
def test_the_ones_arrested_are_targets(coder, text, target):
    got = codes_of(coder, text)
    assert any(c.startswith("17") and t == target for c, _, t in got), got


def test_a_pronoun_no_one_known_is_meant_by_is_a_person_of_the_place(coder):
    assert ("173", "INDCOP", "INDCVL") in codes_of(coder, "Police arrested him in Ludhiana.")
    # one the resolver knows stays who it is
    got = codes_of(coder, "Opposition leader Alexei Navalny returned to Moscow, where police detained him at the airport.")
    assert ("173", "RUSCOP", "RUS") in got, got


@pytest.mark.parametrize("text", [
    "He tried to flee from Kabul.",
    "The president removed the defence minister from office.",
    "Workers removed the rubble from the site in Gaza.",
    "The vaccine was tried on mice in Oxford.",
    "A trial of the new vaccine began in South Africa.",
    "The clinical trial of the drug involved 3,000 patients in India.",
    "The mother was granted custody of the children by a court in London.",
    "She booked a ticket to Delhi.",
    "The utility charged households for electricity they did not use in Lagos.",
    "The two leaders held talks in Beijing on Monday.",
    "The main accused in the murder case was questioned in Ludhiana on Sunday.",
])
def test_look_alikes_are_no_coercion(coder, text):
    assert_no_event(coder, text, ("17",))
