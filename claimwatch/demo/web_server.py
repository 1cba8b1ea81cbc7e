"""A small web server for the bundled demo web (and for tests): static files on 127.0.0.1.

`{{BASE}}` in served text is replaced with the server's own origin, so feeds and links point
back at it whatever port it got. Answers conditional requests (ETag / Last-Modified) with 304.
"""

import datetime as dt
import email.utils
import hashlib
import json
import mimetypes
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

WEB = Path(__file__).parent / "web"
_TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")
_TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
          ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".pdf": "application/pdf"}


class SiteServer:
    """Serves `root` (a folder; may be switched between requests with `serve_from`)."""

    def __init__(self, root: Path, last_modified: dt.datetime | None = None):
        self.root = Path(root)
        self.default_last_modified = last_modified or dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)
        self.requests: list[tuple[str, str, dict]] = []  # (method, path, headers), for tests
        self.bytes_sent = 0  # body bytes, for benchmarks
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

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

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append(("GET", self.path, dict(self.headers)))
                found = server.load(self.path)
                if found is None:
                    return self._send(404, b"<html><body><h1>Not found</h1></body></html>", "text/html")
                body, ctype, modified = found
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                stamp = email.utils.format_datetime(modified, usegmt=True)
                if self.headers.get("If-None-Match") == etag or (
                        not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == stamp):
                    return self._send(304, b"", None, {"ETag": etag, "Last-Modified": stamp})
                self._send(200, body, ctype, {"ETag": etag, "Last-Modified": stamp})

            def _send(self, status, body, ctype, headers=None):
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for key, value in (headers or {}).items():
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
    """The demo web in its weekly states: week N serves demo/web/weekN/.

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
        return dt.datetime.combine(day, dt.time(8, 0), tzinfo=dt.timezone.utc)
