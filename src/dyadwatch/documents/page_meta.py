"""A page's title, publication date, canonical URL and site name, from meta tags, JSON-LD and markup.

Main-text extractors keep the words; these fields decide how an event is dated, deduplicated and
attributed, so they are read from the page's own declarations first and validated.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any, Iterator

from lxml import html as lxml_html

from .dates import publication_date

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"))
_TITLE_SEPARATORS = (" | ", " :: ", " · ", " • ", " — ", " – ", " - ")
_HARD_SEPARATORS = {"|", "::", "·", "•"}
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle"}
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date",
)


def norm(text: str) -> str:
    """Collapse whitespace and drop invisible characters (zero-width spaces, soft hyphens)."""
    return " ".join(text.translate(_INVISIBLE).split())


class PageMetadata:
    """Title, date, URL and site name from meta tags, JSON-LD and the article markup."""

    def __init__(self, root: lxml_html.HtmlElement, meta: dict[str, str], linked: dict[str, Any]):
        self.root = root
        self.meta = meta
        self.linked = linked
        self.ignored: list[str] = []  # declared values that cannot be facts, for the reader to warn about

    @classmethod
    def from_page(cls, root: lxml_html.HtmlElement) -> PageMetadata:
        meta: dict[str, str] = {}
        for element in root.iter("meta"):
            key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
            content = norm(element.get("content") or "")
            if key and content:
                meta.setdefault(key, content)
        return cls(root, meta, _linked_data(root))

    def site_name(self) -> str | None:
        publisher = self.linked.get("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else None
        return self.meta.get("og:site_name") or (norm(name) if isinstance(name, str) else None)

    def source(self) -> str | None:
        return self.site_name() or self.meta.get("application-name")

    def _article(self) -> lxml_html.HtmlElement:
        """The article element when the page marks one, for the headline and <time> fallbacks."""
        found = self.root.xpath("//article[not(contains(@class, 'comment'))] | //main | //*[@role='main']")
        return found[0] if found else self.root

    def title(self) -> str | None:
        headline = self.linked.get("headline")
        page_title = self.root.find(".//title")
        h1 = self._article().find(".//h1")
        if h1 is None:
            h1 = self.root.find(".//h1")
        for raw in (
            self.meta.get("og:title"),
            self.meta.get("twitter:title"),
            page_title.text_content() if page_title is not None else None,
            headline if isinstance(headline, str) else None,
            h1.text_content() if h1 is not None else None,
        ):
            title = _clean_title(raw or "", self.site_name())
            if title:
                return title
        return None

    def published(self) -> date | None:
        values = [self.meta.get(key) for key in _DATE_META[:2]]
        values.append(self.linked.get("datePublished"))
        values.extend(self.meta.get(key) for key in _DATE_META[2:])
        values.extend(e.get("datetime") or e.get("content") for e in self.root.xpath('//*[@itemprop="datePublished"]'))
        values.extend(e.get("datetime") for e in self._article().iter("time"))
        for value in values:
            if isinstance(value, str) and value.strip():
                try:
                    return publication_date(value)
                except ValueError as exc:
                    if str(exc) not in self.ignored:
                        self.ignored.append(str(exc))
        return None

    def url(self) -> str | None:
        for link in self.root.iter("link"):
            if "canonical" in (link.get("rel") or "").lower().split() and link.get("href", "").strip():
                return link.get("href").strip()
        linked = self.linked.get("url")
        return self.meta.get("og:url") or (linked if isinstance(linked, str) and linked else None)


def _clean_title(raw: str, site: str | None) -> str | None:
    """Strip " | Site name" style suffixes that pages add to their titles."""
    title = norm(raw)
    changed = True
    while changed:
        changed = False
        for separator in _TITLE_SEPARATORS:
            head, found, tail = title.rpartition(separator)
            if not found or not head.strip():
                continue
            is_site = bool(site) and tail.casefold() == site.casefold()
            if is_site or (separator.strip() in _HARD_SEPARATORS and len(tail.split()) <= 6):
                title, changed = head.strip(), True
                break
    return title or None


def _linked_data(root: lxml_html.HtmlElement) -> dict[str, Any]:
    """The page's JSON-LD article object (falling back to any object), merged field by field."""
    found: list[dict[str, Any]] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            found.extend(_ld_objects(json.loads(script.text_content())))
        except (ValueError, RecursionError):
            continue
    articles = [obj for obj in found if _ld_types(obj) & _ARTICLE_TYPES]
    merged: dict[str, Any] = {}
    for obj in articles + found:
        for key, value in obj.items():
            merged.setdefault(key, value)
    return merged


def _ld_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _ld_objects(item)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _ld_objects(value["@graph"])


def _ld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}
