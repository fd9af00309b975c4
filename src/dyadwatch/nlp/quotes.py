"""Direct quotes and the verbs that name their speakers.

News attributes a quote before it ('Lavrov said: "..."'), after it ('"...," Lavrov said', '"...," said
Lavrov'), or not at all when it goes on after a quote already attributed ('"...," Trump wrote. "His
miserable life was terminated ..."'). A quote may run over several sentences before its attribution
('"The parties must return to the table. There is no military solution," he told reporters'); the
words of every one of those sentences are the speaker's. Curly quotation marks say whether they open
or close; straight ones open and close in turn within a parsed part.
"""
from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc, Token

OPENING = frozenset({"“", "«"})
CLOSING = frozenset({"”", "»"})
STRAIGHT = '"'
MAX_SENTENCES = 3  # sentences a quote may run over and still be attributed
SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CACHE = "dyadwatch_quotes"


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """(opening, closing) token indices of the quotes of a parsed part; a quote left open runs to its
    end (closing index len(doc)). Found once per Doc."""
    cached = doc.user_data.get(_CACHE)
    if cached is not None:
        return cached
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for token in doc:
        text = token.text
        if text in OPENING or (text == STRAIGHT and opened is None):
            if opened is None:
                opened = token.i
        elif (text in CLOSING or text == STRAIGHT) and opened is not None:
            spans.append((opened, token.i))
            opened = None
    if opened is not None:
        spans.append((opened, len(doc)))
    doc.user_data[_CACHE] = spans
    return spans


def enclosing_quote(token: Token) -> tuple[int, int] | None:
    """The quote the token stands in, if any."""
    return next(((a, b) for a, b in quote_spans(token.doc) if a < token.i < b), None)


def speaker_verb(token: Token, reporting: Collection[str]) -> Token | None:
    """The reporting verb ('said', 'told', 'wrote') whose subject spoke the quote the token stands in:
    the verb after its close, before its opening, or, for a quote that opens a sentence and is not
    attributed, the one of the quote just before it in the sentence before. None outside a quote or
    when no such verb names a speaker."""
    span = enclosing_quote(token)
    return None if span is None else _attribution(token.doc, span, reporting, hops=2)


def _attribution(doc: Doc, span: tuple[int, int], reporting: Collection[str], hops: int) -> Token | None:
    start, end = span
    if end >= len(doc) or _sentences(doc, start, end) > MAX_SENTENCES:
        return None
    after = doc[end].head  # '..., " he said', '..., " said the minister'
    if _reporting(after, reporting) and any(s.i > end for s in _subjects(after)):
        return after
    before = doc[start].head  # 'he said: "...', 'told reporters, "...'
    if _reporting(before, reporting) and before.i < start and any(s.i < start for s in _subjects(before)):
        return before
    if hops == 0 or not doc[start].is_sent_start:
        return None
    # '"...," Trump wrote. "His miserable life was terminated ..."': the quote before it goes on
    # the last such quote, sought from the end: each read of Token.sent walks the parse
    previous = next((s for s in reversed(quote_spans(doc)) if s[1] < start and doc[s[1]].sent.end == start), None)
    return _attribution(doc, previous, reporting, hops - 1) if previous else None


def _sentences(doc: Doc, start: int, end: int) -> int:
    return 1 + sum(1 for t in doc[start + 1 : end + 1] if t.is_sent_start)


def _reporting(verb: Token, reporting: Collection[str]) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in reporting


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects; a participle's are its clause's ('Lammy echoed this, saying, "..."')."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head != verb:
        return _subjects(verb.head)
    return subjects


def speaker(token: Token, reporting: Collection[str]) -> Token | None:
    """The word naming who spoke the quote the token stands in: the subject of its speaker_verb."""
    verb = speaker_verb(token, reporting)
    subjects = [s for s in _subjects(verb) if enclosing_quote(s) is None] if verb is not None else []
    return subjects[0] if subjects else None
