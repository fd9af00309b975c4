"""Pronouns and possessive pronouns: who 'he', 'they', 'them' and 'their forces' are, from the
clause that embeds them, the actors before them in their sentence and the sentence before.

`PronounResolver` is a part of `ActorResolver` (resolver.py): the document resolver
(coreference.py) widens these rules to the sentences before.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Token

from .phrases import partitive_head

if TYPE_CHECKING:
    from .resolver import Actor

PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"it", "they", "we", "them", "its", "their", "our"}
OBJECT_PRONOUN_DEPS = ("dobj", "dative", "pobj")
OBJECT_WINDOW = 2  # sentences before its own in which an object 'them' may find whom it means


def in_sentences(items: list, first: int, last: int, sentence: Callable) -> list:
    """The items of sentences first..last in a list kept in sentence order (people and mentions are
    noted as the document's sentences are read, in order), found by bisection: a pronoun late in a
    long document does not walk every mention before it."""
    return items[bisect_left(items, first, key=sentence) : bisect_right(items, last, key=sentence)]



class PronounResolver:
    """The pronoun rules of an actor resolver; `resolve` and `recent_people` are the resolver's."""

    recent_people: list[tuple[int, int, Actor]]

    def _possessor_country(self, head: Token, day: date | None, offset: int, sentence_index: int) -> str | None:
        """'their forces', 'his government': the country of whoever the possessive pronoun refers to; in
        an object's phrase, 'their' and 'its' refer to the last actor of their number that is no subject
        ('returned Ukrainian children to their families')."""
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in GROUP_PRONOUNS | {"his", "her"}:
                if child.lower_ in ("his", "her"):
                    owner = self._pronoun(child, offset, sentence_index)
                else:
                    # 'some of its officials' stand where 'some' does
                    whole = head.head.head if head.dep_ == "pobj" and partitive_head(head.head.head) == head else head
                    objective = whole.dep_ in (*OBJECT_PRONOUN_DEPS, "dobj") and child.lower_ in ("their", "its")
                    owner = (self._object_pronoun(child, day, offset, sentence_index) if objective else None) or (
                        self._group_pronoun(child, day, offset, sentence_index))
                return owner.country if owner else None
        return None

    def _pronoun(self, head: Token, offset: int, sentence_index: int) -> Actor | None:
        """'he'/'she' is the one person named in the previous sentence or earlier in this one, if only one;
        as the subject of an embedded clause, the person who is the subject of the clause embedding it
        ('Kim sent Putin a message saying he would ...', 'Erdogan told Putin he would ...')."""
        start = offset + head.idx
        if head.dep_ in ("nsubj", "nsubjpass"):
            speaker = self._embedding_person(head, offset, sentence_index)
            if speaker is not None:
                return speaker.moved(head.text, (start, start + len(head)), "coreference")
        window = [
            a for i, at, a in in_sentences(self.recent_people, sentence_index - 1, sentence_index, lambda r: r[0])
            if i == sentence_index - 1 or (i == sentence_index and at < start)
        ]
        if len({a.name for a in window}) > 1 and head.dep_ == "nsubj" and head.head == head.sent.root:
            window = self._previous_subjects(head, offset, window)  # 'Zelenskyy met Macron. He praised ...'
        if len({a.name for a in window}) != 1:
            return None
        return window[-1].moved(head.text, (start, start + len(head)), "coreference")

    @staticmethod
    def _previous_subjects(head: Token, offset: int, window: list[Actor]) -> list[Actor]:
        """Of several people, the ones named as the subject of the sentence before the pronoun's, when
        the pronoun opens its own sentence as its subject: a human reader's first choice."""
        if head.sent.start == 0 or any(t.ent_type_ == "PERSON" for t in head.doc[head.sent.start : head.i]):
            return window
        before = head.doc[head.sent.start - 1].sent
        spans = [(offset + min(t.idx for t in c.subtree), offset + max(t.idx + len(t) for t in c.subtree))
                 for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        return [a for a in window if a.span and any(s <= a.span[0] < e for s, e in spans)]

    def _object_pronoun(self, head: Token, day: date | None, offset: int, sentence_index: int) -> Actor | None:
        """An object 'it' or 'them' is the last actor before it that is no subject and agrees in number:
        'sending them back' after 'the last migrants held at its base in Cuba' is the migrants. An
        object 'them' with none in its own sentence looks back over the two before ('Security forces
        arrested two militants. They later killed them')."""
        number = {"them": True, "their": True, "it": False, "its": False}.get(head.lower_)  # None: not asked
        sent = head.sent
        tokens = [t for t in sent if t.i < head.i]
        for back in range(OBJECT_WINDOW + 1):
            if back:
                own = {c.i for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")}
                if (head.lower_ != "them" or head.dep_ not in OBJECT_PRONOUN_DEPS or sent.start == 0
                        or any(t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass") and t.i not in own
                               for t in head.sent if t.i < head.i)):
                    return None  # 'The refugees must not be forced ... because Russia is blocking them'

                sent = head.doc[sent.start - 1].sent
                tokens = list(sent)
            subjects: set[str] = set()
            last: Actor | None = None
            for token in tokens:
                if token.pos_ not in ("PROPN", "NOUN") or token.dep_ in ("compound", "amod", "poss"):
                    continue
                if number is not None and number != (token.tag_ in ("NNS", "NNPS")):
                    continue
                actor = self.resolve(token, day, offset, sentence_index - back)
                if actor is None or not (actor.country or actor.sectors):
                    continue
                if token.dep_ in ("nsubj", "nsubjpass"):
                    if actor.resolved_by != "document-country":  # 'police arrested protesters and released them'
                        # a sentence before: its subject acts again ('They later killed them'), not its country
                        subjects.add(actor.code if back else actor.country)
                else:
                    last = actor
            if last is not None:
                if (last.code if back else last.country) in subjects:
                    return None
                return last.moved(head.text, (offset + head.idx, offset + head.idx + len(head)), "coreference")
        return None

    def _embedding_person(self, head: Token, offset: int, sentence_index: int) -> Actor | None:
        """The named person who is the subject of the nearest verb above `head` that has a subject."""
        for ancestor in head.ancestors:
            if ancestor.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass") and head not in c.subtree]
            if subjects:
                if subjects[0].lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS:
                    return None
                actor = self.resolve(subjects[0], None, offset, sentence_index)
                return actor if actor is not None and (actor.name or self._titled_person(subjects[0], actor)) else None
        return None

    def _titled_person(self, head: Token, actor: Actor) -> bool:
        """'Spanish Prime Minister Pedro Sánchez said ... that he would', where the tagger left the name
        unmarked: a singular name, no office itself, that its title gave a sector. Not a body or a
        state ('the Foreign Ministry said he ...')."""
        return (head.tag_ == "NNP" and head.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC")
                and bool(actor.sectors) and actor.country not in (None, "---")
                and not self._sectors([head], head, False)
                and any(c.dep_ == "compound" and c.i < head.i for c in head.children))

    def _group_pronoun(self, head: Token, day: date | None, offset: int, sentence_index: int) -> Actor | None:
        """'Hungary said it would...': a group pronoun refers to the subject of the clause that embeds it;
        as an object, to the last actor before it that is no subject ('Pakistan summoned the Indian
        envoy, accusing it of ...': the subject acts on someone else)."""
        if head.dep_ in OBJECT_PRONOUN_DEPS:
            return self._object_pronoun(head, day, offset, sentence_index)
        for ancestor in head.ancestors:
            if ancestor.pos_ not in ("VERB", "AUX"):
                continue
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child is not head and child.lower_ not in GROUP_PRONOUNS:
                    if head in child.subtree:
                        continue
                    actor = self.resolve(child, day, offset, sentence_index)
                    if actor is not None:
                        span = (offset + head.idx, offset + head.idx + len(head))
                        return actor.moved(head.text, span, "coreference")
            # 'As the White House weighs ..., some of its officials are hinting': the subject of a clause before it
            clauses = ancestor.children if head.dep_ == "poss" else ()
            for clause in (c for c in clauses if c.dep_ == "advcl" and c.i < head.i and head not in c.subtree):
                for child in (c for c in clause.children if c.dep_ == "nsubj" and not _pronouns(c)):
                    actor = self.resolve(child, day, offset, sentence_index)
                    if actor is not None:
                        return actor.moved(head.text, (offset + head.idx, offset + head.idx + len(head)), "coreference")
        return self._previous_subject(head, day, offset, sentence_index)

    def _previous_subject(self, head: Token, day: date | None, offset: int, sentence_index: int) -> Actor | None:
        """'Farmers gathered in Amritsar. They blocked the highway': a sentence's subject 'they' refers to
        the plural subject of the sentence before it."""
        if head.lower_ != "they" or head.dep_ not in ("nsubj", "nsubjpass") or head.sent.start == 0:
            return None
        before = head.doc[head.sent.start - 1].sent
        subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS")]
        if not subjects:
            return None
        actor = self.resolve(subjects[0], day, offset, sentence_index)
        if actor is None:
            return None
        return actor.moved(head.text, (offset + head.idx, offset + head.idx + len(head)), "coreference")



def _pronouns(phrase: Token) -> bool:
    return any(t.pos_ == "PRON" or t.lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS for t in phrase.subtree)

