"""Read a news web page: keep the article, its quoted excerpts and the reader comments, drop the site chrome.

Events are coded differently by who states them, so the page is cut into the author's body, quotes
(with the source they cite) and reader comments; navigation, sidebars, share boxes, forms and ads
never reach the text.
"""
from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator
from urllib.parse import urlparse

from lxml import etree
from lxml import html as lxml_html

from ..errors import InputError
from .dates import publication_date
from .document import Document, Piece

_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head")
_CHROME_TAGS = {
    "nav", "aside", "button", "input", "select", "textarea", "label", "footer", "figcaption",
    "dialog", "menu", "audio", "video", "map", "img", "picture",
}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"}
_CHROME_SUBSTRINGS = (
    "sidebar", "widget", "share", "sharing", "social", "related", "newsletter", "subscribe", "advert",
    "sponsor", "breadcrumb", "cookie", "popup", "promo", "skip-link", "screen-reader", "adsbygoogle",
)
_CHROME_PARTS = {
    "ad", "ads", "adv", "meta", "byline", "nav", "navbar", "navigation", "menu", "tags", "tag", "categories",
    "pagination", "pager", "masthead", "banner", "toolbar", "modal", "footer", "signup", "recent", "author",
}
# Inside a comment section these hold the commenter's name, dates, reply links and the reply form.
_COMMENT_CHROME_PARTS = {
    "meta", "metadata", "author", "avatar", "vcard", "reply", "respond", "title", "count", "link", "links",
    "navigation", "nav", "awaiting", "moderation", "edit", "says", "byline", "date", "time", "actions",
    "footer", "header", "vote", "votes", "like", "likes", "share", "report", "open", "closed", "form",
    "number", "pagination",
}
_COMMENT_ITEM_CLASSES = {
    "comment", "comment-body", "comment-content", "comment-text", "comment-item", "post-message", "media-body",
}
_COMMENT_ITEM_ID = re.compile(r"^(?:div-)?comment-?\d+$|^post-\d+$", re.IGNORECASE)
_INLINE_TAGS = {"a", "span", "time", "small", "em", "strong", "b", "i", "u", "img", "abbr", "cite", "sup", "sub"}
_BLOCK_TAGS = {
    "html", "body", "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr",
    "figure", "address", "hr", "center", "details", "summary", "caption",
}
_HEADINGS = {"h1", "h2", "h3"}
_CELL_TAGS = {"td", "th"}
_CONTENT_CLASSES = {
    "entry-content", "post-content", "article-body", "article-content", "story-body", "post-body",
    "content-body", "article__body", "story-content",
}
_TITLE_SEPARATORS = (" | ", " :: ", " · ", " • ", " — ", " – ", " - ")
_HARD_SEPARATORS = {"|", "::", "·", "•"}
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle"}
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date",
)
_ARTICLE_MARKERS = (
    "boolean(.//article[not(contains(@class, 'comment'))] | .//main | .//h1 | .//*[@role='main'] | "
    ".//*[@itemprop='articleBody'])"
)
_CITED_ATTR = "data-dyadwatch-cited"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"))
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


@dataclass(frozen=True)
class _Context:
    kind: str = "body"
    group: int | None = None
    cited: str | None = None
    cite_url: str | None = None


@dataclass
class _Block:
    text: str
    tag: str
    context: _Context


def read_html(html: str | bytes, doc_id: str, origin: str = "<html>") -> Document:
    """Read one web page into a Document with title, body, quote and comment segments."""
    root = _parse(html, origin)
    meta = _Metadata.from_page(root)
    body = root.find("body")
    if body is None:
        body = root
    for element in body.xpath("|".join(f".//{tag}" for tag in _NEVER_TEXT)):
        element.drop_tree()
    _mark_quote_attributions(body)
    regions, main = _locate(body)
    title = meta.title(main)
    blocks = _read_blocks(main, regions)
    if main is not body and not any(not _is_title(b, title) for b in blocks):
        main = body
        blocks = _read_blocks(body, regions)
    if not any(not _is_title(b, title) for b in blocks):
        raise InputError(f"{origin}: no readable text in this HTML page; check that it is the article page")
    pieces = _pieces(title, blocks)
    return Document.assemble(
        doc_id, pieces, published=meta.published(main), url=meta.url(), title=title, source=meta.source(),
        origin=origin,
    )


def _read_blocks(main: lxml_html.HtmlElement, regions: list[lxml_html.HtmlElement]) -> list[_Block]:
    walker = _Walker(regions)
    for target in sorted([main, *(r for r in regions if not _contains(main, r))], key=_position):
        walker.run(target)
    return walker.blocks


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


def _norm(text: str) -> str:
    return " ".join(text.translate(_INVISIBLE).split())


def _position(element: lxml_html.HtmlElement) -> float:
    return element.xpath("count(preceding::*) + count(ancestor::*)")


def _class_tokens(element: lxml_html.HtmlElement) -> list[str]:
    return f"{element.get('class', '')} {element.get('id', '')}".lower().split()


def _parts(tokens: list[str]) -> set[str]:
    return {part for token in tokens for part in re.split(r"[-_]+", token) if part}


def _is_comment_region(element: lxml_html.HtmlElement) -> bool:
    """A reader-comment section: `#comments`, `.comment-list`, `#disqus_thread` and the like."""
    if element.tag in _INLINE_TAGS or element.tag in ("body", "html"):
        return False
    tokens = _class_tokens(element)
    if not any(t.startswith(("comment", "disqus")) for t in tokens):
        return False
    if _is_chrome(element) or _parts(tokens) & _COMMENT_CHROME_PARTS:
        return False
    return not element.xpath(".//h1")


def _is_chrome(element: lxml_html.HtmlElement, in_comments: bool = False) -> bool:
    """Navigation, sidebars, share boxes, forms, ads; never a wrapper that holds the article itself."""
    tag = element.tag
    if tag == "form":
        return not _holds_article(element) and _text_weight(element)[0] < 1000
    if tag in _CHROME_TAGS:
        return True
    if tag == "header" and (in_comments or next(element.iterancestors("article"), None) is None):
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if "display:none" in element.get("style", "").replace(" ", "").lower():
        return True
    return _chrome_by_attributes(element, in_comments) and not _holds_article(element)


def _chrome_by_attributes(element: lxml_html.HtmlElement, in_comments: bool) -> bool:
    if element.get("role", "").lower() in _CHROME_ROLES:
        return True
    tokens = _class_tokens(element)
    if not tokens:
        return False
    parts = _parts(tokens)
    commentish = any("comment" in part or "disqus" in part for part in parts)
    if (in_comments or commentish) and parts & _COMMENT_CHROME_PARTS:
        return True
    joined = " ".join(tokens)
    return any(s in joined for s in _CHROME_SUBSTRINGS) or bool(parts & _CHROME_PARTS)


def _holds_article(element: lxml_html.HtmlElement) -> bool:
    """Whether a page wrapper (say `<div class="site has-sidebar">`) contains the article and so is not chrome."""
    return bool(element.xpath(_ARTICLE_MARKERS))


def _is_comment_item(element: lxml_html.HtmlElement) -> bool:
    if _COMMENT_ITEM_ID.match(element.get("id", "")):
        return True
    return bool(set(element.get("class", "").lower().split()) & _COMMENT_ITEM_CLASSES)


def _mark_quote_attributions(body: lxml_html.HtmlElement) -> None:
    """Move a blockquote's own attribution (a footer, a trailing <cite> or "— Source" line) into an attribute."""
    for quote in body.iter("blockquote"):
        children = [c for c in quote if isinstance(c.tag, str)]
        if not children:
            continue
        last = children[-1]
        source = None
        dashed = last.tag == "p" and _norm(last.text_content()).startswith(("—", "–", "―"))
        if last.tag in ("footer", "cite") or dashed:
            cite = last if last.tag == "cite" else last.find(".//cite")
            source = _norm((cite if cite is not None else last).text_content()).strip(_DASHES)
            if cite is None:
                source = source.split(",")[0].strip()
            last.drop_tree()
        if source:
            quote.set(_CITED_ATTR, source)


def _locate(body: lxml_html.HtmlElement) -> tuple[list[lxml_html.HtmlElement], lxml_html.HtmlElement]:
    """Find the comment sections and the article, looking past chrome (a "recent comments" widget is not one)."""
    regions: list[lxml_html.HtmlElement] = []
    candidates: dict[str, list[lxml_html.HtmlElement]] = {"body": [], "article": [], "main": [], "content": []}
    stack = list(reversed([c for c in body if isinstance(c.tag, str)]))
    while stack:
        element = stack.pop()
        if _is_comment_region(element):
            regions.append(element)
            continue
        if _is_chrome(element):
            continue
        tokens = set(_class_tokens(element))
        if element.get("itemprop") == "articleBody":
            candidates["body"].append(element)
        elif element.tag == "article" and not any(t.startswith("comment") for t in tokens):
            candidates["article"].append(element)
        elif element.tag == "main" or element.get("role") == "main":
            candidates["main"].append(element)
        elif tokens & _CONTENT_CLASSES:
            candidates["content"].append(element)
        stack.extend(reversed([c for c in element if isinstance(c.tag, str)]))
    main = body
    for found in candidates.values():
        if found:
            main = max(found, key=_text_weight)
            break
    return regions, main


def _contains(ancestor: lxml_html.HtmlElement, element: lxml_html.HtmlElement) -> bool:
    return any(a is ancestor for a in element.iterancestors())


def _text_weight(element: lxml_html.HtmlElement) -> tuple[int, int]:
    paragraphs = sum(len(_norm(p.text_content())) for p in element.iter("p"))
    return paragraphs, len(_norm(element.text_content()))


class _Walker:
    """Turns an element tree into text blocks, each tagged with the kind of text it is."""

    def __init__(self, regions: list[lxml_html.HtmlElement]):
        self.regions = regions
        self.blocks: list[_Block] = []
        self.groups = itertools.count(1)

    def run(self, root: lxml_html.HtmlElement) -> None:
        self._walk(root, _Context(), [], "div")

    def _enter(self, element: lxml_html.HtmlElement, context: _Context) -> _Context:
        if any(element is region for region in self.regions):
            return _Context("comment", next(self.groups))
        if context.kind == "comment":
            return _Context("comment", next(self.groups)) if _is_comment_item(element) else context
        if element.tag == "blockquote" and context.kind != "quote":
            return _Context("quote", next(self.groups), element.get(_CITED_ATTR), element.get("cite"))
        return context

    def _walk(self, element: lxml_html.HtmlElement, context: _Context, parts: list[str], owner: str) -> None:
        inner = self._enter(element, context)
        is_block = element.tag in _BLOCK_TAGS or inner is not context
        own = [] if is_block else parts
        if is_block:
            self._emit(parts, context, owner)
        if element.tag == "br" or element.tag in _CELL_TAGS:
            own.append(" ")
        if element.text:
            own.append(element.text)
        for child in element:
            if isinstance(child.tag, str) and not _is_chrome(child, inner.kind == "comment"):
                self._walk(child, inner, own, element.tag if is_block else owner)
            if child.tail:
                own.append(child.tail)
        if is_block:
            self._emit(own, inner, element.tag)

    def _emit(self, parts: list[str], context: _Context, tag: str) -> None:
        text = _norm("".join(parts))
        parts.clear()
        if text:
            self.blocks.append(_Block(text, tag, context))


def _is_title(block: _Block, title: str | None) -> bool:
    return bool(title) and block.tag in _HEADINGS and block.text.casefold() == title.casefold()


def _pieces(title: str | None, blocks: list[_Block]) -> list[Piece]:
    """Merge consecutive blocks of the same kind and source; each reader comment stays a segment of its own."""
    if title:
        blocks = _drop_first(blocks, lambda b: _is_title(b, title))
    cited = _resolve_citations(blocks)
    pieces: list[Piece] = [Piece("title", [title])] if title else []
    previous_key: tuple[Any, ...] | None = None
    for block in blocks:
        source = cited.get(block.context.group) if block.context.kind == "quote" else None
        key = (block.context.kind, source, block.context.group if block.context.kind == "comment" else None)
        if key == previous_key:
            pieces[-1].paragraphs.append(block.text)
        else:
            pieces.append(Piece(block.context.kind, [block.text], source))
        previous_key = key
    return pieces


def _drop_first(blocks: list[_Block], predicate: Any) -> list[_Block]:
    for index, block in enumerate(blocks):
        if predicate(block):
            return blocks[:index] + blocks[index + 1 :]
    return blocks


def _resolve_citations(blocks: list[_Block]) -> dict[int | None, str | None]:
    """The source of each quote: its own attribution, else the line that introduces it, else the cite URL's site."""
    cited: dict[int | None, str | None] = {}
    previous: _Block | None = None
    for block in blocks:
        context = block.context
        if context.kind == "quote" and context.group not in cited:
            source = context.cited
            if not source and previous is not None and previous.context.kind == "body":
                source = _attribution(previous.text)
            if not source and context.cite_url:
                source = urlparse(context.cite_url).hostname
                source = source.removeprefix("www.") if source else None
            cited[context.group] = source
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


class _Metadata:
    """Title, date, URL and site name from meta tags, JSON-LD and the article markup."""

    def __init__(self, root: lxml_html.HtmlElement, meta: dict[str, str], linked: dict[str, Any]):
        self.root = root
        self.meta = meta
        self.linked = linked

    @classmethod
    def from_page(cls, root: lxml_html.HtmlElement) -> _Metadata:
        meta: dict[str, str] = {}
        for element in root.iter("meta"):
            key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
            content = _norm(element.get("content") or "")
            if key and content:
                meta.setdefault(key, content)
        return cls(root, meta, _linked_data(root))

    def site_name(self) -> str | None:
        publisher = self.linked.get("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else None
        return self.meta.get("og:site_name") or (_norm(name) if isinstance(name, str) else None)

    def source(self) -> str | None:
        return self.site_name() or self.meta.get("application-name")

    def title(self, main: lxml_html.HtmlElement) -> str | None:
        headline = self.linked.get("headline")
        page_title = self.root.find(".//title")
        h1 = main.find(".//h1")
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

    def published(self, main: lxml_html.HtmlElement) -> date | None:
        values = [self.meta.get(key) for key in _DATE_META[:2]]
        values.append(self.linked.get("datePublished"))
        values.extend(self.meta.get(key) for key in _DATE_META[2:])
        values.extend(e.get("datetime") or e.get("content") for e in self.root.xpath('//*[@itemprop="datePublished"]'))
        values.extend(e.get("datetime") for e in main.iter("time"))
        for value in values:
            if isinstance(value, str) and value.strip():
                try:
                    return publication_date(value)
                except ValueError:
                    continue
        return None

    def url(self) -> str | None:
        for link in self.root.iter("link"):
            if "canonical" in (link.get("rel") or "").lower().split() and link.get("href", "").strip():
                return link.get("href").strip()
        linked = self.linked.get("url")
        return self.meta.get("og:url") or (linked if isinstance(linked, str) and linked else None)


def _clean_title(raw: str, site: str | None) -> str | None:
    """Strip " | Site name" style suffixes that pages add to their titles."""
    title = _norm(raw)
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
