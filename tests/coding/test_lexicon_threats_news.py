"""Threats (13), demands (10), protests (14), force posture (15) and reduced relations (16) as wire copy
and protest reports word them: threats by litotes ('will not hesitate to'), in a report's own words
('said any attack would be met with force'), by what is threatened ('threatened to expel') and as an
ultimatum's alternative ('accept the ceasefire or face sanctions'); strikes called for; doers of a
protest named by a common noun; the senses that are none of these. A threat is asserted, what it
threatens is not."""
from __future__ import annotations

import shutil

import pytest
from coding_helpers import assert_event, assert_no_event, code, events_of

from dyadwatch.coding.lexicon import default_directory, load_lexicon_dir
from dyadwatch.errors import LexiconError


@pytest.mark.parametrize(
    "text, code_prefix, source, target",
    [
        # litotes: a threat made now
        ("Pakistan said it will not hesitate to use force against any Indian aggression.", "138", "PAK", "IND"),
        ("Russia won't hesitate to use nuclear weapons, Medvedev said.", "1385", "RUS", None),
        ("Israel will not hesitate to act against Hezbollah, Netanyahu said.", "130", "ISR", "LBN"),
        ("Iran would not hesitate to retaliate against any attack, its foreign minister said.", "13", "IRN", None),
        ("China will not shy away from using force against Taiwan, the defence ministry said.", "138", "CHN", "TWN"),
        # threats of repression
        ("Netanyahu vowed to enforce law and order decisively in Jerusalem.", "137", "ISR", None),
        # a response vowed, a reply warned of
        ("North Korea vowed to respond to the drills with overwhelming force.", "138", "PRK", None),
        ("India warned Pakistan of a befitting reply.", "130", "IND", "PAK"),
        ("Iran vowed a strong response to Israel.", "130", "IRN", "ISR"),
        ("The army chief warned the militants that they would be eliminated.", "138", None, None),
        # what is threatened chooses the code
        ("Trump threatened to expel the Venezuelan diplomats.", "1313", "USA", None),
        ("The rebels threatened to block the highway to Goma.", "133", None, None),
        ("Trump threatened strikes on Iran.", "1384", "USA", "IRN"),
        ("The teachers' union in Kenya warned of an indefinite strike from Monday.", "133", "KEN", None),
        # threats in a report's own words, looking ahead
        ("Iran said any attack on its nuclear facilities would be met with a decisive response.", "130", "IRN", None),
        ("China said any attempt at Taiwan independence would be met with force.", "138", "CHN", None),
        ("The EU said Russia would face more sanctions.", "1312", "IGO", "RUS"),
        ("Trump said Canada would face tariffs of 25 percent.", "1312", "USA", "CAN"),
        ("Iran said that the United States will face consequences.", "130", "IRN", "USA"),
        ("Trump said Iran will pay a big price.", "130", "USA", "IRN"),
        ("China vowed to take resolute countermeasures against Japan.", "130", "CHN", None),
        # an ultimatum's alternative, besides the appeal or demand
        ("The G7 urged Russia to accept the ceasefire or face further sanctions.", "1312", "IGO", "RUS"),
        ("The EU said Serbia must release the protesters or face consequences.", "130", "IGO", "SRB"),
        ("Kenyan police ordered the protesters to disperse or face arrest.", "130", "KEN", None),
    ],
)
def test_threat_classes(coder, text, code_prefix, source, target):
    got = events_of(coder, text)
    assert any(c.startswith(code_prefix) and (source is None or (s or "").startswith(source))
               and (target is None or (t or "").startswith(target)) for c, s, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a past act done without hesitation, or hesitation, threatens nothing
        "Israel did not hesitate to strike Hezbollah targets in Lebanon.",
        "Germany hesitated to send tanks to Ukraine.",
        "The Chinese minister shied away from using force against Taiwan.",
        # responding to needs, letters and questions is no threat
        "The Indian government promised to respond to the letter from the farmers.",
        "The minister vowed to respond to the needs of flood victims in Pakistan.",
        # the past told in a report, and prices borne, are no threat
        "Amnesty said peaceful protests in Iran were met with lethal force.",
        "Economists said American consumers would face higher prices.",
        "Economists said Americans would pay a heavy price for the tariffs.",
        "The Nigerian minister vowed to take steps to improve the economy.",
        # an appeal with an alternative that is no 'face'
        "The UN urged Israel to open more crossings or allow airdrops into Gaza.",
    ],
)
def test_threat_traps(coder, text):
    assert_no_event(coder, text, ("13",))


@pytest.mark.parametrize(
    "text, threatened",
    [
        ("Iran threatened to close the Strait of Hormuz.", ("19",)),
        ("Pakistan said it will not hesitate to use force against any Indian aggression.", ("18", "19")),
        ("The G7 urged Russia to accept the ceasefire or face further sanctions.", ("16",)),
        ("Trump threatened to expel the Venezuelan diplomats.", ("16",)),
        ("The rebels threatened to block the highway to Goma.", ("14",)),
    ],
)
def test_threatened_act_is_not_asserted(coder, text, threatened):
    """The threat is asserted; the act threatened is its content, never coded as done."""
    events = code(coder, text)
    assert any(e.cameo.root == "13" and e.modality == "asserted" and not e.negated for e in events), events
    assert not [e for e in events if e.cameo.code.startswith(threatened) and e.modality == "asserted"], events


@pytest.mark.parametrize(
    "text, code_prefix, source",
    [
        # a labour strike called for is called (CAMEO 143, as 'called a general strike')
        ("Argentina's unions called for a general strike on Thursday.", "143", "ARG"),
        ("Opposition parties in Bangladesh have called for a nationwide strike to protest the election.", "143", "BGD"),
        # crowds massed before seats of power
        ("Hundreds of Turkish protesters massed in front of Israel's consulate in Istanbul.", "141", "TUR"),
        # doers named by a common noun of people
        ("Members of the teachers' association in Kerala observed a token strike.", "143", "IND"),
        ("Pensioners staged a sit-in in front of the Collectorate in Madurai.", "144", "IND"),
        ("Parents protested outside the school in Lucknow.", "141", "IND"),
        ("Dalit organisations held a demonstration in front of the Tahsildar office in Tumakuru.", "141", "IND"),
        ("Mineworkers embarked on an unprotected strike in Rustenburg.", "143", "ZAF"),
        ("British rail workers went on a go-slow over pay.", "143", "GBR"),
        # force posture
        ("Azerbaijan moved heavy weaponry to the border with Armenia.", "154", "AZE"),
        ("China sent warships to the disputed waters off the Philippines.", "150", "CHN"),
        # sanctions and tariffs kept on someone
        ("Donald Trump is keeping tariffs in place on Mexico.", "163", "USA"),
        ("Washington maintained sanctions on Venezuela.", "163", "USA"),
    ],
)
def test_protest_posture_and_relations(coder, text, code_prefix, source):
    assert_event(coder, text, code_prefix, source)


@pytest.mark.parametrize(
    "text, roots",
    [
        # a call for strikes on a place is a call for air strikes, no labour strike
        ("The senator called for strikes on Iranian nuclear sites.", ("14",)),
        ("The UN called for a halt to strikes on civilians in Gaza.", ("14",)),
        # weapons sent to a country are military aid, not a show of force
        ("Britain sent a warship to Ukraine.", ("15",)),
        # members of a body at work protest nothing
        ("Members of parliament in Kenya debated the finance bill.", ("14",)),
    ],
)
def test_protest_and_posture_traps(coder, text, roots):
    assert_no_event(coder, text, roots)


def test_said_about_the_past_keeps_the_visit_target(coder):
    """Only a report's passive or bearing clause joins its phrase: a pronoun clause leaves the time
    phrase's meeting aimed at the country visited."""
    got = events_of(coder, "Spanish Prime Minister Pedro Sanchez said during a visit to Beijing that he would "
                           "urge the European Commission to reconsider the tariffs.")
    assert any(c == "042" and t == "CHN" for c, s, t in got), got


@pytest.mark.parametrize(
    "text, code_prefix, source, target",
    [
        # after a past 'insisted', a plural subject's present form asks for the act
        ("Iran insisted that the United States lift all sanctions first.", "1054", "IRN", "USA"),
        ("Ukraine insisted that Russia withdraw its troops.", "10", "UKR", "RUS"),
    ],
)
def test_insisted_demands(coder, text, code_prefix, source, target):
    assert_event(coder, text, code_prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian suspects insisted that they are innocent.",
        "China insisted that the islands belong to China.",
    ],
)
def test_insisting_on_a_fact_demands_nothing(coder, text):
    assert_no_event(coder, text, ("10",))


def test_protesters_file_is_validated_with_its_line(tmp_path):
    directory = tmp_path / "lexicon"
    shutil.copytree(default_directory(), directory)
    (directory / "protesters.txt").write_text("# doers of a protest\nCVL member\nprotesters pensioner\n")
    with pytest.raises(LexiconError, match=r"protesters.txt:3"):
        load_lexicon_dir(directory)
