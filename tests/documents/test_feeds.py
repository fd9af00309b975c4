"""Feed lists, feed parsing and bounded fetching, against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from feed_server import FeedServer, Route, article, rss

from dyadwatch.documents.feeds import FeedItem, feed_date, parse_feed, read_article, read_feed_list
from dyadwatch.documents.fetch import FetchPolicy, Fetcher, Validators
from dyadwatch.errors import FeedListError, FetchError, InputError

FAST = FetchPolicy(timeout=2.0, total_seconds=5.0, delay=0.0)

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2025-03-04T10:00:00Z</updated>
<entry><title>Talks resume in Doha</title><link rel="alternate" href="/2025/03/doha-talks"/><id>urn:1</id>
<published>2025-03-04T23:30:00-05:00</published><updated>2025-03-05T08:00:00Z</updated></entry>
</feed>"""

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example.org/a/1</loc><news:news><news:publication_date>2025-02-11T06:00:00+01:00</news:publication_date>
<news:title>Ministers meet in Cairo</news:title></news:news></url>
<url><loc>https://news.example.org/a/2</loc><lastmod>2025-02-12</lastmod></url>
</urlset>"""


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


def test_feed_list_reads_urls_names_and_comments(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# world desks\nhttps://news.example.org/rss.xml  Example  News\n\nhttp://wire.example.net/atom\n")
    feeds = read_feed_list(path)
    assert [(f.url, f.name, f.line) for f in feeds] == [
        ("https://news.example.org/rss.xml", "Example News", 2), ("http://wire.example.net/atom", None, 4)]


@pytest.mark.parametrize("line, message", [
    ("file:///etc/passwd", "only http and https"),
    ("news.example.org/rss", "only http and https"),
    ("https:///rss", "no host"),
    ("https://news.example.org/rss.xml", "already listed on line 1"),
])
def test_feed_list_names_the_bad_line(tmp_path, line, message):
    path = tmp_path / "feeds.txt"
    path.write_text(f"https://news.example.org/rss.xml\n{line}\n")
    with pytest.raises(FeedListError, match=message) as raised:
        read_feed_list(path)
    assert str(raised.value).startswith(f"{path}:2: ")


def test_empty_feed_list_is_refused(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# nothing yet\n")
    with pytest.raises(InputError, match="no feed URLs"):
        read_feed_list(path)


def test_rss_items_with_dates_as_written():
    route = rss("Desk", [("Clash at the border", "https://news.example.org/clash", date(2025, 1, 7)),
                         ("No date", "https://news.example.org/undated", None)])
    items = parse_feed(route.body, "https://news.example.org/rss.xml")
    assert items == [FeedItem("https://news.example.org/clash", "Clash at the border", date(2025, 1, 7), "https://news.example.org/rss.xml"),
                     FeedItem("https://news.example.org/undated", "No date", None, "https://news.example.org/rss.xml")]


def test_atom_links_resolve_against_the_feed_and_keep_the_written_date():
    [item] = parse_feed(ATOM, "https://desk.example.org/feeds/atom.xml")
    assert item.url == "https://desk.example.org/2025/03/doha-talks"
    assert item.published == date(2025, 3, 4)  # not converted to UTC (March 5)
    assert item.title == "Talks resume in Doha"


def test_news_sitemap_items():
    items = parse_feed(SITEMAP, "https://news.example.org/sitemap.xml")
    assert [(i.url, i.title, i.published) for i in items] == [
        ("https://news.example.org/a/1", "Ministers meet in Cairo", date(2025, 2, 11)),
        ("https://news.example.org/a/2", None, date(2025, 2, 12))]


@pytest.mark.parametrize("content", [
    b"<rss version='2.0'><channel><title>cut off<item><title>x</ti",
    b"<!DOCTYPE html><html><body><p>Welcome to our home page</p></body></html>",
    b"just some words",
    b"   ",
])
def test_what_is_not_a_feed_is_a_fetch_error(content):
    with pytest.raises(FetchError, match="feed"):
        parse_feed(content, "https://news.example.org/feed")


@pytest.mark.parametrize("value, expected", [
    ("Tue, 07 Jan 2025 09:30:00 +0000", date(2025, 1, 7)),
    ("Tue, 07 Jan 2025 23:30:00 -0500", date(2025, 1, 7)),
    ("2025-01-07T23:30:00-05:00", date(2025, 1, 7)),
    ("Mon, 01 Jan 0001 00:00:00 GMT", None),  # a placeholder, not a date
    ("Sat, 01 Mar 2205 10:00:00 GMT", None),  # in the future
    ("soon", None),
])
def test_feed_dates_are_checked_like_every_publication_date(value, expected):
    assert feed_date(value) == expected


def test_conditional_get_sends_validators_and_gets_304(server):
    server.routes["/feed"] = Route(b"<rss/>", "application/rss+xml", etag='"v7"',
                                   headers={"Last-Modified": "Tue, 07 Jan 2025 09:30:00 GMT"})
    fetcher = Fetcher(FAST)
    first = fetcher.get(server.url("/feed"))
    assert first.status == 200 and first.validators == Validators('"v7"', "Tue, 07 Jan 2025 09:30:00 GMT")
    second = fetcher.get(server.url("/feed"), first.validators)
    assert second.not_modified and second.content == b""
    sent = server.hits("/feed")[-1].headers
    assert sent["If-None-Match"] == '"v7"' and sent["If-Modified-Since"] == "Tue, 07 Jan 2025 09:30:00 GMT"
    assert sent["User-Agent"].startswith("dyadwatch/")


def test_robots_txt_disallow_is_honoured_and_read_once_per_round(server):
    server.routes["/robots.txt"] = Route(b"User-agent: dyadwatch\nDisallow: /private/\n", "text/plain")
    server.routes["/private/page"] = article("Secret", ["Not for robots."])
    server.routes["/public/page"] = article("Open", ["For everyone."])
    fetcher = Fetcher(FAST)
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get(server.url("/private/page"))
    assert fetcher.get(server.url("/public/page")).status == 200
    assert server.hits("/private/page") == [] and len(server.hits("/robots.txt")) == 1
    fetcher.new_round()
    fetcher.get(server.url("/public/page"))
    assert len(server.hits("/robots.txt")) == 2


def test_missing_robots_txt_allows_everything(server):
    del server.routes["/robots.txt"]
    server.routes["/page"] = article("Open", ["For everyone."])
    assert Fetcher(FAST).get(server.url("/page")).status == 200


@pytest.mark.parametrize("routes, path, message", [
    ({"/a": Route(status=302, headers={"Location": "/b"}), "/b": Route(status=301, headers={"Location": "/a"})},
     "/a", r"redirect loop \(.*/a -> .*/b -> .*/a\)"),
    ({"/a": Route(status=302, headers={"Location": "file:///etc/passwd"})}, "/a", "redirected to file:///etc/passwd"),
    ({"/a": Route(b"x" * 5000)}, "/a", "larger than"),
    ({"/a": Route(b"oops", status=503)}, "/a", "HTTP 503"),
    ({"/a": Route(b"late", delay=1.5)}, "/a", "timed out"),
    ({}, "/missing", "HTTP 404"),
])
def test_faults_are_fetch_errors_naming_the_url(server, routes, path, message):
    server.routes.update(routes)
    fetcher = Fetcher(FetchPolicy(timeout=0.5, delay=0.0, max_bytes=4096))
    with pytest.raises(FetchError, match=message) as raised:
        fetcher.get(server.url(path))
    assert raised.value.url == server.url(path)


def test_redirects_within_http_are_followed(server):
    server.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    server.routes["/new"] = article("Moved", ["Here now."])
    response = Fetcher(FAST).get(server.url("/old"))
    assert response.url == server.url("/new") and b"Here now." in response.content


def test_requests_to_one_host_are_spaced_by_the_delay(server):
    """robots.txt, then three pages: each starts at least `delay` after the one before (a lower bound)."""
    server.routes["/page"] = article("Open", ["For everyone."])
    fetcher = Fetcher(FetchPolicy(timeout=2.0, delay=0.3))
    began = time.monotonic()
    for _ in range(3):
        fetcher.get(server.url("/page"))
    assert time.monotonic() - began >= 0.85
    assert len(server.hits("/page")) == 3


@pytest.mark.parametrize("per_host", [1, 2])
def test_at_most_per_host_requests_go_to_one_host_at_once(server, per_host):
    """Six slow pages asked for by six threads at once: the server never answers more than per_host together."""
    server.routes["/slow"] = Route(article("Slow", ["Take your time."]).body, delay=0.4)
    fetcher = Fetcher(FetchPolicy(timeout=5.0, delay=0.0, per_host=per_host))
    fetcher.get(server.url("/robots.txt"))  # robots.txt read before the race
    with ThreadPoolExecutor(6) as pool:
        statuses = list(pool.map(lambda _: fetcher.get(server.url("/slow")).status, range(6)))
    assert statuses == [200] * 6
    assert server.peak == per_host


def test_a_longer_crawl_delay_in_robots_txt_wins_over_the_delay(server):
    """Crawl-delay: 1 with --delay 0: the three pages start at least a second apart (a lower bound)."""
    server.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 1\n", "text/plain")
    server.routes["/page"] = article("Open", ["For everyone."])
    fetcher = Fetcher(FetchPolicy(timeout=2.0, delay=0.0))
    fetcher.get(server.url("/page"))
    began = time.monotonic()
    for _ in range(2):
        fetcher.get(server.url("/page"))
    assert time.monotonic() - began >= 1.95
    assert len(server.hits("/page")) == 3


def test_article_takes_the_feed_date_only_when_the_page_has_none(server):
    server.routes["/dated"] = article("Summit opens", ["Leaders met in Cairo on Monday."], date(2025, 2, 10))
    server.routes["/undated"] = article("Summit closes", ["Leaders left Cairo on Tuesday."])
    fetcher = Fetcher(FAST)
    for path, expected in (("/dated", date(2025, 2, 10)), ("/undated", date(2025, 2, 11))):
        item = FeedItem(server.url(path), "from the feed", date(2025, 2, 11), server.url("/feed"))
        document = read_article(fetcher.get(item.url), item, "Cairo Desk")
        assert document.published == expected
        assert document.url == item.url and document.source == "Cairo Desk" and document.origin == item.url


def test_a_non_html_item_is_refused(server):
    server.routes["/report.pdf"] = Route(b"%PDF-1.7", "application/pdf")
    item = FeedItem(server.url("/report.pdf"), None, None, server.url("/feed"))
    with pytest.raises(FetchError, match="not an HTML page"):
        read_article(Fetcher(FAST).get(item.url), item)


def test_the_bundled_samples_are_served_as_a_feed_with_conditional_get():
    from dyadwatch.samples.serve import serve

    server, base = serve()
    try:
        fetcher = Fetcher(FAST)
        response = fetcher.get(f"{base}/feed.xml")
        items = parse_feed(response.content, response.url)
        assert len(items) == 9 and all(i.url.startswith(f"{base}/articles/") for i in items)
        assert sum(i.published is not None for i in items) == 8  # the HTML page carries its own date
        assert fetcher.get(f"{base}/feed.xml", response.validators).not_modified
        page = read_article(fetcher.get(items[0].url), items[0])
        assert page.text and page.published is not None
    finally:
        server.shutdown()
        server.server_close()


def test_ctrl_c_stops_the_served_command_and_the_server_without_a_traceback(tmp_path):
    """Ctrl-C in a terminal reaches the whole process group: the command stops as it chooses (here at once,
    with status 0, as a watch does after its batch), and the serving wrapper waits for it and exits with it."""
    command = ("import signal, sys, time; signal.signal(signal.SIGINT, lambda *a: sys.exit(0)); "
               "print('ready', flush=True); time.sleep(60)")
    wrapper = subprocess.Popen([sys.executable, "-m", "dyadwatch.samples.serve", str(tmp_path / "feeds.txt"), "--",
                                sys.executable, "-c", command],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert wrapper.stdout.readline().strip() == "ready"
        os.killpg(wrapper.pid, signal.SIGINT)
        assert wrapper.wait(timeout=30) == 0
        assert "Traceback" not in wrapper.stderr.read()
    finally:
        if wrapper.poll() is None:
            wrapper.kill()
        wrapper.stdout.close()
        wrapper.stderr.close()
    assert (tmp_path / "feeds.txt").read_text().splitlines()[1].endswith("/feed.xml Sample Wire")
