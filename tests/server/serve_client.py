"""A WSGI test client for the dashboard: requests go straight to the application, in this process."""
from __future__ import annotations

import json
from dataclasses import dataclass
from io import BytesIO
from urllib.parse import urlsplit
from wsgiref.util import setup_testing_defaults

from dyadwatch.server.app import Dashboard


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)


class Client:
    """Calls the WSGI application in this process, as a server would."""

    def __init__(self, app: Dashboard):
        self.app = app

    def get(self, url: str, method: str = "GET", host: str = "127.0.0.1:8765") -> Reply:
        parts = urlsplit(url)
        environ = {"REQUEST_METHOD": method, "PATH_INFO": parts.path, "QUERY_STRING": parts.query,
                   "HTTP_HOST": host, "wsgi.input": BytesIO(b"")}
        setup_testing_defaults(environ)
        found = {}

        def start_response(status: str, headers: list[tuple[str, str]]) -> None:
            found["status"], found["headers"] = int(status.split()[0]), dict(headers)

        body = b"".join(self.app(environ, start_response))
        return Reply(found["status"], found["headers"], body)
