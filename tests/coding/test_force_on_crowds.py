"""Force used on crowds as news words it: firing to disperse them and firing on protesters are violent
repression (175); a date's preposition fills no pattern slot ('On 15 January, police fired at ...'); a
hyphenated verb's subject that the parser hangs on it as a compound still acts ('Police lathi-charged')."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text


def triples(coder, text: str) -> set[tuple]:
    events = coder.code(read_text(text, "t", published=date(2025, 3, 1)))
    return {(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police opened fire to disperse a mob that had blocked the highway in Jharkhand's Dumka.",
         ("175", "INDCOP", "INDCVL")),
        ("Police fired in the air to disperse the protesters outside the secretariat in Srinagar.",
         ("175", "INDCOP", "INDOPP")),
        ("On 12 March 2024, Kenyan police fired live bullets at demonstrators in Nairobi.",
         ("175", "KENCOP", "KENOPP")),
        ("On 2 May 2023, Guinean security forces fired at protesters in Conakry.", ("175", "GINCOP", "GINOPP")),
    ],
)
def test_firing_on_a_crowd_is_violent_repression(coder, text, expected):
    found = triples(coder, text)
    assert any(c == expected[0] and s[:3] == expected[1][:3] and t == expected[2] for c, s, t in found), found


def test_firing_on_armed_men_stays_fighting(coder):
    found = triples(coder, "On 3 April 2024, Nigerian troops fired at bandits near Gusau.")
    assert {c[:2] for c, _, _ in found} == {"19"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police lathi-charged the striking teachers to disperse them in Patna.", ("175", "INDCOP", "INDEDU")),
        ("Police tear-gassed the students outside the campus in Dhaka.", ("175", "BGDCOP", "BGDEDU")),
    ],
)
def test_a_hyphenated_verbs_subject_hung_on_it_still_acts(coder, text, expected):
    assert expected in triples(coder, text)
