"""A cheap test that a phrase's words can name nothing, so that the resolver skips its lookups.

A noun phrase is matched against every table at every start and length of its words; most of those
word sequences are in no table. The test answers from plain key membership, never from the
lookups' own rules, so a sequence they let through is looked up exactly as before. The keys of a
phrase's word sequences are made once per document: a phrase is resolved when its sentence is read and
again for each event whose actor it names.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.pipeline import once_per_doc
from .knowledge import KnowledgeBase, normalize

_KEYS = "dyadwatch.name_keys"


def name_keys(kb: KnowledgeBase, run: list[Token], i: int) -> list[tuple[int, str, str, bool]]:
    """Each length a name starting at run[i] (a run of adjacent words) may have, longest first, with its
    surface, its lookup key and whether the knowledge base lists the key (listed); a name never ends
    with a possessive ending or punctuation. Kept in the document's `user_data`."""
    n = min(kb.max_name_tokens, len(run) - i)

    def keys() -> list[tuple[int, str, str, bool]]:
        pieces = [t.text_with_ws for t in run[i : i + n]]  # each word's text once
        found = []
        for length in range(n, 0, -1):
            last = run[i + length - 1]
            if last.dep_ == "case" or last.is_punct:
                continue
            surface = "".join(pieces[:length]).strip()
            name = normalize(surface)
            found.append((length, surface, name, listed(kb, name, length == 1)))
        return found
    # adjacent words: the first and the number say which
    return once_per_doc(run[i].doc, _KEYS, (run[i].i, n), keys, owner=kb)


def listed(kb: KnowledgeBase, key: str, single: bool) -> bool:
    """Whether the normalized `key` is in a table that a name lookup reads: names, people, contextual
    names and bodies; for a `single` word also the parts of people's names that holder_named reads
    ('Putin', 'Kim'). The people the document introduced (the resolver's registry) are asked apart."""
    return (key in kb.names or key in kb.people or key in kb.contextual or key in kb.bodies
            or (single and (key in kb.by_name_part or key in kb.by_given_name)))
