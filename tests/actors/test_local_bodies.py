"""Police, courts and administrations named by their town or district take the town's country."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.resolver import ActorResolver
from dyadwatch.documents.readers import read_text
from dyadwatch.places.gazetteer import country_of


def subject(nlp, text: str):
    """The actor of the first subject, resolved with the gazetteer."""
    doc = nlp(text)
    head = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    return ActorResolver(load_knowledge(), country_of).resolve(head, date(2025, 3, 14), 0)


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Ludhiana police booked the accused under the Arms Act.", "INDCOP"),
        ("The Raichur district police arrested three men.", "INDCOP"),
        ("The police of Thane detained the youth after the clash.", "INDCOP"),
        ("Police of Ludhiana arrested the youth.", "INDCOP"),
        ("Police in Raichur district arrested a gang of robbers.", "INDCOP"),
        ("Officials in Raichur seized 200 bags of rice.", "INDGOV"),
        ("The Ludhiana district administration demolished the illegal structure.", "INDGOV"),
        ("Karachi police detained two suspects.", "PAKCOP"),
        ("Paris police arrested two men after the robbery.", "FRACOP"),
        ("Washington police arrested a man near the Capitol.", "USACOP"),
    ],
)
def test_a_local_body_takes_its_towns_country(nlp, text, code):
    actor = subject(nlp, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text",
    [
        "Zorblax police arrested two men.",  # no such place
        "Ambassador Shafqat Ali Khan repeated Islamabad's stance.",  # a person's names, not towns
        "The Obama administration imposed sanctions on Iran.",  # a person before 'administration'
        "Police in March arrested two men.",  # a month, not a town
    ],
)
def test_names_that_are_not_the_bodys_town_give_no_country(nlp, text):
    actor = subject(nlp, text)
    assert actor is None or actor.resolved_by != "gazetteer"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Indian police in Lahore arrested two men.", "INDCOP"),  # the text says whose police
        ("Pakistani police arrested two Indian fishermen in Karachi.", "PAKCOP"),
    ],
)
def test_a_named_country_is_never_overridden(nlp, text, code):
    assert subject(nlp, text).code == code


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Police of Ludhiana arrested the youth.", "INDCOP", "IND"),
        ("The Ludhiana police booked the accused under the Arms Act.", "INDCOP", "IND"),
        ("Police in Raichur district arrested a gang of robbers.", "INDCOP", "IND"),
        ("Karachi police detained two suspects.", "PAKCOP", "PAK"),
    ],
)
def test_those_the_local_police_act_on_share_their_country(coder, text, source, target):
    events = coder.code(read_text(text, "police"))
    assert [(e.source.code, e.target.country) for e in events] == [(source, target)]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Protesters marched in Portland, Oregon, across the United States. Salem police arrested two men.", "USACOP"),
        ("Farmers blocked roads in Tamil Nadu in India. Salem police arrested two men.", "INDCOP"),
        ("Salem police arrested two men.", "INDCOP"),  # alone: the most populous Salem
    ],
)
def test_a_town_of_the_documents_country_is_preferred(nlp, text, code):
    doc = nlp(text)
    sentences = list(doc.sents)
    head = next(t for t in sentences[-1] if t.dep_ == "nsubj")
    actor = ActorResolver(load_knowledge(), country_of).resolve(head, date(2025, 3, 14), 0, len(sentences) - 1)
    assert actor.code == code
