"""A hand in an attack or in armed men, said of someone in a reported clause: 'Pakistan said the attack
was orchestrated by militants in Afghanistan', 'Ethiopia said Egypt was arming the rebels' are accusations
(extract.py's JUDGING_VERBS); in the author's own words they are the acts they name, and the reporter's own
act or one still to come ('the United States said it would arm the rebels') accuses no one."""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import lemma

HAND_VERBS = frozenset({
    "orchestrate", "mastermind", "sponsor", "instigate", "engineer", "perpetrate", "arm", "fund", "finance",
    "harbour", "harbor", "shelter",
})
# subjects that are the reporter itself: 'Israel said it had orchestrated the strike'
OWN_PRONOUNS = frozenset({"it", "we", "i"})
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall"})


def own_or_future(verb: Token) -> bool:
    """'said it would arm the rebels', 'said it had funded the programme': the reporter's own act, or one
    still to come, is no accusation."""
    return any((c.dep_ == "nsubj" and c.lower_ in OWN_PRONOUNS) or (c.dep_ == "aux" and lemma(c) in FUTURE_AUXILIARIES)
               for c in verb.children)
