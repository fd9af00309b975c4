"""Acts among private persons and firms alone are no events (roots 03, 04 and 06-08, '@PRIVATE' in senses.txt,
coding/apolitical.py); a state or political actor on either side keeps the act."""
from __future__ import annotations

import pytest

from dyadwatch.actors.resolver import Actor
from dyadwatch.coding.apolitical import private_act, private_actor
from dyadwatch.coding.lexicon import LexiconError, load_lexicon_dir
from coding_helpers import assert_event, assert_no_event

CO_OPERATION = ("03", "04", "06", "07", "08")


def _actor(code: str, sectors: tuple[str, ...] = (), name: str | None = None, resolved_by: str = "sector") -> Actor:
    return Actor("x", code, code[:3], sectors, name, resolved_by, None)


def _public(name: str) -> object:
    return name if name == "Barack Obama" else None


@pytest.mark.parametrize(
    "actor, private",
    [
        (_actor("KENCVL", ("CVL",)), True),
        (_actor("ESPBUS", ("BUS",)), True),
        (_actor("USAHLH", ("HLH",)), True),
        (_actor("ZWE", (), "Michelle Madau", "coreference"), True),  # a person named with no role
        (_actor("---", (), "Adam Neumann", "named-person"), True),
        (_actor("USA", (), "Barack Obama", "coreference"), False),  # a known public figure out of office
        (_actor("UKR", (), None, "adjective"), False),  # 'Ukrainians', a people
        (_actor("KEN", (), None, "country"), False),  # a country named alone
        (_actor("KENGOV", ("GOV",)), False),
        (_actor("KENBUSGOV", ("BUS", "GOV")), False),  # any public sector makes it public
        (_actor("NGOHLH", ("HLH",)), False),  # an organisation
    ],
)
def test_private_actors(actor, private):
    assert private_actor(actor, _public) is private


def test_a_private_act_needs_every_actor_private():
    people, firm, state = _actor("KENCVL", ("CVL",)), _actor("KENBUS", ("BUS",)), _actor("KEN", (), None, "country")
    assert private_act([people], [], _public) and private_act([people], [firm], _public)
    assert not private_act([firm], [state], _public) and not private_act([], [people], _public)


@pytest.mark.parametrize(
    "text",
    [
        "Mary Wanjiku, a Kenyan hairdresser, helps young women build their own businesses.",
        "Doctors at the hospital talked with the patients' families on Monday.",
        "The Spanish company invested heavily in renewables last year.",
        "Ahmed Ali, a Somali shopkeeper in Nairobi, sends money to his mother every month.",
        "Kenyan residents visited the park on Sunday.",
        "The company's chief executive stepped down on Monday.",
    ],
)
def test_acts_among_private_persons_and_firms_are_no_events(coder, text):
    assert_no_event(coder, text, CO_OPERATION)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The United Nations helped Sudan rebuild its hospitals.", "070", "IGO", "SDN"),
        ("Chinese companies invested $5 billion in Kenya last year.", "061", "CHN", "KEN"),
        ("Residents of Nairobi met the Kenyan president on Monday.", "040", "KEN", "KEN"),
        ("Teachers in Nigeria held talks with the education ministry.", "040", "NGA", "NGA"),
        ("Russian businessman Oleg Deripaska met Vladimir Putin in Moscow.", "040", "RUS", "RUS"),
        ("Former President Barack Obama met Kenyan President William Ruto in Nairobi.", "040", "USA", "KEN"),
    ],
)
def test_a_state_or_political_actor_keeps_the_act(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


def test_a_rule_for_any_trigger_loads(tmp_path):
    (tmp_path / "04_consult.txt").write_text("[verbs]\n040  meet\n", encoding="utf-8")
    (tmp_path / "senses.txt").write_text("*  04  @PRIVATE  ---\n", encoding="utf-8")
    rule = load_lexicon_dir(tmp_path).senses["*"][0]
    assert rule.actors == {"@PRIVATE"} and rule.code == "---"


def test_a_lower_case_private_condition_is_refused(tmp_path):
    (tmp_path / "04_consult.txt").write_text("[verbs]\n040  meet\n", encoding="utf-8")
    (tmp_path / "senses.txt").write_text("*  04  @Private  ---\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="senses.txt:1: '@Private' is not a lemma"):
        load_lexicon_dir(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "Another wave of Somalis arrived in Kenya in 2011, driven from their homeland by drought.",
        "Thousands of Ukrainians have come to Poland since the invasion.",
    ],
)
def test_a_people_on_the_move_pays_no_visit(coder, text):
    assert_no_event(coder, text, ("04",))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Russia's foreign minister arrived in Ankara on Tuesday.", "RUS", "TUR"),
        ("Chinese officials arrived in Washington on Monday.", "CHN", "USA"),
    ],
)
def test_officials_arriving_still_visit(coder, text, source, target):
    assert_event(coder, text, "042", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The dollar was supported by recent U.S. economic data.",
        "The Reserve Bank of India sold dollars to support the rupee.",
        '"Of course, we have to support renewable energies," said Ramon Marti, a Spanish ornithologist.',
        "Trump released a letter from his longtime physician.",
        "Hamas released a video of two Israeli hostages.",
    ],
)
def test_things_supported_or_released_are_no_cooperation(coder, text):
    assert_no_event(coder, text, ("05", "08"))


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("China supports Pakistan's position on Kashmir.", "051", "CHN", "PAK"),
        ("The Taliban released two American hostages on Tuesday.", "0841", "AFG", "USA"),
    ],
)
def test_positions_supported_and_people_released_stay_events(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefix, source",
    [
        ("Nurses in Nigeria agreed to resume work after the talks.", "0352", "NGA"),
        ("Indian farmers called off their agitation after the government accepted their demands.", "082", "IND"),
    ],
)
def test_private_people_easing_their_own_dissent_stay_events(coder, text, prefix, source):
    assert_event(coder, text, prefix, source)
