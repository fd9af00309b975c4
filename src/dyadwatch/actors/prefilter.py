"""A cheap test that a phrase's words can name nothing, so that the resolver skips its lookups.

A noun phrase is matched against every table at every start and length of its words; most of those
word sequences are in no table. The test answers from plain key membership, never from the
lookups' own rules, so a sequence they let through is looked up exactly as before.
"""
from __future__ import annotations

from .knowledge import KnowledgeBase


def may_name(kb: KnowledgeBase, registry: dict, key: str, single: bool) -> bool:
    """Whether the normalized `key` is in a table that a name lookup reads: the people the document
    introduced, names, people, contextual names and bodies; for a `single` word also the parts of
    people's names that holder_named reads ('Putin', 'Kim')."""
    return (key in registry or key in kb.names or key in kb.people or key in kb.contextual or key in kb.bodies
            or (single and (key in kb.by_name_part or key in kb.by_given_name)))

