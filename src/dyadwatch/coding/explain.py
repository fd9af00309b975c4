"""What the lexicon holds and why a sentence is coded as it is: `dyadwatch lexicon stats` and
`dyadwatch lexicon explain`.

Stats count the entries of every CAMEO code and root, so that codes with no or few ways to be said
stand out. An explanation lists, for every word that some entry could trigger, each entry tried
and the pattern words it did not find, then the decisions the coder took on the entries that
matched (sense, agents, factuality, attribution) and the events that came out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..documents.readers import read_text
from ..nlp.pipeline import parse_documents
from .coder import Coder, Notes
from .event import Event
from .content import find_matches
from .extract import OBJECT_DEPS, PhraseItem, best_match, is_light, match_ordered, match_pattern, phrase_items
from .lexicon import Lexicon, Pattern
from .ontology import Ontology
from .pronoun_slots import pronoun_words
from .syntax import lemma, predicate_adjective

NEAR_MISS = 1  # an entry missing at most this many words is shown as having nearly fired
MAX_NEAR = 6  # near misses shown per word (all are in the JSON)


@dataclass
class CodeCount:
    code: str
    name: str
    verbs: int = 0
    nouns: int = 0

    @property
    def total(self) -> int:
        return self.verbs + self.nouns


@dataclass
class LexiconStats:
    """Entries per CAMEO code (null entries '---' apart), per root, and the codes with few."""

    codes: list[CodeCount]
    null_entries: int

    def roots(self) -> dict[str, CodeCount]:
        roots: dict[str, CodeCount] = {}
        for count in self.codes:
            root = roots.setdefault(count.code[:2], CodeCount(count.code[:2], ""))
            root.verbs += count.verbs
            root.nouns += count.nouns
        return roots

    def few(self, at_most: int) -> list[CodeCount]:
        return [c for c in self.codes if c.total <= at_most]

    def to_dict(self, at_most: int) -> dict:
        return {
            "entries": sum(c.total for c in self.codes),
            "null_entries": self.null_entries,
            "roots": {r: {"verbs": c.verbs, "nouns": c.nouns} for r, c in self.roots().items()},
            "codes": {c.code: {"name": c.name, "verbs": c.verbs, "nouns": c.nouns} for c in self.codes},
            "few": [c.code for c in self.few(at_most)],
        }


def lexicon_stats(lexicon: Lexicon, ontology: Ontology) -> LexiconStats:
    """Count every distinct entry of the lexicon once, under its code."""
    counts = {code: CodeCount(code, entry.name) for code, entry in ontology.codes.items() if len(code) >= 3}
    null = 0
    seen: set[int] = set()
    for table in (lexicon.verbs, lexicon.nouns):
        for patterns in table.values():
            for pattern in patterns:
                if id(pattern) in seen:
                    continue
                seen.add(id(pattern))
                if not pattern.codes:
                    null += 1
                    continue
                count = counts.setdefault(pattern.code, CodeCount(pattern.code, "(not a CAMEO code)"))
                if pattern.kind == "verb":
                    count.verbs += 1
                else:
                    count.nouns += 1
    return LexiconStats(sorted(counts.values(), key=lambda c: c.code), null)


@dataclass
class Trial:
    """One entry tried on a word: whether it matched, and the pattern words it did not find."""

    pattern: Pattern
    missing: list[str]

    @property
    def matched(self) -> bool:
        return not self.missing


@dataclass
class Candidate:
    """A word some entry could trigger, what was tried, the winner and the coder's decisions."""

    word: str
    index: int
    kind: str
    trials: list[Trial]
    best: Pattern | None
    kept: bool
    decisions: list[str] = field(default_factory=list)


@dataclass
class SentenceExplanation:
    text: str
    candidates: list[Candidate]
    events: list[Event]


def _missing(pattern: Pattern, phrase: list[PhraseItem]) -> list[str]:
    """The pattern words that no word of the trigger's phrase matches (as the matcher assigns them)."""
    missing: list[str] = []
    taken: set[int] = set()
    for index, options in enumerate(pattern.words):
        wants_prep = pattern.target_word == index
        found = next((n for n, item in enumerate(phrase) if n not in taken and item.lemma in options
                      and (not wants_prep or item.role == "prep")), None)
        if found is None:
            missing.append("|".join(sorted(options)))
        else:
            taken.add(found)
    return missing


def _trials(token, kind: str, lexicon: Lexicon) -> list[Trial]:
    keys = {lemma(token), token.lower_}
    patterns = list(dict.fromkeys(p for key in keys for p in lexicon.patterns(kind, key)))
    light = kind == "noun" and token.dep_ in OBJECT_DEPS + ("nsubjpass",) and is_light(token.head, lexicon)
    phrase = phrase_items(token, event_nouns=lexicon.nouns)
    if light:  # 'carried out strikes on Gaza': the light verb's phrase too
        phrase += phrase_items(token.head)
    phrase += [PhraseItem(word, t, "obj") for word, t in pronoun_words(phrase, lexicon)]  # 'beat him'
    trials = []
    for pattern in patterns:
        if pattern.ordered:
            used = match_ordered(pattern, token)
            trials.append(Trial(pattern, [] if used is not None else ["(words in order after the verb)"]))
        else:
            used = match_pattern(pattern, phrase)
            trials.append(Trial(pattern, [] if used is not None else _missing(pattern, phrase)))
    return trials


def explain(coder: Coder, text: str, published: date | None = None) -> list[SentenceExplanation]:
    """Explain how every sentence of `text` is coded."""
    document = read_text(text, "explain", published=published)
    (_, parsed), = parse_documents(coder.nlp, [document])
    notes: Notes = {}
    coded = coder.code_parsed(document, parsed, notes)
    out: list[SentenceExplanation] = []
    for part in parsed:
        for sent in part.doc.sents:
            kept = {m.trigger.i for m in find_matches(sent, coder.lexicon)}
            candidates = []
            for token in sent:
                kind = ("verb" if token.pos_ in ("VERB", "AUX") or predicate_adjective(token)
                        else "noun" if token.pos_ in ("NOUN", "PROPN") else None)
                if kind is None:
                    continue
                trials = _trials(token, kind, coder.lexicon)
                if not trials and token.i not in notes:
                    continue  # a word with no entry, unless the coder decided on it ('must respect': speech.py)
                light = kind == "noun" and token.dep_ in OBJECT_DEPS + ("nsubjpass",) and is_light(token.head, coder.lexicon)
                best = best_match(token, kind, coder.lexicon, light_verb=token.head if light else None)
                candidates.append(Candidate(token.text, token.i, kind, trials, best.pattern if best else None,
                                            token.i in kept, notes.get(token.i, [])))
            start = part.offset + sent.start_char
            events = [e for e in coded.events if e.sentence_span[0] == start]
            out.append(SentenceExplanation(sent.text.strip(), candidates, events))
    return out


def format_explanation(sentences: list[SentenceExplanation]) -> str:
    """The explanation as indented text: entries that matched or missed one word ('nearly fired')."""
    lines: list[str] = []
    for sentence in sentences:
        lines.append(f"sentence: {sentence.text}")
        if not sentence.candidates:
            lines.append("  no word of this sentence triggers any entry")
        for candidate in sentence.candidates:
            lines.append(f"  {candidate.kind} '{candidate.word}' (word {candidate.index + 1}): {len(candidate.trials)} entries")
            matched = [t for t in candidate.trials if t.matched]
            near = matched + [t for t in candidate.trials if 0 < len(t.missing) <= NEAR_MISS][:MAX_NEAR]
            near = [t for t in candidate.trials if t in near]  # in file order
            for trial in near:
                mark = "matched" if trial.matched else "missing " + ", ".join(trial.missing)
                winner = " <- best" if candidate.best is trial.pattern else ""
                code = ("<" if trial.pattern.received else "") + trial.pattern.code  # '<071': received from the target
                lines.append(f"    {code:<5} {trial.pattern.rule:<22} {trial.pattern.text}: {mark}{winner}")
            if len(near) < len(candidate.trials):
                lines.append(f"    ({len(candidate.trials) - len(near)} more entries miss more words; --format json lists them)")
            if candidate.best is not None and not candidate.kept:
                lines.append("    not an event of its own: part of another entry's phrase or clause")
            lines.extend(f"    -> {decision}" for decision in candidate.decisions)
        for event in sentence.events:
            d = event.to_dict()
            target = d["target"]["code"] if d["target"] else "-"
            how = d["source"]["resolved_by"] + (f", target {d['target']['resolved_by']}" if d["target"] else "")
            flags = f"modality {event.modality}" + (", negated" if event.negated else "")
            reporter = f", reported by {event.reported_by.code}" if event.reported_by else ""
            lines.append(f"  event {event.cameo.code} {event.source.code} -> {target} [{event.evidence.trigger}] "
                         f"({flags}{reporter}; source by {how})")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def explanation_json(sentences: list[SentenceExplanation]) -> list[dict]:
    return [
        {
            "sentence": s.text,
            "candidates": [
                {
                    "word": c.word, "kind": c.kind, "kept": c.kept, "decisions": c.decisions,
                    "best": c.best.rule if c.best else None,
                    "entries": [{"code": t.pattern.code, "rule": t.pattern.rule, "pattern": t.pattern.text,
                                 "matched": t.matched, "missing": t.missing} for t in c.trials],
                }
                for c in s.candidates
            ],
            "events": [e.to_dict() for e in s.events],
        }
        for s in sentences
    ]

