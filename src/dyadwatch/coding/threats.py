"""Threats that their verb's own entry does not tell whole.

- Litotes: 'Pakistan will not hesitate to use force' is a threat made now, not a negated act; the
  entries of `hesitate` (13_threaten.txt) code only when it is negated and looks ahead ('will', 'would'),
  as 'hesitated to act' or 'did not hesitate to strike' threaten nothing.
- What is threatened: a bare 'threatened to V' (130) takes the threat code of what it threatens, read
  from the table of announced acts (intent.txt): 'India threatened to suspend the treaty' threatens to
  reduce relations (131), as 'India said it would suspend the treaty' does.
- The alternative of an ultimatum: 'urged Russia to accept the ceasefire or face more sanctions',
  'ordered the protesters to disperse or face arrest' ask for one act and threaten another; the
  threat is coded besides the appeal or demand, read with the entries of `threaten` on the phrase of
  'face' ('face more sanctions' as 'threaten more sanctions': 1312).
- Reported threats: 'Iran said any attack would be met with a decisive response' is Iran's threat, read
  as a warning's clause is (extract.py); only a clause that looks ahead threatens ('Amnesty said the
  protests were met with force' tells of the past).
The threatened act itself is the threat's content and is never coded as done.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .event import Event
from .extract import FORETELLING_VERBS, Match, PhraseItem, best_match, match_pattern, phrase_items
from .lexicon import Lexicon
from .ontology import Ontology
from .syntax import children_of, lemma

LITOTES = frozenset({"hesitate", "shy"})  # 'will not hesitate to respond', 'will not shy away from using force'
LOOKING_AHEAD = frozenset({"will", "would", "wo", "'ll", "shall"})  # 'won't' is 'wo' + "n't"
BARE_THREAT = "130"
THREAT_ROOT = "13"
SAYING = FORETELLING_VERBS  # whose reported clause may be a threat (WARNING_VERBS in extract.py)
THREAT_VERB = "threaten"  # whose bare threat is refined, and whose entries read an ultimatum's alternative
ALTERNATIVE = "face"  # 'or face sanctions'
# appeals and demands (and ultimatums) whose asked act may have a threatened alternative
ASKING = ("02", "10", "139")
CLAUSE_DEPS = ("xcomp", "ccomp", "advcl")


def threat_events(found: list[Event], match: Match, lexicon: Lexicon, ontology: Ontology, note) -> list[Event]:
    """The events of a match with litotes read, bare threats refined and an ultimatum's alternative added."""
    found = [e for e in (_litotes(e, match, note) for e in found) if e is not None]
    if lemma(match.trigger) in SAYING and match.pattern.code.startswith(THREAT_ROOT) and not _ahead(match):
        note("a reported consequence that does not look ahead ('were met with force'): no threat")
        return []
    found = [_refined(e, match, lexicon, ontology, note) for e in found]
    return found + _alternatives(found, match, lexicon, ontology, note)


def _ahead(match: Match) -> bool:
    """'would be met with force', 'will face sanctions': the reported clause of a threat tells what is to come."""
    clauses = [i.token for i in match.used if i.role == "xcomp"]
    return bool(clauses) and all(any(c.lower_ in LOOKING_AHEAD for c in children_of(v, ("aux", "auxpass")))
                                 for v in clauses)


def _litotes(event: Event, match: Match, note) -> Event | None:
    """'will not hesitate to act': the threat is asserted; unnegated, or of the past, it is no threat."""
    if lemma(match.trigger) not in LITOTES:
        return event
    ahead = any(c.lower_ in LOOKING_AHEAD for c in children_of(match.trigger, ("aux",)))
    if not event.negated or not ahead:
        note(f"'{match.trigger.text}' threatens only as 'will (would) not': no event")
        return None
    rule = f"{event.evidence.rule} (litotes)"
    return replace(event, negated=False, modality="asserted", evidence=replace(event.evidence, rule=rule))


def _refined(event: Event, match: Match, lexicon: Lexicon, ontology: Ontology, note) -> Event:
    """'threatened to suspend the treaty': the threat code of the act threatened (intent.txt)."""
    if event.cameo.code != BARE_THREAT or lemma(match.trigger) != THREAT_VERB or match.trigger.pos_ != "VERB":
        return event
    for clause in children_of(match.trigger, ("xcomp",)):
        content = best_match(clause, "verb", lexicon) or next(
            (m for m in (best_match(o, "noun", lexicon) for o in children_of(clause, ("dobj",))) if m), None)
        code = lexicon.intent_code(content.pattern.code) if content and content.pattern.codes else None
        if code and code.startswith("13") and code in ontology:
            note(f"threatens {content.pattern.code} ('{content.trigger.text}'): coded {code} (intent.txt)")
            rule = f"{event.evidence.rule} (threatens {content.pattern.code})"
            return replace(event, cameo=ontology[code], evidence=replace(event.evidence, rule=rule))
    return event


def faced(head: Token) -> tuple[Token, list[PhraseItem]] | None:
    """'to accept the ceasefire or face sanctions', 'must withdraw or face consequences': the 'face'
    joined by 'or' to the act asked for (the head or its clause), with its phrase; the parser may take
    'or face arrest' for a noun with the compound 'face'."""
    for act in (head, *children_of(head, CLAUSE_DEPS)):
        for word in children_of(act, ("conj",)):
            if not any(c.lower_ == "or" for c in children_of(act, ("cc",)) + children_of(word, ("cc",))):
                continue
            if lemma(word) == ALTERNATIVE:
                return word, phrase_items(word)
            face = [c for c in children_of(word, ("compound",)) if c.lower_ == ALTERNATIVE]
            if face and word.pos_ == "NOUN":
                return face[0], [PhraseItem(lemma(word), word, "obj"), *phrase_items(word)]
    return None


def _alternatives(found: list[Event], match: Match, lexicon: Lexicon, ontology: Ontology, note) -> list[Event]:
    base = next((e for e in found if e.cameo.code.startswith(ASKING) and not e.negated), None)
    alternative = faced(match.head) if base is not None else None
    if alternative is None:
        return []
    verb, phrase = alternative
    best = None
    for pattern in {id(p): p for p in lexicon.patterns("verb", THREAT_VERB)}.values():
        if pattern.codes and match_pattern(pattern, phrase) is not None:
            if best is None or pattern.specificity > best.specificity:
                best = pattern
    if best is None or best.code not in ontology:
        return []
    note(f"'or {verb.text}' threatens: coded {best.code} ({best.rule})")
    offset = base.evidence.trigger_span[0] - match.trigger.idx
    evidence = replace(base.evidence, trigger=verb.text, trigger_span=(offset + verb.idx, offset + verb.idx + len(verb)),
                       rule=f"{best.rule} {best.text} (or {verb.text})")
    return [replace(e, cameo=ontology[best.code], evidence=evidence)
            for e in found if e.cameo.code.startswith(ASKING) and not e.negated]
