"""Acts that are only the content of something else: CAMEO codes the speech act or the judgement
that holds them, never the act itself.

- An act in a condition ('if nuclear threats by China escalate', 'unless Russia withdraws') is what
  something else depends on: no event.
- A forecast ('cooperation will likely develop slowly', 'it is unlikely Washington will end the
  freeze', 'Gause thinks North Korea could escalate', 'for fear that China would retaliate') tells
  what someone expects, not what anyone did or announced: no event.
- An act in an indirect question ('to understand what concessions Ukraine might be willing to
  make') is asked about: no event.
- A rule that nobody states as a demand ('65% of the population must vote against the plan') and
  the purpose of a thing ('a policy brief for the government to assist in the fight'): no event.
- What an actor wants, wishes or hopes to do itself is no event; only a wish to meet or negotiate
  ('Trump wants to meet Kim', 'does not want to meet') is CAMEO's willingness to meet (036,
  intent.txt), as 'hopes to meet' is (03_intent.txt). 'All three countries want to maintain
  economic relations with Beijing' pledges nothing and stays a hypothetical relation, and a wish to
  use force is no threat to anyone and stays hypothetical.
- A possible act its own actor hints or says it could do ('Beijing has hinted that it could
  retaliate with tariffs', 'Iran said it may close the strait') is the threat or intent it
  expresses now (intent.txt), as an announced one is.

Each applies only to an act that factuality.py found hypothetical (an indirect question also to a
future one), so what the text reports, announces or schedules is untouched. A reported 'must' or
'should' whose speaker is no other known actor is no event either (modal_obligation, used by
targets.demanded). What may happen and is reported as a risk or a hope ('the risk of being
deported', 'hopes cooperation could resume', 'the administration could impose restrictions') stays
a hypothetical event. The words are data (modality.txt: `condition`, `forecast`, `hinting`).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .event import Event
from .extract import Match
from .lexicon import Lexicon
from .ontology import Ontology
from .speech import ASKING_VERBS, DEMAND_MODALS, NECESSITY_VERBS, OBLIGATION_PREDICATES, Obligation, obligation
from .syntax import children_of, lemma, marked_to, purpose_clause

# the kinds of words above an act (modality.txt) that make it someone's expectation
FORECASTING = ("forecast", "scheduled")
# wh-words that open an indirect question ('what concessions', 'how far', 'which'); not 'that'
WH_WORDS = frozenset({"what", "which", "how", "why", "when", "where", "who", "whom", "whose"})
# auxiliaries of a possible act one says one could do ('said it could retaliate')
POSSIBLE = frozenset({"could", "might", "may", "can", "would"})
# auxiliaries of an act to come
AHEAD = frozenset({"will", "would", "shall", "could", "may", "might", "can", "'ll", "wo"})
# verbs of one's own wish, whose open complement is an intent ('wants to meet'); with an object of
# their own they ask another ('wants China to use its influence': speech.py)
WISHING = frozenset({"want", "wish", "hope"})
MEETING_INTENT = "036"  # the one intent a wish expresses: to meet or negotiate
# subjects by which a speaker speaks of itself ('China said it could', 'they said they might')
SELF = frozenset({"it", "they", "we", "i"})


def contained(match: Match, lexicon: Lexicon, modality: str) -> str | None:
    """Why a hypothetical act (or, in an indirect question, a future one) is no event of its own,
    or None when it may be one."""
    kinds = lexicon.modality
    clause = _act_verb(match.head)
    if modality == "future":
        asked = any(t.dep_ == "ccomp" and t.head.pos_ in ("VERB", "AUX") and _opens_with_wh(t) for t in _chain(clause))
        return "an act asked about in an indirect question: no event" if asked else None
    if _opening_condition(match.trigger, kinds):
        return "an act in a condition ('if ...'): no event"
    for token in _chain(clause):
        if token.dep_ == "advcl" and any(
                c.dep_ == "mark" and kinds.get(c.lower_) == "condition" for c in token.children):
            return "an act in a condition ('if ...'): no event"
        for child in token.children:
            if child.dep_ == "advmod" and kinds.get(child.lower_) == "forecast" and _ahead(token):
                return f"a forecast ('{child.text}'): no event"
        head = token.head
        if token.dep_ in ("ccomp", "xcomp", "acl") and head != token and kinds.get(lemma(head)) in FORECASTING \
                and (token.dep_ != "xcomp" or kinds.get(lemma(head)) == "forecast"):
            return f"a forecast ('{head.text} ...'): no event"
        if token.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and _opens_with_wh(token):
            return "an act asked about in an indirect question: no event"
        if token.dep_ == "advcl" and head.pos_ == "NOUN" and _for_to(token) \
                and lemma(head) not in OBLIGATION_PREDICATES and lemma(head) not in kinds:
            return f"the purpose of a '{head.text}': no event"
    # 'Turkey said Israel's attacks must stop' is said of the attacks (accusations.py): the noun's verb asks
    if _obliged(clause) and obligation(match.head, lexicon) is None and obligation(clause, lexicon) is None:
        return "an obligation that no one states as a demand ('must', 'has to'): no event"
    return None


def _act_verb(head: Token) -> Token:
    """The verb whose clause holds the act: an act noun's verb ('threats ... escalate')."""
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head != head:
        return head.head
    return head


def _chain(clause: Token) -> list[Token]:
    """The clause and the clauses it is an open complement, conjunct or purpose of."""
    chain = [clause]
    token = clause
    while (token.dep_ in ("xcomp", "conj", "acomp") or purpose_clause(token)) and token.head != token:
        token = token.head
        chain.append(token)
    return chain


def _ahead(verb: Token) -> bool:
    """'will likely grow', 'could probably strike': a hedged act to come; 'probably attacked the
    convoy, officials said' is a hedged report of what happened, hypothetical but an event."""
    return marked_to(verb) or any(a.lower_ in AHEAD for a in children_of(verb, ("aux",)))


def _opens_with_wh(clause: Token) -> bool:
    """'(understand) what concessions Ukraine might make', '(ask) how far Russia could go'."""
    first = clause.left_edge
    return first.lower_ in WH_WORDS and first.i < clause.i


def _for_to(clause: Token) -> bool:
    return marked_to(clause) and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _obliged(clause: Token) -> bool:
    """'must vote', 'should stop', 'has to pass', 'needs to accept': a modal of obligation on the act's clause."""
    for token in _chain(clause):
        if any(a.lower_ in DEMAND_MODALS for a in children_of(token, ("aux",))) and not (
                token.tag_ == "VBN" and any(a.lower_ == "have" for a in children_of(token, ("aux",)))):
            return True
        if token.dep_ == "xcomp" and marked_to(token) and lemma(token.head) in NECESSITY_VERBS:
            return True
    return False


def modal_obligation(found: Obligation) -> bool:
    """A reported 'must', 'should', 'has to' or 'it is time for': a demand or appeal when its speaker
    is another known actor, and no event at all when it is not ('"The administration must stop
    detaining immigrants," the group said' of a group of no known country). What one wants, tells
    or hopes another will do stays the act hoped for when no one can be said to ask it."""
    return lemma(found.carrier.head) not in ASKING_VERBS or found.carrier.dep_ not in ("ccomp", "xcomp")


def hinted(event: Event, match: Match, lexicon: Lexicon, ontology: Ontology) -> Event:
    """'Beijing has hinted that it could retaliate with tariffs': a possible act its own speaker says
    or hints it could do is the threat (or intent) it expresses now (intent.txt), asserted."""
    if event.modality != "hypothetical":
        return event
    wished = _wished(event, match, lexicon, ontology)
    if wished is not event or event.negated:
        return wished
    clause = _act_verb(match.head)
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
        clause = clause.head
    speaker = clause.head
    if clause.dep_ != "ccomp" or not any(a.lower_ in POSSIBLE for a in children_of(clause, ("aux",))):
        return event
    if lexicon.reporting.get(lemma(speaker)) != "report" and lexicon.modality.get(lemma(speaker)) != "hinting":
        return event
    subjects = children_of(clause, ("nsubj",))
    speakers = {lemma(s) for s in children_of(speaker, ("nsubj",))}
    if not subjects or not (subjects[0].lower_ in SELF or lemma(subjects[0]) in speakers):
        return event
    code = lexicon.intent_code(event.cameo.code)
    if code is None or code not in ontology:
        return event
    rule = f"{event.evidence.rule} (hinted: intent.txt)"
    return replace(event, cameo=ontology[code], modality="asserted", evidence=replace(event.evidence, rule=rule))


def _wished(event: Event, match: Match, lexicon: Lexicon, ontology: Ontology) -> Event:
    """'Trump wants to meet Kim' (036), 'does not want to meet with Kim' (036, negated): the intent to
    meet (intent.txt) of one who wants to meet itself; other wishes pledge nothing."""
    token = _act_verb(match.head)
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ != "xcomp" or not marked_to(token) or lemma(token.head) not in WISHING:
        return event
    if children_of(token.head, ("dobj", "dative")):
        return event
    trigger = match.trigger
    if trigger != token and not (trigger.dep_ == "dobj" and trigger.head == token):
        return event  # 'hopes to resolve the pause in aid during talks': the talks are not what is hoped
    code = lexicon.intent_code(event.cameo.code)
    if code is None or not code.startswith(MEETING_INTENT) or code not in ontology:
        return event
    rule = f"{event.evidence.rule} (wished: intent.txt)"
    return replace(event, cameo=ontology[code], modality="asserted", evidence=replace(event.evidence, rule=rule))


def _opening_condition(trigger: Token, kinds: dict[str, str]) -> bool:
    """'If nuclear threats by China escalate, the alliance will respond': the words between a condition
    word that opens the sentence and the first comma are the condition, also when the parser hangs 'If'
    on the main verb and reads the condition's verb as a noun."""
    sent = trigger.sent
    if kinds.get(sent[0].lower_) != "condition":
        return False
    comma = next((t.i for t in sent if t.text == ","), None)
    return comma is not None and trigger.i < comma
