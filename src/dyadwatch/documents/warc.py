"""Read web archives (WARC, plain or gzipped): one document per archived HTML or text response.

Crawls are large and rarely clean, so a record that cannot be read becomes a DocumentError naming the
file and record number, and the records before it are kept; a truncated archive ends with one error.
A record cut short (its payload shorter than its Content-Length, or a gzip member that ends early) is
an error too, never a partial page stored as if it were whole.
"""
from __future__ import annotations

import zlib
from datetime import date
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import DocumentError, DyadwatchError, InputError
from .document import Document
from .dates import publication_date
from .html import read_html
from .readers import MAX_DOCUMENT_BYTES, read_text

TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(path: str) -> Iterator[Document | DocumentError]:
    """Documents from the `response` records of a WARC file with HTML or plain-text content."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc}); check the path and permissions") from None
    return _records(path, handle)


def _records(path: str, handle: BinaryIO) -> Iterator[Document | DocumentError]:
    number = 0
    cut = False  # a record was found cut short: the archive's end is reported already
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
                    cut = cut or bool(getattr(record.raw_stream, "limit", 0))
                    yield DocumentError(origin, _reason(exc, origin))
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield DocumentError(
                f"{path}#record {number + 1}",
                f"the archive cannot be read from here on ({type(exc).__name__}: {exc}); it may be truncated, "
                "re-download it; the records before were read",
            )
            return
    if path.lower().endswith(".gz") and not cut and not _gzip_complete(path):
        yield DocumentError(f"{path}#record {number + 1}", "the archive is cut short inside this record (its gzip "
                            "stream ends early); the records before were read; re-download it")


def _gzip_complete(path: str) -> bool:
    """Whether the last gzip member of the file ends properly (warcio drops a cut last record silently).

    A second pass that decompresses into nothing: cheap next to parsing the pages."""
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            while chunk:
                if decompressor.eof:  # the next member starts
                    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
                try:
                    decompressor.decompress(chunk, 1 << 16)
                except zlib.error:
                    return False
                chunk = decompressor.unused_data if decompressor.eof else decompressor.unconsumed_tail
    return decompressor.eof


def _document(record, mime: str, content_type: str, origin: str) -> Document:
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    payload = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    if len(payload) > MAX_DOCUMENT_BYTES:
        raise DocumentError(origin, f"a page of more than {MAX_DOCUMENT_BYTES // 2**20} MiB (a decompression bomb?); skipped")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise DocumentError(origin, f"the record is cut short ({missing} of its {record.length} bytes are missing); "
                            "re-download the archive")
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
