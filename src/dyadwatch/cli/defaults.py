"""Names and defaults that the command line shows in --help.

They live here, apart from the library modules that use them, so that `dyadwatch --version` and
`--help` import neither spaCy, DuckDB nor pandas; tests/cli/test_startup.py checks each one against
the library's own value.
"""
MODEL_ENV = "DYADWATCH_MODEL"
DB_ENV = "DYADWATCH_DB"
DEFAULT_DB = "dyadwatch.duckdb"
EVENT_FORMATS = ("table", "csv", "jsonl", "parquet", "gdelt", "plover")
ALERT_WINDOW_DAYS = 28
ALERT_MIN_EVENTS = 3
ALERT_BASELINE_WEEKS = 52
