"""Common nouns capitalised only because they open a sentence: the parser takes 'Rockets were fired
at Erbil airport', 'Clashes between the army and RSF fighters erupted', 'Protests broke out in Dhaka'
for proper names and keeps their capitalised form as lemma, so no entry of 'rocket', 'clash' or
'protest' applies. Such a word is given back its common-noun reading when its lower-case form is a
plural or gerund of a word the lexicon knows; a word inside a longer name ('Rocket Lab', 'Clashes
Records Ltd') or a singular that may be a name ('Hope said') keeps its reading."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon


def restore_common_nouns(sent: Span, lexicon: Lexicon) -> None:
    """Re-tag the sentence's opening proper noun as the common noun it is (see the module's note)."""
    token = sent[0]
    if token.pos_ != "PROPN" or not token.is_title or _in_name(token):
        return
    common = _known_form(token.lower_, lexicon)
    if common is None:
        return
    plural = common != token.lower_
    token.lemma_ = common
    token.pos_ = "NOUN"
    token.tag_ = "NNS" if plural else "NN"


def _in_name(token: Token) -> bool:
    """The word is part of a longer name: a compound of a proper noun or one with proper-noun parts."""
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _known_form(word: str, lexicon: Lexicon) -> str | None:
    """The lexicon's noun this plural ('clashes', 'rockets', 'militias') or gerund ('shelling') is."""
    if word.endswith("ing") and _known(word, lexicon):
        return word
    if not word.endswith("s") or word.endswith("ss"):
        return None
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and _known(word[: -len(cut)] + add, lexicon):
            return word[: -len(cut)] + add
    return None


def _known(word: str, lexicon: Lexicon) -> bool:
    """An event noun of the lexicon or a thing it knows names no actor ('rocket', 'drone')."""
    return word in lexicon.nouns or word in lexicon.non_actors
