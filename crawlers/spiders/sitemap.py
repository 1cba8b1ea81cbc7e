"""`sitemap` sources: a sitemap (or sitemap index) whose URLs are the documents."""

from crawlers.parsing import ParseError, parse_sitemap
from crawlers.spiders.base import ClaimwatchSpider, joined

MAX_SITEMAP_DEPTH = 3
MAX_SITEMAPS = 50  # child sitemaps followed per source and crawl, newest first (an index can fan out without end)


class SitemapSpider(ClaimwatchSpider):
    name = "sitemap"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.children: dict[str, int] = {}  # source name -> child sitemaps requested

    async def start(self):
        for request in self.listing_requests("sitemap", self.parse_sitemap):
            yield request

    def parse_sitemap(self, response):
        source = response.meta["source"]
        item = self.fetch_item(response)
        if item["outcome"] != "ok":
            yield item
            return
        try:
            kind, entries = parse_sitemap(response.body)
        except ParseError as exc:
            yield self.fetch_item(response, outcome="parse_error", error=str(exc))
            return
        if kind == "sitemapindex":
            yield from self._children(response, item, source, entries)
            return
        granted = self.allowance(source, len(entries))
        item["error"] = self.cap_note(source, len(entries), granted)
        yield item
        for entry in entries[:granted]:
            yield self.document_request(joined(response, entry.url), source)

    def _children(self, response, item, source: dict, entries: list):
        depth = response.meta.get("sitemap_depth", 0)
        done = self.children.get(source["name"], 0)
        granted = 0 if depth >= MAX_SITEMAP_DEPTH else max(0, min(len(entries), MAX_SITEMAPS - done))
        self.children[source["name"]] = done + granted
        if granted < len(entries):
            item["error"] = (f"{len(entries) - granted} of {len(entries)} child sitemaps not followed "
                             f"(at most {MAX_SITEMAPS} a source and crawl, {MAX_SITEMAP_DEPTH} levels deep)")
        yield item
        newest_first = sorted(entries, key=lambda e: e.updated or "", reverse=True)
        for entry in newest_first[:granted]:
            yield self.request(joined(response, entry.url), source, "sitemap", self.parse_sitemap,
                               sitemap_depth=depth + 1)
