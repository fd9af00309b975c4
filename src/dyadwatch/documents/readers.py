"""Read documents from files or standard input: plain text, HTML pages or JSON Lines.

Problems with the file itself stop the run with one line that says what to do; a bad line in a
JSONL batch is yielded as a DocumentError so the rest of the batch is still read.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

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
_SNIFF_BYTES = 65536
# One document (a text or HTML file, or one JSONL line) is at most this long once decompressed: the
# parser refuses far shorter texts anyway, and it bounds the memory any compressed input can take.
MAX_DOCUMENT_BYTES = 64 * 2**20

__all__ = ["FORMATS", "INGEST_SUFFIXES", "count_documents", "expand_paths", "parse_date", "read_source", "read_text"]


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files to read: each file as given, and the readable files under each directory, recursively.

    Directories are walked in sorted order so that runs over the same tree see documents in the same
    order; hidden files and directories are skipped, and so are files without a readable suffix. A
    directory that cannot be listed is yielded as it is, so that reading it reports why.
    """
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        unreadable: list[OSError] = []
        for root, dirs, files in os.walk(path, onerror=unreadable.append):
            yield from (str(error.filename) for error in unreadable)
            unreadable.clear()
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.lower().endswith(INGEST_SUFFIXES):
                    yield os.path.join(root, name)
        yield from (str(error.filename) for error in unreadable)


def count_documents(files: list[str]) -> int | None:
    """How many documents the files hold, for a progress estimate: one per text or HTML file, one per
    non-blank line of JSON Lines (plain or gzipped, streamed); None when a file cannot be counted
    cheaply (web archives) or read."""
    total = 0
    for path in files:
        lower = path.lower()
        if lower.endswith(_WARC_SUFFIXES) or path == "-":
            return None
        if not lower.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
            total += 1
            continue
        try:
            with (gzip.open(path, "rb") if lower.endswith(".gz") else open(path, "rb")) as handle:
                total += sum(1 for line in iter(lambda: handle.readline(MAX_DOCUMENT_BYTES), b"") if line.strip())
        except (OSError, EOFError, zlib.error):
            return None
    return total


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

    The start of the file is read and checked at once, so file-level problems raise InputError before
    any document is yielded. JSON Lines (plain or gzipped) are read a line at a time, so memory stays
    flat on any corpus; a file cut short ends with one DocumentError after the documents before the cut.
    `published` is the date for documents that do not carry their own.
    """
    name = _STDIN if path == "-" else path
    if fmt not in FORMATS:
        raise InputError(f"{name}: unknown format '{fmt}'; use one of: {', '.join(FORMATS)}")
    if fmt == "auto" and path.lower().endswith(_WARC_SUFFIXES):
        from .warc import read_warc  # warcio is needed only for web archives

        return read_warc(path)
    stdin = _read_stdin() if path == "-" else b""
    handle = io.BufferedReader(io.BytesIO(stdin), _SNIFF_BYTES) if path == "-" else _open(path)
    try:
        plain = path[:-3] if path.lower().endswith(".gz") else path
        head = _guarded(lambda: handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES], name)
        _check_head(head, name)
        if fmt == "auto":
            fmt = _sniff(stdin.decode("utf-8", "replace")) if path == "-" else _EXTENSIONS.get(Path(plain).suffix.lower(), "text")
        base = "stdin" if path == "-" else os.path.basename(path)
        if fmt == "jsonl":
            return _read_jsonl(handle, name, base, published)
        data = _guarded(lambda: handle.read(MAX_DOCUMENT_BYTES + 1), name)
    except BaseException:
        handle.close()
        raise
    handle.close()
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(f"{name}: more than {MAX_DOCUMENT_BYTES // 2**20} MiB of text in one document "
                         "(a decompression bomb?); split it into articles")
    text = _decode(data, name)
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


def _open(path: str) -> BinaryIO:
    """The file, decompressed as it is read when it ends in .gz."""
    if os.path.isdir(path):
        try:
            os.listdir(path)
        except OSError as exc:
            raise InputError(f"{path}: cannot read the directory ({exc.strerror or exc}); check its permissions") from None
        raise InputError(f"{path}: is a directory; give a file (or each file in it)")
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file; check the path")
    try:
        handle = open(path, "rb", buffering=_SNIFF_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc}); check its permissions") from None
    return gzip.GzipFile(fileobj=handle, mode="rb") if path.lower().endswith(".gz") else handle


def _guarded(read: Callable[[], bytes], name: str) -> bytes:
    """Read, turning a damaged gzip stream or an I/O error into one InputError."""
    try:
        return read()
    except EOFError:
        raise InputError(f"{name}: the gzip file is truncated; re-download or re-compress it") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(f"{name}: not a valid gzip file ({exc}); decompress it or fix the file name") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read the file ({exc.strerror or exc}); check it") from None


def _check_head(head: bytes, name: str) -> None:
    """Refuse, from the start of a file, what is not text at all: empty, UTF-16, binary."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: the file is UTF-16; convert it with: iconv -f UTF-16 -t UTF-8 {name}")
    if not head.strip():
        what = "standard input is empty; pipe a document in" if name == _STDIN else "the file is empty"
        raise InputError(f"{name}: {what}; give a document with text in it")
    if _looks_binary(head):
        raise InputError(f"{name}: this is a binary file, not text; give a text, HTML or JSONL file")


def _decode(data: bytes, name: str) -> str:
    """The text of a document, refusing anything that is not UTF-8."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give a document with text in it")
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
    handle: BinaryIO, name: str, base: str, published: date | None
) -> Iterator[Document | DocumentError]:
    """One document per line, read as the file is streamed; a cut or bomb ends the file with one error."""
    lineno = 0
    with handle:
        while True:
            lineno += 1
            try:
                line = handle.readline(MAX_DOCUMENT_BYTES + 1)
            except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
                cut = "the gzip file is truncated" if isinstance(exc, EOFError) else f"cannot be read ({exc})"
                yield DocumentError(f"{name}:{lineno}", f"{cut} here; the lines before were read, re-download "
                                    "the file and run again to read the rest")
                return
            if not line:
                return
            origin = f"{name}:{lineno}"
            if len(line) > MAX_DOCUMENT_BYTES:
                yield DocumentError(origin, f"a line longer than {MAX_DOCUMENT_BYTES // 2**20} MiB (a decompression "
                                    "bomb, or not JSON Lines); the file is read no further")
                return
            if line.strip():
                try:
                    yield _jsonl_document(_decode_line(line, origin), origin, f"{base}:{lineno}", published)
                except DocumentError as exc:
                    yield exc


def _decode_line(line: bytes, origin: str) -> str:
    try:
        return line.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise DocumentError(origin, f"not valid UTF-8 (bad byte at column {exc.start + 1}); convert the file "
                            "to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)") from None


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
