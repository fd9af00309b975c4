"""How the engine applies PETRARCH dictionary semantics on spaCy's parse: compound actors, agents,
targets inside noun phrases and clauses, passives and pattern markers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors.petrarch import load_actor_knowledge
from dyadwatch.actors.resolver import compose
from dyadwatch.coding.coder import Coder
from dyadwatch.coding.lexicon import Lexicon
from dyadwatch.coding.petrarch.verbs import load_verb_dictionary
from dyadwatch.documents.readers import read_text

VERBS = """
--- AGREE [081] ---
AGREE
- % * [030:030]

--- LEAVE [012] ---
LEAVE

--- LEFT [032:033] ---
LEFT

--- RESTORE [064] ---
RESTORE

--- CONDEMN [122] ---
CONDEMN

--- WELCOME [041] ---
WELCOME

--- WARN [160] ---
WARN

--- SAY [023] ---
SAY {SAID}

--- BURN [---] ---
BURN
- * DOWN [222]

--- BREAK [1717] ---
BREAK {BROKE BROKEN}

--- TRY [---] ---
TRY
- * PERSUADE [095]

--- CLASH [223] ---
CLASH

--- ABANDON [345] ---
ABANDON
- * EFFORT [987]

--- CRITICIZE [121] ---
CRITICIZE
- HEAVILY UNJUSTLY * [123]

--- CELEBRATE [181] ---
CELEBRATE
- * IFTAR IN ^ + [045]
- * IFTAR AT ^ ^ + [044]
"""

ACTORS = """
ARNOR [ARN]
GONDOR [GON]
OSGILIATH [OSG]
ITHILEN [ITH]
WHITE_HOUSE [USAGOV]
ERIADOR [ERI]
+ERIADORI
THE_SHIRE [SHI]
MORDOR [MOR]
FORNOST [FOR]
BREE [BRE]
DENMARK [DNK]
+DANISH
"""

AGENTS = """
OFFICIAL [~GOV]
SOLDIER [~MIL]
AMBASSADOR [~GOV]
LAWMAKER [~LEG]
MEDIA {} [~MED]
GOVERNMENT [~GOV]
LEADER [~GOV]
MINISTRY_OF_SILLY_WALKS [~GOV]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def engine(coder: Coder, tmp_path: Path) -> Coder:
    lexicon = Lexicon(reporting=coder.lexicon.reporting, modality=coder.lexicon.modality)
    load_verb_dictionary(write(tmp_path, "verbs.txt", VERBS), lexicon)
    kb = load_actor_knowledge([write(tmp_path, "actors.txt", ACTORS)], [write(tmp_path, "agents.txt", AGENTS)])
    return Coder(coder.nlp, lexicon, kb, coder.ontology, context_countries=False)


def triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    events = coder.code(read_text(text, "t", published=date(1995, 1, 1)))
    return {(e.source.code, e.target.code if e.target else "---", e.cameo.code) for e in events}


@pytest.mark.parametrize("text, expected", [
    # '% *' matches only a conjoined subject, whose actors then act on each other
    ("Arnor and Gondor agree that the dispute should end.", {("ARN", "GON", "030"), ("GON", "ARN", "030")}),
    ("Arnor agreed with Gondor.", {("ARN", "GON", "081")}),
    # pattern words are word forms: 'EFFORT' does not match 'efforts'
    ("Arnor abandoned an effort with Gondor.", {("ARN", "GON", "987")}),
    ("Arnor abandoned efforts with Gondor.", {("ARN", "GON", "345")}),
    # a verb's own surface form ('LEFT') is preferred to the lemma's entry ('LEAVE')
    ("Arnor left for Gondor.", {("ARN", "GON", "032"), ("GON", "ARN", "033")}),
    # an agent the actor's code already carries is not added twice
    ("White House officials restored ties with Gondor.", {("USAGOV", "GON", "064")}),
    # an agent whose name contains 'of'
    ("The Arnor Ministry of Silly Walks condemned Gondor.", {("ARNGOV", "GON", "122")}),
    # 'an attack in Ithilen' is no actor: the attackers named in the phrase are the target
    ("Gondor condemned an attack by Osgiliath soldiers in Ithilen.", {("GON", "OSGMIL", "122")}),
    # the target is the first actor after the verb, also inside relative and participle clauses
    ("Arnor welcomed memos sent by Gondor.", {("ARN", "GON", "041")}),
    ("Arnor warned of the roads leading into Gondor.", {("ARN", "GON", "160")}),
    # ... and after it in the clause that controls it ('was seen to break into ... parade')
    ("Arnor was seen to break into an anti- Gondor parade.", {("ARN", "GON", "1717")}),
    # a null-coded verb ('try [---]') leaves what is tried to be coded
    ("Arnor tried to clash with Gondor.", {("ARN", "GON", "223")}),
])
def test_engine_semantics(engine, text, expected):
    assert triples(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # conjoined names inside an 'of' or 'in' phrase or a modifier: one actor each
    ("The ambassadors of Arnor, Osgiliath and Gondor welcomed Eriador.",
     {("ARNGOV", "ERI", "041"), ("OSGGOV", "ERI", "041"), ("GONGOV", "ERI", "041")}),
    ("Lawmakers in Arnor and Gondor welcomed Eriador.", {("ARNLEG", "ERI", "041"), ("GONLEG", "ERI", "041")}),
    ("Gondor welcomed Eriadori and Arnor leaders.", {("GON", "ERIGOV", "041"), ("GON", "ARNGOV", "041")}),
    # an apposition inside a list is one more member
    ("Mordor, the Shire, Fornost and Bree welcomed a resumption of ties with Gondor.",
     {(c, "GON", "041") for c in ("MOR", "SHI", "FOR", "BRE")}),
    # a bare conjoined noun shares the first noun's modifiers
    ("Danish media and government warned Gondor.", {("DNKMED", "GON", "160"), ("DNKGOV", "GON", "160")}),
])
def test_compound_actors_distribute(engine, text, expected):
    assert triples(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive without agent: the actor before the verb is the source, as PETRARCH codes it
    ("Arnor was criticized over its dispute with Gondor.", {("ARN", "GON", "121")}),
    ("Arnor was heavily and unjustly criticized over its dispute with Gondor.", {("ARN", "GON", "123")}),
    # a verb with no actor before it has no source, even with a passive agent after it
    ("Criticized by Eriador, Arnor restored ties with Gondor.", {("ARN", "GON", "064")}),
    ("Arnor was criticized by Eriador.", {("ERI", "ARN", "121")}),
    # '^' skips a noun phrase before the target
    ("Arnor celebrated Iftar in Osgiliath with the leaders of Gondor.", {("ARN", "GONGOV", "045")}),
    ("Arnor celebrated Iftar at Osgiliath with the parliament of Gondor.", {("ARN", "GON", "044")}),
])
def test_passives_and_skips(engine, text, expected):
    assert triples(engine, text) == expected


@pytest.mark.parametrize("base, sectors, code", [
    ("USAGOV", ("GOV",), "USAGOV"),
    ("HGWGOVMED", ("GOVMED",), "HGWGOVMED"),
    ("ARN", ("GOV",), "ARNGOV"),
    ("ARN", ("NGO~", "MED"), "NGOARNMED"),
])
def test_agents_already_in_the_code_are_not_repeated(base, sectors, code):
    assert compose(base, sectors) == code


@pytest.mark.parametrize("text, expected", [
    # a targetless event nests in the coded event of the clause it modifies or reports
    ("Arnor restored ties with Gondor after Osgiliath crowds burned down an embassy, an Arnor official said.",
     {("ARN", "GON", "064")}),
    ("Osgiliath crowds burned down an embassy, an Arnor official said.", {("OSG", "---", "222")}),
    ("An Arnor official said.", {("ARNGOV", "---", "023")}),
    # also a relative clause inside a coded event's clause
    ("Arnor condemned Gondor after raids in which Ithilen officials said many died.", {("ARN", "GON", "122")}),
    ("Ithilen officials said many died.", {("ITHGOV", "---", "023")}),
    # a reporting verb's target is the first actor after it, also in the clause it reports
    ("Arnor said that an embargo against Gondor would fail.", {("ARN", "GON", "023")}),
])
def test_targetless_events_nest(engine, text, expected):
    assert triples(engine, text) == expected
