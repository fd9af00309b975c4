"""Read headline passives as passives.

Headlines and terse police briefs drop the passive's auxiliary: "Man held for killing wife", "Youth
arrested for molesting girl", "Teen abducted from Gurgaon", "Man shot dead in Ludhiana". The parser
takes the participle for a past-tense verb and its patient for the doer, so the victim or the arrested
man would be coded as the one who acted. A sentence whose root is such a verb (data/headline_passives.txt),
with a bare subject (no article, possessive or pronoun), no auxiliary and no object, is relabelled as a
passive: the subject becomes the passive subject and the verb a participle. "The ceasefire held", "Police
arrested three men" and "Russian troops killed 30 militants" are left alone.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..errors import LexiconError

HEADLINE_FILE = Path(__file__).parent / "data" / "headline_passives.txt"
PAST_TAGS = frozenset({"VBD", "VBN"})
# words whose presence makes the clause an ordinary active or passive one
CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "dative", "ccomp", "xcomp", "attr", "expl"})
# a subject with these is written as a full sentence, not a headline ('The ceasefire held')
DETERMINER_DEPS = frozenset({"det", "poss"})


def read_verbs(path: Path) -> frozenset[str]:
    """One lower-case lemma a line; '#' comments and blank lines are skipped."""
    verbs: set[str] = set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        word = raw.split("#", 1)[0].strip()
        if not word:
            continue
        if word != word.lower() or " " in word:
            raise LexiconError(str(path), number, f"'{word}' must be one lower-case lemma")
        if word in verbs:
            raise LexiconError(str(path), number, f"'{word}' is listed twice; keep one line")
        verbs.add(word)
    return frozenset(verbs)


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    return read_verbs(HEADLINE_FILE)


@Language.component("dyadwatch_headline_passives")
def repair_headline_passives(doc: Doc) -> Doc:
    verbs = headline_verbs()
    for sent in doc.sents:
        root = sent.root
        subject = _bare_subject(root) if root.lemma_.lower() in verbs else None
        if subject is not None:
            subject.dep_ = "nsubjpass"
            root.tag_ = "VBN"
    return doc


def _bare_subject(verb: Token) -> Token | None:
    """The subject of a past verb that has no auxiliary and no object, when nothing determines it."""
    if verb.tag_ not in PAST_TAGS or verb.pos_ != "VERB" or any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    # the whole subject phrase opens the sentence and runs up to the verb ('Drug peddler nabbed ...')
    if (subject.pos_ not in ("NOUN", "PROPN", "NUM") or subject.left_edge.i != subject.sent.start
            or subject.right_edge.i != verb.i - 1 or any(c.dep_ in DETERMINER_DEPS for c in subject.children)):
        return None
    return subject
