"""Write merged events as a table, CSV, JSONL, Parquet, GDELT 2.0 event files or PLOVER records.

GDELT and PLOVER have no way to say "did not happen" or "might happen", so those two formats carry only
asserted, non-negated events (and PLOVER only those whose CAMEO code has a PLOVER type in the
crosswalk); the others carry every event with its `negated` and `modality`.
"""
from __future__ import annotations

import csv
import json
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Iterable, TextIO

from ..terminal import printable
from .database import Store
from .export import EVENT_COLUMNS, EventFilter, event_query, select_events
from .geo import action_geo, plover_location

FORMATS = ("table", "csv", "jsonl", "parquet", "gdelt", "plover")
BINARY_FORMATS = ("parquet",)


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event columns in GDELT's order (from data/gdelt2_event_columns.txt)."""
    text = resources.files("dyadwatch.store").joinpath("data/gdelt2_event_columns.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def write_events(store: Store, event_filter: EventFilter, fmt: str, out: TextIO) -> int:
    """Write the selected events in a text format; returns how many were written."""
    events = select_events(store, event_filter)
    if fmt in ("gdelt", "plover"):
        events = (e for e in events if e["modality"] == "asserted" and not e["negated"])
    if fmt == "plover":
        events = (e for e in events if e["plover_type"])
    writer = {"table": _table, "csv": _csv, "jsonl": _jsonl, "gdelt": _gdelt, "plover": _plover}[fmt]
    return writer(events, out)


def write_parquet(store: Store, event_filter: EventFilter, path: str) -> int:
    sql, params = event_query(event_filter, with_first=False)
    store.con.execute(f"COPY ({sql}) TO '{_quoted(path)}' (FORMAT parquet)", params)
    return store.con.execute(f"SELECT count(*) FROM read_parquet('{_quoted(path)}')").fetchone()[0]


def _quoted(path: str) -> str:
    return path.replace("'", "''")


def _table(events: Iterable[dict], out: TextIO) -> int:
    header = ("date", "source", "target", "cameo", "name", "place", "ment", "src", "art", "first report")
    out.write("  ".join(f"{h:<{w}}" for h, w in zip(header, _WIDTHS)).rstrip() + "\n")
    count = 0
    for e in events:
        flags = (" (negated)" if e["negated"] else "") + ("" if e["modality"] == "asserted" else f" ({e['modality']})")
        cells = (
            str(e["date"] or "-"), e["source_code"], e["target_code"] or "-", e["cameo"], (e["cameo_name"] or "")[:30],
            place_label(e["place_name"], e["place_country"], e["place_precision"])[:20], str(e["mentions"]),
            str(e["sources"]), str(e["articles"]), " ".join((e["sentence"] or "").split())[:70] + flags,
        )
        out.write(printable("  ".join(f"{c:<{w}}" for c, w in zip(cells, _WIDTHS)).rstrip()) + "\n")
        count += 1
    return count


_WIDTHS = (10, 9, 9, 5, 30, 20, 4, 3, 3, 0)  # actor codes of up to nine characters (USAGOVMIL)


def place_label(name: str | None, country: str | None, precision: str | None) -> str:
    """'Kharkiv UKR' (a city or province), 'Ukraine' (a country), or '-' when the event has no place."""
    if not name:
        return "-"
    return name if precision == "country" or not country else f"{name} {country}"


def _csv(events: Iterable[dict], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    count = 0
    for e in events:
        writer.writerow(["" if e[c] is None else _text(e[c]) for c in EVENT_COLUMNS])
        count += 1
    return count


def _text(value: object) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def _jsonl(events: Iterable[dict], out: TextIO) -> int:
    """The event schema of `dyadwatch code` (from the first report), plus the merged event's id, counts and dates."""
    count = 0
    for e in events:
        record = json.loads(e["record"])
        record.update(
            event_id=e["event_id"], date=_iso(e["date"]), last_date=_iso(e["last_date"]), mentions=e["mentions"],
            sources=e["sources"], articles=e["articles"], first_seen=_iso(e["first_seen"]), first_url=e["first_url"],
        )
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def _gdelt(events: Iterable[dict], out: TextIO) -> int:
    """GDELT 2.0 event rows: tab-separated, no header, 61 columns; what dyadwatch does not know is empty."""
    names = gdelt_columns()
    count = 0
    for e in events:
        row = dict.fromkeys(names, "")
        row.update(_gdelt_fields(e))
        out.write("\t".join(_clean(row[n]) for n in names) + "\n")
        count += 1
    return count


def _gdelt_fields(e: dict) -> dict[str, object]:
    day: date | None = e["date"]
    fields: dict[str, object] = {
        "GLOBALEVENTID": int(e["event_id"][:15], 16),
        "IsRootEvent": int(e["segment"] == "title" or e["sentence_index"] == 0),
        "EventCode": e["cameo"], "EventBaseCode": e["cameo"][:3], "EventRootCode": e["cameo_root"],
        "QuadClass": e["quad_class"], "GoldsteinScale": e["goldstein"],
        "NumMentions": e["mentions"], "NumSources": e["sources"], "NumArticles": e["articles"],
        "DATEADDED": e["first_seen"].strftime("%Y%m%d%H%M%S") if e["first_seen"] else "",
        "SOURCEURL": e["first_url"] or "",
    }
    if day:
        fields.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                      FractionDate=f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}")
    for n, side in ((1, "source"), (2, "target")):
        fields.update(_gdelt_actor(f"Actor{n}", e[f"{side}_code"], e[f"{side}_country"], e[f"{side}_name"] or e[f"{side}_text"]))
    fields.update(action_geo(e))
    return fields


def _gdelt_actor(prefix: str, code: str | None, country: str | None, name: str | None) -> dict[str, object]:
    """CAMEO actor code split the GDELT way: country, known group (IGO/NGO codes), up to three types."""
    if not code:
        return {}
    fields: dict[str, object] = {f"{prefix}Code": code, f"{prefix}Name": (name or "").upper()}
    rest = code[3:]
    if code[:3] in ("IGO", "NGO"):
        fields[f"{prefix}KnownGroupCode"] = rest[:3]
        rest = rest[3:]
    elif country and country.isalpha() and len(country) == 3:
        fields[f"{prefix}CountryCode"] = country
    types = [rest[i:i + 3] for i in range(0, len(rest), 3)][:3]
    for i, kind in enumerate(types, start=1):
        fields[f"{prefix}Type{i}Code"] = kind
    return fields


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _plover(events: Iterable[dict], out: TextIO) -> int:
    """PLOVER/POLECAT-style records: event type, mode and context, actor and recipient, the evidence text.

    `event_intensity` carries the Goldstein value of the CAMEO code (POLECAT's own scale is not derived here).
    """
    count = 0
    for e in events:
        record = json.loads(e["record"])
        target = record.get("target") or {}
        source = record.get("source") or {}
        out.write(json.dumps({
            "event_id": e["event_id"],
            "event_date": _iso(e["date"]),
            "event_type": e["plover_type"],
            "event_mode": e["plover_mode"],
            "contexts": [e["plover_context"]] if e["plover_context"] else [],
            "event_intensity": e["goldstein"],
            "quad_code": e["quad_class"],
            "actor_name": e["source_name"] or source.get("text"),
            "actor_country": e["source_country"],
            "actor_sectors": source.get("sectors", []),
            "actor_name_raw": source.get("text"),
            "recipient_name": e["target_name"] or target.get("text"),
            "recipient_country": e["target_country"],
            "recipient_sectors": target.get("sectors", []),
            "recipient_name_raw": target.get("text"),
            **plover_location(e),
            "event_text": e["sentence"],
            "source": e["first_url"],
            "cameo_code": e["cameo"],
            "num_mentions": e["mentions"],
            "num_sources": e["sources"],
            "num_articles": e["articles"],
        }, ensure_ascii=False) + "\n")
        count += 1
    return count
