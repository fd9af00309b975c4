"""Accusations made by saying what someone did or is: 'Moscow said Kyiv was trying to sabotage the talks',
'the opposition said the vote was rigged by the ruling party', 'rights groups say Uyghurs face persecution
by the authorities', 'the senator said Putin is the aggressor'. Said by an actor of another, such a clause is
the speaker's accusation or criticism (JUDGING_VERBS and JUDGING_NOUNS below, targets.judged); in the
author's own words it is no event of root 11 ('the ruling party rigged the vote' reports no accusation)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .judging import HAND_VERBS, own_or_future
from .lexicon import Lexicon
from .nominal import owner_names
from .syntax import lemma, predicate_adjective, predicate_noun
from ..nlp.quotes import speaker_verb

if TYPE_CHECKING:
    from .extract import Match

# wrongdoing that has no act of its own in CAMEO but is what an accusation says (their entries, in
# 11_disapprove.txt, name the objects that make them wrongdoing: 'rig the election', 'spread
# disinformation', 'stoke tensions', 'have blood on its hands', 'was involved in corrupt acts', 'are
# harming our economy'); 'face' and 'suffer' tell of wrongs borne
# ('<1122 face persecution by')
WRONGDOING_VERBS = frozenset({
    "rig", "spread", "peddle", "disseminate", "stoke", "fuel", "inflame", "incite", "foment", "sabotage",
    "undermine", "obstruct", "subvert", "provoke", "exaggerate", "fabricate", "distort", "falsify",
    "manipulate", "lie", "deceive", "mislead", "oppress", "mistreat", "discriminate", "support", "back", "train",
    "equip", "supply", "shield", "protect", "face", "suffer", "have", "destabilize", "destabilise", "plot", "conspire",
    "involve", "harm", "damage", "hurt", "endanger", "jeopardize", "jeopardise", "poison",
})
# names called in a reported clause, which may have words of their own ('a war criminal', 'a terrorist
# state', 'a war crime', 'an act of aggression'): 'the senator said Putin is the aggressor', 'Iran said the
# strikes were a crime', 'Beijing said the remarks were gross interference in its internal affairs'
NAME_NOUNS = frozenset({
    "aggressor", "dictator", "criminal", "terrorist", "liar", "murderer", "thug", "tyrant", "butcher",
    "warmonger", "occupier", "invader", "puppet", "traitor", "hypocrite", "state", "regime", "sponsor", "crime",
    "act", "interference", "meddling", "failure",
})
# a clause verb that carries the accused act as its complement or as a verb joined to it with no subject of
# its own: 'was trying to sabotage', 'has continued to spread', 'violated the deal and caused losses'
CARRYING = frozenset({"xcomp", "conj"})


def reported_clause(verb: Token) -> Token:
    """The verb whose clause someone reports, climbing from `verb` through the verbs that carry it ('said
    Kyiv was trying to sabotage the talks': 'trying'); the verb itself when nothing carries it."""
    clause = verb
    for _ in range(4):
        head = clause.head
        if clause.dep_ not in CARRYING or head == clause or head.pos_ not in ("VERB", "AUX"):
            break
        if clause.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            break  # 'China says that ..., and here, Russia has violated ...': a clause of its own, not reported
        clause = head
    return clause


# criticism a clause goes on amid or despite: 'Amid criticism from Washington, Israel expanded its offensive',
# 'the junta went ahead despite objections from ECOWAS' (the 'from' phrase criticizes the clause's subject)
AMID_PREPS = frozenset({"amid", "amidst", "despite"})
CRITICISM_NOUNS = frozenset({
    "criticism", "condemnation", "censure", "rebuke", "objection", "opposition", "outcry", "protest", "complaint",
    "accusation", "allegation", "warning", "threat", "concern", "anger", "outrage",
})


def amid_verb(noun: Token) -> Token | None:
    """The verb of 'Amid criticism from X, Y did ...', whose subject suffers the criticism `noun` names; the
    'from' phrase may hang on the noun's 'of' object ('despite threats of sanctions from Washington'), or a
    name own the noun or that object ('despite Chinese objections', 'despite threats of Washington sanctions')."""
    prep = noun.head
    holders = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if (noun.dep_ == "pobj" and prep.lower_ in AMID_PREPS and prep.head.pos_ in ("VERB", "AUX")
            and noun.lemma_.lower() in CRITICISM_NOUNS
            and (any(c.dep_ == "prep" and c.lower_ == "from" for h in holders for c in h.children)
                 or owner_names(noun))):  # 'despite Chinese objections' (nominal.py)
        return prep.head
    return None


# verbs whose conjoined subjects, with no one else named, accuse each other: 'Kyiv and Moscow traded blame'
MUTUAL_VERBS = frozenset({"trade", "exchange"})


def mutual(trigger: Token, code: str) -> bool:
    """'Ukraine and Russia blamed each other', 'accused one another of', and for accusations 'traded blame':
    the conjoined subjects act on each other whatever the act's code."""
    if code.startswith("11") and trigger.lemma_.lower() in MUTUAL_VERBS:
        return True
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    objects += [p for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any((o.lower_ == "other" and any(d.lower_ == "each" for d in o.children))
               or (o.lower_ in ("another", "one") and any(d.lower_ in ("one", "another") for d in o.children))
               for o in objects)


def antecedent(token: Token) -> Token:
    """'the Taliban, which Washington accuses of harbouring militants': a relative pronoun is the noun its
    clause modifies; any other word is itself."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl" and token.head.head != token.head:
        return token.head.head
    return token


# another's acts named with a word that condemns them, in a reported clause: 'It's time to stop Israel's
# heinous attacks,' Altun tweeted; 'Turkey's president said Israel's brutal attacks on Gaza must stop'. Their
# entries (111 attack ... heinous|brutal ...) are the speaker's criticism of the act's doer; in the author's
# own words ('Russia's brutal war') the noun is the act it names
EVALUATED_NOUNS = frozenset({
    "attack", "war", "aggression", "invasion", "occupation", "crackdown", "bombing", "bombardment", "shelling",
    "strike", "raid", "offensive", "blockade", "annexation", "action", "behaviour", "behavior", "conduct",
    "policy", "provocation", "coercion", "repression", "persecution",
})
# the words that condemn them (the adjectives of those entries; 'a scathing attack' is a verbal attack of its
# own, 'launched a scathing attack on the Commission', no judgement of another's act)
CONDEMNING_WORDS = frozenset({
    "heinous", "cruel", "barbaric", "barbarous", "brutal", "savage", "cowardly", "unprovoked", "illegal",
    "unlawful", "criminal", "inhumane", "despicable", "dastardly", "atrocious", "reckless", "irresponsible",
    "provocative", "aggressive", "genocidal", "murderous", "illegitimate", "bullying", "coercive", "outrageous",
    "shameful", "unjustified", "unjustifiable", "indiscriminate", "senseless", "wanton", "vicious", "ruthless",
})
# wrongs by their own name, with their doer ('economic coercion by China', 'Russian aggression', 'interference
# by Washington'): in someone's words an accusation of the doer (their bare entries, 1123 aggression, 112
# coercion ...), in the author's own words no event
WRONG_NOUNS = frozenset({
    "aggression", "interference", "meddling", "coercion", "bullying", "blackmail", "intimidation", "harassment",
    "hegemonism", "expansionism",
})
# how far up from such a noun its reported clause may be ('to stop Israel's attacks' in 'It's time to ...')
REPORTED_DEPTH = 6


def reported_noun(noun: Token, reporting: dict[str, str]) -> bool:
    """The noun stands in a clause that someone reports ('said', 'tweeted') or in a quote an attribution
    gives a speaker, not in the author's words."""
    token = noun
    for _ in range(REPORTED_DEPTH):
        head = token.head
        if head == token:
            return speaker_verb(token, reporting) is not None
        if token.dep_ == "ccomp" and reporting.get(head.lemma_.lower()) == "report":
            return True
        token = head
    return False


def condemning_noun(noun: Token) -> bool:
    """'Israel's heinous and cruel attacks': an act named with a word that condemns it (its modifiers and the
    words joined to them)."""
    if noun.pos_ != "NOUN" or lemma(noun) not in EVALUATED_NOUNS:
        return False
    modifiers = [c for c in noun.children if c.dep_ == "amod"]
    modifiers += [c for m in modifiers for c in m.children if c.dep_ == "conj"]
    return any(lemma(m) in CONDEMNING_WORDS for m in modifiers)


def judged_noun(match) -> bool:
    """A root-11 entry (of extract.py's Match) of a name called or of an act named with a word that condemns
    it: the speaker's judgement in a reported clause, never a light verb's object ('launched brutal attacks')."""
    word = match.trigger.lemma_.lower()
    return match.pattern.code.startswith("11") and (word in NAME_NOUNS or condemned_act(match))


def condemned_act(match) -> bool:
    """A root-11 entry of an act named with a word that condemns it ('Israel's heinous attacks') or of a
    wrong by its own name ('coercion by China')."""
    word = match.trigger.lemma_.lower()
    return (match.pattern.code.startswith("11") and match.trigger.pos_ == "NOUN"
            and ((word in EVALUATED_NOUNS and any(alternatives & CONDEMNING_WORDS for alternatives in match.pattern.words))
                 or (word in WRONG_NOUNS and not match.pattern.words)))


def accused_self(match, clause: Token) -> bool:
    """'Russia said it would support the rebels', 'Israel said it had tried to sabotage ...': wrongdoing of the
    reporter's own, or still to come, accuses no one (a wrong borne, '<1122 face ... by', is never the
    bearer's own)."""
    trigger = match.trigger
    return (trigger.lemma_.lower() in WRONGDOING_VERBS and not match.pattern.received
            and (own_or_future(trigger) or own_or_future(clause)))


def counted_among(noun: Token) -> list[Token]:
    """'Egypt was among the countries that condemned the attack', 'France is one of the countries that ...':
    the subject the copula counts among the group a relative clause's `noun` names; none otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("among", "of"):
        return []
    holder = prep.head
    if prep.lower_ == "of" and holder.lower_ == "one" and holder.dep_ == "attr":
        holder = holder.head
    if holder.lemma_.lower() != "be" or (prep.lower_ == "of" and holder == prep.head):
        return []
    return [c for c in holder.children if c.dep_ == "nsubj"]


# armed men said to be based, operating or hiding in a country: the reporter accuses the country of giving
# them a haven ('<112 base|operate|hide in|from *'); a company based in London accuses no one
SANCTUARY_VERBS = frozenset({"base", "operate", "hide"})
ARMED_SUBJECTS = frozenset({
    "militant", "terrorist", "attacker", "insurgent", "rebel", "gunman", "perpetrator", "mastermind", "ringleader",
    "assailant", "jihadist", "separatist", "extremist", "handler", "fighter", "those", "group", "outfit", "network",
})


def armed_subject(verb: Token) -> bool:
    """'those involved in the attack are based in', 'the militants were operating from': the subject names
    armed men."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in ARMED_SUBJECTS for c in verb.children)


# verbs that judge their subject's conduct only when someone reports them: 'Pakistan said Kabul was
# failing to rein in the separatists' is Pakistan's criticism; 'the talks failed to produce a deal' is none;
# 'Seoul said Pyongyang was behind the cyberattack', 'Israel said Hamas was to blame', 'the UN says both
# sides have committed abuses', 'Kyiv said Moscow violated the truce' are accusations
JUDGING_VERBS = (frozenset({"fail", "be", "commit", "violate", "breach", "break", "meddle", "interfere"}) | HAND_VERBS
                 | WRONGDOING_VERBS | SANCTUARY_VERBS)
# adjectives that, even with words of their own, judge their subject only when someone reports them:
# 'Kyiv said Moscow was responsible for the strike' is Kyiv's accusation
JUDGING_ADJECTIVES = frozenset({"responsible", "culpable", "guilty"})
# nouns that judge an act only as the predicate of a reported clause: 'Turkey said Sweden's decision was
# a mistake'; 'a mistake in the count', 'a violation of the rules' elsewhere is none
JUDGING_NOUNS = frozenset({
    "mistake", "blunder", "violation", "provocation", "disgrace", "betrayal", "travesty", "farce", "affront",
    "insult", "sham", "outrage",
}) | NAME_NOUNS


def reported_judgement(match: Match, lexicon: Lexicon) -> bool:
    """'The EU said the annexation was illegal', 'said Kabul had failed to act': a bare disapproving
    adjective, or a judging verb or adjective (111, 112), is an event only as the predicate of a clause
    someone reports, the reporter's criticism or accusation of the clause's subject."""
    trigger = match.trigger
    if not match.pattern.code.startswith(("11", "051")):  # 051: 'the UN said the agreement was positive'
        return False
    if predicate_adjective(trigger) and (not match.pattern.words or lemma(trigger) in JUDGING_ADJECTIVES):
        clause = trigger.head
    elif predicate_noun(trigger) and lemma(trigger) in JUDGING_NOUNS and (not match.pattern.words or judged_noun(match)):
        clause = trigger.head
    elif condemned_act(match):
        return reported_noun(trigger, lexicon.reporting)
    elif trigger.pos_ in ("VERB", "AUX") and lemma(trigger) in JUDGING_VERBS:
        clause = reported_clause(trigger)
        if lemma(trigger) in HAND_VERBS and own_or_future(trigger) or accused_self(match, clause):
            return False
        if lemma(trigger) in SANCTUARY_VERBS and not armed_subject(trigger):
            return False
    else:
        return False
    return reported(clause, lexicon)


# verbs of knowing and believing through which a reported clause reaches its reporter: 'told AFP he
# believes the attack was carried out by the authorities', '"We have to understand that Putin is the
# aggressor," the senator said'
BELIEVING_VERBS = frozenset({
    "believe", "think", "understand", "know", "realize", "realise", "recognize", "recognise", "feel", "see",
    "consider", "remember",
})
# nouns of saying whose content clause is the speaker's words: 'reiterated the claim that the attack was
# orchestrated by militants in Afghanistan', 'repeated its accusation that Kyiv was shelling the plant'
SAYING_NOUNS = frozenset({
    "claim", "assertion", "allegation", "accusation", "charge", "contention", "argument", "statement", "view",
    "belief", "warning", "assessment", "conclusion", "finding",
})
# verbs that make or keep such a noun the subject's own words ('made the claim', 'stood by its assertion')
SAYING_LIGHT_VERBS = frozenset({"make", "level", "voice", "repeat", "reiterate", "restate", "renew", "stand", "maintain"})


def reported(clause: Token, lexicon: Lexicon) -> bool:
    """The clause is someone's words: the complement of a reporting verb ('the EU said the annexation was
    illegal'), reached through a verb of believing ('told AFP he believes the attack was deliberate') or
    through the content of a noun of saying ('reiterated the claim that the attack was orchestrated ...'),
    or a quoted sentence whose speaker an attribution names, before, after or in the sentence before
    ('"We have to understand that Putin is the aggressor," the senator said')."""
    token = clause
    for _ in range(REPORTED_DEPTH):
        head = token.head
        if head == token:
            break
        if token.dep_ == "ccomp" and lexicon.reporting.get(lemma(head)) == "report":
            return True
        if token.dep_ in ("ccomp", "acl") and lemma(head) in SAYING_NOUNS and head.pos_ == "NOUN":
            return lemma(head.head) in SAYING_LIGHT_VERBS or lexicon.reporting.get(lemma(head.head)) == "report"
        if token.dep_ == "ccomp" and lemma(head) in BELIEVING_VERBS:
            token = head
        elif token.dep_ == "xcomp" and lemma(token) in BELIEVING_VERBS:  # 'have to understand that ...'
            token = head
        else:
            break
    return token.dep_ == "ROOT" and speaker_verb(token, lexicon.reporting) is not None


# subjects that point back at an act the story has just told: '"This is unacceptable," Casin said'
DEMONSTRATIVES = frozenset({"this", "that"})


def demonstrative_reporter(match: Match, lexicon: Lexicon) -> Token | None:
    """'Israeli police stormed the mosque. "This is unacceptable," Casin said': a judgement whose subject is
    'this' or 'that' judges an act told before it, its speaker the source; the reporting verb, if any
    (replies.py aims it at whoever did that act)."""
    trigger = match.trigger
    if not match.pattern.code.startswith("11") or not (predicate_adjective(trigger) or predicate_noun(trigger)):
        return None
    copula = trigger.head
    if not any(c.dep_ == "nsubj" and c.lower_ in DEMONSTRATIVES for c in copula.children):
        return None
    if not reported_judgement(match, lexicon):
        return None
    if copula.dep_ == "ccomp" and lexicon.reporting.get(lemma(copula.head)) == "report":
        return copula.head
    return speaker_verb(copula, lexicon.reporting) if copula.dep_ == "ROOT" else None
