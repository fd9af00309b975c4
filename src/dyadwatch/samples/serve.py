"""Serve the bundled samples as a news site with an RSS feed on 127.0.0.1 while a command runs.

    python -m dyadwatch.samples.serve FEEDS.txt -- dyadwatch watch FEEDS.txt --once

writes FEEDS.txt (the feed's address), serves the site until the command ends, and exits with its
status: `make watch-demo` shows `dyadwatch watch` at work with no internet. The HTML sample is served
as it is; each other sample becomes a plain article page without a date of its own, so that its date
comes from the feed (the dateline, or the record's date).
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import threading
from datetime import date, datetime, timezone
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ..documents.dates import dateline_date
from ..documents.readers import read_source
from . import sample_paths

ROBOTS = b"User-agent: *\nAllow: /\n"


def sample_site(base: str) -> dict[str, tuple[str, bytes]]:
    """Path -> (content type, body) for every page of the site and its feed, /feed.xml."""
    site = {"/robots.txt": ("text/plain", ROBOTS)}
    items = []
    for path in sample_paths():
        if path.suffix == ".html":
            page = f"/articles/{path.stem}.html"
            site[page] = ("text/html; charset=utf-8", path.read_bytes())
            items.append((path.stem.replace("-", " "), base + page, None))
            continue
        for n, document in enumerate(d for d in read_source(str(path)) if not isinstance(d, Exception)):
            page = f"/articles/{path.stem}-{n + 1}.html"
            title = document.title or path.stem.replace("-", " ")
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in document.text.split("\n\n"))
            html = (f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body>"
                    f"<article><h1>{escape(title)}</h1>{paragraphs}</article></body></html>")
            site[page] = ("text/html; charset=utf-8", html.encode("utf-8"))
            items.append((title, base + page, document.published or dateline_date(document.text)))
    site["/feed.xml"] = ("application/rss+xml; charset=utf-8", _rss(base, items))
    return site


def _rss(base: str, items: list[tuple[str, str, date | None]]) -> bytes:
    entries = []
    for title, link, day in items:
        when = format_datetime(datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)) if day else None
        entries.append(f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
                       + (f"<pubDate>{when}</pubDate>" if when else "") + "</item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>dyadwatch samples</title>'
            f"<link>{base}/</link><description>The sample documents bundled with dyadwatch</description>"
            f"{''.join(entries)}</channel></rss>\n").encode("utf-8")


def serve() -> tuple[ThreadingHTTPServer, str]:
    """Start the site on a free port of 127.0.0.1, in a background thread; returns it and its base URL."""
    site: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            found = site.get(self.path)
            if found is None:
                self.send_error(404)
                return
            etag = f'"{hashlib.sha1(found[1]).hexdigest()[:16]}"'
            if self.headers.get("If-None-Match") == etag:  # conditional GET: nothing new
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Type", found[0])
            self.send_header("Content-Length", str(len(found[1])))
            self.end_headers()
            self.wfile.write(found[1])

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    site.update(sample_site(base))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feeds", help="the feed list to write (one line: the sample feed's URL)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command to run while serving")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    server, base = serve()
    try:
        with open(args.feeds, "w", encoding="utf-8") as out:
            out.write(f"# the bundled samples, served on this machine\n{base}/feed.xml Sample Wire\n")
        return _run(command)
    finally:
        server.shutdown()
        server.server_close()


def _run(command: list[str]) -> int:
    """Run the command to its end. Ctrl-C in a terminal reaches the command too (the whole process group):
    the command decides how to stop (a watch finishes its batch), and serving goes on until it has."""
    with subprocess.Popen(command) as child:
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:
                continue


if __name__ == "__main__":
    sys.exit(main())
