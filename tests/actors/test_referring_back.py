"""Actors a story names once and then describes or replaces by a pronoun: 'the country', 'the
alliance', 'the regional body', 'the three nations', 'both sides', a surname after a title, and an
'it' that continues the subject of the sentence before; and the cases where no one can be meant."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.coreference import DocumentResolver
from dyadwatch.documents.readers import read_text
from dyadwatch.nlp.pipeline import parse_documents

PUBLISHED = date(2025, 3, 14)


def coded(coder, text: str) -> list[tuple[str, str, str, str]]:
    """(trigger, source code, how the source was resolved, target code) of every event, in order."""
    events = coder.code(read_text(text, "t", published=PUBLISHED))
    return [(e.evidence.trigger, e.source.code, e.source.resolved_by, e.target.code if e.target else "")
            for e in events]


@pytest.mark.parametrize("text, trigger, source, how", [
    # 'the country' after two states: the subject of the sentence before
    ("Pakistan summoned the Afghan envoy in Islamabad on Monday. The country accused Kabul of sheltering "
     "militants who attacked a train in Balochistan.", "accused", "PAK", "coreference-state"),
    ("Thailand deported 40 Uyghurs to China last month despite warnings from the United Nations. The country "
     "rejected criticism from rights groups.", "rejected", "THA", "coreference-state"),
    # 'the alliance' after its foreign ministers met in a capital that seats another body
    ("NATO foreign ministers met in Brussels on Thursday. The alliance condemned Russia's missile strikes "
     "on Ukrainian cities.", "condemned", "IGOWSTNAT", "coreference-group"),
    ("NATO defense ministers gathered in Brussels on Wednesday. The alliance pledged more air defense "
     "systems to Ukraine.", "pledged", "IGOWSTNAT", "coreference-group"),
    # the bloc and the regional body after an acronym the tagger takes for a common noun
    # 'it' continues the state or organisation that was the subject of the sentence before
    ("The Philippines protested to China on Monday over the collision near Second Thomas Shoal. It accused "
     "Beijing of harassing its vessels.", "accused", "PHL", "coreference-pronoun"),
    ("The European Union imposed new sanctions on Russia on Monday. It also threatened Belarus with further "
     "measures.", "threatened", "IGOEUREEC", "coreference-pronoun"),
    # a surname after a full name the tagger did not know for a person's, introduced with a title
    ("Nigerian police spokesman Olumuyiwa Adejobi said officers arrested 12 suspects in Kano on Monday. "
     "Adejobi accused the suspects of planning attacks on churches.", "accused", "NGACOP", "coreference"),
])
def test_a_description_or_pronoun_refers_to_the_actor_named_before(coder, text, trigger, source, how):
    got = coded(coder, text)
    assert any(t == trigger and s.startswith(source) and h == how for t, s, h, _ in got), got


@pytest.mark.parametrize("text, trigger, target", [
    ("Burkina Faso, Mali and Niger withdrew from ECOWAS in January after a yearlong dispute. The three "
     "military-led nations accused the regional body of failing to protect its members.", "accused", "IGOWAFWAS"),
    ("The U.N. Security Council met on Friday to discuss the war in Sudan. Russia accused the world body of "
     "ignoring the views of African states.", "accused", "IGOUNO"),
])
def test_a_described_international_body_is_the_one_just_named(coder, text, trigger, target):
    got = [g for g in coded(coder, text) if g[0] == trigger]
    assert got and all(tgt.startswith(target) for *_, tgt in got), got


@pytest.mark.parametrize("text, trigger, sides", [
    ("Burkina Faso, Mali and Niger withdrew from ECOWAS in January. The three military-led nations accused "
     "the regional body of failing to protect its members.", "accused", {"BFA", "MLI", "NER"}),
])
def test_the_sides_are_the_actors_just_named(coder, text, trigger, sides):
    got = {s for t, s, h, _ in coded(coder, text) if t == trigger and h == "coreference-pair"}
    assert got == sides


@pytest.mark.parametrize("text, sides", [
    # two armed forces of one country; the U.N., which reports, is no side
    ("The paramilitary Rapid Support Forces has been fighting the Sudanese Armed Forces since April 2023. "
     "The United Nations says both sides have committed grave abuses in Darfur.", {"SDNREB", "SDNMIL"}),
    ("The paramilitary Rapid Support Forces has been fighting the Sudanese Armed Forces, and the United Nations "
     "says both sides have committed grave abuses in Darfur.", {"SDNREB", "SDNMIL"}),
    # one armed force named, and the U.N., which is no side
    ("The Rapid Support Forces seized El Fasher on Sunday, the United Nations said. Both sides have committed "
     "grave abuses.", set()),
])
def test_both_sides_are_two_armed_forces_just_named(coder, text, sides):
    (document, parsed), = parse_documents(coder.nlp, [read_text(text, "t", published=PUBLISHED)])
    resolver = DocumentResolver(coder.kb)
    sentences = [s for part in parsed for s in part.doc.sents]
    for index, sent in enumerate(sentences):
        resolver.observe(sent, PUBLISHED, parsed[0].offset, index)
    head = next(t for t in sentences[-1] if t.lower_ == "sides")
    got = resolver.resolve_all(head, PUBLISHED, parsed[0].offset, len(sentences) - 1)
    assert {a.code for a in got if a.resolved_by == "coreference-pair"} == sides


@pytest.mark.parametrize("text, trigger", [
    # 'it' after a sentence whose subject is no state or organisation, or in a quote
    ("Researchers at the university published the study on Monday. It criticized the government's "
     "health policy.", "criticized"),
    ("Pakistan summoned the Afghan envoy on Monday. \"It condemns the attack in the strongest terms,\" a "
     "lawyer for the victims said.", "condemns"),
    # 'it' that says something of a situation
    ("Iran launched missiles at Israel on Saturday. It is unclear whether Israel will retaliate.", "retaliate"),
    # the subject of the sentence before is a person: 'it' is not them
    ("Prime Minister Shehbaz Sharif visited Beijing on Monday. It criticized India for the strikes.", "criticized"),
    # two states as subjects of the sentence before: 'the country' could be either
    ("India and Pakistan exchanged fire along the border on Monday. The country accused its neighbor of "
     "violating the ceasefire.", "accused"),
    # 'the body' alone is as often a corpse
    ("The U.N. Security Council met on Friday. The body was found in a river near Goma on Saturday, "
     "police said.", "found"),
    # two international bodies: 'the regional body' could be either
])
def test_no_source_where_none_or_several_could_be_meant(coder, text, trigger):
    got = [g for g in coded(coder, text) if g[0] == trigger]
    assert not [g for g in got if g[2].startswith("coreference-") and g[2] != "coreference-speaker"], got


@pytest.mark.parametrize("text, trigger", [
    # two international bodies just named: 'the regional body' could be either
    ("The African Union and ECOWAS both sent envoys to Niamey last week. Niger's junta sharply criticized the "
     "regional body on Monday.", "criticized"),
    ("ECOWAS ministers met African Union officials in Abuja. Niger's junta sharply criticized the regional "
     "body on Monday.", "criticized"),
])
def test_no_target_where_several_could_be_meant(coder, text, trigger):
    got = [g for g in coded(coder, text) if g[0] == trigger]
    assert not [g for g in got if g[3].startswith("IGO")], got
