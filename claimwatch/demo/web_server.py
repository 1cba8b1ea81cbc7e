"""A small web server on 127.0.0.1 (or another local address) for the bundled demo web, and the one the
tests build every local site from.

It serves a folder of static files, replacing `{{BASE}}` in served text with its own origin (so feeds
and links point back at it whatever port it got) and answering conditional requests (ETag /
Last-Modified) with 304; `routes` can answer some paths differently (a hostile site, a replayed
API). It records every request it gets.
"""

import datetime as dt
import email.utils
import hashlib
import json
import mimetypes
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

WEB = Path(__file__).parent / "web"
_TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")
_TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
          ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".pdf": "application/pdf"}


@dataclass
class Answer:
    """What a route sends: a status, a body, its content type (None: no header) and more headers."""

    status: int
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


# A route: (the server, the request's path without its query, its query) -> an Answer, or None to
# serve the path from the folder as usual.
Route = Callable[["SiteServer", str, dict[str, str]], Answer | None]


class SiteServer:
    """Serves `root` (a folder; may be switched between requests with `serve_from`) and `routes`."""

    def __init__(self, root: Path | None = None, routes: Route | None = None, host: str = "127.0.0.1",
                 port: int = 0, last_modified: dt.datetime | None = None):
        self.root = Path(root) if root else None
        self.routes = routes
        self.default_last_modified = last_modified or dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
        self.requests: list[tuple[str, str, dict]] = []  # (method, path with query, headers)
        self.hit_times: list[tuple[float, str]] = []  # (monotonic time, path), in order
        self.hits: Counter[str] = Counter()  # path -> requests
        self.bytes_sent = 0  # body bytes, for benchmarks
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def serve_from(self, root: Path) -> None:
        self.root = Path(root)

    def start(self) -> "SiteServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def last_modified(self, relative: str, body: bytes) -> dt.datetime:
        return self.default_last_modified

    def load(self, path: str) -> tuple[bytes, str, dt.datetime] | None:
        if self.root is None:
            return None
        relative = unquote(urlsplit(path).path).lstrip("/") or "index.html"
        file = (self.root / relative).resolve()
        if self.root.resolve() not in file.parents or not file.is_file():
            return None
        body = file.read_bytes()
        # a path without a suffix is a page, as on most sites ("/documents/2026/11/16/slug")
        ctype = _TYPES.get(file.suffix or ".html") or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if ctype.startswith(_TEXT_TYPES):
            body = body.replace(b"{{BASE}}", self.base.encode())
        return body, ctype, self.last_modified(relative, body)

    def _record(self, handler: BaseHTTPRequestHandler) -> str:
        path = urlsplit(handler.path).path
        with self._lock:
            self.requests.append((handler.command, handler.path, dict(handler.headers)))
            self.hit_times.append((time.monotonic(), path))
            self.hits[path] += 1
        return path

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's name)
                path = server._record(self)
                routed = server.routes(server, path, dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))) \
                    if server.routes else None
                if routed is not None:
                    return self._send(routed.status, routed.body, routed.content_type, routed.headers)
                found = server.load(self.path)
                if found is None:
                    return self._send(404, b"<html><body><h1>Not found</h1></body></html>", "text/html")
                body, ctype, modified = found
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                stamp = email.utils.format_datetime(modified, usegmt=True)
                validators = [("ETag", etag), ("Last-Modified", stamp)]
                if self.headers.get("If-None-Match") == etag or (
                        not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == stamp):
                    return self._send(304, b"", None, validators)
                self._send(200, body, ctype, validators)

            def _send(self, status, body, ctype, headers=()):
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for key, value in headers:
                    self.send_header(key, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
                    server.bytes_sent += len(body)

            def log_message(self, *args):
                pass

        return Handler


class DemoWeb(SiteServer):
    """The demo web in its weekly states: week N serves the demo's web/weekN/.

    A file unchanged since an earlier week keeps that week's Last-Modified (and its ETag),
    so a second crawl of unchanged pages costs 304s.
    """

    def __init__(self, web: Path = WEB):
        self.web = Path(web)
        self.plan = json.loads((self.web / "planted.json").read_text())
        self.week_dates = {int(k): dt.date.fromisoformat(v) for k, v in self.plan["weeks"].items()}
        super().__init__(self.web / "week1")
        self.week = 1

    def set_week(self, week: int) -> None:
        self.week = week
        self.serve_from(self.web / f"week{week}")

    def last_modified(self, relative: str, body: bytes) -> dt.datetime:
        current = (self.web / f"week{self.week}" / relative).read_bytes()
        first = self.week
        for earlier in range(self.week - 1, 0, -1):
            older = self.web / f"week{earlier}" / relative
            if older.is_file() and older.read_bytes() == current:
                first = earlier
            else:
                break
        day = self.week_dates[first] - dt.timedelta(days=1)
        return dt.datetime.combine(day, dt.time(8, 0), tzinfo=dt.UTC)
