"""Acts of force reported as happening (happenings.py): a gerund subject of a verb of its happening
('fighting continued between the army and the rebels') and an event noun an existential 'there'
reports ('there was an exchange of fire between'), coded with the sides its 'between' phrase names;
and the words that look so but report no act ('the fighting spirit continued', 'there was no
fighting', 'there was criticism of')."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, codes_of, events_of

FORCE = ("17", "18", "19", "20")


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # a gerund subject of a verb of its happening, the sides in the verb's 'between' phrase
        ("Fighting continued between Sudanese troops and RSF fighters in Omdurman.", "190", "SDN", "SDN"),
        ("Heavy fighting raged between Armenian and Azerbaijani troops on Tuesday.", "190", "ARM", "AZE"),
        ("Fierce fighting resumed between Ukrainian and Russian forces near Bakhmut.", "190", "UKR", "RUS"),
        ("Fighting took place between Israeli troops and Hezbollah fighters near the border.", "190", "ISR", "LBN"),
        # an existential 'there' reports an act of force as it reports a protest
        ("There was an exchange of fire between Indian and Pakistani troops along the Line of Control.",
         "193", "IND", "PAK"),
        ("There were heavy clashes between Ethiopian troops and Fano militiamen in Amhara.", "190", "ETH", "ETH"),
    ],
)
def test_happening_force_is_coded_with_its_sides(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting continued between the army and the rebels in the north.",
        "Heavy fighting broke out between the army and the rebels on Sunday.",
    ],
)
def test_sides_named_by_sector_are_both_parties(coder, text):
    """Sides named by common nouns alone are still the two parties of the fight, each way."""
    got = [(c, s) for c, s, _ in events_of(coder, text) if c.startswith("190")]
    assert len(got) == 2, events_of(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fighting spirit of the team continued into the second half.",
        "There was no fighting between the army and the rebels on Sunday.",
        "There could be fighting between the army and the rebels if the truce collapses.",
        "Fighting the rebels continued to drain the army's resources.",
        "There was criticism of the plan by Germany and France.",
        "There was a fierce debate between the two candidates on Tuesday.",
    ],
)
def test_no_happening_force(coder, text):
    assert_no_event(coder, text, FORCE)


def test_talks_continued_stay_a_meeting(coder):
    """'Talks continued between A and B' is a meeting (04), not an act of force."""
    got = events_of(coder, "Talks continued between Israel and Hamas in Cairo on Monday.")
    assert any(c.startswith("04") for c, _, _ in got), got
    assert not [g for g in got if g[0].startswith(FORCE)], got


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # a plural opening the sentence is the lexicon's noun, not a name (casing.py)
        ("Clashes between Sudanese troops and RSF fighters erupted in El Fasher.", "190", "SDN", "SDN"),
        ("Rockets were fired at Erbil airport on Tuesday night.", "19", "---", "IRQ"),
        ("Protests broke out in Dhaka after the verdict.", "14", "BGD", None),
    ],
)
def test_sentence_initial_plurals_are_nouns(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, word, pos, lemma",
    [
        ("Rockets were fired at Erbil airport on Tuesday.", "Rockets", "NOUN", "rocket"),
        ("Clashes erupted in El Fasher on Sunday.", "Clashes", "NOUN", "clash"),
        ("Rocket Lab launched a satellite from New Zealand.", "Rocket", "PROPN", None),
        ("Hope said she would visit Kenya next week.", "Hope", "PROPN", None),
    ],
)
def test_common_noun_reading_only_outside_names(coder, text, word, pos, lemma):
    """A capitalised plural gets its noun reading; a word of a longer name or a singular name keeps its own."""
    from dyadwatch.coding.casing import restore_common_nouns

    sent = next(coder.nlp(text).sents)
    before = sent[0].lemma_
    restore_common_nouns(sent, coder.lexicon)
    token = next(t for t in sent if t.text == word)
    assert token.pos_ == pos and token.lemma_ == (lemma or before)


@pytest.mark.parametrize(
    "text",
    [
        "Rocket Lab launched a satellite from New Zealand on Tuesday.",
        "Three people died in a car crash on the highway near Nairobi.",
        "The minister came under scrutiny over the contract.",
    ],
)
def test_no_force_from_names_and_accidents(coder, text):
    assert_no_event(coder, text, FORCE)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # ACLED-style notes that open with the gerund: the 'by' phrase acts on the 'of' phrase
        ("Shelling of Avdiivka by Russian forces.", "194", "RUS", "UKR"),
        ("Shelling of Kherson city by Russian forces, killing two civilians.", "194", "RUS", "UKR"),
        ("Killing of a village chief by JNIM militants in Mopti.", "18", "MLI", "MLI"),
    ],
)
def test_gerund_notes_code_by_on_of(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling of Kharkiv by Russian forces must stop, Ukraine's foreign minister said.",
        "Shelling of Kharkiv by Russian forces would be a war crime, the UN said.",
    ],
)
def test_gerund_subject_is_no_note(coder, text):
    """A gerund that is the subject of a clause of its own is no note that the act happened."""
    got = events_of(coder, text)
    assert not [g for g in got if g[0].startswith("194") and g[1] == "RUS"], got


@pytest.mark.parametrize(
    "text, target",
    [
        # a unit, vehicle or post that came under attack with no attacker named: an unknown source
        ("A UN convoy came under attack near Gao on Tuesday.", "IGOUNO"),
        ("A UN peacekeeping patrol came under attack near Kidal.", "IGOUNO"),
        ("The Israeli embassy in Ankara came under attack on Sunday.", "ISRGOV"),
    ],
)
def test_unit_under_attack_by_no_one_named(coder, text, target):
    got = codes_of(coder, text)
    assert ("180", "---", target) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The minister came under attack over his remarks on Tuesday.",
        "The new policy came under attack in parliament.",
        "The minister came under scrutiny over the contract.",
    ],
)
def test_criticism_under_attack_is_no_force(coder, text):
    assert_no_event(coder, text, FORCE)
