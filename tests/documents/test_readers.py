import io
import json
import sys
from datetime import date

import pytest

from dyadwatch.errors import DocumentError, InputError
from dyadwatch.documents import Document, parse_date, read_source, read_text
from dyadwatch.samples import sample_paths

WIRE = (
    "Sudan's army and RSF agree to truce\n\n"
    "JEDDAH (Ledger Wire) - Sudan's army and the Rapid Support Forces signed a ceasefire\n"
    "in Jeddah on Saturday.\n\n"
    "Egypt welcomed the agreement on Sunday.\n"
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Truce signed | Ledger</title>"
    '<meta property="article:published_time" content="2023-05-21"></head>'
    "<body><nav>Home</nav><article><p>Sudan's army signed a ceasefire with the RSF.</p></article></body></html>"
)


def write(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def read_all(path: str, fmt: str = "auto", published: date | None = None) -> list:
    return list(read_source(path, fmt, published))


@pytest.mark.parametrize(
    "name, data, fmt, expected",
    [
        ("empty.txt", b"", "auto", "empty"),
        ("blank.txt", b"  \n\n\t\n", "auto", "empty"),
        ("empty.jsonl", b"\n", "auto", "empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "auto", "binary"),
        ("noise.html", bytes(range(128, 256)) * 40, "auto", "binary"),
        ("controls.txt", bytes(range(1, 9)) * 50 + b"some text", "auto", "binary"),
        ("latin1.txt", "Le président a visité Séoul.".encode("latin-1"), "auto", "offset 5"),
        ("utf16.txt", "Chile recalled its envoy.".encode("utf-16"), "auto", "UTF-16"),
        ("story.txt", WIRE, "xml", "unknown format 'xml'; use one of: auto, text, html, jsonl"),
        ("missing.txt", None, "auto", "no such file"),
        ("folder", "dir", "auto", "is a directory"),
    ],
)
def test_file_level_problems_raise_one_line_input_error(tmp_path, name, data, fmt, expected):
    path = str(tmp_path / name)
    if data == "dir":
        (tmp_path / name).mkdir()
    elif data is not None:
        write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_source(path, fmt)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_invalid_utf8_message_suggests_iconv(tmp_path):
    path = write(tmp_path, "latin1.txt", "Caf\xe9 talks in Montr\xe9al".encode("latin-1"))
    with pytest.raises(InputError, match=r"not valid UTF-8 \(bad byte at offset 3\); convert it, e\.g\. iconv"):
        read_source(path)


def test_problems_are_raised_before_iteration(tmp_path):
    with pytest.raises(InputError):
        read_source(str(tmp_path / "nowhere.html"))


@pytest.mark.parametrize(
    "name, fmt, kinds",
    [
        ("story.txt", "auto", ["body"]),
        ("story.md", "auto", ["body"]),
        ("story.TXT", "text", ["body"]),
        ("page.html", "auto", ["title", "body"]),
        ("page.HTM", "auto", ["title", "body"]),
        ("page.txt", "html", ["title", "body"]),
    ],
)
def test_format_from_extension_or_explicit_name(tmp_path, name, fmt, kinds):
    data = PAGE if "page" in name else WIRE
    (document,) = read_all(write(tmp_path, name, data), fmt)
    assert [s.kind for s in document.segments] == kinds
    assert document.id == name
    assert document.origin == str(tmp_path / name)
    assert "Home" not in document.text


def test_text_file_keeps_headline_in_body_and_joins_wrapped_lines(tmp_path):
    (document,) = read_all(write(tmp_path, "wire.txt", WIRE.replace("\n", "\r\n")))
    assert document.text == (
        "Sudan's army and RSF agree to truce\n\n"
        "JEDDAH (Ledger Wire) - Sudan's army and the Rapid Support Forces signed a ceasefire in Jeddah on Saturday."
        "\n\nEgypt welcomed the agreement on Sunday."
    )
    assert document.title is None
    assert [(s.kind, s.start, s.end) for s in document.segments] == [("body", 0, len(document.text))]


@pytest.mark.parametrize(
    "name, data, default, expected",
    [
        ("wire.txt", WIRE, date(2023, 5, 22), date(2023, 5, 22)),
        ("wire.txt", WIRE, None, None),
        ("page.html", PAGE, date(2023, 6, 1), date(2023, 5, 21)),
        ("page.html", PAGE.replace("2023-05-21", "someday"), date(2023, 6, 1), date(2023, 6, 1)),
    ],
)
def test_published_argument_is_only_a_default(tmp_path, name, data, default, expected):
    (document,) = read_all(write(tmp_path, name, data), published=default)
    assert document.published == expected


JSONL_LINES = [
    '{"id": "sdn-1", "text": "Sudan\'s army shelled Omdurman on Friday.", "published": "2023-05-19", '
    '"title": "Shelling in Omdurman", "url": "https://wire.example/1", "source": "Ledger Wire", "lang": "en"}',
    '{"text": "Egypt hosted talks on Sudan last month.", "published": "2025-03-14 20:30:26Z"}',
    "",
    '{"text": "Chad closed its border", "published": 2023}',
    '{"text": "Qatar mediated.", "published": "2023-02-30"}',
    '{"text": "Kenya offered to mediate.", "published": "soon"}',
    '{"text": ""}',
    '{"title": "No text"}',
    '{"text": ["a", "list"]}',
    '["not", "an", "object"]',
    '{"text": "unterminated',
    '{"text": "The African Union suspended Niger.", "published": "2023-08-22T16:00:00+00:00", "id": 42}',
    '{"text": "Mali expelled the envoy.", "published": "0001-01-01T00:00:00Z"}',
    '{"text": "Togo recalled its envoy.", "published": "2205-03-01"}',
]


def test_jsonl_bad_lines_become_document_errors_and_the_rest_is_read(tmp_path):
    path = write(tmp_path, "batch.jsonl", "\n".join(JSONL_LINES) + "\n")
    results = read_all(path, published=date(2024, 1, 1))
    documents = [r for r in results if isinstance(r, Document)]
    errors = {int(r.origin.rsplit(":", 1)[1]): r.reason for r in results if isinstance(r, DocumentError)}

    assert [d.id for d in documents] == ["sdn-1", "batch.jsonl:2", "42"]
    assert [d.origin for d in documents] == [f"{path}:1", f"{path}:2", f"{path}:12"]
    assert [d.published for d in documents] == [date(2023, 5, 19), date(2025, 3, 14), date(2023, 8, 22)]
    first = documents[0]
    assert (first.title, first.url, first.source) == ("Shelling in Omdurman", "https://wire.example/1", "Ledger Wire")
    assert first.text == "Shelling in Omdurman\n\nSudan's army shelled Omdurman on Friday."
    assert [s.kind for s in first.segments] == ["title", "body"]

    assert sorted(errors) == [4, 5, 6, 7, 8, 9, 10, 11, 13, 14]
    assert "not a possible publication date" in errors[13] and "not a possible publication date" in errors[14]
    assert "published" in errors[4]
    assert "day is out of range" in errors[5]
    assert "YYYY-MM-DD" in errors[6]
    assert '"text" is empty' in errors[7]
    assert '"text" is missing' in errors[8]
    assert '"text" is not a string' in errors[9]
    assert "not a JSON object" in errors[10]
    assert "not valid JSON" in errors[11]
    for result in results:
        assert "\n" not in str(result)


def test_jsonl_without_published_takes_the_default(tmp_path):
    path = write(tmp_path, "b.ndjson", '{"text": "Iran condemned the strikes."}\n')
    (document,) = read_all(path, published=date(2024, 1, 15))
    assert document.published == date(2024, 1, 15)
    assert document.id == "b.ndjson:1"


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


@pytest.mark.parametrize(
    "data, kinds, ids",
    [
        (WIRE.encode(), [["body"]], ["stdin"]),
        (PAGE.encode(), [["title", "body"]], ["stdin"]),
        (b"  \n" + PAGE.encode(), [["title", "body"]], ["stdin"]),
        (b"<3 this story: Peru recalled its ambassador.", [["body"]], ["stdin"]),
        (
            "\n".join(json.dumps({"text": t}) for t in ("Peru recalled its envoy.", "Chile protested.")).encode(),
            [["body"], ["body"]],
            ["stdin:1", "stdin:2"],
        ),
        (b'{"text": "Peru recalled its envoy."}\n{"text": broken}\n', [["body"], None], ["stdin:1", None]),
    ],
)
def test_stdin_format_is_sniffed_from_content(stdin, data, kinds, ids):
    stdin(data)
    results = read_all("-")
    assert [[s.kind for s in r.segments] if isinstance(r, Document) else None for r in results] == kinds
    assert [r.id if isinstance(r, Document) else None for r in results] == ids
    assert all(r.origin.startswith("<stdin>") for r in results)


def test_empty_stdin_raises_input_error(stdin):
    stdin(b"")
    with pytest.raises(InputError, match=r"^<stdin>: standard input is empty"):
        read_source("-")


def test_binary_stdin_raises_input_error(stdin):
    stdin(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")
    with pytest.raises(InputError, match=r"^<stdin>: this is a binary file"):
        read_source("-")


def test_read_text_with_title():
    document = read_text("  Iran condemned\nthe strikes.  \n\n\n Russia called a meeting. ", "d1", title=" Strikes ")
    assert document.text == "Strikes\n\nIran condemned the strikes.\n\nRussia called a meeting."
    assert [(s.kind, document.segment_text(s)) for s in document.segments] == [
        ("title", "Strikes"),
        ("body", "Iran condemned the strikes.\n\nRussia called a meeting."),
    ]


def test_read_text_without_text_raises():
    with pytest.raises(InputError, match="no text"):
        read_text(" \n\n ", "d2")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-03-14", date(2025, 3, 14)),
        ("2025-03-14 20:30:26Z", date(2025, 3, 14)),
        ("2025-03-14T20:30:26+00:00", date(2025, 3, 14)),
        ("2023-09-05T23:42:10-04:00", date(2023, 9, 5)),
        ("2024-01-15T08:00:00.123Z", date(2024, 1, 15)),
        ("20240115", date(2024, 1, 15)),
        ("September 5, 2023", date(2023, 9, 5)),
        ("5 September 2023", date(2023, 9, 5)),
    ],
)
def test_parse_date_accepts_dates_and_iso_datetimes(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "soon", "2023-13-01", "2023-02-30", "14/03/2025", "2025-03-14T25"])
def test_parse_date_rejects_other_values(value):
    with pytest.raises(ValueError) as info:
        parse_date(value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_bundled_samples_read_cleanly(path):
    documents = read_all(str(path))
    assert documents and all(isinstance(d, Document) for d in documents)
    for document in documents:
        words = len(document.text.split())
        assert 100 <= words <= 450
        assert "\n\n\n" not in document.text
        if document.published is not None:
            assert date(2023, 1, 1) <= document.published <= date(2025, 12, 31)


def test_sample_set():
    names = [p.name for p in sample_paths()]
    assert "kim-train.html" in names and "samples.jsonl" in names
    assert len([n for n in names if n.endswith(".txt")]) >= 4
    assert "README.md" not in names
