"""Acts that are only what another act, or an effort, is for: CAMEO codes what was done, not its aim.

- A purpose infinitive of an act: 'Israel sent troops to crush the revolt' reports the sending; the
  crushing is only meant, so it is coded future, as the gold annotators code an aim. The purpose of
  a trip, a meeting or a gathering is what was done there (`occasion` in modality.txt: 'flew to
  Doha to sign the deal', 'met to discuss trade', 'took to the streets to protest') and shares the
  modality of the act it is the aim of, as does force used on a crowd ('fired tear gas to disperse
  the protesters', a word of the force's own phrase in extract.py), and so do an act done in words
  and help, which the act they are the purpose of performs ('summoned the ambassador to protest the
  strikes', 'wrote to Trump to ask for more weapons', 'sent aid to help the flood victims').
- The infinitive of a noun of effort: 'in an effort to make the country give up its program', 'in a
  bid to drive the fighters from the border', 'in a move to strengthen ties', 'in order to pressure
  Kyiv' (`effort` and `striving` nouns in modality.txt, and 'in order to').
- The infinitive of a verb of purpose, and 'aimed at': 'sanctions designed (meant, intended) to
  force Iran to negotiate', 'a campaign aimed at ousting the president'.

A causative's clause ('make the country give up') and the infinitive of an open complement or a
conjunct are climbed to the effort or purpose that holds them. An aim is never an announcement
(factuality.announced): 'in an effort to restore ties' is no intent to restore them.
"""
from __future__ import annotations

from spacy.tokens import Token

from .extract import CROWD_PURPOSES
from .lexicon import Lexicon
from .syntax import lemma, marked_to, purpose_clause

# the roots of acts that the act they are the purpose of performs: acts done in words ('summoned the
# ambassador to protest', 'wrote to Trump to ask for weapons', 'issued a statement to condemn the
# attack') and help ('sent aid to help the flood victims', 'deployed police to protect the voters')
PERFORMED_ROOTS = ("01", "02", "03", "04", "05", "07", "10", "11", "12", "13")
# verbs whose clause is the act they bring about: 'make the country give up', 'let Russia keep'
CAUSATIVES = frozenset({"make", "let", "have", "help", "get", "force", "compel", "persuade", "push", "pressure"})
# what is climbed from the act to the clause that holds it
CLIMB_DEPS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "pcomp"})
# verbs whose participle ('aimed at', 'intended to') names a purpose, besides the `striving` verbs
PURPOSE_PARTICIPLES = frozenset({"aim", "intend", "design", "mean", "gear", "target"})


def aimed_at(head: Token, code: str, lexicon: Lexicon) -> Token | None:
    """The word whose aim the act of `head`, coded `code`, is ('sent', 'effort', 'designed'), or None
    when the text tells the act as done or leaves it to modality."""
    kinds = lexicon.modality
    token = head
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head != token:
        token = token.head  # 'to impose sanctions on Iran': the clause of the act's noun
    for _ in range(8):
        above = token.head
        if above == token:
            return None
        if purpose_clause(token) and lemma(token) not in CROWD_PURPOSES:
            return None if _occasion(above, kinds) or code.startswith(PERFORMED_ROOTS) else above
        if token.dep_ == "acl" and marked_to(token) and above.pos_ == "NOUN" and _effort(above, kinds):
            return above  # 'in an effort to make', 'in a bid to drive', 'in order to pressure'
        if token.dep_ in ("xcomp", "advcl") and marked_to(token) and above.tag_ == "VBN" \
                and lemma(above) in PURPOSE_PARTICIPLES:
            return above  # 'sanctions designed to force', 'a law meant to curb', 'troops intended to deter'
        if token.dep_ == "pcomp" and above.lower_ == "at" and above.head.tag_ == "VBN" \
                and lemma(above.head) in PURPOSE_PARTICIPLES:
            return above.head  # 'a campaign aimed at ousting the president'
        if token.dep_ == "ccomp" and lemma(above) in CAUSATIVES:
            token = above  # 'to make the country give up'
            continue
        if token.dep_ not in CLIMB_DEPS:
            return None
        token = above
    return None


def _effort(noun: Token, kinds: dict[str, str]) -> bool:
    """A noun of effort ('effort', 'bid', 'move'), or the 'order' of 'in order to'."""
    if noun.lower_ == "order":
        return noun.dep_ == "pobj" and noun.head.lower_ == "in"
    return kinds.get(lemma(noun)) in ("effort", "striving")


def _occasion(verb: Token, kinds: dict[str, str]) -> bool:
    """A trip, meeting or gathering whose purpose was what was done there: its verb ('flew', 'met'), or
    the verb's object ('conducted trips', 'led eight hours of talks')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(kinds.get(lemma(w)) == "occasion" for w in [verb, *objects])
