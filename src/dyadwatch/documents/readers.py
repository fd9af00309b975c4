"""Read documents from files or standard input: plain text, HTML pages or JSON Lines.

Problems with the file itself stop the run with one line that says what to do; a bad line in a
JSONL batch is yielded as a DocumentError so the rest of the batch is still read.
"""
from __future__ import annotations

import gzip
import json
import os
import zlib
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import DocumentError, InputError
from .dates import dateline_date, parse_date, publication_date
from .document import Document, Piece
from .html import read_html

FORMATS = ("auto", "text", "html", "jsonl")
_EXTENSIONS = {".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_HTML_TAG = re.compile(r"<(?:!doctype|html|head|body|article|div|p|meta|title)\b", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_STDIN = "<stdin>"
INGEST_SUFFIXES = (".html", ".htm", ".txt", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")

__all__ = ["FORMATS", "INGEST_SUFFIXES", "expand_paths", "parse_date", "read_source", "read_text"]


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files to read: each file as given, and the readable files under each directory, recursively.

    Directories are walked in sorted order so that runs over the same tree see documents in the same
    order; hidden files and directories are skipped, and so are files without a readable suffix.
    """
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.lower().endswith(INGEST_SUFFIXES):
                    yield os.path.join(root, name)


def read_text(
    text: str,
    doc_id: str,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    origin: str = "<text>",
) -> Document:
    """A plain-text document: a title segment when a title is given, then one body segment.

    Paragraphs are separated by blank lines; the lines of a paragraph are joined, so hard-wrapped
    text parses as whole sentences.
    """
    paragraphs = [" ".join(p.split()) for p in _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n"))]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise InputError(f"{origin}: no text; give a document with text in it")
    title = " ".join(title.split()) if title else None
    pieces = [Piece("title", [title])] if title else []
    pieces.append(Piece("body", paragraphs))
    return Document.assemble(
        doc_id, pieces, published=published or dateline_date(text), url=url, title=title, source=source,
        origin=origin,
    )


def read_source(path: str, fmt: str = "auto", published: date | None = None) -> Iterator[Document | DocumentError]:
    """Documents from a file, or from standard input when path is "-".

    The file is read and checked at once, so file-level problems raise InputError before any document
    is yielded. `published` is the date for documents that do not carry their own.
    """
    name = _STDIN if path == "-" else path
    if fmt not in FORMATS:
        raise InputError(f"{name}: unknown format '{fmt}'; use one of: {', '.join(FORMATS)}")
    if fmt == "auto" and path.lower().endswith(_WARC_SUFFIXES):
        from .warc import read_warc  # warcio is needed only for web archives

        return read_warc(path)
    data = _read_stdin() if path == "-" else _read_file(path)
    plain = path
    if path != "-" and path.lower().endswith(".gz"):
        data, plain = _gunzip(data, name), path[:-3]
    text = _decode(data, name)
    if fmt == "auto":
        fmt = _sniff(text) if path == "-" else _EXTENSIONS.get(Path(plain).suffix.lower(), "text")
    base = "stdin" if path == "-" else os.path.basename(path)
    if fmt == "jsonl":
        return _read_jsonl(text, name, base, published)
    if fmt == "html":
        document = read_html(text, base, origin=name)
        if document.published is None:
            document.published = published
    else:
        document = read_text(text, base, published=published, origin=name)
    return iter([document])


def _read_stdin() -> bytes:
    if sys.stdin is None:
        raise InputError(f"{_STDIN}: standard input is closed; give a file instead of '-'")
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data = buffer.read()
        return data if isinstance(data, bytes) else data.encode("utf-8")
    return sys.stdin.read().encode("utf-8")


def _read_file(path: str) -> bytes:
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory; give a file (or each file in it)")
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file; check the path")
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc}); check its permissions") from None


def _gunzip(data: bytes, name: str) -> bytes:
    try:
        return gzip.decompress(data)
    except EOFError:
        raise InputError(f"{name}: the gzip file is truncated; re-download or re-compress it") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(f"{name}: not a valid gzip file ({exc}); decompress it or fix the file name") from None


def _decode(data: bytes, name: str) -> str:
    """The text of a file, refusing binary data and anything that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: the file is UTF-16; convert it with: iconv -f UTF-16 -t UTF-8 {name}")
    if not data.strip():
        what = "standard input is empty; pipe a document in" if name == _STDIN else "the file is empty"
        raise InputError(f"{name}: {what}; give a document with text in it")
    if _looks_binary(data):
        raise InputError(f"{name}: this is a binary file, not text; give a text, HTML or JSONL file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (bad byte at offset {exc.start}); "
            f"convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 {name} > converted{Path(name).suffix}"
        ) from None
    return text.removeprefix("\ufeff")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\b\x1b" or byte == 127)
    if control > len(sample) * 0.05:
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Text in a legacy encoding has a few high bytes; compressed or image data is mostly high bytes.
        high = sum(1 for byte in sample if byte >= 128)
        return exc.start < len(sample) - 4 and high > len(sample) * 0.3
    return False


def _sniff(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith("<") and _HTML_TAG.search(stripped):
        return "html"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and all(line.startswith("{") for line in lines) and any(_is_object(line) for line in lines):
        return "jsonl"
    return "text"


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _read_jsonl(
    text: str, name: str, base: str, published: date | None
) -> Iterator[Document | DocumentError]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            origin = f"{name}:{lineno}"
            try:
                yield _jsonl_document(line, origin, f"{base}:{lineno}", published)
            except DocumentError as exc:
                yield exc


def _jsonl_document(line: str, origin: str, default_id: str, published: date | None) -> Document:
    try:
        record = json.loads(line)
    except ValueError as exc:
        reason = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise DocumentError(origin, f"not valid JSON ({reason}); fix or remove the line") from None
    if not isinstance(record, dict):
        raise DocumentError(origin, 'not a JSON object; write each document as {"text": "...", ...}')
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        what = "missing" if body is None else "empty" if isinstance(body, str) else "not a string"
        raise DocumentError(origin, f'"text" is {what}; every line needs the document text in "text"')
    when = record.get("published")
    if when not in (None, ""):
        try:
            if not isinstance(when, str):
                raise ValueError(f"invalid date {when!r}; write it as a string such as \"2025-03-14\"")
            published = publication_date(when)
        except ValueError as exc:
            raise DocumentError(origin, f'"published": {exc}') from None
    doc_id = record.get("id")
    return read_text(
        body,
        str(doc_id) if doc_id not in (None, "") else default_id,
        published=published,
        title=_optional(record.get("title")),
        url=_optional(record.get("url")),
        source=_optional(record.get("source")),
        origin=origin,
    )


def _optional(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
