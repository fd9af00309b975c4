"""Load the spaCy pipeline and parse documents segment by segment.

Segments are parsed separately so that no sentence ever spans a quote and the text around it, or the
body and a reader comment; offsets are mapped back to the document text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Hashable, Iterable, Iterator, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelError
from ..documents.document import Document, Segment
from .heap import release_large_blocks
from .names import DEFAULT_MODEL, MODEL_ENV, model_name  # noqa: F401  (part of this module's interface)
from .lemmas import correct_lemmas  # noqa: F401  (registers the dyadwatch_lemmas component)
from .verbless import repair_verbless  # noqa: F401  (registers the dyadwatch_verbless component)
from .headlines import repair_headline_passives  # noqa: F401  (registers dyadwatch_headline_passives)
from .visitors import repair_visitors  # noqa: F401  (registers dyadwatch_visitors)
from .joined_acts import repair_joined_acts  # noqa: F401  (registers dyadwatch_joined_acts)

_ENTS_KEY = "dyadwatch.ents"


@Language.component("dyadwatch_open_hyphen")
def open_hyphen(doc: Doc) -> Doc:
    """No sentence starts after a word left open by a hyphen ('an anti- Gondor parade'), which the
    parser otherwise takes for a sentence end."""
    for token in doc[:-1]:
        if len(token.text) > 1 and token.text.endswith("-"):
            doc[token.i + 1].is_sent_start = False
    return doc


@Language.component("dyadwatch_hyphen_words")
def hyphen_words(doc: Doc) -> Doc:
    """Lower-case words joined by hyphens are one word for the patterns ('test-fired' has the lemma
    'test-fire', 'sit-in' is a noun); merged after parsing and tagging, so the parse is the one the
    model was trained for. Names stay apart ('Iran-backed', 'Russia-Ukraine'): they carry actors."""
    spans = []
    i = 0
    while i < len(doc) - 2:
        end = i
        while (end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_
               and not doc[end + 1].whitespace_ and _lower_word(doc[end]) and _lower_word(doc[end + 2])):
            end += 2
        if end > i:
            spans.append(doc[i : end + 1])
            i = end + 1
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                last = span[-1]
                lemma = "".join(t.lower_ for t in span[:-1]) + (last.lemma_.lower() or last.lower_)
                attrs = {"LEMMA": lemma}
                if span.root.pos_ in ("ADP", "PART", "ADV"):  # 'sit-in', 'walk-out', 'pull-out' name acts
                    attrs.update(POS="NOUN", TAG="NN")
                retokenizer.merge(span, attrs=attrs)
    return doc


def _lower_word(token) -> bool:
    return token.is_alpha and token.is_lower


DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@Language.component("dyadwatch_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence, so a headline is not run into the paragraph after it; and a wire
    dateline ('JEDDAH, Saudi Arabia (Ledger Wire) - ') is a line of its own, whose place is not the
    subject of the report's first sentence."""
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and "\n\n" in t.text]
    for start in starts:
        if start < len(doc):
            doc[start].is_sent_start = True
            _split_dateline(doc, start)
    return doc


def _split_dateline(doc: Doc, start: int) -> None:
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) > 1):
        return
    for token in doc[start + 1 : min(start + 25, len(doc) - 1)]:
        if token.text in (".", "!", "?") or "\n" in token.text or (token.is_alpha and token.is_lower):
            return  # a dateline is names, dates and an agency: 'UN envoys - and Qatar -' is prose
        if token.text in DATELINE_DASHES:
            doc[token.i + 1].is_sent_start = True
            return


# platforms whose one-letter name the tokenizer takes for an initial: 'said in a statement posted on X.
# Militants ...' is two sentences
PLATFORM_INITIALS = frozenset({"X."})
PLATFORM_PREPOSITIONS = frozenset({"on", "via", "to"})


# a dotted abbreviation glued by a hyphen to a name: 'U.S.-Iran talks', 'U.K.-France summit' (the tokenizer
# keeps them one word, while it splits 'US-Iran' and 'Russia-Ukraine' into two names and a hyphen)
GLUED_NAMES = re.compile(r"^((?:[A-Z]\.){2,})-([A-Z][A-Za-z]+)$")
GLUED_IN_TEXT = re.compile(r"(?:[A-Z]\.){2,}-[A-Z][A-Za-z]")


class PlatformSplitter:
    """The pipeline's tokenizer, with 'X.' after 'on'/'via'/'to' and before a capitalised word split into
    the platform's name and a full stop that ends the sentence. Initials in names ('John F. Kennedy')
    follow no such preposition and stay as they are. A dotted abbreviation glued to a name by a hyphen
    ('U.S.-Iran') is split as 'US-Iran' is ('U.S.', '-', 'Iran'); 'U.S.-led' stays one word."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        # a word is part of the text: where the text has no such word, no token need be walked
        if any(initial in text for initial in PLATFORM_INITIALS):
            doc = self._split_platforms(doc)
        return _split_glued(doc) if GLUED_IN_TEXT.search(text) else doc

    @staticmethod
    def _split_platforms(doc: Doc) -> Doc:
        ends = [t.i for t in doc[1:-1] if t.text in PLATFORM_INITIALS
                and doc[t.i - 1].lower_ in PLATFORM_PREPOSITIONS and doc[t.i + 1].text[:1].isupper()]
        if not ends:
            return doc
        words, spaces, starts = [], [], []
        for token in doc:
            if token.i in ends:
                words += [token.text[:-1], "."]
                spaces += [False, bool(token.whitespace_)]
                starts += [None, None]
            else:
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
                starts.append(True if token.i - 1 in ends else None)
        return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not set yet (while unpickling)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def _split_glued(doc: Doc) -> Doc:
    """'U.S.-Iran' as 'U.S.', '-', 'Iran', split in place so that the other words keep what the tokenizer
    gave them (the norm 'not' of "n't")."""
    glued = [(t, match.groups()) for t in doc if (match := GLUED_NAMES.match(t.text))]
    if glued:
        with doc.retokenize() as retokenizer:
            for token, (abbreviation, name) in glued:
                retokenizer.split(token, [abbreviation, "-", name], heads=[(token, 2), (token, 2), (token, 2)])
    return doc


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None) -> Language:
    name = model_name(name)
    release_large_blocks()  # every process that parses (command, worker) loads a pipeline first
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed; install it (e.g. pip install {name.replace('_', '-')}) "
            f"or choose another with --model / ${MODEL_ENV}"
        ) from exc
    nlp.tokenizer = PlatformSplitter(nlp.tokenizer)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("dyadwatch_lemmas", after="lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dyadwatch_paragraphs", before="parser")
        nlp.add_pipe("dyadwatch_open_hyphen", before="parser")
        nlp.add_pipe("dyadwatch_hyphen_words", last=True)
        nlp.add_pipe("dyadwatch_verbless", last=True)
        nlp.add_pipe("dyadwatch_headline_passives", last=True)
        nlp.add_pipe("dyadwatch_visitors", last=True)
        nlp.add_pipe("dyadwatch_joined_acts", last=True)
    return nlp


@dataclass
class ParsedSegment:
    """A segment and its spaCy parse; `offset` maps token.idx to document offsets."""

    segment: Segment
    doc: Doc

    @property
    def offset(self) -> int:
        return self.segment.start


# Segments (and each document's closing empty item) per nlp.pipe batch. Smaller batches parse the same
# text for less CPU: an ingest batch of 8 VOA stories (about 24 items) in one batch of 64 took 5 to 9%
# more CPU than in batches of 16 or 8, measured group by group in alternation; parses identical.
PIPE_BATCH = 16


def parse_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int = PIPE_BATCH
) -> Iterator[tuple[Document, list[ParsedSegment]]]:
    """Parse many documents with one nlp.pipe stream, yielding each with its parsed segments."""
    pending: dict[int, Document] = {}

    def items() -> Iterator[tuple[str, tuple[int, Segment]]]:
        for index, document in enumerate(documents):
            pending[index] = document
            for segment in document.segments:
                yield document.text[segment.start : segment.end], (index, segment)
            yield "", (index, None)

    current: list[ParsedSegment] = []
    for doc, (index, segment) in nlp.pipe(items(), as_tuples=True, batch_size=batch_size):
        if segment is None:
            yield pending.pop(index), current
            current = []
        else:
            current.append(ParsedSegment(segment, doc))


def token_at(parts: list[tuple[Doc, int]], offset: int) -> tuple[int, Token] | None:
    """The token at document offset `offset` and the index of its part, among parsed parts given as
    (Doc, document offset) pairs."""
    for index, (doc, start) in enumerate(parts):
        if len(doc) and start <= offset < start + doc[-1].idx + len(doc[-1].text_with_ws):  # not doc.text, rebuilt per call
            span = doc.char_span(offset - start, offset - start + 1, alignment_mode="expand")
            if span is not None and len(span):
                return index, span[0]
    return None


T = TypeVar("T")


def once_per_doc(doc: Doc, name: str, key: Hashable, compute: Callable[[], T], owner: object = None) -> T:
    """The value `compute` gives for `key`, computed once per document and kept in `doc.user_data` under
    `name`: what every event of a sentence or phrase asks again (its dates, cue words, actor words).
    A value that depends on data besides the parse (a knowledge base, a cue list) is kept per `owner`."""
    known = doc.user_data.setdefault(name, {})
    slot = (key, id(owner))
    kept = known.get(slot)
    if kept is None or kept[0] is not owner:  # an id may be reused once its owner is gone
        kept = known[slot] = (owner, compute())
    return kept[1]


def sentence_ents(sent: Span) -> list[Span]:
    """The named entities wholly inside a sentence.

    spaCy's `Span.ents` rebuilds every entity of the document on each call, which makes coding a long
    document quadratic in its length; here the document's entities are listed once (kept in
    `doc.user_data`) and a sentence finds its own by bisection.
    """
    doc = sent.doc
    index = doc.user_data.get(_ENTS_KEY)
    if index is None:
        ents = list(doc.ents)
        index = doc.user_data[_ENTS_KEY] = (ents, [ent.start for ent in ents])
    ents, starts = index
    found = ents[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
    return [ent for ent in found if ent.end <= sent.end]


def entity_of(token: Token) -> Span | None:
    """The named entity a token belongs to ('Palakkad' in 'Palakkad district'), found among its
    sentence's entities: `doc.ents` is rebuilt on each read."""
    if token.ent_iob_ == "O":
        return None
    return next((e for e in sentence_ents(token.sent) if e.start <= token.i < e.end), None)


def parse_document(nlp: Language, document: Document) -> list[ParsedSegment]:
    return next(parse_documents(nlp, [document]))[1]
