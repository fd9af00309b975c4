"""Publication dates as written in documents and page metadata."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

EARLIEST_PUBLISHED = date(1900, 1, 1)

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{2}:?\d{2}(?::?\d{2})?Z?)?", re.IGNORECASE)
_WRITTEN_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")


def parse_date(value: str) -> date:
    """The calendar date of a published value.

    The date part is taken as written, without converting a time zone: a story stamped
    "2023-09-05T23:30:00-04:00" was published on September 5 where it was written.
    """
    text = " ".join(str(value).split())
    if not text:
        raise ValueError("empty date; write it as YYYY-MM-DD")
    match = _ISO.fullmatch(text) or _COMPACT.fullmatch(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError as exc:
            raise ValueError(f"invalid date '{text}': {exc}") from None
    for fmt in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(
        f"invalid date '{text}'; write it as YYYY-MM-DD or an ISO date-time such as 2025-03-14T20:30:26Z"
    )


def publication_date(value: str) -> date:
    """A publication date that can be a fact: parsed, and between 1900 and tomorrow.

    Placeholders ("0001-01-01") and typos ("2205-03-01") would move every series and alert window,
    so they are refused here, where the document is read.
    """
    parsed = parse_date(value)
    latest = date.today() + timedelta(days=1)
    if not EARLIEST_PUBLISHED <= parsed <= latest:
        raise ValueError(
            f"date '{' '.join(str(value).split())}' is not a possible publication date "
            f"(before {EARLIEST_PUBLISHED.isoformat()} or after {latest.isoformat()})"
        )
    return parsed


_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]*(?:, [A-Z][A-Za-z .'-]*)?, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\b"
)


def dateline_date(text: str) -> date | None:
    """The date of a wire dateline ("JEDDAH, Saudi Arabia, May 21, 2023 (Ledger Wire) - ..."), if any."""
    for line in text.lstrip().splitlines()[:4]:
        match = _DATELINE.match(line.strip())
        if match:
            try:
                return publication_date(match[1].replace("Sept.", "Sep.").replace("Sept ", "Sep "))
            except ValueError:
                return None
    return None
