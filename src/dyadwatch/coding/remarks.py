"""Remarks about the news told in a clause (CAMEO 012, 013 and 016): 'the WHO warned that the outbreak could
spread', 'officials warn the fire is too big to put out', 'Germany fears the tariffs could spark a trade
war', 'the EU worries that the conflict could spread' are pessimistic comments; 'I'm very encouraged the
parties have reached an agreement' and 'Seoul is hopeful talks will resume' optimistic ones.

No entry can say this: the verb's only word is a clause, often without 'that'. The speaker is the
verb's (or the copula's) subject; the target is found as for an entry without a slot, so a warning (a
reporting verb) is aimed at no one its clause names, and a fear at the clause's subject ('Japan fears
North Korea could conduct another test' is about North Korea). A warning that an entry codes as a
threat, one told to someone ('warned Iran that ...'), and one of the speaker's own act or of how
others' acts will be met ('warned that we will not sit idly by', 'that any attack would be met with
force') are left to the entries of 13 (threaten); a fear beside another verb is its motive
('withdrew, fearing an ambush'). Who holds the remark decides whether it is news: a business or social
sector's fear about no actor is a mood, not a comment (mood).

A claim its reporter calls a lie is denied by the reporter ('the ministry said the allegations were
baseless': 016), as calling it so in one verb is ('called the allegations baseless', 01_statement.txt).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.resolver import UNKNOWN_COUNTRY, Actor
from .apolitical import ORGANISATIONS
from .extract import Match, phrase_items
from .lexicon import Lexicon, Pattern
from .syntax import COPULAS, children_of, is_passive, lemma, predicate_adjective

RULE = "remarks.py: a remark about the news told in a clause"
# verbs whose clause is a remark: a warning, a fear or a worry told
REMARK_VERBS = {"warn": "012", "caution": "012", "fear": "012", "worry": "012"}
# predicate adjectives (and participles) whose clause is a remark: 'is hopeful the talks will resume'
REMARK_ADJECTIVES = {
    "optimistic": "013", "hopeful": "013", "confident": "013", "encouraged": "013", "heartened": "013",
    "upbeat": "013", "pessimistic": "012", "doubtful": "012", "worried": "012", "concerned": "012",
    "afraid": "012", "fearful": "012", "anxious": "012", "skeptical": "012", "sceptical": "012",
    "alarmed": "012", "apprehensive": "012",
}
# remark verbs that threaten when they tell of the speaker's own act
THREAT_VERBS = frozenset({"warn", "caution"})
# how what others do will be met, a threat's clause (13_threaten.txt): 'would be met with force'
ANSWERED_PASSIVES = frozenset({"meet", "answer", "punish", "respond", "crush"})
# remark verbs whose participle beside another verb tells why it was done
MOTIVE_VERBS = frozenset({"fear", "worry"})
# holders whose hope or doubt about no actor is a political comment; international and non-governmental
# organisations are too ('the WHO warned that the outbreak could spread'), whatever their sectors
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "OPP", "PTY", "IGO", "ELI", "SPY", "COP"})
# claims said to be lies: 'the ministry said the allegations were baseless' is its denial of them (016)
DENIAL_CODE = "016"
LIE_ADJECTIVES = frozenset({
    "baseless", "unfounded", "groundless", "untrue", "false", "fabricated", "fake", "bogus", "fictitious",
})
CLAIM_NOUNS = frozenset({
    "allegation", "accusation", "claim", "charge", "report", "assertion", "suggestion", "rumour", "rumor",
    "speculation", "story",
})
# claims that no one made: 'no one has claimed responsibility', 'no group has taken responsibility'
CLAIM_CODE = "015"
NOBODY = "nobody"  # resolved_by of the no one who claims nothing
NOBODY_PRONOUNS = frozenset({"nobody", "none"})
NOBODY_NOUNS = frozenset({"one", "group", "organization", "organisation", "faction", "outfit", "militant"})
# the objects of a warning told to someone, which the entries of 13 (threaten) read
ADDRESSEE_DEPS = ("dobj", "dative")


def remarks(sent: Span, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """Matches of 012 or 013 on the remark verbs and adjectives of the sentence that no entry coded, and
    of 016 on the claims its reporters call lies."""
    coded = {m.trigger.i for m in matches} | {m.head.i for m in matches}
    out: list[Match] = []
    for token in sent:
        if token.i in coded:
            continue
        code = _remark_code(token)
        if code is not None and _told_clause(token):
            copula = token.head if token.dep_ == "acomp" else None  # the copula's subject is the speaker
            out.append(_match(token, code, copula))
        elif (reporter := _denier(token, lexicon)) is not None:
            out.append(_match(token, DENIAL_CODE, reporter))  # the reporter's subject is the one who denies
    return out


def _match(token: Token, code: str, head: Token | None) -> Match:
    pattern = Pattern(code, "verb", frozenset({lemma(token)}), (), False, None, RULE, lemma(token))
    return Match(token, pattern, [], phrase_items(token), light_verb=head)


def _denier(token: Token, lexicon: Lexicon) -> Token | None:
    """'the ministry said the allegations were baseless', '"These reports are false," the spokesman said':
    the reporting verb of a clause that calls a claim a lie."""
    if not (predicate_adjective(token) and lemma(token) in LIE_ADJECTIVES):
        return None
    copula = token.head
    if not any(lemma(s) in CLAIM_NOUNS for s in children_of(copula, ("nsubj",))):
        return None
    reporter = copula.head
    if copula.dep_ == "ccomp" and lexicon.reporting.get(lemma(reporter)) == "report":
        return reporter
    return None


def is_remark(match: Match) -> bool:
    return match.pattern.rule == RULE


def mood(sources: list[Actor]) -> bool:
    """'investors are hopeful about prices', 'farmers fear the drought will ruin the harvest': a hope or
    fear about no actor held only by business or social sectors is a mood, not a comment."""
    return bool(sources) and all(
        a.sectors and a.country not in ORGANISATIONS and not set(a.sectors) & STATE_SECTORS for a in sources)


def _remark_code(token: Token) -> str | None:
    """The code of a remark verb in the active voice, or of a remark adjective predicated of a subject."""
    if token.pos_ == "VERB" and token.dep_ != "acomp":
        if lemma(token) not in REMARK_VERBS or is_passive(token) or _addressee(token) or _motive(token):
            return None  # 'twenty are feared dead', 'warned Iran that ...'
        return REMARK_VERBS[lemma(token)]
    if token.pos_ in ("ADJ", "VERB") and token.dep_ == "acomp" and lemma(token.head) in COPULAS:
        return REMARK_ADJECTIVES.get(token.lower_)
    return None


def _motive(verb: Token) -> bool:
    """'automakers are against the tariffs, fearing that Beijing could retaliate': a fear that gives the
    reason of another verb is a motive, not a remark (a warning so added is still said: 'said ..., warning
    that')."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl") and lemma(verb) in MOTIVE_VERBS


def _addressee(verb: Token) -> bool:
    """'warned Iran that it would pay': an object told the warning, and not the subject of the clause after
    it that the parser took for the verb's object ('officials warn the fire is too big to put out')."""
    clauses = children_of(verb, ("ccomp",))
    return any(not any(c.i > obj.i and not _subjects(c) for c in clauses) for obj in children_of(verb, ADDRESSEE_DEPS))


def _subjects(clause: Token) -> list[Token]:
    return children_of(clause, ("nsubj", "nsubjpass", "csubj", "expl"))


def _told_clause(token: Token) -> bool:
    """A clause with a finite verb of its own hangs on the remark: not a question ('fears what may
    come') nor a bare infinitive ('is afraid to speak')."""
    clauses = children_of(token, ("ccomp",))
    if token.dep_ == "acomp":  # 'is hopeful, it said, talks will resume': the parser may hang it on the copula
        clauses += [c for c in children_of(token.head, ("ccomp",)) if c.i > token.i]
    for clause in clauses:
        if (_subjects(clause) or _object_subject(clause)) and not _own_act(token, clause) and not any(
                t.tag_ in ("WDT", "WP", "WRB") or t.lower_ in ("if", "whether") for t in clause.children):
            return True
    return False


def _own_act(verb: Token, clause: Token) -> bool:
    """'Ankara is warning it could turn to Russia', 'we will not sit idly by, the ministry warned': a
    warning of the speaker's own act, or of how others' acts will be met, is a threat (13), which its entries
    code or leave, no comment on the news; 'officials warn it is too big to put out' speaks of something
    else."""
    if lemma(verb) not in THREAT_VERBS:
        return False
    if lemma(clause) in ANSWERED_PASSIVES and is_passive(clause):
        return True  # 'warned that any threat would be met with fire and fury'
    subjects = [s.lower_ for s in _subjects(clause)]
    if any(s in ("we", "i") for s in subjects):
        return True
    speakers = children_of(verb, ("nsubj",))
    modal = any(a.tag_ == "MD" for a in children_of(clause, ("aux",)))
    return "it" in subjects and modal and any(s.tag_ in ("NN", "NNP") for s in speakers)


def _object_subject(clause: Token) -> bool:
    """'warn the fire is too big': the verb's object just before a clause that has no subject of its own."""
    return any(o.i < clause.i for o in children_of(clause.head, ADDRESSEE_DEPS))


def nobody(match: Match, heads: list[Token], offset: int) -> list[Actor]:
    """'No one has claimed responsibility for the bombing', 'no group has taken responsibility': a claim
    not made (factuality.py reads the negative subject), by a source no one knows."""
    if not match.pattern.code.startswith(CLAIM_CODE) or len(heads) != 1:
        return []
    head = heads[0]
    if not (head.lower_ in NOBODY_PRONOUNS or (
            lemma(head) in NOBODY_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children))):
        return []
    start = head.left_edge
    span = (offset + start.idx, offset + head.idx + len(head))
    text = head.doc[start.i:head.i + 1].text
    return [Actor(text, UNKNOWN_COUNTRY, UNKNOWN_COUNTRY, (), None, NOBODY, span)]

