"""The event store: DuckDB tables of documents, mentions and merged events, and their export formats."""
from .database import DB_ENV, DEFAULT_DB, ErrorRow, Store, default_db_path

__all__ = ["DB_ENV", "DEFAULT_DB", "ErrorRow", "Store", "default_db_path"]
