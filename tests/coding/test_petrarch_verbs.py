"""PETRARCH verb dictionaries: each syntax feature on a small inline dictionary, and each malformed entry."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors.petrarch import load_actor_knowledge
from dyadwatch.coding.coder import Coder
from dyadwatch.coding.lexicon import Lexicon
from dyadwatch.coding.petrarch.discards import dateline, discarded, load_discards
from dyadwatch.coding.petrarch.verbs import load_verb_dictionary, regular_forms
from dyadwatch.errors import LexiconError
from dyadwatch.documents.readers import read_text

VERBS = """
&TIES
+MILITARY
+ECONOMIC

&MONEY
+DOLLARS
+SWISS FRANCS

--- RESTORE [064] ---
RESTORE
- * &TIES TIES [902]
- * DIPLOMATIC_TIES [901]
- NOT * RELATIONS [112]

--- BREAK [1717] ---
BREAK {BROKE BROKEN}
+BREAK_DOWN {+BROKE_DOWN}
- * TREATY [161]

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &MONEY [903]

--- LEAVE [032:033] ---
LEAVE {LEFT}

--- POSTPONE [---] ---
POSTPONE
- % HAVE * [191]

--- FREE [066] ---
FREE
- + WAS_ * FROM $ [174]

--- CELEBRATE [181] ---
CELEBRATE
- * IFTAR IN ^ WITH + [045]
- + HOSTING * TABASKI ^ $ [042]
- + HOSTING * MAY_DAY $ [046]

--- TAP [---] ---
WIRE_+TAP {WIRE_+TAPPED}

--- ACT [100] ---
ACT
- * ON RESOLUTION [102]

--- CONFISCATE [1711] ---
CONFISCATE
- PEACE-KEEPING * [---]
"""

ACTORS = """
ARNOR [ARN]
GONDOR [GON]
+MINAS_TIRITH
OSGILIATH [OSG]
ERIADOR [ERI]
DAGOLATH [DAG]
ETHIOPIA [ETH]
LIBYA [LBY]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def dictionary_coder(coder: Coder, tmp_path: Path, verbs: str) -> Coder:
    lexicon = Lexicon(reporting=coder.lexicon.reporting, modality=coder.lexicon.modality)
    load_verb_dictionary(write(tmp_path, "verbs.txt", verbs), lexicon)
    kb = load_actor_knowledge([write(tmp_path, "actors.txt", ACTORS)], [])
    return Coder(coder.nlp, lexicon, kb, coder.ontology, context_countries=False)


@pytest.fixture
def petrarch_coder(coder: Coder, tmp_path: Path) -> Coder:
    return dictionary_coder(coder, tmp_path, VERBS)


def triples(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    events = coder.code(read_text(text, "t", published=date(1995, 1, 1)))
    return {(e.source.code, e.target.code if e.target else "---", e.cameo.code) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Arnor restored ties with Gondor.", ("ARN", "GON", "064")),                       # block code
    ("Arnor restored economic ties with Gondor.", ("ARN", "GON", "902")),              # &synset
    ("Arnor restored diplomatic ties with Gondor.", ("ARN", "GON", "901")),            # '_' adjacent words
    ("Arnor did not restore relations with Gondor.", ("ARN", "GON", "112")),           # words before '*'
    ("Arnor broke a treaty with Gondor.", ("ARN", "GON", "161")),                      # irregular form {BROKE}
    ("Arnor broke down talks with Gondor.", ("ARN", "GON", "1717")),                   # multi-word verb
    ("Arnor contributed swiss francs to Gondor.", ("ARN", "GON", "903")),              # multi-word synset member
    ("Arnor celebrated Iftar in Osgiliath with Eriador.", ("ARN", "ERI", "045")),       # '^' skip and '+' target
    # the subject parsed as a compound of the verb
    ("Ethiopia act on a resolution with Libya's help, an official said.", ("ETH", "LBY", "102")),
    # '+' before a word before the verb: the phrase before that word; '$' after '^': the phrase after the skipped one
    ("Arnor will be hosting Gondor to celebrate Tabaski with Eriador at Dagolath.", ("DAG", "ARN", "042")),
    ("Arnor will be hosting Gondor to celebrate May Day with Eriador.", ("ERI", "ARN", "046")),
])
def test_pattern_features(petrarch_coder, text, expected):
    assert expected in triples(petrarch_coder, text)


def test_adjacency_blocks_words_between(petrarch_coder):
    found = triples(petrarch_coder, "Arnor restored diplomatic and trade ties with Gondor.")
    assert ("ARN", "GON", "901") not in found and ("ARN", "GON", "064") in found


def test_reverse_code(petrarch_coder):
    assert triples(petrarch_coder, "Arnor left for Gondor.") == {("ARN", "GON", "032"), ("GON", "ARN", "033")}


def test_compound_actors_act_on_each_other(petrarch_coder):
    found = triples(petrarch_coder, "Arnor and Gondor have postponed the summit.")
    assert found == {("ARN", "GON", "191"), ("GON", "ARN", "191")}


def test_source_and_target_markers(petrarch_coder):
    assert ("DAG", "ARN", "174") in triples(petrarch_coder, "Arnor was freed from Dagolath.")


def test_null_code_codes_nothing(petrarch_coder):
    assert triples(petrarch_coder, "Arnor postponed the summit with Gondor.") == set()


def test_marked_verb_word(petrarch_coder, tmp_path):
    lexicon = Lexicon()
    load_verb_dictionary(write(tmp_path, "v.txt", VERBS), lexicon)
    (pattern,) = lexicon.verbs["tap"]
    assert [sorted(b) for b in pattern.before] == [["wire"]] and pattern.before_adjacent == (True,)


@pytest.mark.parametrize("text, message", [
    ("- * TIES [064]\n", "pattern before any verb"),
    ("--- RESTORE [064] ---\nRESTORE\n- * TIES\n", "pattern without a code"),
    ("--- RESTORE [064] ---\nRESTORE\n- TIES [064]\n", "exactly one '*'"),
    ("--- RESTORE [064] ---\nRESTORE\n- * * TIES [064]\n", "exactly one '*'"),
    ("--- RESTORE [064] ---\nRESTORE\n- * TIES [06 4]\n", "malformed code"),
    ("--- RESTORE [064] ---\nRESTORE\n- * TIES [064\n", "unbalanced '['"),
    ("--- RESTORE ---\nRESTORE\n", "has no code"),
    ("--- BREAK [1717] ---\nBREAK {BROKE BROKEN\n", "unbalanced '{'"),
    ("RESTORE\n", "before any block"),
    ("&EMPTY\n\n--- RESTORE [064] ---\nRESTORE\n", "has no members"),
    ("--- RESTORE [064] ---\nRESTORE\n- + * + [064]\n- * + ALSO + [064]\n", "at most one target"),
    ("--- RESTORE [064] ---\nRESTORE\n- * FULL TIES [+++:033]\n", "[+++] stands alone"),
    ("--- BLAST [064:+++] ---\nBLAST\n", "[+++] stands alone"),
    ("--- HOST [042] ---\nHOST\n- * FEAST ^ $ WITH $ [042]\n", "at most one source"),
])
def test_malformed_verb_entries_name_file_and_line(tmp_path, text, message):
    path = write(tmp_path, "bad.txt", text)
    with pytest.raises(LexiconError) as info:
        load_verb_dictionary(path, Lexicon())
    assert message in str(info.value) and str(path) in str(info.value)
    assert info.value.line > 0


COMPLEX = """
--- RESTORE [064] ---
RESTORE
- * FULL TIES [+++]

--- BLAST [+++] ---
BLAST
- * STATEMENT [122]
"""


@pytest.mark.parametrize("text, expected", [
    ("Arnor restored full ties with Gondor.", {("ARN", "GON", "064")}),   # a [+++] pattern is ignored
    ("Arnor blasted Gondor.", set()),                                     # a [+++] verb codes nothing
    ("Arnor blasted a statement by Gondor.", {("ARN", "GON", "122")}),    # its patterns still code
])
def test_complex_marker(coder, tmp_path, text, expected):
    assert triples(dictionary_coder(coder, tmp_path, COMPLEX), text) == expected


@pytest.mark.parametrize("verb, forms", [
    ("depart", ["departs", "departed", "departing"]),
    ("free", ["frees", "freed", "freeing"]),
    ("restore", ["restores", "restored", "restoring"]),
    ("deny", ["denies", "denied", "denying"]),
    ("reach", ["reaches", "reached", "reaching"]),
])
def test_regular_verb_forms(verb, forms):
    assert regular_forms(verb) == forms


@pytest.mark.parametrize("text, expected", [
    ("Arnor now departs from Gondor.", {("ARN", "GON", "032")}),
    ("Arnor departed from Gondor.", {("ARN", "GON", "032")}),
    ("Arnor now departes from Gondor.", set()),              # no such word form, though its lemma is 'depart'
    ("Arnor departs from Gondor.", {("ARN", "GON", "032")}),  # parsed as a noun phrase with no verb
])
def test_verbs_match_word_forms(coder, tmp_path, text, expected):
    assert triples(dictionary_coder(coder, tmp_path, "--- DEPART [032] ---\nDEPART\n"), text) == expected


def test_unknown_synset_skips_the_pattern_with_a_warning(tmp_path):
    """Production dictionaries use a few synsets they never define; they load as they are."""
    lexicon = Lexicon()
    load_verb_dictionary(write(tmp_path, "v.txt", "--- RESTORE [064] ---\nRESTORE\n- * &NOPE [064]\n"), lexicon)
    assert len(lexicon.verbs["restore"]) == 1
    assert "v.txt:3: unknown synset '&NOPE'" in lexicon.warnings[0]


def test_discards(tmp_path):
    found = load_discards(write(tmp_path, "d.txt", "BASEBALL\n+WORLD_GOLF_CHAMPIONSHIPS # story\n"))
    assert found.sentence == ["baseball"] and found.story == ["world golf championships"]
    assert discarded("They restored the World Golf Championships.", tuple(found.story)) == "world golf championships"
    assert discarded("Baseballs are round.", tuple(found.sentence)) is None


def test_discard_with_code_is_an_error(tmp_path):
    with pytest.raises(LexiconError, match="d.txt:1"):
        load_discards(write(tmp_path, "d.txt", "BASEBALL [ABC]\n"))


def test_discarded_sentence_is_reported(petrarch_coder):
    coder = Coder(petrarch_coder.nlp, petrarch_coder.lexicon, petrarch_coder.kb, petrarch_coder.ontology,
                  context_countries=False)
    coder.lexicon.sentence_discards = ("baseball",)
    coded = next(coder.code_many([read_text("Arnor restored baseball ties with Gondor.", "t")]))
    assert coded.events == [] and coded.discards == ["sentencediscard: baseball"]
    coder.lexicon.sentence_discards = ()


@pytest.mark.parametrize("text, place", [
    ("CEBU CITY: -- The mayor filed a suit.", "CEBU CITY"),
    ("MANILA -- The mayor filed a suit.", "MANILA"),
    ("The mayor filed a suit in CEBU: nobody came.", None),
    ("Arnor restored ties with Gondor.", None),
])
def test_dateline_opening_a_sentence(text, place):
    assert dateline(text) == place
