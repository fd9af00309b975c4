"""Find the place names of a parsed document and choose, in context, the place each one means.

Mentions are spaCy's GPE, LOC and FAC entities and the proper-noun heads of locative phrases ('in
Beledweyne'). A name's candidates are scored by population and feature type (a country before a
province before a capital before a town), then again with the document as context: the countries and
divisions of the other places it names ('Georgia' with 'Tbilisi' is the country, with 'Atlanta' the US
state) and the countries of its actors.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .areas import AREA_KINDS
from .gazetteer import Gazetteer, Place
from .names import DIVISION_WORDS, bare_division, name_key

ENTITY_LABELS = ("GPE", "LOC", "FAC")
# Entities whose words are never a place ('On 12 March 2023' is no town called March).
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Verbs whose object is the place they hit ('Russian missiles struck Odesa').
STRIKING_VERBS = frozenset({"strike", "hit", "shell", "bomb", "attack", "pound", "target", "raid", "storm", "capture",
                            "seize", "besiege", "invade", "bombard", "rock", "overrun"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "through", "throughout", "around", "into", "on",
                            "to", "within", "along", "toward", "towards", "over"})
AGENT_PREPS = frozenset({"by", "from", "with", "against", "for", "between", "among", "of", "about"})
# 'talks on Ukraine', 'a resolution over Gaza' are about a place; 'strikes on Kharkiv' happen there.
TOPIC_PREPS = frozenset({"on", "over", "regarding", "concerning"})
FORCE_NOUNS = frozenset({"strike", "airstrike", "attack", "assault", "raid", "offensive", "bombardment", "shelling",
                         "bombing", "incursion", "advance", "crackdown", "missile", "drone", "rocket", "fire"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Buildings of bodies named after their town, where protests, hearings and attacks happen ('the Karachi
# Press Club', 'the Lahore High Court'); not universities, often named after a person or a state
# ('Washington University', 'Columbia University').
VENUE_NOUNS = frozenset({"club", "court", "hospital", "mosque", "church", "temple", "stadium", "airport", "station",
                         "prison", "jail", "market", "bazaar", "hotel", "assembly", "museum"})
# Nouns that a place name modifies as a place ('the Somali city', 'Kharkiv region', 'Gaza border').
PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "state", "capital", "area", "district",
                         "border", "port", "base", "coast", "camp", "airport", "territory", "county", "oblast",
                         "governorate", "desert", "valley", "island", "islands", "frontline", "front", "outskirts",
                         "suburb", "neighborhood", "neighbourhood", "street", "square", "highway", "hospital",
                         "prison", "embassy", "consulate", "headquarters", "parliament", "palace", "court"})
# 'near the Afghan border', 'along the Lebanon border': the edge of that country, on either side of it.
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "boundary"})
STATIC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "through", "throughout", "around", "within"})
# 'in Thailand's custody', 'on Russian-held territory': a country's name before them says where.
HOLDING_NOUNS = frozenset({"custody", "hands", "control", "care", "territory", "waters", "airspace", "soil",
                           "jail", "prison", "prisons", "detention"})
# Acts whose quarrel 'over' something happens where that is ('clashed over land in Plateau State').
FIGHTING_WORDS = FORCE_NOUNS | {"clash", "fight", "fighting", "battle", "shoot", "kill"}
# 'sovereignty of the Chagos Islands', 'control over Kherson': the place itself, not a topic.
RULE_NOUNS = frozenset({"sovereignty", "control", "administration", "annexation", "occupation", "handover"})
STREET_WORDS = frozenset({"street", "avenue", "boulevard", "lane", "st", "ave", "blvd"})
# Acts of force whose 'of' names the place they hit ('a blockade of the Gaza Strip', 'the siege of
# Mariupol', 'the shelling of Kharkiv', 'Russia's invasion of Ukraine').
SIEGE_NOUNS = frozenset({"blockade", "siege", "shelling", "bombing", "bombardment", "invasion", "encirclement",
                         "occupation", "storming", "capture", "fall", "liberation"})
# Events that a city's name before them places ('the Jeddah talks', 'the Sibi attack').
EVENT_NOUNS = FORCE_NOUNS | {"talks", "talk", "summit", "meeting", "conference", "negotiation", "negotiations",
                             "protest", "protests", "rally", "march", "clash", "clashes", "siege", "massacre",
                             "hijacking", "blast", "explosion", "shooting", "fighting", "battle", "ceasefire"}
# 'at a U.N. Security Council meeting', 'at the Jeddah talks': a gathering named after the body or city
# that holds it happened there
GATHERING_NOUNS = frozenset({"meeting", "session", "summit", "conference", "talks", "debate", "briefing", "gathering",
                             "forum"})
# 'deported to China', 'sent back into Syria': where someone or something goes, not where the act is.
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
# Verbs whose object is the place where their subject goes ('Starmer visited the White House').
VISITED_VERBS = frozenset({"visit", "tour"})
# Words of going somewhere to be there ('a visit by Modi to Mauritius', 'due to travel to Canada'): where
# they go is where the visit and what is done there happen; not a way ('sought to make their way to
# Turkey'), a route ('from Quetta to Peshawar') or a way back ('go back to China').
VISIT_WORDS = frozenset({"visit", "trip", "travel", "tour", "journey", "arrive", "fly", "go", "come"})
FEATURE_PRIOR = {"PCLI": 6.0, **dict.fromkeys(AREA_KINDS, 5.0), "PPLC": 4.0, "ADM1": 2.5, "PPL": 0.0, "ADM2": -1.0}
MIN_TOWN_POPULATION = 15_000  # a smaller town is taken only when the document's countries support it
CONTEXT_ROUNDS = 2
OWN_NAME_BONUS = 3.0  # a place called so before a place that only has it among its alternate names
KNOWN_CITY_POPULATION = 100_000  # a proper noun outside any entity is taken as a place from this size
OUTWEIGHED = 5  # a namesake this many times larger wins over a town whose country alone the document names


@dataclass
class Mention:
    """A place name in the document: where it is, what it may mean, and what it was resolved to."""

    text: str
    span: tuple[int, int]  # document offsets
    part: int  # index of the parsed segment
    tokens: tuple[int, int]  # token range in that segment's Doc
    candidates: tuple[Place, ...]
    division: bool = False  # followed or ended by 'region', 'province', 'State' ...
    locative: bool = False  # the object of a locative preposition ('police in West Bengal')
    modifier: bool = False  # names whose people or state, not a place ('U.S. officials', 'India's ties')
    agentive: bool = False  # another participant or a topic ('operated by China', 'talks on Ukraine')
    destination: bool = False  # where someone or something is sent ('deported to China', 'aid to Ukraine')
    speaks: bool = False  # a country or capital that acts or speaks ('Islamabad must address'), set once placed
    border: bool = False  # names a border ('near the Afghan border'), whose side the event's actors tell
    story_capital: bool = False  # 'the capital': the document's country's, found once its places are known
    place: Place | None = None
    scores: dict[int, float] = field(default_factory=dict)

    def overlaps(self, span: tuple[int, int] | None) -> bool:
        return span is not None and self.span[0] < span[1] and span[0] < self.span[1]


def find_mentions(docs: list[tuple[Doc, int]], gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions in parsed segments, given as (Doc, document offset of the Doc) pairs."""
    found: list[Mention] = []
    people = _people(docs)
    for part, (doc, offset) in enumerate(docs):
        taken: set[int] = set()
        named: set[int] = set()
        for words in _joined_names(doc, gazetteer):
            mention = _mention(words, part, offset, gazetteer)
            if mention:
                found.append(mention)
                taken.update(range(words.start, words.end))
        for ent in doc.ents:
            named.update(range(ent.start, ent.end))
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            if (ent.label_ in ENTITY_LABELS or (ent.label_ == "ORG" and (_country_name(ent, gazetteer)
                                                                      or _division_name(ent, gazetteer)))
                    or _placed_as_place(ent, gazetteer) or _venue_of_town(ent, gazetteer)):
                mention = _mention(ent, part, offset, gazetteer)
                if mention and not _a_person(mention, people):
                    # 'at the Karachi Press Club': the town is where, whoever the building's body is
                    mention.locative = mention.locative or _venue_of_town(ent, gazetteer)
                    found.append(mention)
                    taken.update(range(ent.start, ent.end))
        dated = {i for ent in doc.ents if ent.label_ in NOT_PLACE_LABELS for i in range(ent.start, ent.end)}
        # a word of a longer name of something else: 'the Supreme Court', 'the Bureau of European Affairs'
        # (not of a venue the gazetteer knows: 'the White House')
        within = {i for ent in doc.ents if ent.label_ not in ENTITY_LABELS and len(ent) > 1
                  and not gazetteer.candidates(name_key(ent.text)) for i in range(ent.start, ent.end)}
        for token in doc:
            if token.i in taken or token.i in dated or token.i in within or not (
                    _locative_head(token) or (token.i not in named and _known_name(token, gazetteer))):
                continue
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if (start > 1 and doc[start - 1].dep_ == "case" and doc[start - 2].pos_ == "PROPN"
                    and gazetteer.candidates(name_key(doc[start - 2 : token.i + 1].text))):
                start -= 2  # a name with a possessive in it: 'Cox's Bazar', not the Kyrgyz 'Bazar'
            if any(i in taken for i in range(start, token.i + 1)):
                continue
            mention = _mention(doc[start : token.i + 1], part, offset, gazetteer)
            if mention and not _a_person(mention, people):
                found.append(mention)
                taken.update(range(start, token.i + 1))
    _narrow_pairs(found, docs)
    return found


def _joined_names(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Names of a division or country joined by 'and' ('Jammu and Kashmir', 'Trinidad and Tobago',
    'Kabardino-Balkaria and ...' only when the whole is one name the gazetteer lists as a division,
    a region or a country), which the parser splits into two places ('Jammu' would be the city)."""
    found = []
    for token in doc:
        if token.lower_ != "and" or token.i == 0 or token.i + 1 >= len(doc):
            continue
        if doc[token.i - 1].pos_ != "PROPN" or doc[token.i + 1].pos_ != "PROPN":
            continue
        start, end = token.i - 1, token.i + 2
        while start > 0 and doc[start - 1].pos_ == "PROPN" and token.i - start < 3:
            start -= 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and end - token.i < 3:
            end += 1
        words = doc[start:end]
        if any(p.feature_class == "A" or p.feature_code == "RGN" for p in gazetteer.candidates(name_key(words.text))):
            found.append(words)
    return found


def _people(docs: list[tuple[Doc, int]]) -> frozenset[str]:
    """The surnames of the people the document names in full ('Mahmoud Khalil'); not the other words of
    a name the parser ran together with a title or a place ('Kharkiv Mayor Ihor Terekhov')."""
    return frozenset(name_key(ent[-1].text) for doc, _ in docs for ent in doc.ents
                     if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].pos_ == "PROPN")


def _a_person(mention: Mention, people: frozenset[str]) -> bool:
    """A surname that the document gives a person ('Mahmoud Khalil ... Khalil's case') is that person, not a
    town that has the name among its own or alternate names (Hebron is also 'Khalil'); a country, a
    province or a capital keeps its name ('Jordan')."""
    return name_key(mention.text) in people and not any(
        p.is_country or p.feature_code in ("ADM1", "PPLC") for p in mention.candidates)


def _narrow_pairs(mentions: list[Mention], docs: list[tuple[Doc, int]]) -> None:
    """'Sibi, Balochistan', 'Atlanta, Georgia', 'Jeddah, Saudi Arabia': the second name is the country or
    division that holds the first, so each keeps only the candidates that fit the other. A first name
    with no candidate inside the second is left to it ('Charlevoix, Quebec' is not the Michigan town)."""
    ordered = sorted(mentions, key=lambda m: (m.part, m.tokens[0]))
    for first, second in zip(ordered, ordered[1:]):
        doc = docs[first.part][0]
        if second.part != first.part or second.tokens[0] != first.tokens[1] + 1 or doc[first.tokens[1]].text != ",":
            continue
        holders = [h for h in second.candidates if h.is_country or h.is_division] if not second.modifier else []
        inside = [p for p in first.candidates if any(_contains(h, p) for h in holders)]
        if not inside and (not holders or any(p.is_country or p.feature_code == "ADM1"
                                              or p.population >= KNOWN_CITY_POPULATION for p in first.candidates)):
            continue  # 'Lahore, Karachi', 'Canada, France', 'Punjab, Sindh': a list; 'Khan Younis, Gaza officials'
        if inside:
            second.candidates = tuple(h for h in holders if any(_contains(h, p) for p in inside))
        else:  # 'met in Charlevoix, Quebec': the province the gazetteer knows says where, in the town's stead
            second.locative, second.destination = first.locative, first.destination
            second.agentive = second.agentive or first.agentive
        first.candidates = tuple(inside)


def _contains(holder: Place, place: Place) -> bool:
    """Whether `place` lies in the country or first-level division `holder` (and is not it)."""
    if holder.id == place.id or holder.country != place.country:
        return False
    if holder.feature_code == "RGN":  # 'Khan Younis, Gaza': a listed region holds its admin-1's places
        return holder.adm1 is not None and holder.adm1 == place.adm1
    return holder.is_country or holder.id == place.adm1_id


def _acronym(text: str) -> bool:
    """'BLA', 'TTP', 'RSF': letters in capitals, which name organisations far more often than the towns
    or airports whose codes they match."""
    return 2 <= len(text) <= 5 and text.isalpha() and text.isupper()


def _country_name(ent: Span, gazetteer: Gazetteer) -> bool:
    """An entity the parser took for an organisation that is a country's name ('Niger's junta')."""
    return any(p.is_country for p in gazetteer.candidates(name_key(ent.text)))


def _division_name(ent: Span, gazetteer: Gazetteer) -> bool:
    """An entity the parser took for an organisation that is the own name of a province or a listed
    region ('Crimea was annexed', 'explosions rocked Crimea'): proper nouns only, not letters in capitals
    ('KP') nor a word such as 'Western' that is also a province's name."""
    words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    if not words or any(t.pos_ != "PROPN" for t in words) or _acronym(ent.text):
        return False
    key = name_key(ent.doc[words[0].i : words[-1].i + 1].text)
    return any(p.feature_code in ("ADM1", "RGN") and name_key(p.name) == key for p in gazetteer.candidates(key))


def _placed_as_place(ent: Span, gazetteer: Gazetteer) -> bool:
    """A name the parser took for an organisation or a person but that the words around it make a place
    ('Zimbabwe's capital, Harare', 'a hearing in Harare', 'missiles struck Odesa', 'at a U.N. Security
    Council meeting', 'the port of Odesa'), when it names a division or a town of some size; also one it
    took for a people ('militia shelled Omdurman') that is no country's adjective or demonym, or for a
    language ('attacked the port of Odesa')."""
    if ent.label_ not in ("ORG", "PERSON", "NORP", "LANGUAGE"):
        return False
    if ent.label_ in ("NORP", "LANGUAGE"):
        from .capitals import adjectives  # capitals.py builds on this module
        if name_key(ent.text) in adjectives():
            return False
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    name = ent.doc[start : ent.end]
    root = name.root
    placed = ((root.dep_ == "appos" and root.head.lemma_.lower() in PLACE_NOUNS)
              or (root.dep_ == "pobj" and root.head.lower_ in STATIC_PREPS)
              or (root.dep_ == "pobj" and root.head.lower_ in ("of", "over")
                  and root.head.head.lemma_.lower() in SIEGE_NOUNS | RULE_NOUNS | PLACE_NOUNS)  # 'the siege of Kharkiv'
              or (root.dep_ == "compound" and root.head.lemma_.lower() in GATHERING_NOUNS and _held_in(root.head))
              or (root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in STRIKING_VERBS | VISITED_VERBS))
    return placed and any(p.is_division or p.population >= MIN_TOWN_POPULATION
                          for p in gazetteer.candidates(name_key(name.text)))


def _venue_of_town(ent: Span, gazetteer: Gazetteer) -> bool:
    """An organisation's building named after its town, where something happens ('rallied at the Karachi
    Press Club', 'protested outside the Lahore High Court'): the town, as the object of a static
    locative of an act; not a newspaper ('wrote in the Washington Post'), a country's mission ('outside
    the Pakistan Embassy' in another capital) or where someone works ('a doctor at Chaoyang Hospital')."""
    root = ent.root
    if ent.label_ != "ORG" or root.dep_ != "pobj" or root.head.lower_ not in STATIC_PREPS \
            or root.lemma_.lower() not in VENUE_NOUNS:
        return False
    act = root.head.head
    if act.pos_ != "VERB" and act.lemma_.lower() not in EVENT_NOUNS:
        return False
    run = _leading_proper_nouns(ent[1:] if ent[0].lower_ == "the" else ent)
    if run is None or len(run) == len(ent) - (ent[0].lower_ == "the") and len(run) < 2:
        return False
    name, candidates = _named_within(run, gazetteer)
    return bool(candidates) and len(name) < len(run) and not any(p.is_country for p in candidates)


def _known_name(token: Token, gazetteer: Gazetteer) -> bool:
    """A proper noun that the parser tagged as no entity but that names a country, a division or a city
    of 100,000 people ('Shelling hit Kharkiv')."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return False  # part of a longer name ('Kharkiv Tractor Plant'), unlike 'the Kharkiv attack'
    return any(p.feature_class == "A" or p.population >= KNOWN_CITY_POPULATION
               for p in gazetteer.candidates(name_key(token.text)))


def _locative_head(token: Token) -> bool:
    """'in Beledweyne', 'the Anbar desert': a proper noun that a locative or a place noun makes a place."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in LOCATIVE_PREPS
    return token.dep_ == "compound" and token.head.lemma_.lower() in PLACE_NOUNS


def _mention(span: Span, part: int, offset: int, gazetteer: Gazetteer) -> Mention | None:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    if start == end:
        return None
    if any(doc[i].lower_.rstrip(".") in STREET_WORDS for i in (end - 1, end) if start < i < len(doc)):
        return None  # 'Central Avenue', 'Baghdad Street': a street named after a place is in another town
    division = end < len(doc) and doc[end].lower_ in DIVISION_WORDS
    if division:
        end += 1
    words = doc[start:end]
    key = name_key(words.text)
    candidates = gazetteer.candidates(key)
    if not candidates and division:
        end -= 1  # 'Kharkiv region' is not a name of its own: the division called Kharkiv
        words = doc[start:end]
        candidates = gazetteer.candidates(name_key(words.text))
    elif not candidates:
        bare = bare_division(key)
        if bare:
            division = True
            candidates = gazetteer.candidates(bare)
    if not candidates and len(words) > 1:
        run = _leading_proper_nouns(words)  # 'Zaporizhzhia nuclear power plant' -> 'Zaporizhzhia'
        if run is not None and len(run) < len(words):
            words = run
            candidates = gazetteer.candidates(name_key(words.text))
        elif run is not None:
            words, candidates = _named_within(run, gazetteer)
    if not candidates or not words.text[:1].isupper():
        return None
    if _acronym(words.text) and not any(p.is_country or p.feature_code == "ADM1" for p in candidates):
        return None
    return described(words, part, offset, candidates, division)


def described(words: Span, part: int, offset: int, candidates: tuple[Place, ...], division: bool = False) -> Mention:
    """A mention of `words` with its candidates, and what the words around it make of it: a locative, a
    modifier, another participant or a topic, a destination."""
    span_chars = (offset + words.start_char, offset + words.end_char)
    root = words.root
    locative = root.dep_ == "pobj" and root.head.lower_ in STATIC_PREPS
    if not locative and root.dep_ == "appos" and root.head.lemma_.lower() in PLACE_NOUNS:
        locative = _held_in(root.head)  # 'in the capital, Khartoum', 'at a port city, Latakia'
    if not locative and root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() in PLACE_NOUNS:
        locative = _held_in(root.head)  # 'forces in Somalia's Puntland region', 'in the Anbar desert'
    modifier = (root.dep_ in MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN")
                and root.head.lemma_.lower() not in PLACE_NOUNS and not division)
    if modifier and root.head.lemma_.lower() in HOLDING_NOUNS and _held_in(root.head):
        modifier, locative = False, True  # 'in Thailand's custody', 'in U.S. hands' say where
    elif modifier and root.head.lemma_.lower() in EVENT_NOUNS and not any(p.is_country for p in candidates):
        modifier = False  # 'the Jeddah talks', 'the Sibi attack', unlike 'U.S. strikes'
    elif modifier and _gathering_venue(root):
        modifier, locative = False, True  # 'at the Singapore summit', unlike 'U.S. talks with Iran'
    prep = root.head if root.dep_ == "pobj" else None
    agentive = prep is not None and (prep.lower_ in AGENT_PREPS or (
        prep.lower_ in TOPIC_PREPS and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() not in FORCE_NOUNS))
    if agentive and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
        agentive, locative = False, _held_in(prep.head)  # 'the port city of Latakia', 'the U.S. state of Alaska'
    elif agentive and prep.lower_ in ("of", "over") and prep.head.lemma_.lower() in RULE_NOUNS | SIEGE_NOUNS:
        agentive = False  # 'sovereignty of the Chagos Islands', 'control over Kherson', 'the blockade of Gaza'
    agentive = agentive or _in_topic(root)
    destination = prep is not None and prep.lower_ in DESTINATION_PREPS
    if destination and _visited(prep):
        destination, locative = False, True
    mention = Mention(words.text, span_chars, part, (words.start, words.end), candidates, division, locative, modifier,
                      agentive, destination)
    # 'the Afghan border', 'the Lebanon border' (not 'Mexico's border', which is Mexico's side)
    mention.border = root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in BORDER_NOUNS
    return mention


def _in_topic(name: Token) -> bool:
    """A place inside what a phrase is about ('protests over the war in Gaza', 'a resolution on the
    fighting in Sudan', 'talked about the situation in Syria'): a topic, not where the act happened; not
    inside the target of force ('strikes on a hospital in Gaza', 'clashed over land in Plateau State'),
    a place ('fighting over the town of Bakhmut') or what a verb acts on ('fired on a crowd in Kyiv')."""
    token = name
    for _ in range(4):
        head = token.head
        if head == token:
            return False
        if (token is not name and token.dep_ == "pobj" and head.dep_ == "prep"
                and head.lower_ in TOPIC_PREPS | {"about"}):
            owner = head.head
            if owner.lemma_.lower() in FIGHTING_WORDS or token.lemma_.lower() in PLACE_NOUNS:
                return False
            return owner.pos_ == "NOUN" or (owner.pos_ in ("VERB", "AUX") and head.lower_ != "on")
        if head.pos_ in ("VERB", "AUX"):
            return False
        token = head
    return False


def _visited(prep: Token) -> bool:
    """'to' after a word of visiting, or after its visitor ('a two-day visit by Modi to Mauritius'); not
    the end of a route ('a train traveling from Quetta to Peshawar' did not get there) nor a return."""
    token = prep.head
    for _ in range(3):
        if token.lemma_.lower() in VISIT_WORDS:
            return not any(c.lower_ == "back" or (c.dep_ == "prep" and c.lower_ == "from") for c in token.children)
        if token.dep_ not in ("pobj", "prep", "compound", "appos") or token.head == token:
            return False
        token = token.head
    return False


def _gathering_venue(name: Token) -> bool:
    """A country's proper name as the one name before a gathering held there ('met at the Singapore
    summit', 'at the Vietnam summit'): the venue, while 'U.S. talks', 'the Iran meeting' or 'the
    U.S.-China summit' outside such a phrase, or with another name beside it, say who meets or about what."""
    head = name.head
    return (name.dep_ == "compound" and name.pos_ == "PROPN" and head.lemma_.lower() in GATHERING_NOUNS
            and head.dep_ == "pobj" and head.head.lower_ == "at"
            and not any(c.dep_ in MODIFIER_DEPS and c.i != name.i and c.pos_ == "PROPN" for c in head.children)
            and "-" not in (name.nbor(1).text if name.i + 1 < len(name.doc) else ""))


def _held_in(noun: Token) -> bool:
    """A noun that is the object of a static locative ('in [Thailand's] custody', 'in [the city of] Irbil')."""
    return noun.dep_ == "pobj" and noun.head.lower_ in STATIC_PREPS


def _named_within(words: Span, gazetteer: Gazetteer) -> tuple[Span, tuple[Place, ...]]:
    """A venue named after the island, city or site it is on ('the Angel Island Immigration Station',
    'the Zaporizhzhia Nuclear Power Plant'): the longest leading name the gazetteer knows; one word
    alone only when it names a country, a division or a city of some size (not 'Angel')."""
    for end in range(words.end - 1, words.start, -1):
        run = words.doc[words.start : end]
        candidates = gazetteer.candidates(name_key(run.text))
        if candidates and (len(run) > 1 or any(p.feature_class == "A" or p.population >= KNOWN_CITY_POPULATION
                                               for p in candidates)):
            return run, candidates
    return words, ()


def _leading_proper_nouns(words: Span) -> Span | None:
    end = words.start
    while end < words.end and words.doc[end].pos_ == "PROPN":
        end += 1
    return words.doc[words.start : end] if end > words.start else None


@dataclass
class _Context:
    countries: Counter
    divisions: Counter
    actor_countries: frozenset[str]


def resolve_mentions(mentions: list[Mention], actor_countries: set[str]) -> None:
    """Choose each mention's place: by prior first, then with the other mentions' choices as context.
    The context of a mention is what the mentions of other names chose, kept as running counts (all
    names' and each name's own) that follow every new choice: linear, not quadratic, in the mentions."""
    for mention in mentions:
        mention.place = _choose(mention, None)
    keys = [name_key(mention.text) for mention in mentions]
    actors = frozenset(actor_countries)
    total = _Tally()
    own: dict[str, _Tally] = {}
    for key, mention in zip(keys, mentions):
        total.add(mention.place, 1)
        own.setdefault(key, _Tally()).add(mention.place, 1)
    for _ in range(CONTEXT_ROUNDS):
        for key, mention in zip(keys, mentions):
            mine = own[key]
            context = _Context(total.countries - mine.countries, total.divisions - mine.divisions, actors)
            before, mention.place = mention.place, _choose(mention, context)
            if mention.place is not before:
                for tally in (total, mine):
                    tally.add(before, -1)
                    tally.add(mention.place, 1)


@dataclass
class _Tally:
    """How many mentions chose each country and each division (a place counts for its own division and
    for the first-level division it lies in)."""

    countries: Counter = field(default_factory=Counter)
    divisions: Counter = field(default_factory=Counter)

    def add(self, place: Place | None, n: int) -> None:
        if place is None:
            return
        self.countries[place.country] += n
        if place.is_division:
            self.divisions[place.id] += n
        if place.adm1_id is not None:
            self.divisions[place.adm1_id] += n


def _choose(mention: Mention, context: _Context | None) -> Place | None:
    candidates = _without_own_division(mention)
    towns = [p.population for p in candidates if p.feature_class == "P"]
    biggest = max(towns) if towns else 0
    scored = [(_score(p, mention, context, biggest), p) for p in candidates]
    mention.scores = {p.id: s for s, p in scored}
    if not scored:
        return None
    score, best = max(scored, key=lambda item: item[0])
    return best if _acceptable(best, context) else None


def _without_own_division(mention: Mention) -> list[Place]:
    """'Kharkiv', 'Baghdad', 'Mosul' name a city and the division around it; without 'region' or
    'province' next to it, the name means the city."""
    candidates = list(mention.candidates)
    if mention.division:
        return candidates
    cities = [p for p in candidates if p.feature_class == "P"]
    own = {c.adm1_id for c in cities} | {c.id for c in cities}
    return [p for p in candidates if not (p.feature_code in ("ADM1", "ADM2") and (p.id in own or _holds(p, cities)))]


def _holds(division: Place, cities: list[Place]) -> bool:
    """A second-level division named like a city of the same first-level division ('Mosul' district)."""
    return division.feature_code == "ADM2" and any(c.adm1_id == division.adm1_id for c in cities)


def _score(place: Place, mention: Mention, context: _Context | None, biggest: int = 0) -> float:
    """Prior (population, feature type, own name), then context. A town dwarfed by a namesake
    (`biggest`, at least OUTWEIGHED times its size) is not taken for it just because the document speaks
    of its country or its actors' ('the U.N. Human Rights Council in Geneva' in a story full of U.S.
    officials is not Geneva, Illinois); only the naming of its province does ('Athens, Georgia')."""
    score = math.log10(place.population + 10) + FEATURE_PRIOR.get(place.feature_code, 0.0)
    if _own_name(place, mention.text):
        score += OWN_NAME_BONUS
    if mention.division:
        score += 6.0 if place.is_division else -3.0
    if context is None:
        return score
    in_division = place.id in context.divisions or (place.adm1_id is not None and place.adm1_id in context.divisions)
    if in_division:
        score += 3.0
    elif place.feature_class == "P" and place.population * OUTWEIGHED < biggest:
        return score
    if context.countries[place.country]:
        score += 3.0
    if place.country in context.actor_countries:
        score += 1.5
    return score


def _own_name(place: Place, text: str) -> bool:
    """Whether the mention is the place's own name ('Quebec' for Québec), not one of the alternate names
    GeoNames lists for it (old names, nicknames, names in other languages: 'Quebec' for New Britain)."""
    key = name_key(text)
    return name_key(place.name) in (key, bare_division(key) or key)


def _acceptable(place: Place, context: _Context | None) -> bool:
    """Countries, divisions and towns of some size are taken on their own; a small town only when the
    document otherwise speaks of its country."""
    if place.feature_class == "A" or place.feature_code == "RGN" or place.population >= MIN_TOWN_POPULATION:
        return True
    return context is not None and (context.countries[place.country] > 0 or place.country in context.actor_countries)
