"""What an event says is its content, not events of its own: the phrase of a match and the clauses it
reports, asks for, alleges or gives as its motive are consumed by it ('renewed its appeal to Iran to
release the journalist' is one appeal, not also a release)."""
from __future__ import annotations

from spacy.tokens import Span

from .accusations import condemned_act
from .crossheads import body_start
from .extract import CLAIM_VERBS, SUBJECT_DEPS, Match, candidate_matches
from .lexicon import Lexicon
from .visitors import visitor_participle
from .syntax import (
    children_of, content_clauses, for_to_clause, infinitive, is_control_complement, lemma, marked_to,
)


def find_matches(sent: Span, lexicon: Lexicon) -> list[Match]:
    """All event matches in a sentence, with embedded clauses consumed by the event that contains them;
    none in a crosshead glued to the sentence (crossheads.py)."""
    start = body_start(sent)
    return drop_consumed([m for m in candidate_matches(sent, lexicon) if m.trigger.i >= start], lexicon)


def drop_consumed(matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """An event's phrase and its non-reported complement clauses are its content, not events of their own;
    a null pattern's are not, as it codes no event."""
    by_token = {m.trigger.i: m for m in matches}
    consumed: set[int] = set()
    for match in matches:
        inside = {item.token.i for item in match.phrase if item.token.i != match.trigger.i}
        if match.adjunct:  # its light verb's words are the clause's, not the meeting's
            inside &= {t.i for t in match.trigger.subtree}
        if lemma(match.head) not in lexicon.reporting and not match.adjunct:
            for child in match.head.children:
                asking = match.pattern.code[:2] in ("02", "10")
                # 'renewed its appeal to Iran to release the journalist': what is asked is no act yet
                if child.dep_ == "ccomp" or is_control_complement(child, lexicon.object_control) or (
                    asking and (for_to_clause(child) or (child.dep_ == "advcl" and marked_to(child)))
                ) or (match.pattern.code.startswith("139") and child.dep_ == "advcl" and infinitive(child)):
                    # 'gave Moscow until Friday to agree': what an ultimatum demands is its content
                    inside.update(t.i for t in child.subtree)
        if match.trigger.pos_ == "NOUN" and match.pattern.code[:2] in ("11", "12", "13"):
            # 'Kyiv's accusations that Moscow targeted civilians': what is alleged, refused or threatened is
            # the noun's content ('expressed hope that cooperation could resume' keeps the hoped-for act)
            inside.update(t.i for clause in content_clauses(match.trigger) for t in clause.subtree)
        if match.pattern.code[:2] in ("02", "10") and match.trigger.pos_ == "NOUN":
            # 'renewed its demand that Israel end the war': what a call or demand asks is no act yet
            for child in match.trigger.children:
                if child.dep_ in ("acl", "ccomp") and children_of(child, ("mark",)):
                    inside.update(t.i for t in child.subtree)
        inside.update(_stated_motives(match, by_token))
        match.consumed = inside
        if not match.pattern.codes:
            continue  # 'try [---]' codes nothing, so what is tried ('try to clash') is coded on its own
        if lemma(match.head) in CLAIM_VERBS:
            continue  # 'claimed the killing of 33 terrorists': the claimed act is the claimer's, coded too
        consumed.update(i for i in inside if i in by_token and by_token[i] is not match and not by_token[i].adjunct
                        and not visitor_participle(by_token[i].trigger)  # 'met visiting X': X's visit too
                        and not _spoken_criticism(by_token[i], match))
    return [m for m in matches if m.trigger.i not in consumed]


def _spoken_criticism(inner: Match, outer: Match) -> bool:
    """'"It's time to stop Israel's heinous attacks," Altun tweeted': an act named with a word that condemns
    it, in someone's words, is the speaker's criticism besides the act another entry asks to stop or end
    (a criticism that contains it, 'condemned the brutal attacks', is that same criticism)."""
    return condemned_act(inner) and not outer.pattern.code.startswith("11")


# roots of acts done with force or in the street, and of the words that go with them
MATERIAL_ROOTS = ("14", "15", "16", "17", "18", "19", "20")
VERBAL_ROOTS = ("02", "10", "11", "12")


def _stated_motives(match: Match, by_token: dict[int, Match]) -> set[int]:
    """'staged a sit-in demanding the release of', 'marched against MONUSCO, accusing it of', 'killed
    nine civilians accusing them of': the words a participle adds to a protest or an act of force
    are its demand or motive, not an event of their own."""
    if match.pattern.code[:2] not in MATERIAL_ROOTS:
        return set()
    found: set[int] = set()
    for child in match.head.children:
        said = by_token.get(child.i)
        if (child.dep_ == "advcl" and child.tag_ == "VBG" and said is not None
                and said.pattern.code[:2] in VERBAL_ROOTS and not children_of(child, SUBJECT_DEPS)):
            if match.pattern.code[:2] == "14" and said.pattern.code[:2] in ("02", "10"):
                continue  # what a protest demands chooses its code and is then dropped (aims.py)
            if match.pattern.code[:2] == "16" and said.pattern.code[:2] == "11":
                continue  # 'expelled the ambassador, accusing him of spying': a state's accusation, said aloud
            found.add(child.i)
    return found


