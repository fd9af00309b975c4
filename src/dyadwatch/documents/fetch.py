"""Fetch feeds and article pages over HTTP, politely and within bounds.

Anything on the web may be slow, huge, broken or hostile, so every request is bounded (connect and
read timeouts, a total time, a size limit applied after decompression, a few redirects, only http and
https at every hop), announces itself with a User-Agent, asks robots.txt first, and waits its turn:
at most `per_host` requests to one host at once, started at least `delay` seconds apart. A fault is a
FetchError naming the URL, for the caller to record and skip.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from typing import Iterator
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ..errors import FetchError

ROBOTS_AGENT = "dyadwatch"
USER_AGENT = f"{ROBOTS_AGENT}/{version('dyadwatch')} (political event coder; reads feeds and the articles they list)"
SCHEMES = ("http", "https")
MAX_CRAWL_DELAY = 30.0  # a robots.txt Crawl-delay is honoured up to this many seconds
MAX_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """The bounds of every request."""

    timeout: float = 20.0  # seconds to connect, and between two pieces of the response
    total_seconds: float = 60.0  # for one whole response
    max_bytes: int = 10 * 2**20  # of one response, once decompressed
    max_redirects: int = 5
    per_host: int = 2
    delay: float = 1.0  # seconds between the starts of two requests to one host
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Validators:
    """What the server said identifies its last answer, sent back for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class Response:
    """A fetched resource (status 200) or the server's word that it has not changed (status 304)."""

    url: str  # after redirects
    status: int
    content: bytes
    content_type: str
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def mime(self) -> str:
        return self.content_type.split(";")[0].strip().lower()


def check_url(url: str) -> str | None:
    """Why url cannot be fetched (not absolute http or https), or None when it can."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        return f"only http and https URLs are fetched, not '{parts.scheme or url}'"
    if not parts.hostname:
        return "the URL has no host"
    return None


class _Host:
    """One host's turn-taking: a few requests at once, their starts spaced by its delay."""

    def __init__(self, slots: int, delay: float):
        self.slots = threading.BoundedSemaphore(slots)
        self.lock = threading.Lock()
        self.delay = delay
        self.next_start = 0.0
        self.robots: RobotFileParser | FetchError | None = None
        self.robots_lock = threading.Lock()

    @contextmanager
    def turn(self) -> Iterator[None]:
        with self.slots:
            with self.lock:
                wait = self.next_start - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                self.next_start = time.monotonic() + self.delay
            yield


class Fetcher:
    """Bounded, polite GETs; safe to share between threads. robots.txt is read once per host per round."""

    def __init__(self, policy: FetchPolicy = FetchPolicy()):
        self.policy = policy
        self.client = httpx.Client(
            timeout=httpx.Timeout(policy.timeout), follow_redirects=False,
            headers={"User-Agent": policy.user_agent}, trust_env=False,
        )
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def new_round(self) -> None:
        """Forget robots.txt answers, so that each round follows the current rules."""
        with self._lock:
            for host in self._hosts.values():
                host.robots = None

    def get(self, url: str, validators: Validators = Validators(), accept: str = "*/*") -> Response:
        """GET url, following a few http(s) redirects; a FetchError naming url on any fault."""
        headers = {"Accept": accept, **validators.headers()}
        seen = [url]
        current = url
        while True:
            reason = check_url(current)
            if reason:
                raise FetchError(url, reason if current == url else f"redirected to {current}: {reason}")
            self._check_robots(url, current)
            host = self._host(current)
            with host.turn():
                response = self._request(url, current, headers, self.policy.max_bytes)
            if isinstance(response, Response):
                return response
            target = urljoin(current, response)
            if target in seen:
                raise FetchError(url, "redirect loop (" + " -> ".join([*seen[seen.index(target):], target]) + ")")
            if len(seen) > self.policy.max_redirects:
                raise FetchError(url, f"more than {self.policy.max_redirects} redirects")
            seen.append(target)
            current = target

    def _request(self, url: str, current: str, headers: dict[str, str], limit: int) -> Response | str:
        """One request: a Response, or the Location of a redirect."""
        deadline = time.monotonic() + self.policy.total_seconds
        try:
            with self.client.stream("GET", current, headers=headers) as response:
                status = response.status_code
                if status in (301, 302, 303, 307, 308):
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(url, f"HTTP {status} redirect without a Location")
                    return location
                if status == 304:
                    return Response(current, 304, b"", "", _validators(response))
                if not 200 <= status < 300:
                    raise FetchError(url, f"HTTP {status} {response.reason_phrase}".rstrip())
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, f"larger than the {_size(limit)} allowed ({_size(int(declared))})")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"larger than the {_size(limit)} allowed")
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"took longer than {self.policy.total_seconds:g} s to download")
                    chunks.append(chunk)
                content_type = response.headers.get("Content-Type", "")
                return Response(current, status, b"".join(chunks), content_type, _validators(response))
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out (no answer within {self.policy.timeout:g} s)") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from None

    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        key = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(self.policy.per_host, self.policy.delay)
            return host

    def _check_robots(self, url: str, current: str) -> None:
        """Refuse what the host's robots.txt disallows; a host whose robots.txt fails is skipped (RFC 9309)."""
        host = self._host(current)
        with host.robots_lock:  # one robots.txt request per host, however many threads ask
            if host.robots is None:
                host.robots = self._read_robots(current, host)
        if isinstance(host.robots, FetchError):
            raise FetchError(url, host.robots.reason)
        if not host.robots.can_fetch(ROBOTS_AGENT, current):
            raise FetchError(url, "disallowed by the site's robots.txt")

    def _read_robots(self, current: str, host: _Host) -> RobotFileParser | FetchError:
        parts = urlsplit(current)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        rules = RobotFileParser(robots_url)
        location = robots_url
        try:
            for _ in range(self.policy.max_redirects + 1):
                with host.turn():
                    response = self._request(robots_url, location, {"Accept": "text/plain"}, MAX_ROBOTS_BYTES)
                if isinstance(response, Response):
                    break
                location = urljoin(location, response)
                if check_url(location):  # redirected off the web: as if there were no robots.txt
                    rules.allow_all = True
                    return rules
            else:
                raise FetchError(robots_url, f"more than {self.policy.max_redirects} redirects")
        except FetchError as exc:
            if exc.reason.startswith("HTTP 4"):  # no robots.txt (RFC 9309: 4xx means no rules)
                rules.allow_all = True
                return rules
            return FetchError(robots_url, f"robots.txt cannot be read ({exc.reason}); the site is skipped this round")
        rules.parse(response.content.decode("utf-8", errors="replace").splitlines())
        crawl_delay = rules.crawl_delay(ROBOTS_AGENT)
        if crawl_delay:
            host.delay = max(host.delay, min(float(crawl_delay), MAX_CRAWL_DELAY))
        return rules


def _validators(response: httpx.Response) -> Validators:
    return Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MB" if count >= 2**20 else f"{count / 1024:.0f} kB"
