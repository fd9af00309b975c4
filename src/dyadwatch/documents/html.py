"""Read a news web page: the article by trafilatura, and on top of it what dyadwatch needs apart.

Events are coded differently by who states them, so the page becomes the headline, the author's body,
quoted excerpts (with the source they cite) and reader comments. trafilatura decides which text is the
article and drops navigation, sidebars, share boxes and ads; this module keeps the comments apart
(comments.py), finds who each quote cites, and reads the page's own metadata (page_meta.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from lxml import etree
from lxml import html as lxml_html

from ..errors import InputError
from .comments import comment_texts, find_regions
from .document import Document, Piece
from .page_meta import PageMetadata, norm

_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed")
# Page furniture removed before extraction when it holds no article: on a short page trafilatura
# falls back to keeping every text, menus included.
_FURNITURE = (
    "//nav | //aside | //footer | //body/header | //*[@role='navigation' or @role='banner' or "
    "@role='contentinfo' or @role='complementary' or @role='search']"
)
_HOLDS_ARTICLE = "boolean(.//article | .//main | .//h1 | .//*[@role='main'] | .//*[@itemprop='articleBody'])"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DASHES = "—–―-~ "
_ATTRIBUTION_PREFIX = re.compile(r"^(?:as\s+)?(?:(?:from|according to|via|per|quoting|in)\s+)?", re.IGNORECASE)
_NAME_LINKS = {"of", "the", "and", "for", "de", "du", "al", "&"}
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z])")
_ATTRIBUTION_VERB = re.compile(
    r"\s+(?:reports?|reported|writes?|wrote|says|said|notes?|noted|explains?|explained|adds?|added|"
    r"puts it|put it|has the story|had this)\b.*$",
    re.IGNORECASE,
)
_HEADINGS = {"h1", "h2", "h3"}


@dataclass(frozen=True)
class _Quote:
    """A blockquote of the page, before extraction: its words, and whom it cites."""

    words: frozenset[str]
    cited: str | None
    cite_url: str | None


@dataclass
class _Block:
    text: str
    tag: str
    kind: str = "body"
    group: int | None = None
    quote: _Quote | None = None


def read_html(html: str | bytes, doc_id: str, origin: str = "<html>") -> Document:
    """Read one web page into a Document with title, body, quote and comment segments."""
    root = _parse(html, origin)
    meta = PageMetadata.from_page(root)
    body = root.find("body")
    if body is None:
        body = root
    for element in body.xpath("|".join(f".//{tag}" for tag in _NEVER_TEXT)):
        element.drop_tree()
    regions = find_regions(body)
    comments = comment_texts(regions)
    for region in regions:
        region.drop_tree()
    quotes = _page_quotes(body)
    for element in body.xpath(_FURNITURE):
        if element.getparent() is not None and not element.xpath(_HOLDS_ARTICLE):
            element.drop_tree()
    links = {text for a in body.iter("a") if (text := norm(a.text_content()))}
    title = meta.title()
    blocks = _article_blocks(root, quotes, links)
    if title:
        blocks = _drop_first(blocks, lambda b: b.tag in _HEADINGS and b.text.casefold() == title.casefold())
    if not blocks:
        raise InputError(f"{origin}: no readable text in this HTML page; check that it is the article page")
    pieces = _pieces(title, blocks) + [Piece("comment", paragraphs) for paragraphs in comments]
    published = meta.published()
    # an impossible date is worth a word only when no other date of the page stood in for it
    notes = [f"page metadata {reason}; ignored" for reason in meta.ignored] if published is None else []
    return Document.assemble(
        doc_id, pieces, published=published, url=meta.url(), title=title, source=meta.source(),
        origin=origin, notes=notes,
    )


def _parse(html: str | bytes, origin: str) -> lxml_html.HtmlElement:
    if isinstance(html, bytes):
        raw = html.removeprefix(b"\xef\xbb\xbf")
        try:
            html = raw.decode("utf-8")
        except UnicodeDecodeError:
            html = raw
    if isinstance(html, str):
        html = _CONTROL.sub(" ", _XML_DECLARATION.sub("", html, count=1))
        if not html.strip():
            raise InputError(f"{origin}: the HTML is empty; give a page with an article in it")
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{origin}: cannot parse HTML ({reason}); check that the file is a web page") from None


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w+", text))


def _page_quotes(body: lxml_html.HtmlElement) -> list[_Quote]:
    """Every blockquote with its own attribution (a footer, a trailing <cite> or "— Source" line), removed from its text."""
    found: list[_Quote] = []
    for quote in body.iter("blockquote"):
        children = [c for c in quote if isinstance(c.tag, str)]
        source = None
        if children:
            last = children[-1]
            dashed = last.tag == "p" and norm(last.text_content()).startswith(("—", "–", "―"))
            if last.tag in ("footer", "cite") or dashed:
                cite = last if last.tag == "cite" else last.find(".//cite")
                source = norm((cite if cite is not None else last).text_content()).strip(_DASHES)
                if cite is None:
                    source = source.split(",")[0].strip()
                last.drop_tree()
        found.append(_Quote(_words(quote.text_content()), source or None, quote.get("cite")))
    return found


def _article_blocks(root: lxml_html.HtmlElement, quotes: list[_Quote], links: set[str]) -> list[_Block]:
    """The article's paragraphs, headings, list items, table rows and quotes, as trafilatura finds them."""
    import trafilatura  # on the first page only: its import (0.2 s) is not paid by text and JSON Lines runs

    page = lxml_html.tostring(root, encoding="unicode")
    for options in ({}, {"favor_recall": True}):
        try:
            extracted = trafilatura.bare_extraction(
                page, include_comments=False, include_tables=True, include_images=False, include_links=False,
                include_formatting=False, deduplicate=False, with_metadata=False, **options,
            )
        except (RecursionError, ValueError, etree.LxmlError):
            extracted = None
        body = getattr(extracted, "body", None)
        blocks = _blocks(body, quotes, links) if body is not None else []
        if blocks:
            return blocks
    return []


def _blocks(body: etree._Element, quotes: list[_Quote], links: set[str]) -> list[_Block]:
    blocks: list[_Block] = []
    for group, element in enumerate(body, start=1):
        if _is_link_list(element, links):
            continue
        if element.tag == "quote":
            inner = [c for c in element if c.tag in ("p", "list", "head")] or [element]
            texts = [t for child in inner for t in _texts(child)]
            source = _matching_quote(" ".join(texts), quotes)
            blocks.extend(_Block(t, "blockquote", "quote", group, source) for t in texts)
        else:
            tag = element.get("rend", "h2") if element.tag == "head" else element.tag
            blocks.extend(_Block(t, tag) for t in _texts(element))
    return blocks


def _is_link_list(element: etree._Element, links: set[str]) -> bool:
    """A menu or list of headlines that a fallback kept as text: its lines are (almost) all link texts."""
    lines = [line for raw in _inline(element).splitlines() if (line := norm(raw))]
    linked = sum(len(line) for line in lines if line in links)
    return len(lines) > 2 and linked >= 0.8 * sum(len(line) for line in lines)


def _texts(element: etree._Element) -> list[str]:
    """One text per paragraph: list items and table rows stand alone, a line break is a space."""
    if element.tag == "list":
        return [t for item in element if item.tag == "item" for t in _texts(item)]
    if element.tag == "table":
        return [t for row in element.iter("row") if (t := norm(" ".join(_inline(c) for c in row)))]
    text = norm(_inline(element))
    return [text] if text else []


def _inline(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag in ("lb", "cell") else "")
        parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _matching_quote(text: str, quotes: list[_Quote]) -> _Quote | None:
    """The page's blockquote that an extracted quote came from: the one sharing most of its words."""
    words = _words(text)
    if not words or not quotes:
        return None
    best = max(quotes, key=lambda q: len(q.words & words))
    return best if len(best.words & words) >= 0.5 * len(words) else None


def _drop_first(blocks: list[_Block], predicate: Any) -> list[_Block]:
    for index, block in enumerate(blocks):
        if predicate(block):
            return blocks[:index] + blocks[index + 1 :]
    return blocks


def _pieces(title: str | None, blocks: list[_Block]) -> list[Piece]:
    """Merge consecutive blocks of the same kind and source into one segment each."""
    cited = _resolve_citations(blocks)
    pieces: list[Piece] = [Piece("title", [title])] if title else []
    previous_key: tuple[Any, ...] | None = None
    for block in blocks:
        source = cited.get(block.group) if block.kind == "quote" else None
        key = (block.kind, source, block.group if block.kind == "quote" and source is None else None)
        if key == previous_key:
            pieces[-1].paragraphs.append(block.text)
        else:
            pieces.append(Piece(block.kind, [block.text], source))
        previous_key = key
    return pieces


def _resolve_citations(blocks: list[_Block]) -> dict[int | None, str | None]:
    """The source of each quote: its own attribution, else the line that introduces it, else the cite URL's site."""
    cited: dict[int | None, str | None] = {}
    previous: _Block | None = None
    for block in blocks:
        if block.kind == "quote" and block.group not in cited:
            source = block.quote.cited if block.quote else None
            if not source and previous is not None and previous.kind == "body":
                source = _attribution(previous.text)
            if not source and block.quote and block.quote.cite_url:
                host = urlparse(block.quote.cite_url).hostname
                source = host.removeprefix("www.") if host else None
            cited[block.group] = source
        previous = block
    return cited


def _attribution(line: str) -> str | None:
    """The source named by a line introducing a quote, such as "From the New York Times:"."""
    line = _SENTENCE_BREAK.split(line)[-1]
    if not line.endswith(":") or len(line.split()) > 14:
        return None
    name = _ATTRIBUTION_VERB.sub("", _ATTRIBUTION_PREFIX.sub("", line[:-1].strip(), count=1)).strip(" ,")
    words = name.split()
    if not words or len(words) > 8 or '"' in name:
        return None
    if words[0].lower() == "the":
        words[0] = "The"
    if not words[-1][:1].isupper() or any(not w[:1].isupper() and w not in _NAME_LINKS for w in words):
        return None
    return " ".join(words)
