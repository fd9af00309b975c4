"""A real HTTP server on 127.0.0.1 for the watch tests: feeds, article pages, faults and a webhook.

Routes are set (and changed between rounds) by the test; every request is logged with its headers,
POST bodies (the webhook) are kept, and the most requests answered at once is counted.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import date, datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from html import escape


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (to provoke a client timeout)
    etag: str | None = None  # answered with 304 when the client sends it back in If-None-Match


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


class FeedServer:
    """A threaded HTTP server in this process; `url(path)` gives the address of a route."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {"/robots.txt": Route(b"User-agent: *\nAllow: /\n", "text/plain")}
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self.active = 0  # requests being answered now
        self.peak = 0  # the most answered at once
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "FeedServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def hits(self, path: str, method: str = "GET") -> list[Request]:
        with self.lock:
            return [r for r in self.requests if r.path == path and r.method == method]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._answer(b"")

            def do_POST(self) -> None:
                self._answer(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

            def _answer(self, body: bytes) -> None:
                with owner.lock:
                    owner.requests.append(Request(self.command, self.path, dict(self.headers), body))
                    route = owner.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                with owner.lock:
                    owner.active += 1
                    owner.peak = max(owner.peak, owner.active)
                try:
                    time.sleep(route.delay)
                finally:
                    with owner.lock:
                        owner.active -= 1
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    if route.etag:
                        self.send_header("ETag", route.etag)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                    pass

        return Handler


def article(title: str, paragraphs: list[str], published: date | None = None, canonical: str | None = None) -> Route:
    """An article page; with `published`, the page carries its own date in a meta tag."""
    meta = f'<meta property="article:published_time" content="{published.isoformat()}">' if published else ""
    meta += f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    html = (f"<!DOCTYPE html><html><head><title>{escape(title)}</title>{meta}</head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>{body}</article></body></html>")
    return Route(html.encode("utf-8"))


def rss(title: str, items: list[tuple[str, str, date | None]], etag: str | None = None) -> Route:
    """An RSS 2.0 feed of (title, link, date) items."""
    entries = []
    for item_title, link, day in items:
        when = f"<pubDate>{format_datetime(datetime(day.year, day.month, day.day, 9, 30, tzinfo=timezone.utc))}</pubDate>" if day else ""
        entries.append(f"<item><title>{escape(item_title)}</title><link>{escape(link)}</link>{when}</item>")
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
           f"<link>http://127.0.0.1/</link><description>test feed</description>{''.join(entries)}</channel></rss>")
    return Route(xml.encode("utf-8"), "application/rss+xml; charset=utf-8", etag=etag)


def posted_json(server: FeedServer, path: str) -> list[dict]:
    return [json.loads(r.body) for r in server.hits(path, "POST")]
