"""The dashboard as a WSGI application: pages and the JSON API behind them, read-only, one connection per request.

Every request opens the database read-only (through Store.open, which waits briefly while a writer commits)
and closes it before the response is sent, so `dyadwatch ingest` or `watch` can write between requests and
new events show on the next one. No endpoint writes or takes SQL: filters are bound parameters, pages are
capped, and a query that runs past the time limit is interrupted.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
import threading
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any, Callable, Iterator
from urllib.parse import parse_qsl

import duckdb
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ..analysis.store import connect
from ..errors import DyadwatchError, QueryTimeout, RequestError, StoreError
from ..store.database import Store
from ..store.formats import write_events
from . import queries
from .evidence import pieces
from .filters import MODALITIES, actor_code, parse_page, parse_query

QUERY_SECONDS = 10.0
EXPORT_FORMATS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}
_STATIC = re.compile(r"[a-z0-9_-]+\.(js|css|json)")
_STATIC_TYPES = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
                 "json": "application/json"}
_SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
]
_STATUS = {200: "200 OK", 400: "400 Bad Request", 404: "404 Not Found", 405: "405 Method Not Allowed",
           500: "500 Internal Server Error", 503: "503 Service Unavailable"}

API_INDEX = {
    "/api/overview": "alerts of the latest window, most active dyads with sparklines, events per period by quad class, coverage",
    "/api/dyad/{A}/{B}?freq=&page=&page_size=": "series of both directions by quad class and Goldstein, window and baseline, events with evidence",
    "/api/events?actor=&dyad=&since=&until=&root=&quad=&plover=&modality=&outlet=&text=&page=&page_size=": "one page of filtered events and the total",
    "/api/export.csv?(filters)": "every filtered event as CSV (as `dyadwatch events --format csv`)",
    "/api/export.jsonl?(filters)": "every filtered event as JSON Lines (as `dyadwatch events --format jsonl`)",
    "/api/options": "values the filters offer (CAMEO roots, PLOVER types, outlets)",
    "/api/actors": "actors with counts and partners, and the dyad network",
    "/api/map?(filters)": "events per place, when the database has locations",
    "/api/doc/{doc_key}": "a stored document: metadata and the sentences kept as evidence, with their events",
}


class NotFound(DyadwatchError):
    """A path or a document that does not exist."""


@dataclass
class Response:
    status: int
    content_type: str
    body: Iterator[bytes] | bytes
    headers: list[tuple[str, str]] | None = None


def to_json(value: Any) -> str:
    return json.dumps(value, default=_plain, ensure_ascii=False)


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "__int__"):
        return int(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _script_json(value: Any) -> Markup:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' that could close the element."""
    text = to_json(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


class Dashboard:
    """The WSGI application. `hosts`, when given, are the Host headers accepted (against DNS rebinding)."""

    def __init__(self, db: str, query_seconds: float = QUERY_SECONDS, hosts: set[str] | None = None):
        self.db = db
        self.query_seconds = query_seconds
        self.hosts = hosts
        self.templates = Environment(loader=PackageLoader("dyadwatch.server", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.templates.filters["data"] = _script_json
        self.templates.globals["pieces"] = pieces
        self.templates.globals["modalities"] = MODALITIES
        self.routes: list[tuple[re.Pattern, Callable[..., Response]]] = [
            (re.compile(p), h) for p, h in [
                (r"/", self.page_overview), (r"/dyad/([^/]+)/([^/]+)", self.page_dyad), (r"/events", self.page_events),
                (r"/actors", self.page_actors), (r"/map", self.page_map), (r"/doc/([0-9a-f]{1,64})", self.page_doc),
                (r"/api", self.api_index), (r"/api/overview", self.api_overview),
                (r"/api/dyad/([^/]+)/([^/]+)", self.api_dyad), (r"/api/events", self.api_events),
                (r"/api/export\.(csv|jsonl)", self.api_export), (r"/api/options", self.api_options),
                (r"/api/actors", self.api_actors), (r"/api/map", self.api_map),
                (r"/api/doc/([0-9a-f]{1,64})", self.api_doc), (r"/static/(.+)", self.static),
            ]]

    def __call__(self, environ: dict, start_response: Callable) -> Iterator[bytes]:
        response = self.respond(environ)
        headers = [("Content-Type", response.content_type), *_SECURITY_HEADERS, *(response.headers or [])]
        body = response.body
        if isinstance(body, bytes):
            headers.append(("Content-Length", str(len(body))))
            body = iter([body])
        start_response(_STATUS[response.status], headers)
        return iter([]) if environ.get("REQUEST_METHOD") == "HEAD" else body

    def respond(self, environ: dict) -> Response:
        path = environ.get("PATH_INFO") or "/"
        api = path.startswith("/api")
        try:
            if self.hosts is not None and environ.get("HTTP_HOST") not in self.hosts:
                raise RequestError(f"host '{environ.get('HTTP_HOST')}' is not served here; use http://{sorted(self.hosts)[0]}/")
            if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
                return self._error(405, "this dashboard only reads: use GET", api)
            args = dict(parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True))
            for pattern, handler in self.routes:
                found = pattern.fullmatch(path.rstrip("/") or "/")
                if found:
                    return handler(args, *found.groups())
            raise NotFound(f"{path}: no such page")
        except RequestError as exc:
            return self._error(400, str(exc), api)
        except NotFound as exc:
            return self._error(404, str(exc), api)
        except (StoreError, QueryTimeout) as exc:
            return self._error(503, str(exc), api)
        except Exception:  # a bug: the traceback goes to the server's log, the page says what to do
            traceback.print_exc(file=sys.stderr)
            return self._error(500, "internal error (details in the server's log)", api)

    @contextmanager
    def database(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection for one request, interrupted after the time limit, always closed."""
        con = connect(self.db)
        timer = threading.Timer(self.query_seconds, con.interrupt)
        timer.start()
        try:
            yield con
        except duckdb.InterruptException:
            raise QueryTimeout(f"the query took longer than {self.query_seconds:g} s and was stopped; "
                               "narrow the filters (dates, actor)") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.db}: cannot read ({str(exc).splitlines()[0]})") from None
        finally:
            timer.cancel()
            con.close()

    def _data(self, view: Callable[..., Any], *args: Any) -> Any:
        with self.database() as con:
            return view(con, *args)

    # Views: the API returns the data, the page renders the same data.

    def api_overview(self, args: dict) -> Response:
        return _json(self._data(queries.overview))

    def page_overview(self, args: dict) -> Response:
        return self._page("overview.html", "Overview", data=self._data(queries.overview), db=self.db)

    def _dyad(self, args: dict, a: str, b: str) -> dict:
        a, b = actor_code(a), actor_code(b)
        return self._data(queries.dyad_view, a, b, args.get("freq") or None, parse_page(args))

    def api_dyad(self, args: dict, a: str, b: str) -> Response:
        return _json(self._dyad(args, a, b))

    def page_dyad(self, args: dict, a: str, b: str) -> Response:
        data = self._dyad(args, a, b)
        return self._page("dyad.html", f"{data['a']} \u2013 {data['b']}", data=data, args=args)

    def _events(self, args: dict) -> dict:
        return self._data(queries.events_view, parse_query(args), parse_page(args))

    def api_events(self, args: dict) -> Response:
        return _json(self._events(args))

    def page_events(self, args: dict) -> Response:
        query, page = parse_query(args), parse_page(args)
        with self.database() as con:
            data = queries.events_view(con, query, page)
            options = queries.filter_options(con)
        return self._page("events.html", "Events", data=data, options=options, args=args, query=query)

    def api_options(self, args: dict) -> Response:
        return _json(self._data(queries.filter_options))

    def api_export(self, args: dict, fmt: str) -> Response:
        """The filtered set in full, written to a temporary file first so the database is closed while it is sent."""
        query = parse_query(args)
        spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+b")
        with self.database() as con:
            text = _TextSink(spool)
            write_events(Store(con, self.db), query, fmt, text)
        size = spool.tell()
        spool.seek(0)
        return Response(200, EXPORT_FORMATS[fmt], _chunks(spool),
                        [("Content-Disposition", f'attachment; filename="dyadwatch-events.{fmt}"'),
                         ("Content-Length", str(size))])

    def api_actors(self, args: dict) -> Response:
        return _json(self._data(queries.actors_view))

    def page_actors(self, args: dict) -> Response:
        return self._page("actors.html", "Actors", data=self._data(queries.actors_view))

    def api_map(self, args: dict) -> Response:
        return _json(self._data(queries.map_view, parse_query(args)))

    def page_map(self, args: dict) -> Response:
        return self._page("map.html", "Map", data=self._data(queries.map_view, parse_query(args)), args=args)

    def _doc(self, key: str) -> dict:
        doc = self._data(queries.document_view, key)
        if doc is None:
            raise NotFound(f"no stored document {key}")
        return doc

    def api_doc(self, args: dict, key: str) -> Response:
        return _json(self._doc(key))

    def page_doc(self, args: dict, key: str) -> Response:
        doc = self._doc(key)
        return self._page("doc.html", doc["title"] or doc["doc_id"] or key, data=doc)

    def api_index(self, args: dict) -> Response:
        return _json({"endpoints": API_INDEX})

    def static(self, args: dict, name: str) -> Response:
        if not _STATIC.fullmatch(name):
            raise NotFound(f"/static/{name}: no such file")
        item = resources.files("dyadwatch.server").joinpath("static", name)
        if not item.is_file():
            raise NotFound(f"/static/{name}: no such file")
        return Response(200, _STATIC_TYPES[name.rsplit(".", 1)[1]], item.read_bytes(),
                        [("Cache-Control", "max-age=300")])

    def _page(self, template: str, title: str, **context: Any) -> Response:
        html = self.templates.get_template(template).render(title=title, **context)
        return Response(200, "text/html; charset=utf-8", html.encode("utf-8"))

    def _error(self, status: int, message: str, api: bool) -> Response:
        if api:
            return Response(status, "application/json", to_json({"error": message}).encode("utf-8"))
        html = self.templates.get_template("error.html").render(title="Error", status=status, message=message)
        return Response(status, "text/html; charset=utf-8", html.encode("utf-8"))


def _json(data: Any) -> Response:
    return Response(200, "application/json", to_json(data).encode("utf-8"))


class _TextSink:
    """A text stream over a binary file, for the store's writers (which write str)."""

    def __init__(self, binary: Any):
        self.binary = binary

    def write(self, text: str) -> int:
        self.binary.write(text.encode("utf-8"))
        return len(text)


def _chunks(spool: Any) -> Iterator[bytes]:
    try:
        while chunk := spool.read(1 << 16):
            yield chunk
    finally:
        spool.close()
