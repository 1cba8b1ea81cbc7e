"""A hostile web server for the crawler tests: slow, huge, bombs, loops, lies about content."""

import gzip
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GOOD_PAGE = (b"<html><head><title>Pharmacists warn about 7-OH</title></head><body><article><h1>Pharmacists warn</h1>"
             b"<p>Pharmacists in the county warned that 7-OH tablets sold at gas stations are far stronger than "
             b"kratom leaf, and that three people were treated for 7-OH symptoms last month.</p></article></body></html>")
# Windows-1252 text served without any charset: curly quotes and an e-acute
CP1252_PAGE = ("<html><head><title>Caf\u00e9 owners and 7-OH</title></head><body><article><h1>Caf\u00e9 owners "
               "and 7-OH</h1><p>\u201cWe stopped selling 7-OH shots in March,\u201d said the caf\u00e9 owner, who "
               "added that customers still ask for the tablets every week.</p></article></body></html>").encode("cp1252")


class HostileServer:
    def __init__(self, host: str = "127.0.0.1", redirect_target: str | None = None, max_bytes: int = 200_000):
        self.redirect_target = redirect_target
        self.max_bytes = max_bytes
        self.hits: dict[str, int] = {}
        self.headers: list[tuple[str, dict]] = []
        self._httpd = ThreadingHTTPServer((host, 0), self._handler())
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self):
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for key, value in headers:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                path = self.path.split("?")[0]
                server.hits[path] = server.hits.get(path, 0) + 1
                server.headers.append((path, dict(self.headers)))
                route = getattr(self, "route_" + re.sub(r"[^a-z0-9]", "_", path.strip("/")), None)
                if route is None:
                    return self.send(404, b"not found")
                route()

            def route_robots_txt(self):
                self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")

            def route_good_html(self):
                self.send(200, GOOD_PAGE)

            def route_slow_html(self):
                time.sleep(4)  # longer than the test's timeout
                self.send(200, GOOD_PAGE)

            def route_huge_html(self):
                self.send(200, b"<html><body>" + b"7-OH " * (server.max_bytes // 2) + b"</body></html>")

            def route_bomb_html(self):
                # 30 KB on the wire, far more than max_bytes once decompressed
                body = gzip.compress(b"<p>7-OH</p>" * (server.max_bytes // 2), compresslevel=9)
                self.send(200, body, headers=[("Content-Encoding", "gzip")])

            def route_loop_html(self):
                self.send(302, b"", headers=[("Location", "/loop.html")])

            def route_to_private_html(self):
                self.send(302, b"", headers=[("Location", server.redirect_target or "/good.html")])

            def route_cp1252_html(self):
                self.send(200, CP1252_PAGE, "text/html")

            def route_binary_html(self):
                self.send(200, bytes(range(256)) * 64, "text/html")

            def route_malformed_xml(self):
                self.send(200, b"<?xml version='1.0'?><rss><channel><item><title>7-OH<link>", "application/rss+xml")

            def route_flaky_html(self):
                if server.hits["/flaky.html"] == 1:
                    return self.send(429, b"slow down", headers=[("Retry-After", "1")])
                self.send(200, GOOD_PAGE.replace(b"three people", b"four people"))

            def route_api_v1_documents_json(self):
                self.send(200, b'{"count": 3, "results": [{"title": "Temporary placement of 7-OH', "application/json")

            def route_gone_html(self):
                self.send(410, b"gone")

        return Handler
