"""What an intent is an intent to do: 'the IMF agreed to lend Argentina $7.2 billion' promises a loan (0331)
and 'Canada agreed to resettle 25,000 Syrian refugees' aid (033), as 'promised to release the hostages' is
0353. An agreement, offer, pledge or promise that no entry of root 03 codes more closely than the generic
intent (030) takes the intent code of the act its infinitive names, when an entry codes that act as
cooperation (roots 04-08; intent.txt gives the code). Acts of conflict promised are threats, which the
lexicon codes by their own entries ('vowed to retaliate')."""
from __future__ import annotations

from spacy.tokens import Token

from .extract import Match, best_match
from .lexicon import Lexicon
from .syntax import children_of, infinitive

GENERIC_INTENT = "030"
# roots of the acts whose promise is an intent to cooperate (intent.txt maps them to 03x)
COOPERATIVE_ROOTS = ("04", "05", "06", "07", "08")


def intended_act(match: Match, lexicon: Lexicon) -> Match | None:
    """The act an intent names: the infinitive of its verb ('agreed to lend'), of its noun or object noun
    ('an offer to train pilots', 'expressed readiness to hand over'), or the gerund it commits to
    ('committed to normalizing relations'), matched by the lexicon's verb entries."""
    words: list[Token] = [match.head, *children_of(match.head, ("dobj",))]
    if match.trigger.pos_ == "NOUN":
        words.append(match.trigger)
    for word in words:
        for child in word.children:
            complement = (child.dep_ == "xcomp" and child.tag_ == "VB") or (
                child.dep_ in ("acl", "relcl") and infinitive(child))
            gerunds = [c for c in children_of(child, ("pcomp",)) if c.pos_ == "VERB"] if child.lower_ == "to" else []
            for verb in ([child] if complement and child.pos_ == "VERB" else []) + gerunds:
                # 'committing to never discussing': what is promised not to be done is no cooperation
                return None if children_of(verb, ("neg",)) else best_match(verb, "verb", lexicon)
    return None


def refine_intent(match: Match, code: str, lexicon: Lexicon, note) -> str:
    """The generic intent (030) coded by the cooperative act it promises (intent.txt); any other code
    as it is. An act received ('agreed to accept a loan from the IMF') is the giver's, not promised."""
    if code != GENERIC_INTENT:
        return code
    act = intended_act(match, lexicon)
    if (act is None or not act.pattern.codes or act.pattern.received
            or not act.pattern.code.startswith(COOPERATIVE_ROOTS)):
        return code
    refined = lexicon.intent_code(act.pattern.code)
    if refined is None or not refined.startswith("03"):
        return code
    note(f"an intent to do {act.pattern.code} ('{act.trigger.text}'): coded {refined}")
    return refined
