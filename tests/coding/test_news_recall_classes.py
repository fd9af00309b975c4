"""Recall on wire copy: shapes of whole classes of news sentences that coded no event, each with the
sentences of the same look that must stay as they are."""
from __future__ import annotations

import pytest

from coding_helpers import assert_no_event, codes_of, events_of


@pytest.mark.parametrize("text, code, target", [
    # the one an agentless act is done to, named by a relative pronoun, is the noun its clause modifies
    ("Nigerian police rescued the girls, who were kidnapped last Friday during a raid on their school.",
     "181", "NGACVL"),
    ("Zimbabwean lawyers visited the journalist, who was arrested in Harare on Monday.", "173", "ZWEMED"),
    ("Relatives in Peshawar mourned the two Pakistani soldiers, who were killed in the ambush.", "180", "PAKMIL"),
    ("Aid workers reached the Ukrainian villages, which were shelled overnight in Kharkiv region.", "19", "UKR"),
])
def test_relative_pronoun_is_the_one_an_agentless_act_is_done_to(coder, text, code, target):
    got = codes_of(coder, text)
    assert any(c.startswith(code) and t == target for c, _, t in got), got


@pytest.mark.parametrize("text, prefixes", [
    # a relative pronoun that stands for things names no one an act is done to
    ("The documents, which were seized in the raid, were handed to the court.", ("17", "18", "19")),
    ("The farmers, who were worried about prices, met the minister.", ("17", "18", "19")),
])
def test_relative_clauses_of_no_act_stay_uncoded(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


@pytest.mark.parametrize("text, code, source, target", [
    # an act of pressure or force that a speaker says another should or must do is the speaker's appeal
    # (020) or demand (100) to that one, not the act itself as a hypothesis
    ("A Nigerian activist said the authorities should declare a state of emergency over the abductions.",
     "020", "NGAOPP", "NGAGOV"),
    ("India said Pakistan must arrest the masterminds of the Pahalgam attack.", "100", "IND", "PAK"),
    ("The Kenyan opposition said the government should ban the militia.", "020", "KENOPP", "KENGOV"),
    ("Kyiv said the European Union should impose a ban on Russian gas imports.", "020", "UKR", "IGOEUR"),
    ("Human Rights Watch said Thailand should stop detaining Uyghur refugees.", "020", "NGOHRW", "THA"),
])
def test_reported_obligation_of_coercion_is_an_appeal_or_demand(coder, text, code, source, target):
    got = codes_of(coder, text)
    assert any(c == code and s.startswith(source) and (t or "").startswith(target) for c, s, t in got), got
    assert not [g for g in got if g[0][:2] in ("17", "18", "19")], got


@pytest.mark.parametrize("text, code", [
    # what the speaker's own side will do, did, or should have done is no appeal to anyone
    ("The Kenyan army said it would arrest the attackers.", "137"),
    ("Kenyan police said they had arrested the attackers.", "173"),
])
def test_own_or_past_coercion_is_no_appeal(coder, text, code):
    got = events_of(coder, text)
    assert any(c.startswith(code) for c, _, _ in got), got
    assert not [g for g in got if g[0] in ("020", "100")], got


def test_commentators_ask_nothing(coder):
    assert_no_event(coder, "Experts said Israel should strike Iran's nuclear sites.", ("02", "10", "19"))


@pytest.mark.parametrize("text, code, source", [
    # a clause that sets the scene for what commentators say is the author's own, not their reading
    ("Although Indian officials have made no comment, analysts point out that India backs the base.", "011", "IND"),
    ("While Russian troops shelled Kharkiv on Sunday, analysts said the offensive had stalled.", "19", "RUS"),
    ("As Chinese warships sailed near Taiwan on Monday, experts warned of a wider crisis.", "15", "CHN"),
])
def test_scene_set_for_commentators_is_the_authors(coder, text, code, source):
    got = events_of(coder, text)
    assert any(c.startswith(code) and s == source for c, s, _ in got), got


@pytest.mark.parametrize("text, prefixes", [
    # what the commentators themselves say stays their reading, also inside a clause of their own
    ("Analysts point out that India backs the continuation of the base.", ("05",)),
    ("Experts said Russia had shelled Kharkiv on Sunday.", ("19",)),
    ("Analysts say North Korea launched the missile as a warning to Seoul.", ("13", "15", "19")),
])
def test_commentators_reading_stays_uncoded(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


@pytest.mark.parametrize("text, code, modality", [
    # what an actor appears or seems to be about to do is the author's inference: the act itself, to
    # come, never an intent or threat the actor announced
    ("North Korea appears to be preparing to launch a long-range missile.", "150", "future"),
    ("Israel seems to be preparing to attack Rafah.", "180", "future"),
    # what it appears to have done or to be doing stays asserted
    ("North Korea appears to have launched a ballistic missile into the sea.", "150", "asserted"),
    ("Russia appears to be massing troops on the Ukrainian border.", "154", "asserted"),
])
def test_seeming_acts_are_not_announced(coder, text, code, modality):
    from dyadwatch.documents.readers import read_text
    events = coder.code(read_text(text, "t"))
    assert [(e.cameo.code, e.modality) for e in events] == [(code, modality)], events


def test_announced_preparation_is_still_an_intent(coder):
    got = events_of(coder, "Pakistan said it was preparing to attack the militants' hideouts.")
    assert any(c.startswith("13") and s == "PAK" for c, s, _ in got), got


@pytest.mark.parametrize("text, code, source", [
    # 'some of whom', 'many of whom': part of the ones the relative clause is about does its act
    ("Israeli police fired tear gas at Palestinian demonstrators, some of whom threw rocks at officers.",
     "145", "PSEOPP"),
    ("Police detained dozens of Kenyan protesters, many of whom had blocked the highway to Nairobi.",
     "144", "KENOPP"),
    ("Troops fought Islamic State fighters in Iraq, several of whom attacked an army checkpoint.", "19", "IRQREB"),
])
def test_partitive_relative_subject_is_the_group(coder, text, code, source):
    got = codes_of(coder, text)
    assert any(c.startswith(code) and s == source for c, s, _ in got), got


def test_partitive_of_a_thing_does_nothing(coder):
    # a part of things or of no one known stays without a doer
    assert_no_event(coder, "Investigators found the letters, some of which threatened the judge.", ("13",))


@pytest.mark.parametrize("text, source, target", [
    # a guest named with 'visiting' visits the one who receives it, besides the meeting itself
    ("Xi Jinping met visiting U.S. Secretary of State Antony Blinken in Beijing.", "USAGOV", "CHNGOV"),
    ("U.S. Secretary of State Antony Blinken assured visiting Australian Foreign Minister Marise Payne that "
     "Washington would stand by Australia.", "AUSGOV", "USAGOV"),
    ("Visiting Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in Canberra.",
     "CHNGOV", "AUSGOV"),
    ("Visiting Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida.",
     "INDGOV", "JPNGOV"),
    ("Modi thanked visiting Russian Foreign Minister Sergei Lavrov for his support.", "RUSGOV", "INDGOV"),
])
def test_visiting_guest_visits_the_host(coder, text, source, target):
    got = codes_of(coder, text)
    assert ("042", source, target) in got, got
    assert ("042", target, source) not in got, got  # the host does not visit its guest


@pytest.mark.parametrize("text", [
    # guests who are no actors, and visits of the subject's own, are left as they were
    "Hundreds of visiting fans cheered the team in Doha.",
    "The visiting team beat Kenya 2-1.",
])
def test_visiting_of_no_actor_is_no_visit(coder, text):
    assert_no_event(coder, text, ("042",))


def test_subjects_own_visit_keeps_its_reading(coder):
    got = codes_of(coder, "Macron spent the day visiting Kyiv.")
    assert any(c == "042" and s == "FRAGOV" and (t or "").startswith("UKR") for c, s, t in got), got


@pytest.mark.parametrize("text, code, source, target", [
    # sanctions or tariffs the speaker says will be imposed, also added, indicated, signalled or stressed,
    # are the speaker's threat
    ("Washington said sanctions would be imposed if Ankara activated the system.", "1312", "USAGOV", None),
    ("Washington stepped back, indicating that sanctions would only be imposed if Ankara activated the system.",
     "1312", "USAGOV", None),
    ("The European Commission signaled that new tariffs would be imposed on Chinese electric vehicles.",
     "1312", "IGOEUREEC", None),
    ("A senior U.S. official added that Turkey would face sanctions if it activated the system.", "1312", "USAGOV", "TUR"),
    ("The Pakistani army chief stressed that any attack would be met with full force.", "13", "PAKMIL", None),
])
def test_threats_in_reported_consequences(coder, text, code, source, target):
    got = codes_of(coder, text)
    assert any(c.startswith(code) and s == source and (target is None or (t or "").startswith(target))
               for c, s, t in got), got


@pytest.mark.parametrize("text", [
    # what was done, or what commentators foresee, threatens nothing
    "The ministry said sanctions were imposed on Turkey last year.",
    "Officials added that the tariffs had been lifted in March.",
    "Analysts said sanctions would be imposed on Turkey.",
    "The ministry said the new rules would be imposed gradually.",
])
def test_reported_past_or_foreseen_measures_threaten_nothing(coder, text):
    assert_no_event(coder, text, ("13",))


@pytest.mark.parametrize("text, code, target", [
    # acts counted as cases or incidents are done to whom the counting noun is 'against'
    ("UNICEF said there were 221 cases of rape against children reported in Sudan last year.", "1821", "SDNCVL"),
    ("The UN said there were 90 cases of torture against civilians in Syrian prisons.", "18", "SYR"),
    ("The commission recorded 40 incidents of abduction against students in Zamfara State.", "181", "NGA"),
])
def test_counted_acts_are_done_to_whom_they_are_against(coder, text, code, target):
    got = codes_of(coder, text)
    assert any(c.startswith(code) and (t or "").startswith(target) for c, _, t in got), got


@pytest.mark.parametrize("text", [
    # a count with no one it is against names no one it is done to; cases in court are no violence
    "There were 12 cases of kidnapping last month.",
    "The court heard cases of fraud against the company.",
])
def test_counted_acts_without_victims_stay_uncoded(coder, text):
    assert_no_event(coder, text, ("18",))


def test_a_hope_of_force_asks_no_one(coder):
    # what one hopes another will do by force is the act to come, not an appeal (unlike 'should' or 'must')
    got = codes_of(coder, "Russia hopes that Ukraine will attack Belarus.")
    assert got and not [g for g in got if g[0][:2] in ("02", "10")], got
