"""Whether a coded act is asserted as news: modality, negation, acts that did not come about, background.

The words are data (modality.txt): `future` and `hypothetical` auxiliaries and control verbs,
`scheduled` words (future, but a schedule or forecast rather than an announcement),
`unrealised` verbs whose complement or object did not happen ('failed to reach', 'prevented the
shipment', 'dissuade X from supplying', 'instead of calling'), `background` subordinators whose
clause is context rather than news ('since Russia began its invasion'), and `prospective` nouns
whose 'for' object is a prospect ('pave the way for talks').
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span, Token

from ..nlp.dates import resolve_expression
from ..nlp.pipeline import sentence_ents
from .embedded import contained, hinted
from .event import Event
from .extract import Match
from .lexicon import Lexicon
from .ontology import Ontology
from .purposes import aimed_at
from .questions import asked_not_told
from .rejections import refused_act
from .rules import longest_prefix
from .speech import OBLIGATION_PREDICATES
from .syntax import for_to_clause, is_passive, lemma, marked_to, purpose_clause

CONDITIONAL_MARKS = {"if", "unless", "whether"}
# reporters who observe a state rather than speak for it: the press, scholars, rights groups, NGOs
OBSERVER_SECTORS = frozenset({"MED", "EDU", "HRI", "NGO"})
# nouns of an actor's own word, whose that-clause it announces ('the Taliban's announcement that they
# will no longer grant access'); other nouns' clauses are said of the actor ('reports', 'fears that'),
# and a plan's is a schedule ('announcing plans that Modi will visit the Maldives' stays future)
ANNOUNCING_NOUNS = frozenset({"announcement", "statement", "declaration", "pledge", "promise", "vow", "decision",
                              "threat", "warning", "ultimatum", "commitment", "assurance", "vote"})
# an act dated this long before publication is the story's background ('in 2022', 'the 2019 summit')
BACKGROUND_AGE_DAYS = 365


@dataclass
class Factuality:
    """The modality (asserted, future, hypothetical or background), the negation, and why."""

    modality: str = "asserted"
    negated: bool = False
    refusal: bool = False  # negated by 'not' or 'no' alone: a concession so negated is a refusal
    reasons: list[str] = field(default_factory=list)
    unreported: str | None = None  # why the text reports no act at all (then no event is coded)


def assess(match: Match, sent: Span, lexicon: Lexicon, reported: bool, day: date | None, published: date | None) -> Factuality:
    """How the text presents the act of `match`; `day` is the date the text gives it, if any."""
    result = Factuality(modality(match, sent, lexicon, reported))
    aim = aimed_at(match.head, match.pattern.code, lexicon) if result.modality == "asserted" else None
    if aim is not None:
        result.modality = "future"  # 'sent troops to crush the revolt', 'in an effort to make Iran give up'
        result.reasons.append(f"the aim of '{aim.text}', not an act done")
    judge = evaluated_by(match.head)
    if judge is not None:
        result.unreported = f"an act judged '{judge.text}' for someone to do: no event"
    result.unreported = result.unreported or asked_not_told(match.head)  # questions.py
    if result.modality in ("hypothetical", "future"):
        result.unreported = result.unreported or contained(match, lexicon, result.modality)  # embedded.py
    if negated(match):
        result.negated = result.refusal = True
        result.reasons.append("negated (not/no)")
    elif refused_act(match.head):
        result.negated = result.refusal = True
        result.reasons.append("refused ('ruled out', 'rejected calls to')")
    blocker = unrealised_by(match, lexicon)
    if blocker is not None:
        result.negated, result.refusal = True, False
        result.reasons.append(f"did not come about ('{blocker.text}')")
    why = background(match, lexicon, day, published)
    if why:
        result.modality, result.refusal = "background", False
        result.reasons.append(f"background ({why})")
    elif result.modality != "asserted":
        result.reasons.append(result.modality)
    return result


NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither"})


def negated(match: Match) -> bool:
    """'did not attack', 'no talks were held', 'no one was arrested', 'nobody attended', 'will no longer grant'."""
    token: Token = match.head
    while True:
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
            return True
        if any(c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(n.dep_ == "neg" for n in c.children)
               for c in token.children):
            return True  # 'will no longer grant him access', 'will no more attend'
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
               for s in subjects):
            return True
        if (token.dep_ != "xcomp" and not purpose_clause(token)) or token.head == token:
            return False
        token = token.head


def unrealised_by(match: Match, lexicon: Lexicon) -> Token | None:
    """The verb that kept the act from happening: 'failed to reach', 'prevented the shipment',
    'the attack was foiled', 'called off the strike', 'dissuade North Korea from supplying', through
    control ('hopes to dissuade ...')."""
    token: Token = match.head
    for _ in range(6):
        head = token.head
        if head == token:
            return None
        if token.dep_ == "pcomp" and head.lower_ == "from" and _kind(head.head, lexicon) == "unrealised":
            return head.head
        if token.dep_ == "pcomp" and head.lower_ in ("of", "than") and _alternative(head, lexicon):
            return head  # 'instead of calling for an Asian NATO', 'rather than attacking'
        if token.dep_ in ("xcomp", "dobj", "nsubjpass") and _kind(head, lexicon) == "unrealised":
            return head
        if token.dep_ not in ("xcomp", "pcomp", "prep", "conj") and not purpose_clause(token):
            return None  # 'refusing to meet to discuss': the aim of an act that did not happen did not either
        token = head
    return None


def _alternative(preposition: Token, lexicon: Lexicon) -> bool:
    """'instead of', 'rather than': the word before the preposition says the act was not the one done."""
    before = preposition.nbor(-1) if preposition.i > preposition.sent.start else None
    return before is not None and lexicon.modality.get(before.lower_) == "unrealised"


def _kind(verb: Token, lexicon: Lexicon) -> str | None:
    """The modality kind of a verb, or of the verb with its particle ('call_off')."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    for key in [f"{lemma(verb)}_{p}" for p in particles] + [lemma(verb)]:
        if key in lexicon.modality:
            return lexicon.modality[key]
    return None


def background(match: Match, lexicon: Lexicon, day: date | None, published: date | None) -> str | None:
    """Why the act is context, not news: a habitual adverb ('routinely'), a 'since' clause or phrase
    it belongs to (unless the text dates it recently), or a date well before publication."""
    kinds = lexicon.modality
    recent = day is not None and published is not None and (published - day).days <= BACKGROUND_AGE_DAYS
    for child in match.head.children:
        if child.dep_ == "advmod" and kinds.get(child.lower_) == "background":
            return f"habitual: '{child.text}'"  # 'Afghan Taliban routinely deny ...'
    marked = _anniversary(match.head, kinds)
    if marked is not None:
        return f"'{marked.text} of ...'"  # 'the 20th anniversary of the strikes', however recent the day
    token: Token = match.head
    while token.head != token and not recent:  # 'since authorities deported them last month' is news
        for child in token.children:
            if child.dep_ in ("mark", "prep") and kinds.get(child.lower_) == "background" and child.i < token.i:
                if child.dep_ == "mark" or token.pos_ in ("NOUN", "PROPN"):
                    return f"'{child.text} ...'"
        if token.dep_ == "pobj" and kinds.get(token.head.lower_) == "background":
            return f"'{token.head.text} ...'"
        if token.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "advcl", "pcomp", "conj", "xcomp", "prep", "poss"):
            break
        token = token.head
    if day and published and (published - day).days > BACKGROUND_AGE_DAYS:
        return f"dated {day.isoformat()}"
    if day is None and published is not None:
        fronted = _fronted_day(match.head, published)
        if fronted is not None and (published - fronted).days > BACKGROUND_AGE_DAYS:
            return f"dated {fronted.isoformat()} by the clause before it"
        year = _period_year(match.head)
        if year is not None and year < published.year - 1:
            return f"dated {year}s or earlier"
    return None


def _anniversary(head: Token, kinds: dict[str, str]) -> Token | None:
    """The noun of 'the anniversary of the strikes' ('of the start of the protests') above the act."""
    token = head
    for _ in range(3):
        if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head == token.head:
            return None
        noun = token.head.head
        if kinds.get(lemma(noun)) == "background":
            return noun
        token = noun
    return None


def _governs(head: Token, token: Token) -> bool:
    """`head` governs `token` without a clause between them ('founded in the 1940s' in a relative
    clause dates the founding, not the act)."""
    while token != head:
        if token.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp", "ROOT"):
            return False
        token = token.head
    return True


def _fronted_day(head: Token, published: date) -> date | None:
    """The date of a clause that leads into the act and that the parser hung under it: 'The last time
    he made this journey, in 2019, he met Putin' (the date is 'made''s, and 'made' a complement of 'met')."""
    for ent in sentence_ents(head.sent):
        if ent.label_ != "DATE" or ent.root.i > head.i or ent.root.head.lower_ not in ("in", "during"):
            continue
        clause = ent.root.head.head
        if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("ccomp", "advcl") or clause.head != head:
            continue
        resolved = resolve_expression(ent.text, published)
        if resolved is not None:
            return resolved[0]
    return None


_DECADE = re.compile(r"\b(1[5-9]|20)(\d)0s\b")
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+centur", re.IGNORECASE)


def _period_year(head: Token) -> int | None:
    """The latest year of a decade or century the act's clause is dated by ('in the 1960s and
    1970s', 'during the 19th century'), which dates cannot resolve to a day."""
    years = []
    for ent in sentence_ents(head.sent):
        if ent.label_ != "DATE" or not _governs(head, ent.root):
            continue
        text = ent.sent[ent.start - ent.sent.start : min(ent.end - ent.sent.start + 4, len(ent.sent))].text
        years += [int(m.group(1) + m.group(2) + "0") + 9 for m in _DECADE.finditer(text)]
        years += [int(m.group(1)) * 100 - 1 for m in _CENTURY.finditer(text)]
    return max(years) if years else None


def modality(match: Match, sent: Span, lexicon: Lexicon, reported: bool) -> str:
    """'would' in reported speech is the future of the report ('they said they would boycott')."""
    words = {w: {"scheduled": "future", "forecast": "hypothetical", "striving": "future"}.get(k, k)
             for w, k in lexicon.modality.items() if k in ("future", "hypothetical", "scheduled", "forecast", "striving")}
    kinds: list[str] = []
    if match.light_verb is None:
        kinds.extend(words[lemma(c)] for c in match.trigger.children if c.dep_ == "amod" and lemma(c) in words)
    token: Token = match.head
    if token.dep_ == "pcomp" and token.head.dep_ == "prep" and lemma(token.head.head) in words:
        kinds.append(words[lemma(token.head.head)])  # 'the risk of being deported', 'the possibility of restoring'
    if token.dep_ == "pobj" and token.head.lower_ == "for" and _prospect(token.head.head, lexicon):
        kinds.append("hypothetical")  # 'pave the way for talks', 'hopes for a ceasefire', 'time for talks'
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head != token \
            and not _known_cause(token):
        token = token.head  # 'a ceasefire could take place', 'hopes for talks': the clause governs the noun
        if lemma(token) in words:
            kinds.append(words[lemma(token)])
    while True:
        for aux in token.children:
            if aux.dep_ == "aux" and lemma(aux) in words:
                kinds.append("future" if reported and lemma(aux) == "would" else words[lemma(aux)])
            if (aux.dep_ == "advmod" and token.pos_ in ("VERB", "AUX") and aux.lower_ in words
                    and words[aux.lower_] == "hypothetical"):
                kinds.append("hypothetical")  # 'will likely develop', 'probably attacked' (modality.txt)
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
            kinds.append("hypothetical")
        if for_to_clause(token) or (_marked_for(token) and marked_to(token)):
            kinds.append("hypothetical")  # 'it is difficult for the West to pull Russia away', 'time for Russia to accept'
        if token.dep_ == "ccomp" and lemma(token.head) in words and lexicon.modality[lemma(token.head)] != "scheduled":
            kinds.append(words[lemma(token.head)])  # 'hopes (that) a ceasefire could take place'
        if token.dep_ == "acl" and token.head.pos_ == "NOUN" and lemma(token.head) in words:
            kinds.append(words[lemma(token.head)])  # 'little chance that a summit will take place', 'a plan to withdraw'
        if (token.dep_ not in ("xcomp", "conj") and not purpose_clause(token)) or token.head == token:
            break
        if token.dep_ == "xcomp" and lemma(token.head) == "be":
            kinds.append("future")
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and token.head.tag_ == "VB":
            break  # 'said sanctions would remain and urged China to': a verb of its own tense shares no 'would'
        coordinated = token.dep_ == "conj"
        token = token.head
        if lemma(token) in words and not coordinated:
            kinds.append(words[lemma(token)])  # 'set fire to cars and blocked a freeway': no 'is set to'
    if sent.text.rstrip().endswith("?"):
        kinds.append("hypothetical")
    if "hypothetical" in kinds:
        return "hypothetical"
    return "future" if kinds else "asserted"


DEFINITE = ("the", "this", "these", "those")


def _known_cause(noun: Token) -> bool:
    """'Ukraine's attacks would escalate the war', 'the talks could yield a deal': a definite act that
    is the subject of what it may cause has happened; 'a ceasefire could end the war' has not."""
    return noun.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lower_ != "place" for c in noun.head.children) and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def _marked_for(clause: Token) -> bool:
    """'time for Israel to withdraw': a 'for' infinitive, also where the parser hangs it on a noun."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def evaluated_by(verb: Token) -> Token | None:
    """The word of a judgement on an act someone might do: 'it will be very difficult for the West to
    pull Russia away', 'making it possible for companies to invest less'. The judgement is the news,
    the act is none. What it is time, essential or important for someone to do is asked of them
    (speech.py), and 'the next step will be for Zelenskyy to sign' plans an act: both are kept."""
    for token in control_chain(verb):
        while token.dep_ == "conj" and token.head != token:
            token = token.head  # 'for India to have constant engagement and help them'
        if not for_to_clause(token):
            continue
        head = token.head
        if head.pos_ == "ADJ" and lemma(head) not in OBLIGATION_PREDICATES:
            return head
        if lemma(head) == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
            judged = [c for c in head.children if c.dep_ in ("acomp", "attr")]
            if judged and not any(lemma(j) in OBLIGATION_PREDICATES for j in judged):
                return judged[0]
    return None


def _prospect(word: Token, lexicon: Lexicon) -> bool:
    """A noun whose 'for' object is only in prospect: 'the way', 'room', 'hopes', 'prospects'; or a
    verb with such an object, where the parser hangs the 'for' on the verb ('allow time for talks')."""
    if word.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "dobj" and _prospect(c, lexicon) for c in word.children)
    return word.pos_ == "NOUN" and lexicon.modality.get(lemma(word)) in ("prospective", "hypothetical", "future")


def refused(event: Event, lexicon: Lexicon, ontology: Ontology) -> Event:
    """'Israel did not agree to withdraw', 'will not withdraw': CAMEO codes a negated concession,
    done or announced, as its rejection (refusals.txt), asserted and not negated."""
    recode = longest_prefix(lexicon.refusals, event.cameo.code)
    if recode is None:
        return event
    rule = f"{event.evidence.rule} (refused: {recode.rule})"
    return replace(event, cameo=ontology[recode.codes[0]], negated=False, modality="asserted",
                   evidence=replace(event.evidence, rule=rule))


# 'take effect', 'come into force', 'go into effect', 'enter into force', 'kick in': a measure's start
EFFECT_NOUNS = frozenset({"effect", "force", "operation"})
EFFECT_VERBS = frozenset({"take", "come", "go", "enter", "kick"})


def takes_effect(head: Token) -> bool:
    """'Canadian tariffs on Chinese cars will take effect on Oct. 1', 'the sanctions come into force on Monday',
    'the ban kicks in next month': the act's noun is the subject of a verb of coming into effect."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb == head or lemma(verb) not in EFFECT_VERBS:
        return False
    if lemma(verb) == "kick":
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    words = [c for c in verb.children if c.dep_ == "dobj"]
    words += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(lemma(w) in EFFECT_NOUNS for w in words)


def control_chain(token: Token) -> list[Token]:
    """The verb and the verbs it is the open complement of ('meet' <- 'expected' in 'is expected to meet')."""
    chain = [token]
    while (token.dep_ == "xcomp" or purpose_clause(token)) and token.head != token:
        token = token.head
        chain.append(token)
    return chain


def _looks_ahead(verb: Token, lexicon: Lexicon) -> bool:
    """'will send', 'would send' (in a report), 'pledged to send': the verb itself looks ahead."""
    return lexicon.modality.get(lemma(verb)) == "future" or any(
        c.dep_ == "aux" and (lemma(c) == "would" or lexicon.modality.get(lemma(c)) == "future") for c in verb.children)


# verbs of the author's inference, whose complement no actor announces
SEEMING_VERBS = frozenset({"appear", "seem"})


def announced(event: Event, match: Match, lexicon: Lexicon, ontology: Ontology) -> Event:
    """'Nigeria said it will withdraw its force unless...': an act its own actor announces is
    coded as the intent or threat expressed now (intent.txt), and that expression is asserted."""
    if event.modality == "hypothetical":
        return hinted(event, match, lexicon, ontology)  # 'hinted that it could retaliate' (embedded.py)
    reporter = event.reported_by
    # a reporter of no known country ('the party said it will...') does not make the act someone else's;
    # the press, scholars and rights groups tell what a state will do, they do not announce it
    # ('British media reported that Britain will cede sovereignty')
    if event.modality != "future" or event.negated or (reporter and reporter.country and reporter.country != event.source.country):
        return event
    if reporter and set(reporter.sectors) & OBSERVER_SECTORS and not set(reporter.sectors) & set(event.source.sectors):
        return event
    if match.pattern.received:
        return event  # 'the former president will stand trial': the act is done to the subject, who announces none
    if match.head.pos_ in ("NOUN", "PROPN") and match.head.dep_ in ("nsubj", "nsubjpass") and reporter is None:
        return event  # 'Indonesia's military cooperation with France will deepen': the author's forecast
    chain = control_chain(match.head)
    top = chain[-1]
    if (top.dep_ == "acl" and top.head.pos_ == "NOUN" and any(c.dep_ == "mark" for c in top.children)
            and lemma(top.head) not in ANNOUNCING_NOUNS):
        return event  # 'media reports that Britain will cede', 'fears that Russia will attack': said of it, not by it
    if top.dep_ == "ccomp":
        chain.append(top.head)  # 'believes (that) leaders will meet': the belief is a forecast too
    if any(is_passive(t) or lexicon.modality.get(lemma(t)) in ("scheduled", "striving") or lemma(t) in SEEMING_VERBS
           for t in chain):
        # 'is expected to meet', 'is due to travel': a forecast or schedule, not an announcement; 'appears
        # to be preparing to launch': the author's inference; 'is seeking to finalize': an effort
        return event
    if not any(_looks_ahead(t, lexicon) for t in chain) and aimed_at(match.head, event.cameo.code, lexicon) is not None:
        return event  # 'sent troops to crush the revolt': an aim (purposes.py); 'will send troops to help' is announced
    if takes_effect(match.head):
        return event  # 'the tariffs will take effect on Oct. 1': a measure on its schedule, no new threat
    unless = any(
        m.lower_ == "unless" for c in match.head.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"
    )
    code = lexicon.intent_code(event.cameo.code)
    if unless and (code is None or code.startswith("03")):
        code = "130"
    if code is None:
        return event
    rule = f"{event.evidence.rule} (announced: intent.txt)"
    return replace(event, cameo=ontology[code], modality="asserted", evidence=replace(event.evidence, rule=rule))
