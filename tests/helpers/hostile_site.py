"""A hostile web site for the crawler tests (routes for claimwatch's SiteServer): slow, huge, bombs,
loops, floods of headers, sitemap indexes without end, 429 storms, URLs of every scheme."""

import gzip
import json
import time
from xml.sax.saxutils import escape

from claimwatch.demo.web_server import Answer, SiteServer

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
RSS = "application/rss+xml"


def rss(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Entry {i}</title><link>{escape(link)}</link></item>" for i, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def urlset(links: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{escape(link)}</loc></url>" for link in links)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


class HostileRoutes:
    """The site's answers by path; the attributes change what some paths answer."""

    def __init__(self, redirect_target: str | None = None, max_bytes: int = 200_000, retry_after: int = 5,
                 fanout: int = 10, header_lines: int = 20_000):
        self.redirect_target = redirect_target
        self.max_bytes = max_bytes
        self.retry_after = retry_after
        self.fanout = fanout
        self.header_lines = header_lines
        self.api_answer = "truncated"  # what /api/v1/documents.json sends: "truncated" or "not_http"

    def __call__(self, server: SiteServer, path: str, query: dict) -> Answer:
        if path.startswith("/fanout/"):
            return self.fanout_sitemap(server, path)
        if path.startswith("/storm/"):
            return Answer(429, b"slow down", headers=[("Retry-After", str(self.retry_after))])
        page = {
            "/robots.txt": lambda: Answer(200, b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/good.html": lambda: Answer(200, GOOD_PAGE),
            "/slow.html": self.slow,
            "/huge.html": lambda: Answer(200, b"<html><body>" + b"7-OH " * (self.max_bytes // 2) + b"</body></html>"),
            # 30 KB on the wire, far more than max_bytes once decompressed
            "/bomb.html": lambda: Answer(200, gzip.compress(b"<p>7-OH</p>" * (self.max_bytes // 2), compresslevel=9),
                                         headers=[("Content-Encoding", "gzip")]),
            "/loop.html": lambda: Answer(302, headers=[("Location", "/loop.html")]),
            "/to-private.html": lambda: Answer(302, headers=[("Location", self.redirect_target or "/good.html")]),
            "/cp1252.html": lambda: Answer(200, CP1252_PAGE, "text/html"),
            "/binary.html": lambda: Answer(200, bytes(range(256)) * 64, "text/html"),
            "/malformed.xml": lambda: Answer(200, b"<?xml version='1.0'?><rss><channel><item><title>7-OH<link>", RSS),
            "/flaky.html": lambda: self.flaky(server),
            "/api/v1/documents.json": lambda: self.api(server),
            "/gone.html": lambda: Answer(410, b"gone"),
            "/not-http.xml": lambda: Answer(200, rss(NOT_HTTP + ["/good.html"]), RSS),
            "/not-http-sitemap.xml": lambda: Answer(200, urlset(NOT_HTTP + [f"{server.base}/cp1252.html"]),
                                                    "application/xml"),
            "/slow-feed.xml": self.slow_feed,
            "/storm-feed.xml": lambda: Answer(200, rss([f"/storm/{i}.html" for i in range(40)]), RSS),
            "/big-feed.xml": lambda: Answer(200, rss([f"/page-{i}.html" for i in range(50)]), RSS),
            # header_lines headers (20,000: ~600 KB) before a small body
            "/huge-headers.html": lambda: Answer(200, GOOD_PAGE, headers=[(f"X-Pad-{i}", "7-OH" * 4)
                                                                          for i in range(self.header_lines)]),
        }.get(path)
        return page() if page else Answer(404, b"not found")

    @staticmethod
    def slow() -> Answer:
        time.sleep(4)  # longer than the test's timeout
        return Answer(200, GOOD_PAGE)

    @staticmethod
    def slow_feed() -> Answer:
        time.sleep(1)  # answers after a storm elsewhere has begun
        return Answer(200, rss(["/good.html"]), RSS)

    @staticmethod
    def flaky(server: SiteServer) -> Answer:
        if server.hits["/flaky.html"] == 1:
            return Answer(429, b"slow down", headers=[("Retry-After", "1")])
        return Answer(200, GOOD_PAGE.replace(b"three people", b"four people"))

    def api(self, server: SiteServer) -> Answer:
        if self.api_answer == "not_http":
            results = [{"title": f"Notice {i}", "html_url": url, "publication_date": "2026-11-02"}
                       for i, url in enumerate(NOT_HTTP + [f"{server.base}/good.html"])]
            return Answer(200, json.dumps({"count": len(results), "results": results}).encode(), "application/json")
        return Answer(200, b'{"count": 3, "results": [{"title": "Temporary placement of 7-OH', "application/json")

    def fanout_sitemap(self, server: SiteServer, path: str) -> Answer:
        """/fanout/index.xml -> `fanout` child indexes per level, urlsets at the bottom."""
        stem = path.rsplit("/", 1)[1].removesuffix(".xml")
        if stem.count("-") < 3:
            children = "".join(f"<sitemap><loc>{server.base}/fanout/{stem}-{i}.xml</loc></sitemap>"
                               for i in range(self.fanout))
            body = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"{children}</sitemapindex>").encode()
        else:
            body = urlset([f"/good.html?from={stem}"])
        return Answer(200, body, "application/xml")


def hostile_site(host: str = "127.0.0.1", port: int = 0, **options) -> SiteServer:
    """A started hostile site; `server.routes` is its HostileRoutes (change them between crawls)."""
    return SiteServer(routes=HostileRoutes(**options), host=host, port=port).start()
