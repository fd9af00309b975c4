"""The words of a noun phrase that can name an actor, found on the parse: its modifiers and 'of/from/in'
phrases, the group a partitive names ('dozens of opposition supporters'), places listed beside it,
runs of adjacent words for name lookup. Apart from the resolver, which decides what they name."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge import normalize

MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod", "det", "case", "punct", "cc", "conj"}
SHARED_DEPS = {"compound", "amod", "poss", "nmod", "prep"}  # a conjunct without these shares the first one's
PHRASE_PREPS = {"of", "from", "in", "for"}
NAME_PREPS = ("of", "for")  # words inside names of bodies
PARTITIVES = {
    "dozen", "hundred", "thousand", "million", "score", "number", "group", "member", "some", "many", "most",
    "all", "several", "majority", "part", "rest", "handful", "one", "each", "none", "section", "batch", "band",
    "bunch", "crowd", "throng", "team", "squad", "head", "delegation", "contingent",
}


def phrase_tokens(head: Token, locative: bool = True) -> list[Token]:
    """The head with its modifiers: compounds, adjectives, possessors, appositions, 'of/from/in' phrases
    ('of' itself too, for names that contain it); without `locative`, no 'in' phrase."""
    preps = PHRASE_PREPS if locative else PHRASE_PREPS - {"in"}
    tokens = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in MODIFIER_DEPS and child.dep_ != "conj":
                tokens.append(child)
                stack.append(child)
            elif child.dep_ == "prep" and (
                (child.lower_ in preps and token is head) or (child.lower_ in NAME_PREPS and token.pos_ == "PROPN")
            ):  # and a name's own 'of' or 'for' ('diplomats from the Group of Seven', 'the Movement for
                # Democratic Change')
                own = child.lower_ == "of" or (child.lower_ in NAME_PREPS and token.pos_ == "PROPN")
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        tokens += [child, pobj] if own else [pobj]  # 'Ministry of Silly Walks'
                        stack.append(pobj)
    return sorted(set(tokens), key=lambda t: t.i)


def stray_places(first: Token) -> list[Token]:
    """Bare names conjoined to a common noun after its place phrase ('lawmakers in Arnor and Gondor'
    parsed with Gondor as a second subject): more places of that noun, not actors of their own."""
    places = [p for prep in first.children if prep.dep_ == "prep" and prep.lower_ in PHRASE_PREPS
              for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if first.pos_ == "PROPN" or not places:
        return []
    return [c for c in first.conjuncts if c.pos_ == "PROPN" and c.i > places[0].i
            and not any(d.dep_ in SHARED_DEPS for d in c.children)]


# things named for a city, which is where they are, not a government that acts: 'the Doha agreement',
# 'the Minsk accords', 'the Delhi-Amritsar highway', 'the Jeddah talks'
NAMED_FOR_PLACE = frozenset({
    "agreement", "accord", "accords", "protocol", "declaration", "process", "format", "summit", "conference",
    "talks", "highway", "road", "expressway", "motorway", "railway", "route", "corridor", "airport", "metro",
})


def named_for_place(matched: list[Token], head: Token) -> bool:
    """A name that only says where the head thing is or was agreed ('the Minsk agreements')."""
    last = matched[-1]
    return head.lemma_.lower() in NAMED_FOR_PLACE and last.dep_ == "compound" and head in last.ancestors


# a border, and the crossings, bridges and roads across it, lie between two states: the state a modifier
# names there says where ('killed six militants near the Afghan border', 'arrested from Nepal border',
# 'blocked the Europe Bridge'), not who acts or is acted on
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland", "crossing", "bridge", "fence"})
BORDER_DEPS = ("amod", "compound")


def named_for_border(matched: list[Token]) -> bool:
    """A state named only as the side of a border its phrase is or lies on ('the Thai border', 'the Gaza
    border fence'); a possessor still owns it ('violated Pakistan's border'), and a border force is
    its state's ('Afghan border police')."""
    token = matched[-1]
    while token.dep_ in BORDER_DEPS and token.head != token:
        token = token.head
    return token != matched[-1] and token.lemma_.lower() in BORDER_NOUNS


COMPASS_WORDS = frozenset({"west", "east", "north", "south"})


def compass_suffix(run: list[Token], i: int) -> bool:
    """'Imphal West', 'Delhi North': a compass word after a name ends a district's name; it is not
    'the West'."""
    return run[i].lower_ in COMPASS_WORDS and i > 0 and run[i - 1].pos_ == "PROPN"


def partitive_head(head: Token) -> Token:
    """'dozens of opposition supporters', 'members of the army': the group named after 'of'."""
    if head.like_num or head.pos_ == "NUM" or head.lemma_.lower() in PARTITIVES:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return head


def is_former(word: Token) -> bool:
    """'a former lawyer', 'the ex-minister': a sector the person no longer has."""
    return any(c.lower_ in ("former", "ex", "ex-") for c in word.children) or word.lower_.startswith("ex-")


def other_given_name(before: Token | None, name: str) -> bool:
    """A given name before a bare surname that is no word of the known person's name ('Richard' before
    'Bennett' is not Naftali Bennett); initials ('Donald J. Trump') and titles say nothing."""
    if before is None or before.ent_type_ != "PERSON" or before.pos_ != "PROPN" or len(before.text.rstrip(".")) < 3:
        return False
    return normalize(before.text) not in normalize(name).split()


def runs(tokens: list[Token]) -> list[list[Token]]:
    """Split tokens into runs of adjacent tokens, so that names are matched only on contiguous text."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def in_person_name(token: Token) -> bool:
    """A word inside a longer person's name ('Victoria Nuland'); a capital the tagger alone takes for a
    person ('Kyiv says') is still the capital."""
    if token.ent_type_ != "PERSON":
        return False
    doc = token.doc
    return token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def phrase_text(tokens: list[Token]) -> str:
    """The words as the text writes them, with their spaces."""
    return "".join(t.text_with_ws for t in tokens).strip()
