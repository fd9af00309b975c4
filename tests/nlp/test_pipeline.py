"""The spaCy pipeline: model choice, a clear error for a missing model, parsing segment by segment."""
from __future__ import annotations

import pytest

from dyadwatch.errors import ModelError
from dyadwatch.documents import read_html, read_text
from dyadwatch.nlp.pipeline import DEFAULT_MODEL, MODEL_ENV, PIPE_BATCH, load_pipeline, model_name, parse_documents, sentence_ents


@pytest.mark.parametrize(
    "explicit, env, expected",
    [(None, None, DEFAULT_MODEL), (None, "en_core_web_lg", "en_core_web_lg"), ("en_core_web_md", "en_core_web_lg", "en_core_web_md")],
)
def test_model_name_precedence(monkeypatch, explicit, env, expected):
    if env:
        monkeypatch.setenv(MODEL_ENV, env)
    else:
        monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_name(explicit) == expected


def test_missing_model_says_how_to_fix():
    with pytest.raises(ModelError, match="pip install xx-missing-model.*--model"):
        load_pipeline("xx_missing_model")


def test_sentences_never_cross_segments(nlp):
    page = (
        "<html><head><title>Talks</title></head><body><article><p>Officials met in Geneva. They talked</p>"
        "<blockquote>Russia and Ukraine exchanged prisoners.</blockquote></article>"
        "<section id='comments'><div class='comment'>Nobody believes this.</div></section></body></html>"
    )
    document = read_html(page, "page")
    [(parsed_doc, parts)] = list(parse_documents(nlp, [document]))
    assert parsed_doc is document
    for part in parts:
        for sent in part.doc.sents:
            start = part.offset + sent.start_char
            assert document.text[start : start + len(sent.text)] == sent.text
            assert document.segment_at(start) == part.segment
    assert [p.segment.kind for p in parts] == [s.kind for s in document.segments]


@pytest.mark.parametrize("batch_size", [1, 2, PIPE_BATCH])
def test_documents_across_pipe_batches_come_back_whole_and_parsed_as_alone(nlp, batch_size):
    texts = [
        "Officials met in Geneva.",
        "Protesters marched in Nairobi on Monday.\n\nPolice fired tear gas, witnesses said.",
        "Russia and Ukraine exchanged prisoners.",
        "The minister said \"we will not negotiate\" with the rebels.\n\nTalks resumed in Doha.",
    ] * 5
    documents = [read_text(text, f"d{n}") for n, text in enumerate(texts)]
    parsed = list(parse_documents(nlp, documents, batch_size=batch_size))
    assert [document for document, _ in parsed] == documents
    for document, parts in parsed:
        [(_, alone)] = list(parse_documents(nlp, [document], batch_size=64))
        assert [p.segment for p in parts] == [p.segment for p in alone] == document.segments
        assert [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in p.doc] for p in parts] == \
            [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in p.doc] for p in alone]


@pytest.mark.parametrize("text", [
    "Gollum was seen to break into an anti- Gondor parade on Saturday.",
    "The pro- government rally ended on Saturday.",
])
def test_no_sentence_starts_after_an_open_hyphen(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(
    "text, first",
    [
        ("Sudan's warring sides sign truce at Jeddah talks\n\nThe army and the RSF signed a truce.",
         "Sudan's warring sides sign truce at Jeddah talks"),
        ("JEDDAH, Saudi Arabia, May 21, 2023 (Ledger Wire) - Sudan's army signed a truce on Saturday.",
         "JEDDAH, Saudi Arabia, May 21, 2023 (Ledger Wire) -"),
        ("NEW YORK (Ledger Wire) \u2014 The Security Council voted to extend the mission.", "NEW YORK (Ledger Wire) \u2014"),
    ],
)
def test_headlines_and_datelines_are_lines_of_their_own(nlp, text, first):
    assert next(iter(nlp(text).sents)).text.strip() == first


def test_a_sentence_with_a_dash_is_not_a_dateline(nlp):
    text = "UN envoys - and Qatar - pressed Hamas to release the hostages."
    assert len(list(nlp(text).sents)) == 1


def test_the_dateline_place_is_not_the_reports_subject(coder):
    from dyadwatch.documents.readers import read_text

    text = "JEDDAH, Saudi Arabia (Ledger Wire) - Sudan's army signed a ceasefire on Saturday, Saudi Arabia said."
    events = coder.code(read_text(text, "t"))
    assert {e.source.country for e in events} == {"SDN"}


@pytest.mark.parametrize("text, index, expected", [
    ("Russia hopes that Ukraine will attack.", 1, "hope"),
    ("The court fined the company.", 2, "fine"),
    ("Police cordoned off the square.", 1, "cordon"),
    ("Students staged a protest.", 1, "stage"),
])
def test_lemmas_the_lemmatizer_gets_wrong_are_corrected(nlp, text, index, expected):
    assert nlp(text)[index].lemma_ == expected


@pytest.mark.parametrize("content, message", [
    ("hopes hope\n", "separated by a TAB"),
    ("Hopes\thope\n", "lower case"),
    ("hopes\thope\nhopes\thop\n", "corrected twice"),
])
def test_malformed_lemma_corrections_name_file_and_line(tmp_path, content, message):
    from dyadwatch.errors import LexiconError
    from dyadwatch.nlp.lemmas import read_corrections

    path = tmp_path / "lemmas.tsv"
    path.write_text(content)
    with pytest.raises(LexiconError, match=message) as info:
        read_corrections(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin met Kim Jong Un in Vladivostok on Wednesday. The United Nations "
    "Security Council condemned the attack on Kyiv last month.",
    "On Tuesday, March 3, the European Union and NATO said Germany would send tanks. Talks end Friday.",
    "Nothing named here. New York Times reporters in New Delhi and Paris wrote about the World Bank.",
])
def test_sentence_ents_are_spacys_sentence_entities(nlp, text):
    doc = nlp(text)
    found = [[(e.start, e.end, e.label_) for e in sentence_ents(sent)] for sent in doc.sents]
    assert found == [[(e.start, e.end, e.label_) for e in sent.ents] for sent in doc.sents]
    assert any(found)
