"""Headline passives ('Man held for killing wife', 'Youth arrested for molesting girl') are read as
passives: their bare subject is the one arrested or killed. Full sentences, actives with an object
and verbs that are not on the list keep the parser's reading."""
from __future__ import annotations

import pytest

from dyadwatch.errors import LexiconError
from dyadwatch.nlp.headlines import read_verbs


def _root(doc):
    return next(iter(doc.sents)).root


@pytest.mark.parametrize(
    "text, verb, patient",
    [
        ("Man held for killing wife in Bareilly.", "held", "Man"),
        ("Youth arrested for molesting girl in Indore.", "arrested", "Youth"),
        ("Drug peddler nabbed with heroin in Amritsar.", "nabbed", "peddler"),
        ("Man shot dead in Ludhiana.", "shot", "Man"),
        ("Woman held for duping people of Rs 10 lakh in Mumbai.", "held", "Woman"),
    ],
)
def test_a_headline_participle_is_passive(nlp, text, verb, patient):
    root = _root(nlp(text))
    assert root.text == verb and root.tag_ == "VBN"
    assert [c.text for c in root.children if c.dep_ == "nsubjpass"] == [patient]


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire held for a week.",                     # a determiner: a full sentence
        "Police arrested three men in Thane.",                # an object: active
        "Russian troops killed 30 militants near Bakhmut.",
        "His brother was arrested in Pune.",                  # already passive
        "Farmers protested in Delhi.",                        # not a verb of the list
    ],
)
def test_full_sentences_and_actives_keep_their_subject(nlp, text):
    root = _root(nlp(text))
    assert not [c for c in root.children if c.dep_ == "nsubjpass" and not any(a.dep_ == "auxpass" for a in root.children)]


@pytest.mark.parametrize(
    "content, message",
    [("arrest\narrest\n", "listed twice"), ("Arrest\n", "lower-case"), ("hold up\n", "lower-case")],
)
def test_the_verb_list_is_validated(tmp_path, content, message):
    path = tmp_path / "headline_passives.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        read_verbs(path)
