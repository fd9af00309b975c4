"""Read web archives (WARC, plain or gzipped): one document per archived HTML or text response.

Crawls are large and rarely clean, so a record that cannot be read becomes a DocumentError naming the
file and record number, and the records before it are kept; a truncated archive ends with one error.
"""
from __future__ import annotations

from datetime import date
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import DocumentError, DyadwatchError, InputError
from .document import Document
from .dates import publication_date
from .html import read_html
from .readers import read_text

TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(path: str) -> Iterator[Document | DocumentError]:
    """Documents from the `response` records of a WARC file with HTML or plain-text content."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc}); check the path and permissions") from None
    return _records(path, handle)


def _records(path: str, handle) -> Iterator[Document | DocumentError]:
    number = 0
    with handle:
        try:
            for record in ArchiveIterator(handle):
                number += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                mime = content_type.split(";")[0].strip().lower()
                if mime not in TEXT_TYPES:
                    continue
                origin = f"{path}#record {number}"
                try:
                    yield _document(record, mime, content_type, origin)
                except DyadwatchError as exc:
                    yield DocumentError(origin, _reason(exc, origin))
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield DocumentError(
                f"{path}#record {number + 1}",
                f"the archive cannot be read from here on ({type(exc).__name__}: {exc}); it may be truncated, "
                "re-download it; the records before were read",
            )


def _document(record, mime: str, content_type: str, origin: str) -> Document:
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    payload = record.content_stream().read()
    text = payload.decode(_charset(content_type), errors="replace")
    doc_id = uri or origin
    if mime == "text/plain":
        document = read_text(text, doc_id, url=uri, origin=origin)
    else:
        document = read_html(text, doc_id, origin=origin)
        document.url = document.url or uri
    if document.published is None:
        document.published = _warc_date(record.rec_headers.get_header("WARC-Date"))
    return document


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            name = value.strip().strip("\"'")
            try:
                "".encode(name)
                return name
            except LookupError:
                break
    return "utf-8"


def _warc_date(value: str | None) -> date | None:
    try:
        return publication_date(value[:10]) if value else None
    except ValueError:
        return None


def _reason(exc: Exception, origin: str) -> str:
    message = str(exc)
    return message[len(origin) + 2:] if message.startswith(origin + ": ") else message
