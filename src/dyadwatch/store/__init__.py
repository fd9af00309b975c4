"""The event store: ingest corpora into DuckDB, merge reports of the same event, export them."""
from .database import DB_ENV, DEFAULT_DB, ErrorRow, Store, default_db_path
from .ingest import IngestOptions, IngestSummary, ingest

__all__ = ["DB_ENV", "DEFAULT_DB", "ErrorRow", "IngestOptions", "IngestSummary", "Store", "default_db_path", "ingest"]
