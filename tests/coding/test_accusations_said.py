"""Disapproval and rejection as news words them beyond the verbs that name them (CAMEO roots 11 and 12):
wrongdoing said of someone in a reported clause ('said Moscow was spreading disinformation'), names called
('said Putin was a war criminal'), wrongs borne 'by' someone, criticism received ('came under fire from X
over', 'amid criticism from X'), statements that condemn, UN bodies kept out, and concessions ruled out;
with the sentences of the same words that must not code them."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event, events_of


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Kyiv said Moscow was spreading disinformation about the war.", "112", "UKR", "RUS"),
        ("Beijing said Washington was stoking tensions in the region.", "112", "CHN", "USA"),
        ("Azerbaijan said Armenia provoked the clashes.", "112", "AZE", "ARM"),
        ("India said Pakistan was training militants to attack Kashmir.", "112", "IND", "PAK"),
        ("Russia's foreign ministry said Ukraine was trying to sabotage the peace talks.", "112", "RUS", "UKR"),
        ("Serbia's opposition said the election had been rigged by President Vucic's party.", "1121", "SRB", "SRB"),
        ("The United States says Uyghurs face persecution by Chinese authorities.", "1122", "USA", "CHN"),
        ("\"Israel is committing genocide in Gaza,\" the South African foreign minister said.", "1124", "ZAF", "ISR"),
        ("Ethiopia said Egypt had violated the agreement and stoked tensions in the region.", "112", "ETH", "EGY"),
    ],
)
def test_wrongdoing_said_of_someone_is_the_speakers_accusation(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Russia spread disinformation about the war.",  # the author's own words
        "Rising food prices have stoked tensions in the region.",
        "Russia said it would support the rebels.",  # the speaker's own act
        "Uyghurs face persecution by Chinese authorities.",
        "The ministry said exports were fuelling growth.",
        # a clause joined to the reported one with a subject of its own is the author's
        "China always says that it respects sovereignty, and here, Russia has violated the sovereignty of Ukraine.",
    ],
)
def test_wrongdoing_in_the_authors_words_or_the_speakers_own_is_no_accusation(coder, text):
    assert_no_event(coder, text, ("11",))


def test_a_state_of_emergency_asked_for_is_no_name_called(coder):
    got = events_of(coder, "A Nigerian rights activist said the authorities should declare a state of emergency.")
    # the activist's appeal to the authorities (demands.txt), not a name called
    assert [c for c, _, _ in got if c.startswith("02")] and not [c for c, _, _ in got if c.startswith("11")], got


def test_a_sabotaged_deal_in_the_authors_words_stays_a_rejection(coder):
    assert ("127", "UKR", None) in events_of(coder, "Ukraine sabotaged the peace talks.")


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Zelenskyy said Putin was a war criminal.", "1124", "UKR", "RUS"),
        ("Pakistan's army chief said India was a rogue state.", "111", "PAK", "IND"),
        ("Syria's President Bashar al-Assad is a dictator, the French president said.", "111", "FRA", "SYR"),
        ("Iran's foreign minister said the American strikes were a crime.", "111", "IRN", "USA"),
        ("Kyiv said the Russian shelling of Kharkiv was a war crime.", "1124", "UKR", "RUS"),
        ("The United Nations said Iran was a state sponsor of terrorism.", "1123", "IGO", "IRN"),
        ("Iran said the Israeli strike on its consulate was an act of aggression.", "1123", "IRN", "ISR"),
        ("Russia's foreign ministry said Washington's policy was a failure.", "111", "RUS", "USA"),
    ],
)
def test_a_name_called_in_a_reported_clause_is_criticism(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Indian police arrested a terrorist in Kashmir.",
        "The Iranian regime launched a crackdown.",
        "The Israeli state signed a deal with Egypt.",
        "The Kremlin said Russia was a sovereign state.",
        "Police said the man committed a crime.",
        "Putin became a dictator.",
        "Putin is a dictator.",
        "Russia's invasion was an act of aggression.",
        "The Indian government said the strike was an act of self-defence.",
        "The U.S. defense secretary said the base would hold criminals slated for removal.",
    ],
)
def test_names_and_crimes_outside_a_reported_judgement_are_no_criticism(coder, text):
    assert_no_event(coder, text, ("111", "112"))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Philippine President Rodrigo Duterte came under fire from the United Nations over the killings.", "111",
         "IGO", "PHL"),
        ("Amid criticism from Washington, Israel expanded its offensive.", "111", "USA", "ISR"),
        ("Amid condemnation from the European Union, Russia annexed four regions of Ukraine.", "111", "IGO", "RUS"),
        ("Despite objections from Beijing, Japan released the treated water into the sea.", "110", "CHN", "JPN"),
        ("In a statement condemning the attack, the French foreign ministry called for restraint.", "111", "FRA",
         None),
        ("In a letter criticizing the decision, Germany urged the European Union to act.", "111", "DEU", None),
    ],
)
def test_criticism_received_or_stated_in_a_phrase_of_the_clause(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers came under fire from militants over the weekend.",
        "Pakistani troops came under fire from Afghan forces over the border.",
        "Amid fighting between the army and rebels, Sudan closed its border.",
        "Despite pressure from the United States, India bought Russian oil.",
    ],
)
def test_gunfire_and_other_adjuncts_are_no_criticism(coder, text):
    assert_no_event(coder, text, ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Myanmar's junta barred the U.N. special envoy from entering the country.", "1245", "MMR", "IGO"),
        ("The Taliban banned the U.N. rapporteur from visiting Afghanistan.", "1245", "AFG", "IGO"),
        ("Israel banned UNRWA from operating in its territory.", "1245", "ISR", "IGO"),
        ("Hamas has ruled out disarming.", "1246", "PSE", None),
        ("The Iranian government ruled out releasing the British prisoners.", "1243", "IRN", None),
        ("Nepal's prime minister ruled out stepping down.", "123", "NPL", None),
        ("The U.S. president ruled out lifting the sanctions on Iran.", "1244", "USA", "IRN"),
        ("Israel rejected calls to halt its offensive in Gaza.", "1246", "ISR", "PSE"),
        ("Russia has resisted calls to withdraw its troops from Moldova.", "1246", "RUS", "MDA"),
    ],
)
def test_keeping_un_bodies_out_and_ruling_out_a_concession_are_refusals(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, forbidden",
    [
        ("Belarus banned the opposition leader from leaving the country.", ("1245",)),
        ("The Iranian government ruled out releasing the British prisoners.", ("084",)),
        ("Nepal's prime minister ruled out stepping down.", ("083",)),
        ("The Pakistani army ruled out attacking the city.", ("12",)),
        ("Israel rejected calls to halt its offensive in Gaza.", ("087",)),
        ("Russia has resisted calls to withdraw its troops from Moldova.", ("087",)),
    ],
)
def test_bans_on_others_and_acts_ruled_out_are_not_coded_as_done(coder, text, forbidden):
    assert_no_event(coder, text, forbidden)


def test_an_act_of_force_ruled_out_is_coded_as_not_done(coder):
    from dyadwatch.documents.readers import read_text
    events = coder.code(read_text("The Pakistani army ruled out attacking the city.", "t"))
    assert events and all(e.negated for e in events if e.cameo.root == "18"), events


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Ukraine and Russia blamed each other for the shelling of the nuclear plant.", {("UKR", "RUS"), ("RUS", "UKR")}),
        ("Armenia and Azerbaijan accused one another of violating the ceasefire.", {("ARM", "AZE"), ("AZE", "ARM")}),
        ("Kyiv and Moscow traded blame for the destruction of the Kakhovka dam.", {("UKR", "RUS"), ("RUS", "UKR")}),
        ("Armenia and Azerbaijan exchanged accusations over the shelling of border villages.",
         {("ARM", "AZE"), ("AZE", "ARM")}),
    ],
)
def test_mutual_accusations_are_aimed_at_each_other(coder, text, pairs):
    got = {(s, t) for c, s, t in events_of(coder, text) if c.startswith("11")}
    assert got == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("France and Germany condemned the attack.", {("FRA", None), ("DEU", None)}),
        ("Turkey and Greece criticized the decision to hold the vote.", {("TUR", None), ("GRC", None)}),
    ],
)
def test_conjoined_critics_of_a_third_party_do_not_criticize_each_other(coder, text, pairs):
    got = {(s, t) for c, s, t in events_of(coder, text) if c.startswith("11")}
    assert got == pairs


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Washington has imposed sanctions on the Taliban, which it accuses of harbouring al-Qaida militants.", "112",
         "USA", "AFG"),
        ("Israel struck the Hamas commander, whom it blamed for the October attack.", "112", "ISR", "PSE"),
        ("Ukraine's foreign minister said Russia had blood on its hands.", "112", "UKR", "RUS"),
    ],
)
def test_the_accused_named_by_a_relative_pronoun_or_an_idiom(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Turkey's president said Israel's brutal attacks on Gaza must stop.", "111", "TUR", "ISR"),
        ("\"Russia's unprovoked and illegal war against Ukraine must end,\" the British prime minister said.", "111",
         "GBR", "RUS"),
        ("\"This cowardly attack by the Taliban will not go unpunished,\" the Pakistani president said.", "111", "PAK",
         "AFG"),
    ],
)
def test_anothers_act_named_with_a_condemning_word_in_a_reported_clause_is_criticism(coder, text, code, source,
                                                                                     target):
    assert_event(coder, text, code, source, target)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Russia's brutal war has killed thousands of civilians.", "190"),
        ("Russia launched brutal attacks on Kyiv overnight.", "180"),
        ("Israel's brutal bombardment of Gaza has killed thousands.", "194"),
    ],
)
def test_a_condemning_word_in_the_authors_own_words_leaves_the_act(coder, text, kept):
    got = events_of(coder, text)
    assert [c for c, _, _ in got if c == kept] and not [c for c, _, _ in got if c.startswith("11")], got


@pytest.mark.parametrize(
    "text, source",
    [
        ("Egypt was among the countries that condemned the attack.", "EGY"),
        ("Jordan was among several Arab countries that denounced the raid.", "JOR"),
        ("France is one of the countries that have criticized the decision.", "FRA"),
    ],
)
def test_a_critic_counted_among_the_critics_is_the_source(coder, text, source):
    assert_event(coder, text, "111", source)


def test_a_group_of_critics_that_names_no_one_criticizes_nothing(coder):
    assert_no_event(coder, "The countries that condemned the attack met in Cairo.", ("11",))


def test_terrorism_sponsored_is_an_accusation_only_when_said(coder):
    assert_event(coder, "Pakistan's defense minister said India sponsors terrorism.", "112", "PAK", "IND")
    assert_no_event(coder, "India sponsors terrorism.", ("11",))


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Russia expelled two Estonian diplomats, accusing them of spying.", "1125", "RUS", "EST"),
        ("Mali's junta expelled the French ambassador, accusing France of hostile remarks.", "112", "MLI", "FRA"),
    ],
)
def test_an_accusation_that_goes_with_an_expulsion_is_an_event_of_its_own(coder, text, code, source, target):
    assert_event(coder, text, code, source, target)
    assert_event(coder, text, "16", source)


def test_an_accusation_that_goes_with_force_stays_its_motive(coder):
    assert_no_event(coder, "Police killed nine villagers, accusing them of supporting the rebels.", ("11",))


def test_the_condemned_act_entries_use_exactly_the_condemning_words(coder):
    """accusations.py tells a condemned act from a verbal attack by these words; the entry must name the same."""
    from dyadwatch.coding.accusations import CONDEMNING_WORDS, EVALUATED_NOUNS
    for noun in EVALUATED_NOUNS:
        condemning = [p for p in coder.lexicon.nouns.get(noun, []) if p.code.startswith("11")
                      and any(a & CONDEMNING_WORDS for a in p.words)]
        assert condemning and all(a == CONDEMNING_WORDS for p in condemning for a in p.words), noun


def test_a_scathing_attack_launched_is_a_verbal_attack(coder):
    assert_event(coder, "The prime minister of Hungary launched a scathing attack on the European Commission.", "111",
                 "HUN")
