"""A hostile web server for the crawler tests: slow, huge, bombs, loops, lies about content."""

import gzip
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

GOOD_PAGE = (b"<html><head><title>Pharmacists warn about 7-OH</title></head><body><article><h1>Pharmacists warn</h1>"
             b"<p>Pharmacists in the county warned that 7-OH tablets sold at gas stations are far stronger than "
             b"kratom leaf, and that three people were treated for 7-OH symptoms last month.</p></article></body></html>")
# Windows-1252 text served without any charset: curly quotes and an e-acute
CP1252_PAGE = ("<html><head><title>Caf\u00e9 owners and 7-OH</title></head><body><article><h1>Caf\u00e9 owners "
               "and 7-OH</h1><p>\u201cWe stopped selling 7-OH shots in March,\u201d said the caf\u00e9 owner, who "
               "added that customers still ask for the tablets every week.</p></article></body></html>").encode("cp1252")


# Entry URLs that must never be fetched, each followed in its feed by a good one.
NOT_HTTP = ["file:/proc/self/environ", "file://public.example/etc/passwd", "file:///dev/zero",
            "data:text/html,<p>7-OH</p>", "javascript:alert(1)", "ftp://ftp.example/7-oh.html", "http://[x",
            "http://host.example:99999/", "mailto:tips@example.org"]


def rss(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Entry {i}</title><link>{escape(link)}</link></item>" for i, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def urlset(links: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{escape(link)}</loc></url>" for link in links)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


class HostileServer:
    def __init__(self, host: str = "127.0.0.1", redirect_target: str | None = None, max_bytes: int = 200_000,
                 port: int = 0, retry_after: int = 5, fanout: int = 10, header_lines: int = 20_000):
        self.redirect_target = redirect_target
        self.max_bytes = max_bytes
        self.retry_after = retry_after
        self.fanout = fanout
        self.header_lines = header_lines
        self.api_answer = "truncated"  # what /api/v1/documents.json sends: "truncated" or "not_http"
        self.hit_times: list[tuple[float, str]] = []  # (monotonic time, path) of every request
        self.hits: dict[str, int] = {}
        self.headers: list[tuple[str, dict]] = []
        self._httpd = ThreadingHTTPServer((host, port), self._handler())
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
                server.hit_times.append((time.monotonic(), path))
                server.headers.append((path, dict(self.headers)))
                prefix = path.strip("/").split("/")[0]
                if prefix in ("fanout", "storm"):
                    return getattr(self, f"route_{prefix}")(path)
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
                if server.api_answer == "not_http":
                    return self.route_api_v1_not_http_json()
                self.send(200, b'{"count": 3, "results": [{"title": "Temporary placement of 7-OH', "application/json")

            def route_gone_html(self):
                self.send(410, b"gone")

            def route_not_http_xml(self):
                self.send(200, rss(NOT_HTTP + ["/good.html"]), "application/rss+xml")

            def route_not_http_sitemap_xml(self):
                self.send(200, urlset(NOT_HTTP + [f"{server.base}/cp1252.html"]), "application/xml")

            def route_api_v1_not_http_json(self):
                results = [{"title": f"Notice {i}", "html_url": url, "publication_date": "2026-11-02"}
                           for i, url in enumerate(NOT_HTTP + [f"{server.base}/good.html"])]
                self.send(200, json.dumps({"count": len(results), "results": results}).encode(), "application/json")

            def route_slow_feed_xml(self):
                time.sleep(1)  # answers after a storm elsewhere has begun
                self.send(200, rss(["/good.html"]), "application/rss+xml")

            def route_storm_feed_xml(self):
                self.send(200, rss([f"/storm/{i}.html" for i in range(40)]), "application/rss+xml")

            def route_big_feed_xml(self):
                self.send(200, rss([f"/page-{i}.html" for i in range(50)]), "application/rss+xml")

            def route_huge_headers_html(self):
                # header_lines headers (20,000: ~600 KB) before a small body
                self.send_response(200)
                for i in range(server.header_lines):
                    self.send_header(f"X-Pad-{i}", "7-OH" * 4)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(GOOD_PAGE)))
                self.end_headers()
                self.wfile.write(GOOD_PAGE)

            def route_fanout(self, path):
                # /fanout/index.xml -> fanout child indexes per level, urlsets at the bottom
                stem = path.rsplit("/", 1)[1].removesuffix(".xml")
                depth = stem.count("-")
                if depth < 3:
                    children = "".join(f"<sitemap><loc>{server.base}/fanout/{stem}-{i}.xml</loc></sitemap>"
                                       for i in range(server.fanout))
                    body = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            f"{children}</sitemapindex>").encode()
                else:
                    body = urlset([f"/good.html?from={stem}"])
                self.send(200, body, "application/xml")

            def route_storm(self, path):
                self.send(429, b"slow down", headers=[("Retry-After", str(server.retry_after))])

        return Handler
