"""The tables of the event store, declared once as data: DuckDB DDL and Arrow schemas both come from here.

`documents`, `sentences` (only those that evidence needs), `mentions` (every coded event with its
document, sentence and evidence) and `errors` are written by ingest; `event_dates` and `events` are
derived from `mentions` by the dedup rule (see dedup.py) and can always be rebuilt from them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

SCHEMA_VERSION = "2"  # 2: where events happened (place_* columns)


TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_key", "VARCHAR"), ("doc_id", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
        ("outlet", "VARCHAR"), ("published", "DATE"), ("origin", "VARCHAR"), ("sentences", "INTEGER"),
        ("words", "INTEGER"), ("mentions", "INTEGER"), ("ingested_at", "TIMESTAMP"),
    ],
    "sentences": [
        ("doc_key", "VARCHAR"), ("sentence_index", "INTEGER"), ("segment", "VARCHAR"), ("start_char", "INTEGER"),
        ("end_char", "INTEGER"), ("text", "VARCHAR"),
    ],
    "mentions": [
        ("doc_key", "VARCHAR"), ("mention_index", "INTEGER"), ("sentence_index", "INTEGER"), ("group_key", "VARCHAR"),
        ("date", "DATE"), ("date_source", "VARCHAR"),
        ("source_code", "VARCHAR"), ("source_country", "VARCHAR"), ("source_name", "VARCHAR"), ("source_text", "VARCHAR"),
        ("target_code", "VARCHAR"), ("target_country", "VARCHAR"), ("target_name", "VARCHAR"), ("target_text", "VARCHAR"),
        ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("cameo_name", "VARCHAR"), ("quad_class", "INTEGER"),
        ("goldstein", "DOUBLE"), ("plover_type", "VARCHAR"), ("plover_mode", "VARCHAR"), ("plover_context", "VARCHAR"),
        ("negated", "BOOLEAN"), ("modality", "VARCHAR"), ("reported_by", "VARCHAR"), ("segment", "VARCHAR"),
        ("trigger", "VARCHAR"), ("evidence", "VARCHAR"), ("record", "VARCHAR"),
        ("place_name", "VARCHAR"), ("place_country", "VARCHAR"), ("place_adm1", "VARCHAR"), ("place_lat", "DOUBLE"),
        ("place_lon", "DOUBLE"), ("place_feature", "VARCHAR"), ("place_precision", "VARCHAR"), ("place_text", "VARCHAR"),
        ("place_resolved_by", "VARCHAR"),
    ],
    "errors": [("origin", "VARCHAR"), ("doc_key", "VARCHAR"), ("message", "VARCHAR"), ("seen_at", "TIMESTAMP")],
    "event_dates": [("group_key", "VARCHAR"), ("date", "DATE"), ("event_id", "VARCHAR")],
    "events": [
        ("event_id", "VARCHAR"), ("group_key", "VARCHAR"), ("date", "DATE"), ("last_date", "DATE"),
        ("source_code", "VARCHAR"), ("source_country", "VARCHAR"), ("source_name", "VARCHAR"),
        ("target_code", "VARCHAR"), ("target_country", "VARCHAR"), ("target_name", "VARCHAR"),
        ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("cameo_name", "VARCHAR"), ("quad_class", "INTEGER"),
        ("goldstein", "DOUBLE"), ("plover_type", "VARCHAR"), ("plover_mode", "VARCHAR"), ("plover_context", "VARCHAR"),
        ("negated", "BOOLEAN"), ("modality", "VARCHAR"), ("mentions", "INTEGER"), ("sources", "INTEGER"),
        ("articles", "INTEGER"), ("first_seen", "TIMESTAMP"), ("first_url", "VARCHAR"), ("sentence", "VARCHAR"),
        ("first_doc_key", "VARCHAR"), ("first_mention_index", "INTEGER"),
        ("place_name", "VARCHAR"), ("place_country", "VARCHAR"), ("place_adm1", "VARCHAR"), ("place_lat", "DOUBLE"),
        ("place_lon", "DOUBLE"), ("place_precision", "VARCHAR"),
    ],
}

PRIMARY_KEYS = {"documents": "doc_key", "errors": "origin"}

VIEWS = {
    # Each mention with the merged event it belongs to: the way from an event back to all its reports.
    "event_mentions": """
        SELECT e.event_id, m.*, d.url, d.outlet, d.published
        FROM mentions m
        JOIN event_dates e ON e.group_key = m.group_key AND e.date IS NOT DISTINCT FROM m.date
        JOIN documents d ON d.doc_key = m.doc_key
    """,
}


# Columns each schema version added, so that an older database is upgraded in place (its earlier
# events keep empty places; documents coded again into a new database get them).
UPGRADES: dict[str, dict[str, list[str]]] = {
    "1": {
        "mentions": ["place_name", "place_country", "place_adm1", "place_lat", "place_lon", "place_feature",
                     "place_precision", "place_text", "place_resolved_by"],
        "events": ["place_name", "place_country", "place_adm1", "place_lat", "place_lon", "place_precision"],
    },
}


def upgrade(version: str) -> list[str]:
    """Statements that bring a database of schema `version` to SCHEMA_VERSION; None if there is no way."""
    statements = []
    while version != SCHEMA_VERSION:
        if version not in UPGRADES:
            return None
        kinds = {table: dict(TABLES[table]) for table in UPGRADES[version]}
        for table, names in UPGRADES[version].items():
            statements += [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {n} {kinds[table][n]}" for n in names]
        version = str(int(version) + 1)
    return statements


def ddl() -> list[str]:
    """Statements that create every table and view that does not exist yet."""
    statements = []
    for table, columns in TABLES.items():
        cols = [f"{name} {kind}" for name, kind in columns]
        if table in PRIMARY_KEYS:
            cols.append(f"PRIMARY KEY ({PRIMARY_KEYS[table]})")
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})")
    statements.append("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    statements.extend(f"CREATE OR REPLACE VIEW {name} AS {query}" for name, query in VIEWS.items())
    return statements


def arrow_schema(table: str) -> pa.Schema:
    """The table as an Arrow schema (for Parquet); pyarrow is imported here, not by the writer of an ingest."""
    import pyarrow as pa

    arrow = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
             "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us")}
    return pa.schema([(name, arrow[kind]) for name, kind in TABLES[table]])


def columns(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]
