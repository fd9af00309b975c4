"""Violence coded by CAMEO's rules from who does it to whom: fighting between armed forces and armed groups
(19x), unconventional violence, mostly against civilians (18x), and the violent repression of
protesters by police and troops (175); whom casualty counts are done to ('killed 1,000 Taliban
fighters', 'X fighters were killed in clashes with Y'); and the wording of ACLED event notes."""
from __future__ import annotations

import pytest
from coding_helpers import RECENT, codes_of

from dyadwatch.coding.rules import load_senses
from dyadwatch.errors import LexiconError

VIOLENCE = ("17", "18", "19", "20")


def violence(coder, text: str) -> list[tuple[str, str, str | None]]:
    """(code, source, target) of the text's acts of force."""
    return [e for e in codes_of(coder, text, RECENT) if e[0].startswith(VIOLENCE)]


def has(found, code: str, source: str, target: str | None) -> bool:
    """Some act has this code (or a code under it) and these full actor codes."""
    return any(c.startswith(code) and s == source and t == target for c, s, t in found)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # police and troops killing, shooting or beating protesters repress them (175)
        ("On 3 May 2024, police shot dead three demonstrators protesting fuel prices in Lagos (Lagos).",
         "175", "NGACOP", "NGAOPP"),
        ("On 12 June 2024, security forces killed two protesters during a demonstration against the junta in Khartoum.",
         "175", "SDNMIL", "SDNOPP"),
        ("Soldiers shot and wounded five protesters in Conakry on Thursday.", "175", "GINMIL", "GINOPP"),
        ("Police killed two protesters in Khartoum.", "175", "SDNCOP", "SDNOPP"),
        # ... and so does hurting people in a confrontation with them
        ("Dozens of Palestinians were injured in confrontations with Israeli police at the Al-Aqsa compound.",
         "175", "ISRCOP", "PSE"),
        # an army's troops killing another army's soldiers or armed men fight (190)
        ("Russian troops killed 30 Ukrainian soldiers near Avdiivka, the Ukrainian military said.",
         "190", "RUSMIL", "UKRMIL"),
        ("Israeli soldiers killed two Hezbollah fighters in southern Lebanon.", "190", "ISRMIL", "LBNREB"),
        ("Pakistani troops killed five militants in North Waziristan, the army said.", "190", "PAKMIL", "PAKREB"),
        # attacks on soldiers and armed men are fighting (190), as '190 attack &TROOPS'
        ("Syria's transitional authorities said their forces came under attack from Assad loyalists near Latakia.",
         "190", "SYRREB", "SYRMIL"),
        ("Security forces came under attack from militants in Bannu.", "190", "PAKREB", "PAKMIL"),
        ("On 4 March 2024, JNIM militants attacked Malian soldiers near Gao.", "190", "MLIREB", "MLIMIL"),
        # casualties inflicted on an enemy
        ("The Taliban inflicted heavy casualties on Afghan government forces.", "190", "AFGGOV", "AFGMIL"),
        # armed groups storming or firing on civilians and their places use unconventional violence (180)
        ("On 7 July 2024, unidentified armed men stormed a village in Zamfara, killing 12 civilians.",
         "180", "NGAUAF", "NGA"),
        ("Gunmen opened fire on worshippers at a church in Owo.", "180", "NGAUAF", "NGACVL"),
        ("Unidentified gunmen opened fire on villagers in Bandiagara.", "180", "MLIUAF", "MLICVL"),
        # whom casualty counts are done to: the other side of the clash did it
        ("Ten Taliban fighters were killed in clashes with Afghan forces in Helmand.", "190", "AFGMIL", "AFGREB"),
        ("Three soldiers were killed in fighting with ISWAP militants near Lake Chad.", "190", "NGAREB", "NGAMIL"),
        # two acts joined before one object share it ('killed and injured 1,000 Taliban fighters')
        ("The army said its forces had killed and injured 1,000 Taliban fighters in the past week.",
         "190", "AFGMIL", "AFGREB"),
        ("On 2 February 2024, Nigerian troops killed and injured dozens of Boko Haram fighters in Borno.",
         "190", "NGAMIL", "NGAREB"),
        ("Militants killed and abducted several villagers in Borno.", "180", "NGAREB", "NGACVL"),
        ("Gunmen killed and injured 12 people in Zamfara.", "180", "NGAUAF", "NGACVL"),
    ],
)
def test_the_root_follows_the_actors_kinds(coder, text, code, source, target):
    found = violence(coder, text)
    assert has(found, code, source, target), found


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # gunmen and militants killing soldiers, police, villagers or protesters stay 18x (ACLED's attacks)
        ("Gunmen killed four soldiers in northern Burkina Faso.", "180", "BFAUAF", "BFAMIL"),
        ("Unidentified gunmen killed a police officer at his home in Tumaco.", "180", "COLUAF", "COLCOP"),
        ("Militants killed eight policemen at a checkpoint in Kunduz.", "180", "AFGREB", "AFGCOP"),
        ("Boko Haram militants killed 30 villagers in Borno.", "180", "NGAREB", "NGACVL"),
        ("Unidentified gunmen killed 12 civilians in Zamfara State.", "180", "NGAUAF", "NGACVL"),
        ("Gunmen killed two protesters in Khartoum.", "180", "SDNUAF", "SDNOPP"),
        ("Suspected ISWAP fighters abducted 20 students in Borno.", "181", "NGAREB", "NGAEDU"),
        ("An IED exploded near a police patrol in Sinai, killing three policemen.", "1833", "---", "EGYCOP"),
        ("Israeli forces killed a Palestinian teenager in Jenin.", "180", "ISRMIL", "PSE"),
        # terrorists' strikes are attacks, and so are the killings in them
        ("The 26/11 terror strike in Mumbai killed 166 people.", "180", "---", "INDCVL"),
        ("Al-Qaeda carried out terrorist strikes against the United States in 2001.", "180", "USAREB", "USA"),
        # attacks on soldiers and civilians at once take the civilians' root
        ("The BLA has ramped up attacks on security forces, settlers and workers in Balochistan.",
         "180", "PAKREB", "PAKMIL"),
    ],
)
def test_what_stays_unconventional_violence(coder, text, code, source, target):
    found = violence(coder, text)
    assert has(found, code, source, target), found
    assert not [f for f in found if f[0].startswith(("175", "19"))], found


@pytest.mark.parametrize(
    "text, code, source",
    [
        # troops storming a village or a camp, and rebels shelling one, use military force
        ("Russian forces stormed the village of Krasnohorivka.", "190", "RUSMIL"),
        ("Israeli troops stormed the Jenin refugee camp.", "190", "ISRMIL"),
        ("Rebels shelled a village near Goma.", "194", "CODREB"),
        # ACLED's fighting words
        ("On 18 May 2024, Sudanese army troops clashed with RSF fighters near El Fasher.", "190", "SDNMIL"),
        ("Syrian government forces exchanged fire with rebels in Idlib.", "193", "SYRMIL"),
        ("Al-Shabaab militants ambushed a Somali army convoy near Mogadishu.", "190", "SOMREB"),
        ("Russian forces shelled Ukrainian positions near Bakhmut.", "194", "RUSMIL"),
    ],
)
def test_what_stays_military_force(coder, text, code, source):
    found = violence(coder, text)
    assert any(c.startswith(code) and s == source for c, s, _ in found), found
    assert not [f for f in found if f[0].startswith("18")], found


def test_joined_conditions_are_read_and_an_empty_one_is_refused(tmp_path):
    path = tmp_path / "senses.txt"
    path.write_text("kill 18 @COP,@MIL+>OPP|clash 175\n", encoding="utf-8")
    [rule] = load_senses(path)["kill"]
    assert rule.words == frozenset({"clash"})
    assert rule.together == ((frozenset({"@COP", "@MIL"}), frozenset({">OPP"})),)
    assert rule.holds(set(), frozenset({"@MIL", ">OPP"}))
    assert not rule.holds(set(), frozenset({"@UAF", ">OPP"}))
    assert not rule.holds({"protest"}, frozenset({"@MIL"}))
    path.write_text("kill 18 @COP+ 175\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="senses.txt:1"):
        load_senses(path)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("On 16 March 2025, a suicide car bomb exploded outside a hotel in Beledweyne (Hiraan), killing 7 people. "
         "Al Shabaab claimed responsibility.", "1831", "SOMREB", "SOMCVL"),
        ("A bomb exploded at a market in Peshawar on Friday, killing 12 people. The Pakistani Taliban claimed "
         "responsibility for the attack.", "183", "PAKREB", "PAKCVL"),
    ],
)
def test_an_armed_groups_claim_names_the_doer_of_the_act_before_it(coder, text, code, source, target):
    found = violence(coder, text)
    assert has(found, code, source, target), found
    assert not [f for f in found if f[1] == "---"], found


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a market in Peshawar on Friday, killing 12 people. The minister admitted his mistake.",
        "A bomb exploded at a market in Peshawar on Friday, killing 12 people. No group claimed responsibility.",
        # a claim before the act is no claim of it
        "The Pakistani Taliban claimed responsibility for the attack. A second bomb exploded in Quetta on Saturday.",
    ],
)
def test_no_claim_of_an_armed_group_leaves_the_doer_unknown(coder, text):
    found = violence(coder, text)
    assert any(s == "---" for _, s, _ in found), found
    assert not [f for f in found if f[1].startswith("PAK") and f[0].startswith("183")], found
