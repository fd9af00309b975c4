"""Crossheads glued to the sentence after them: web copy often loses the line break after a section
heading ('China trade with Mauritius on rise While India has long enjoyed ...', 'BLA surges The
United States and Pakistan have ...'). A heading restates the story in headline words; what it
says is no report of its own, so no event is coded from it.

The heading is found by the capitalised function word that opens the sentence behind it
('While', 'The', 'During'): such a word inside a sentence, after a few words with no punctuation,
starts a new sentence the splitter missed when the words before it end in a noun. Names that
begin with one ('The Hague') are entities and are left alone.
"""
from __future__ import annotations

from spacy.tokens import Span

# words that open a sentence and are written in lower case inside one
OPENERS = frozenset(
    "the a an this these those while during since although though after before as in on at but however "
    "despite when if beyond with for from it he she they we there many some most more last earlier later "
    "meanwhile still yet amid under by according".split()
)
# a heading is a few words: 'Position on China', 'Trump approval', 'China trade with Mauritius on rise'
MAX_HEADING = 8
# a heading ends in a name, a noun phrase or a headline's present-tense verb ('on rise', 'Trump
# approval', 'Chinese demand'), not in a past verb or a preposition ('he said In the end', 'went
# before The Hague-based court')
HEADING_ENDS = ("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "VBZ", "VBP")
# a heading tells no past act and quotes no one: words before a quotation that do are its sentence's
TELLING_TAGS = ("VBD", "VBN", "VBG", "MD")


def body_start(sent: Span) -> int:
    """The document index of the sentence's first word after a glued crosshead (the sentence's own
    start when there is none)."""
    limit = min(len(sent), MAX_HEADING + 1)
    for offset in range(2, limit):
        token = sent[offset]
        # ... or a quotation mark before such a word: 'EU export curbs "These rules will hurt European firms'
        quoted = _opening_quote(sent, offset)
        opener = sent[offset + 1] if quoted else token
        if opener.lower_ not in OPENERS:
            continue  # most words open no sentence: the words before them are not looked at
        before = sent[offset - 1]
        heading = sent[:offset]
        if quoted and any(t.tag_ in TELLING_TAGS for t in heading):
            continue  # 'The minister told reporters "We will respond"': a quotation in a sentence
        if (opener.text[0].isupper() and opener.ent_iob_ != "I"
                and not (opener.ent_iob_ == "B" and len(opener.ent_type_) and _entity_length(opener) > 1)
                and before.is_alpha and before.tag_ in HEADING_ENDS and heading[0].text[0].isupper()
                and not any(t.is_punct or t.is_quote for t in heading)):
            return token.i
    return sent.start


def _entity_length(token) -> int:
    """The number of words of the entity that `token` begins ('The Hague' is two)."""
    length = 1
    doc = token.doc
    while token.i + length < len(doc) and doc[token.i + length].ent_iob_ == "I":
        length += 1
    return length


def _opening_quote(sent: Span, offset: int) -> bool:
    """A quotation mark that opens a quoted sentence: tagged as an opening quote, written against the
    capitalised word after it."""
    token = sent[offset]
    return (token.is_quote and token.tag_ == "``" and not token.whitespace_ and offset + 1 < len(sent)
            and sent[offset + 1].text[:1].isupper())
