"""What analysts say: an act that only commentators report ('analysts say India backs the base',
'experts said the talks had stalled') is their reading of the news, not news of the act, and is
not coded; the commentators are no actors either. An act that an actor reports, or that the
sentence asserts, is coded as usual ('analysts were arrested', 'a move analysts say is aimed at')."""
from __future__ import annotations

from spacy.tokens import Token

from .extract import Match
from .lexicon import Lexicon
from .syntax import children_of, lemma

# people and bodies whose words about the news are analysis: 'analysts', 'a think tank', 'observers'
COMMENTATORS = frozenset({
    "analyst", "expert", "observer", "commentator", "pundit", "researcher", "economist", "strategist",
    "tank", "think-tank", "academic", "scholar", "specialist", "watcher",
})
# verbs of opinion that report what commentators read into the news, besides the reporting verbs
OPINION_VERBS = frozenset({"point", "believe", "think", "suggest", "expect", "predict", "estimate", "reckon", "see"})
PARTITIVE_OF = frozenset({"many", "some", "most", "several", "number", "majority", "few", "one", "others"})


def said_by_commentators(match: Match, lexicon: Lexicon, note) -> bool:
    """Whether the nearest reporting or opinion verb above the act has commentators as its subject;
    `note` records why the act is not coded. An adverbial clause of that verb is the author's, not what
    the commentators read ('As Pyongyang prepares to launch a missile, experts see an end to talks')."""
    below = match.head
    for token in match.head.ancestors:
        if token.pos_ in ("VERB", "AUX") and (lemma(token) in lexicon.reporting or lemma(token) in OPINION_VERBS):
            if below.dep_ == "advcl":
                return False
            subjects = children_of(token, ("nsubj",))
            if subjects and all(_commentator(s) for s in subjects):
                note(f"reported only by commentators ('{subjects[0].text} {token.text}'): not coded")
                return True
            return False
        below = token
    return False


def _commentator(subject: Token) -> bool:
    """'analysts', 'some experts', 'many of the analysts', 'a think tank', 'Western analysts'."""
    if lemma(subject) in PARTITIVE_OF:
        subject = next((p for prep in children_of(subject, ("prep",)) if prep.lower_ == "of"
                        for p in children_of(prep, ("pobj",))), subject)
    if lemma(subject) == "tank" and not any(c.lower_ == "think" for c in subject.children):
        return False  # a tank reports nothing; a think tank does
    return lemma(subject) in COMMENTATORS
