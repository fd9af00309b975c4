"""People the knowledge base does not hold: what the document says about them, else their bare name.

News names most people once with what they are ("Ahmed Rashid, a Pakistani opposition leader",
"lawmaker Ahmed Rashid", "Rashid, who heads the Tehreek party", "Rashid's party") and elsewhere
by name alone ("Ahmed Rashid met the prime minister"). A mention by name alone takes what any other
mention of the same person in the document says, before or after it (`resolved_by`
`person-description`); a person nothing describes is kept as a named person of no known country,
`---` (`resolved_by` `named-person`), so that an event is not lost when its other side is known.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.pipeline import entity_of, once_per_doc
from .knowledge import normalize

DESCRIBED = "person-description"
NAMED_PERSON = "named-person"
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})
STORMS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical", "super"})
# verbs of a relative clause that say what a person leads ('Tajaroensuk, who heads the People's
# Empowerment Foundation'): the person acts for it
LEADING_VERBS = frozenset({"head", "lead", "chair", "run", "direct", "command", "found", "represent"})
# nouns whose possessor leads or belongs to them ('Rashid's party', 'Rashid's government')
LED_NOUNS = frozenset({"party", "government", "administration", "cabinet", "movement", "militia", "faction"})
# titles of people whose words about the news are analysis, not acts ('security analyst Kabiru Adamu')
COMMENTATOR_TITLES = frozenset({
    "analyst", "expert", "observer", "commentator", "pundit", "researcher", "economist", "strategist",
    "academic", "scholar", "specialist", "professor", "lecturer", "fellow",
})
# a family name's own words: its given names ('Ahmed' Rashid) and possessive ending (Rashid 's)
NAME_DEPS = ("compound", "case", "flat")
_PROPER_NOUNS_KEY = "dyadwatch.proper_nouns"


def person_name(head: Token) -> Span | None:
    """The person's name a phrase headed by `head` is, when the tagger says so and the name is a
    full one ('Ahmed Rashid') or follows an honorific ('Mr. Rashid'): a lone capitalised word the
    tagger takes for a person is too often a place or a thing."""
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return None
    name = entity_of(head)
    if name is None or name.label_ != "PERSON":
        return None
    words = [t for t in name if t.is_alpha and t.lower_ not in HONORIFICS]
    if words and words[0].lower_ in STORMS:
        return None  # 'Cyclone Fani', 'Hurricane Maria': weather, tagged as a person
    before = head.doc[name.start - 1] if name.start > 0 else None
    if len(words) >= 2 or (before is not None and before.lower_ in HONORIFICS):
        return name
    return None


def mentions(doc: Doc, name: str) -> list[Token]:
    """The last words of the document's mentions of the person named `name`: its family name, where
    the tagger took it for a person or for nothing else, and not after another given name ('Ali
    Rashid' is not Ahmed Rashid)."""
    words = normalize(name).split()
    found = []
    for token in _proper_nouns(doc).get(words[-1], ()):
        if token.pos_ != "PROPN" or token.ent_type_ not in ("PERSON", ""):
            continue  # read again: casing.py makes a sentence's opening 'name' a common noun as it is coded
        given = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
        if len(words) > 1 and given and normalize(given[0].text) != words[0]:
            continue
        found.append(token)
    return found


def _proper_nouns(doc: Doc) -> dict[str, list[Token]]:
    """The part's proper nouns by lookup key, listed once per part (kept in `doc.user_data`): each
    mention of a person no knowledge holds looks the name up in the whole part, and a walk of the part
    per lookup grows with the square of a long document's length."""
    def index() -> dict[str, list[Token]]:
        found: dict[str, list[Token]] = {}
        for token in doc:
            if token.pos_ == "PROPN":
                found.setdefault(normalize(token.text), []).append(token)
        return found
    return once_per_doc(doc, _PROPER_NOUNS_KEY, None, index)


def descriptions(doc: Doc, name: str) -> list[Token]:
    """Heads of the phrases the document describes the person named `name` with, in document
    order: an apposition either way ('Rashid, an opposition leader'; 'the opposition leader, Ahmed
    Rashid'), a title before the name ('lawmaker Ahmed Rashid'), a relative clause ('who is a
    lawmaker', 'who heads the Tehreek party'), a copula ('Rashid is a lawmaker') and a led noun the
    name possesses ('Rashid's party'). A title is given as the name's own head, whose phrase holds it."""
    found: list[Token] = []
    for root in mentions(doc, name):
        if any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") for c in root.children):
            found.append(root)
        for child in root.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON" and child.pos_ == "NOUN":
                found.append(child)
            elif child.dep_ == "relcl":
                found += _clause_description(child)
            elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                # 'Sayim, of the World Uyghur Congress', 'Ahmed Rashid of the PTI'
                found += [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            found.append(root.head)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            found += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        if root.dep_ == "poss" and root.head.lemma_.lower() in LED_NOUNS:
            found.append(root.head)
    return sorted(set(found), key=lambda t: t.i)


def _clause_description(clause: Token) -> list[Token]:
    """'who is a lawmaker': the lawmaker; 'who heads the foundation': the foundation."""
    if clause.lemma_ == "be":
        return [c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    if clause.lemma_.lower() in LEADING_VERBS:
        return [c for c in clause.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return []


def commentator(name: Span, described: list[Token]) -> bool:
    """Whether the document calls the person an analyst, an expert or the like, before the name or in
    a description: what they say is analysis, and they are no actor."""
    words = [c for t in name for c in t.children if c.dep_ in ("compound", "amod", "appos")] + described
    return any(w.lemma_.lower() in COMMENTATOR_TITLES for w in words)
