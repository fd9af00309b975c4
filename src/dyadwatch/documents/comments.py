"""Reader comments: found by the markup that comment systems use, kept one segment per comment.

Main-text extractors drop comments or merge them into one block; dyadwatch needs each comment apart
(they are opinion, never coded by default, and one commenter's claim is not another's), without the
commenter's name, date, reply links and the reply form.
"""
from __future__ import annotations

import re

from lxml import html as lxml_html

from .page_meta import norm

# Where a "comments" class is not the reader comments: a sidebar widget, a count in the navigation.
_OUTSIDE_TAGS = {"nav", "aside", "footer", "header", "form", "button", "a"}
_OUTSIDE_PARTS = {
    "widget", "sidebar", "recent", "latest", "popular", "count", "link", "links", "nav", "menu", "meta", "icon",
}
# Inside a comment section these hold the commenter's name, dates, reply links and the reply form.
_CHROME_TAGS = {
    "nav", "aside", "button", "input", "select", "textarea", "label", "footer", "header", "figcaption", "form",
    "dialog", "menu", "audio", "video", "map", "img", "picture", "svg", "script", "style", "noscript",
}
_CHROME_PARTS = {
    "meta", "metadata", "author", "avatar", "vcard", "reply", "respond", "title", "count", "link", "links",
    "navigation", "nav", "awaiting", "moderation", "edit", "says", "byline", "date", "time", "actions",
    "footer", "header", "vote", "votes", "like", "likes", "share", "report", "open", "closed", "form",
    "number", "pagination", "ad", "ads", "sponsor", "promo",
}
_ITEM_CLASSES = {
    "comment", "comment-body", "comment-content", "comment-text", "comment-item", "post-message", "media-body",
}
_ITEM_ID = re.compile(r"^(?:div-)?comment-?\d+$|^post-\d+$", re.IGNORECASE)
_BLOCK_TAGS = {
    "p", "div", "section", "article", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
    "h1", "h2", "h3", "h4", "h5", "h6", "br",
}


def _parts(element: lxml_html.HtmlElement) -> set[str]:
    tokens = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
    return {part for token in tokens for part in re.split(r"[-_]+", token) if part}


def _is_region(element: lxml_html.HtmlElement) -> bool:
    """A reader-comment section: `#comments`, `.comment-list`, `#disqus_thread` and the like."""
    if element.tag in _OUTSIDE_TAGS:
        return False
    tokens = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
    if not any(t.startswith(("comment", "disqus")) for t in tokens):
        return False
    return not (_parts(element) & (_OUTSIDE_PARTS | _CHROME_PARTS)) and not element.xpath(".//h1")


def find_regions(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The outermost comment sections of the page, outside navigation and sidebars, in page order."""
    regions: list[lxml_html.HtmlElement] = []
    stack = list(reversed([c for c in body if isinstance(c.tag, str)]))
    while stack:
        element = stack.pop()
        if element.tag in _OUTSIDE_TAGS - {"a", "button"} or _parts(element) & {"sidebar", "widget"}:
            continue
        if _is_region(element):
            regions.append(element)
            continue
        stack.extend(reversed([c for c in element if isinstance(c.tag, str)]))
    return regions


def _is_item(element: lxml_html.HtmlElement) -> bool:
    if _ITEM_ID.match(element.get("id", "")):
        return True
    return bool(set(element.get("class", "").lower().split()) & _ITEM_CLASSES)


def _is_chrome(element: lxml_html.HtmlElement) -> bool:
    if element.tag in _CHROME_TAGS or element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_parts(element) & _CHROME_PARTS)


def comment_texts(regions: list[lxml_html.HtmlElement]) -> list[list[str]]:
    """The paragraphs of each comment; a reply nested in a comment is a comment of its own."""
    comments: list[list[str]] = []
    for region in regions:
        own: list[str] = []
        comments.append(own)
        _walk(region, own, [], comments, region)
    return [c for c in comments if c]


def _walk(element, current: list[str], parts: list[str], comments: list[list[str]], region) -> None:
    inner = current
    if element is not region and _is_item(element):
        inner = []
        comments.append(inner)
    is_block = element.tag in _BLOCK_TAGS or inner is not current
    own = [] if is_block else parts
    if is_block:
        _flush(parts, current)
    if element.text:
        own.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and not _is_chrome(child):
            _walk(child, inner, own, comments, region)
        if child.tail:
            own.append(child.tail)
    if is_block:
        _flush(own, inner)


def _flush(parts: list[str], target: list[str]) -> None:
    text = norm("".join(parts))
    parts.clear()
    if text:
        target.append(text)
