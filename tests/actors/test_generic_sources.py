"""Generic mentions: a group the text calls international belongs to no country of the context, and
an object pronoun is the last actor before it of the same number."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.resolver import UNKNOWN_COUNTRY, ActorResolver

DAY = date(2025, 3, 14)


def resolve_word(nlp, text: str, word: str, dep: tuple[str, ...] = ("nsubj", "nsubjpass")):
    doc = nlp(text)
    sentences = list(doc.sents)
    head = next(t for t in sentences[-1] if t.text == word and t.dep_ in dep)
    return ActorResolver(load_knowledge()).resolve(head, DAY, 0, len(sentences) - 1)


@pytest.mark.parametrize(
    "text, word, code, country",
    [
        ("Thailand deported 40 Uyghurs to China. International rights groups condemned the deportation.",
         "groups", "NGOHRI", "NGO"),
        ("Aid reached Gaza on Sunday. International aid agencies warned that it was not enough.", "agencies", "NGO", "NGO"),
        ("The Taliban expelled the BBC from Afghanistan. Foreign journalists left Kabul.", "journalists", "---MED",
         UNKNOWN_COUNTRY),
        ("Russia held a presidential election. Western diplomats criticized the vote.", "diplomats", "---GOV",
         UNKNOWN_COUNTRY),
    ],
)
def test_international_groups_take_no_country_from_context(nlp, text, word, code, country):
    actor = resolve_word(nlp, text, word)
    assert actor is not None and (actor.code, actor.country) == (code, country)


@pytest.mark.parametrize(
    "text, word, code",
    [
        ("Pakistani rights groups condemned the arrest of the lawyer.", "groups", "PAKHRI"),
        ("Rights groups in Iran condemned the executions.", "groups", "IRNHRI"),
    ],
)
def test_groups_the_text_places_keep_their_country(nlp, text, word, code):
    actor = resolve_word(nlp, text, word)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text, word, sectors",
    [
        ("The United States has cleared out the last migrants being held at its naval base at Guantanamo Bay, "
         "Cuba, sending them back to the U.S. mainland.", "them", ("CVL",)),
        ("Israel captured two Hezbollah fighters near the border with Lebanon and interrogated them.", "them", ("REB",)),
        ("Pakistan summoned the Indian envoy, accusing it of interference.", "it", ("GOV",)),
    ],
)
def test_object_pronoun_agrees_in_number(nlp, text, word, sectors):
    actor = resolve_word(nlp, text, word, ("dobj", "dative"))
    assert actor is not None and actor.sectors == sectors


def pronoun_in_last_sentence(nlp, text: str, word: str):
    """Resolve the people and subjects of every sentence in order, as the coder does, then the pronoun."""
    doc = nlp(text)
    resolver = ActorResolver(load_knowledge())
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        for token in sentence:
            if token.ent_type_ == "PERSON" or (token.dep_ == "nsubj" and token.lower_ not in ("he", "she")):
                resolver.resolve(token, DAY, 0, index)
    head = next(t for t in sentences[-1] if t.text == word)
    return resolver.resolve(head, DAY, 0, len(sentences) - 1)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Zelenskyy met Macron in Paris on Monday. He praised France for its support.", "UKRGOV"),
        ("Macron said Zelenskyy would visit Paris. He praised Ukraine for its courage.", "FRAGOV"),
        ("Putin hosted Xi Jinping in Moscow on Monday. He accused the West of provoking the war.", "RUSGOV"),
    ],
)
def test_sentence_subject_he_is_the_previous_subject(nlp, text, code):
    actor = pronoun_in_last_sentence(nlp, text, "He")
    assert actor is not None and actor.code == code


def test_a_person_in_a_place_is_not_of_that_place(nlp):
    doc = nlp("Putin hosted Xi Jinping in Moscow on Monday.")
    head = next(t for t in doc if t.text == "Jinping")
    actor = ActorResolver(load_knowledge()).resolve(head, DAY, 0, 0)
    assert actor is not None and actor.code == "CHNGOV"


@pytest.mark.parametrize(
    "text, word, code",
    [
        ("Chinese President Xi Jinping convened a meeting with heads of private companies, calling on them to "
         "invest.", "them", "CHNBUS"),
        ("Britain summoned the Russian ambassador and imposed new sanctions on him.", "him", None),
        ("The European Union condemned the Houthi rebels and imposed sanctions on them.", "them", "YEMREB"),
    ],
)
def test_pronoun_after_a_preposition_is_an_object(nlp, text, word, code):
    actor = resolve_word(nlp, text, word, ("pobj",))
    assert (actor.code if actor else None) == code


def test_heads_of_a_group_are_the_group(nlp):
    actor = resolve_word(nlp, "Heads of private companies in China pledged to invest more.", "Heads")
    assert actor is not None and actor.code == "CHNBUS"


@pytest.mark.parametrize(
    "text, word, code",
    [
        ("Russia returned 20 Ukrainian children to their families.", "families", "UKRCVL"),
        ("Hamas freed three Israeli hostages and handed them to their relatives.", "relatives", "ISRCVL"),
    ],
)
def test_their_in_an_object_phrase_is_the_last_group_named(nlp, text, word, code):
    actor = resolve_word(nlp, text, word, ("pobj", "dobj", "dative"))
    assert actor is not None and actor.code == code
