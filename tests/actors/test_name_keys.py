"""The word sequences a phrase's names are looked up by (prefilter.name_keys): every length from each
start, longest first, never ending with a possessive ending, each with the key and whether the
knowledge base lists it; made once per document and the same when asked again."""
import pytest

from dyadwatch.actors.prefilter import name_keys


@pytest.mark.parametrize("text, words, start, expected", [
    ("Russian President Vladimir Putin met the envoy.", 4, 2,
     [(2, "Vladimir Putin", "vladimir putin", True), (1, "Vladimir", "vladimir", True)]),
    ("Russian President Vladimir Putin met the envoy.", 4, 1,
     [(3, "President Vladimir Putin", "president vladimir putin", False),
      (2, "President Vladimir", "president vladimir", False), (1, "President", "president", False)]),
    # 'Pakistan's' is no name: a name never ends with its possessive ending
    ("Pakistan's army said it had repelled the attack.", 3, 0,
     [(3, "Pakistan's army", "pakistan's army", False), (1, "Pakistan", "pakistan", True)]),
])
def test_name_keys(coder, text, words, start, expected):
    run = list(coder.nlp(text)[:words])
    assert name_keys(coder.kb, run, start) == expected


def test_name_keys_are_kept_with_the_document(coder):
    doc = coder.nlp("The United Nations Security Council met on Friday.")
    run = list(doc[:5])
    first = name_keys(coder.kb, run, 0)
    assert name_keys(coder.kb, list(doc[:5]), 0) is first  # the tokens made anew find the same keys
    assert first[0] == (5, "The United Nations Security Council", "united nations security council", True)
    assert first[2] == (3, "The United Nations", "united nations", True)
