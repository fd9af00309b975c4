"""Imported once by the forkserver that starts ingest workers: it loads the default coder (model,
lexicon, knowledge base) so that every worker is forked with it already in memory instead of loading
it again. A worker asked for another model or lexicon loads that one itself."""
from ..coding.coder import Coder
from ..errors import DyadwatchError

try:
    Coder.create()
except DyadwatchError:
    pass  # the parent has checked the settings it uses; a default that does not load is not needed
