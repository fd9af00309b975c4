"""Ways of running the pipeline (read, code, store): in local worker processes or on a Dask cluster."""
from .local import IngestOptions, IngestSummary, ingest

__all__ = ["IngestOptions", "IngestSummary", "ingest"]
