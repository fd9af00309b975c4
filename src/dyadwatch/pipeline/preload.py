"""Imported once by the forkserver that starts ingest workers: it loads the default coder (model,
lexicon, knowledge base) so that every worker is forked with it already in memory instead of loading
it again. A worker asked for another model or lexicon loads that one itself.

The forkserver ends with the ingest process that started it (so a killed ingest leaves nothing
behind), and leaves SIGTERM, like Ctrl-C, to that process, which stops the workers cleanly.
"""
import signal

from ..coding.coder import Coder
from ..errors import DyadwatchError
from .collector import settle
from . import local  # noqa: F401  (what the workers run: imported once here rather than in each of them)
from .lifetime import die_with_parent

die_with_parent()
signal.signal(signal.SIGTERM, signal.SIG_IGN)

try:
    Coder.create()
except DyadwatchError:
    pass  # the parent has checked the settings it uses; a default that does not load is not needed
settle()  # workers inherit the loaded coder outside the collector's sight, so its pages stay shared (collector.py)
