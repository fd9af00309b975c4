"""Documents: read news (plain text, HTML pages, JSON Lines, WARC) into the shared Document model."""
from .dates import parse_date
from .document import Document, Piece, Segment
from .html import read_html
from .readers import FORMATS, read_source, read_text

__all__ = ["FORMATS", "Document", "Piece", "Segment", "parse_date", "read_html", "read_source", "read_text"]
