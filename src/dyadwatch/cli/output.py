"""Render coded documents for people (a table) and for programs (JSONL, JSON)."""
from __future__ import annotations

import json
import shutil
from typing import TYPE_CHECKING, Iterable, TextIO

from ..terminal import printable

if TYPE_CHECKING:
    from ..coding.event import CodedDocument
    from ..coding.event import Event

COLUMNS = ("date", "source", "action", "target", "cameo", "quad", "goldstein", "place", "modality")


def marked_sentence(event: Event, width: int | None = None) -> str:
    """The sentence with the trigger in [brackets]; cut to `width` characters around the trigger."""
    start = event.evidence.trigger_span[0] - event.sentence_span[0]
    end = event.evidence.trigger_span[1] - event.sentence_span[0]
    text = event.sentence
    before, trigger, after = " ".join(text[:start].split()), text[start:end], " ".join(text[end:].split())
    marked = f"{before} [{trigger}] {after}".strip()
    if width is None or len(marked) <= width:
        return marked
    room = max(width - len(trigger) - 8, 10)
    left = before[-(room // 2):] if len(before) > room // 2 else before
    right = after[: room - len(left)]
    return ("..." if left != before else "") + f"{left} [{trigger}] {right}" + ("..." if right != after else "")


def _row(event: Event) -> list[str]:
    modality = event.modality + (" negated" if event.negated else "")
    if event.reported_by:
        modality += f" (per {event.reported_by.code})"
    return [printable(cell) for cell in (
        event.date.isoformat() if event.date else "-",
        event.source.code,
        event.evidence.trigger,
        event.target.code if event.target else "-",
        f"{event.cameo.code} {event.cameo.name}",
        str(event.cameo.quad_class),
        f"{event.cameo.goldstein:+.1f}",
        _place(event),
        modality,
    )]


def _place(event: Event) -> str:
    """'Kharkiv UKR' (city), 'Anbar IRQ' (admin-1), 'Ukraine' (country), 'Red Sea' (no country) or '-'."""
    if event.location is None:
        return "-"
    place = event.location.place
    return place.name if place.is_country or not place.country else f"{place.name} {place.country}"


def write_table(coded: CodedDocument, out: TextIO) -> None:
    doc = coded.document
    header = doc.id + (f" | {doc.title}" if doc.title else "") + (f" | {doc.published}" if doc.published else "")
    count = len(coded.events)
    out.write(f"== {printable(header)} ({count} event{'s' * (count != 1)})\n")
    if not coded.events:
        return
    rows = [list(COLUMNS)] + [_row(e) for e in coded.events]
    widths = [min(max(len(r[i]) for r in rows), 48) for i in range(len(COLUMNS))]
    width = shutil.get_terminal_size((120, 20)).columns
    for n, (row, event) in enumerate(zip(rows, [None, *coded.events])):
        out.write("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n")
        if event is not None:
            prefix = f"    {event.segment}: "
            out.write(prefix + printable(marked_sentence(event, max(width, 60) - len(prefix))) + "\n")


def write_documents(documents: Iterable[CodedDocument], fmt: str, out: TextIO) -> None:
    for coded in documents:
        if fmt == "table":
            write_table(coded, out)
        elif fmt == "json":
            out.write(json.dumps(coded.to_dict(), ensure_ascii=False) + "\n")
        else:
            for event in coded.events:
                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
