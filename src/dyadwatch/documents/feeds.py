"""Read feed lists, the items of RSS, Atom and sitemap feeds, and the article pages they link to.

A feed item is a link to an article with what the feed says about it (title, date); the article itself
is fetched and read by the page reader. A feed's date is used only when the page has none, so it is
checked here like every publication date.
"""
from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

import feedparser
from lxml import etree

from ..errors import FeedListError, FetchError, InputError
from .dates import publication_date
from .document import Document
from .fetch import Response, check_url
from .html import read_html

MAX_ITEMS = 1000  # per feed and round: a feed is a list of recent articles, not an archive
FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
_SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
_NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
_YEAR = re.compile(r"\b(\d{4})\b")


@dataclass(frozen=True)
class FeedSource:
    """A line of the feed list: the feed URL and, optionally, the name to count its articles under."""

    url: str
    name: str | None
    line: int


@dataclass(frozen=True)
class FeedItem:
    """An article a feed links to."""

    url: str
    title: str | None
    published: date | None
    feed: str


def read_feed_list(path: str | Path) -> list[FeedSource]:
    """The feeds of a list file: `URL [source name]` per line, `#` comments; a bad line is named by file:line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise InputError(f"{path}: cannot read the feed list ({reason}); give a text file with one feed URL a line") from None
    feeds: list[FeedSource] = []
    first_line: dict[str, int] = {}
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        url, _, name = text.partition(" ")
        reason = check_url(url)
        if reason:
            raise FeedListError(str(path), number, f"'{url}' is not a feed URL ({reason}); write: URL [source name]")
        if url in first_line:
            raise FeedListError(str(path), number, f"{url} is already listed on line {first_line[url]}")
        first_line[url] = number
        feeds.append(FeedSource(url, " ".join(name.split()) or None, number))
    if not feeds:
        raise InputError(f"{path}: no feed URLs in the list; write one http(s) URL a line")
    return feeds


def parse_feed(content: bytes, url: str) -> list[FeedItem]:
    """The items of an RSS or Atom feed or a sitemap; a FetchError if content is none of them."""
    if not content.strip():
        raise FetchError(url, "empty response; expected an RSS, Atom or sitemap feed")
    root = _sitemap_root(content)
    if root is not None:
        return _sitemap_items(root, url)
    parsed = feedparser.parse(content, sanitize_html=False, resolve_relative_uris=False)
    items = []
    for entry in parsed.entries[:MAX_ITEMS]:
        link = (entry.get("link") or "").strip()
        if link:
            title = " ".join((entry.get("title") or "").split()) or None
            items.append(FeedItem(urljoin(url, link), title, _item_date(entry), url))
    # A broken feed is still read when the parser recovered its items; with none, it is reported.
    if not items and (parsed.bozo or not parsed.version):
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0]})" if problem else ""
        raise FetchError(url, f"not an RSS, Atom or sitemap feed{detail}")
    return items


def _item_date(entry: dict) -> date | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            found = feed_date(value)
            if found:
                return found
    return None


def feed_date(value: str) -> date | None:
    """The date of an RSS (RFC 822) or Atom/W3C (ISO 8601) timestamp, as written; None if impossible."""
    try:
        when = email.utils.parsedate_to_datetime(value)
        written = _YEAR.search(value)
        if written is None or int(written[1]) == when.year:  # "0001" is not read as 2001
            value = when.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return publication_date(value)
    except ValueError:
        return None


def _sitemap_root(content: bytes) -> etree._Element | None:
    """The root element when content is a sitemap (urlset or sitemapindex), else None."""
    head = content[:2048].lower()
    if b"<urlset" not in head and b"<sitemapindex" not in head:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        return None  # let the feed parser say what is wrong
    return root if etree.QName(root).localname in ("urlset", "sitemapindex") else None


def _sitemap_items(root: etree._Element, url: str) -> list[FeedItem]:
    if etree.QName(root).localname == "sitemapindex":
        raise FetchError(url, "a sitemap index, which lists sitemaps; list the news sitemaps it names in the feed list")
    items = []
    for entry in root.iterfind(f"{{{_SITEMAP}}}url"):
        link = (entry.findtext(f"{{{_SITEMAP}}}loc") or "").strip()
        if not link:
            continue
        published = entry.findtext(f"{{{_NEWS}}}news/{{{_NEWS}}}publication_date") or entry.findtext(f"{{{_SITEMAP}}}lastmod")
        title = entry.findtext(f"{{{_NEWS}}}news/{{{_NEWS}}}title")
        items.append(FeedItem(urljoin(url, link), " ".join((title or "").split()) or None,
                              feed_date(published.strip()) if published else None, url))
        if len(items) >= MAX_ITEMS:
            break
    return items


HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


def read_article(response: Response, item: FeedItem, source: str | None = None) -> Document:
    """The article page of a feed item, read by the page reader. Its URL is the page's canonical URL
    (else where the item led); its date is the page's, else the feed's; its source is the feed list's
    name for the feed, else the page's site name."""
    if response.mime not in HTML_TYPES:
        raise FetchError(item.url, f"not an HTML page (Content-Type: {response.content_type or 'none'}); "
                         "only article pages are read")
    try:
        document = read_html(_decoded(response), doc_id=item.url, origin=item.url)
    except InputError as exc:
        raise FetchError(item.url, str(exc).removeprefix(f"{item.url}: ")) from None
    canonical = urljoin(response.url, document.url) if document.url else None
    document.url = canonical if canonical and check_url(canonical) is None else response.url
    document.published = document.published or item.published
    document.title = document.title or item.title
    document.source = source or document.source
    return document


def _decoded(response: Response) -> str | bytes:
    """The page text in the charset its header declares; bytes (for the page reader to sniff) if none."""
    for part in response.content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            try:
                return response.content.decode(value.strip().strip("\"'"), errors="replace")
            except LookupError:
                break
    return response.content
