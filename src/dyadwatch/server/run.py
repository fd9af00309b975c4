"""Serve the dashboard over HTTP with the standard library: a thread per request, nothing to install."""
from __future__ import annotations

import ipaddress
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from .app import QUERY_SECONDS, Dashboard

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    """One line per request on standard error, without the client's address (it is this machine)."""

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{self.log_date_time_string()} {format % args}\n")


class _SilentHandler(WSGIRequestHandler):
    """No request log (tests and benchmarks)."""

    def log_message(self, format: str, *args: object) -> None:
        pass


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def build_server(db: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 query_seconds: float = QUERY_SECONDS, quiet: bool = False) -> WSGIServer:
    """A server bound to host:port (port 0 picks a free one). On a loopback address only the Host headers
    of this machine are accepted, so a web page elsewhere cannot reach the dashboard by DNS rebinding."""
    server = make_server(host, port, Dashboard(db, query_seconds), server_class=_ThreadingServer,
                         handler_class=_SilentHandler if quiet else _QuietHandler)
    if is_loopback(host):
        bound = server.server_address[1]
        server.get_app().hosts = {f"{name}:{bound}" for name in ("127.0.0.1", "localhost", "[::1]")}
    return server
