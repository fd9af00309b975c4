"""'... said in a statement posted on X. Militants ...' is two sentences, though the tokenizer takes
'X.' for an initial; initials in names stay inside their sentence."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, first",
    [
        ("The army said in a statement posted on X. Militants linked with the Taliban attacked a post.",
         "The army said in a statement posted on X."),
        ("The group said on X. It will attack again.", "The group said on X."),
        ("Zelenskyy wrote on X, formerly Twitter. Russia launched 40 drones overnight.",
         "Zelenskyy wrote on X, formerly Twitter."),
        ("The ministry's message was shared via X. Protesters gathered in Dhaka on Monday.",
         "The ministry's message was shared via X."),
    ],
)
def test_a_platform_name_ends_the_sentence(nlp, text, first):
    doc = nlp(text)
    sentences = [s.text for s in doc.sents]
    assert sentences[0] == first and len(sentences) == 2 and doc.text == text


@pytest.mark.parametrize(
    "text",
    [
        "John F. Kennedy met Sergei K. Shoigu in Moscow.",
        "Malcolm X. Jones and Mary X. Smith spoke to reporters.",
        "He posted on X.",
    ],
)
def test_initials_in_names_stay_in_the_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(
    "text, words",
    [
        ("U.S.-Iran talks resumed in Oman.", ["U.S.", "-", "Iran"]),
        ("The U.K.-France summit ended on Friday.", ["U.K.", "-", "France"]),
        ("He posted on X. U.S.-China talks resumed.", ["U.S.", "-", "China"]),
    ],
)
def test_a_dotted_abbreviation_glued_to_a_name_is_split_as_two_names(nlp, text, words):
    """'U.S.-Iran' is two names and a hyphen, as 'US-Iran' and 'Russia-Ukraine' are to the tokenizer."""
    doc = nlp(text)
    tokens = [t.text for t in doc]
    start = tokens.index(words[0])
    assert tokens[start:start + 3] == words and doc.text == text


@pytest.mark.parametrize("text, word", [("The U.S.-led coalition struck Raqqa.", "U.S.-led"),
                                        ("The U.N.-backed government met in Tripoli.", "U.N.-backed")])
def test_an_abbreviation_glued_to_a_participle_stays_one_word(nlp, text, word):
    assert word in [t.text for t in nlp(text)]


def test_splitting_a_glued_name_keeps_the_other_words_norms(nlp):
    """The curly "n’t" of "aren’t" keeps its norm 'not' (negation reads it) in a sentence with 'U.S.-Iran'."""
    doc = nlp("U.S.-Iran negotiators aren’t talking to each other.")
    assert [t.norm_ for t in doc if t.text == "n’t"] == ["not"]
