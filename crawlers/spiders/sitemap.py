"""`sitemap` sources: a sitemap (or sitemap index) whose URLs are the documents."""

from crawlers.parsing import parse_sitemap
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
        item, parsed = self.read_listing(response, lambda r: parse_sitemap(r.body))
        if parsed is None:
            yield item
            return
        kind, entries = parsed
        if kind == "sitemapindex":
            yield from self._children(response, item, entries)
        else:
            yield from self.listed(response, item, [(entry.url, {}) for entry in entries])

    def _children(self, response, item, entries: list):
        source = response.meta["source"]
        depth = response.meta.get("sitemap_depth", 0)
        done = self.children.get(source.name, 0)
        granted = 0 if depth >= MAX_SITEMAP_DEPTH else max(0, min(len(entries), MAX_SITEMAPS - done))
        self.children[source.name] = done + granted
        if granted < len(entries):
            item["error"] = (f"{len(entries) - granted} of {len(entries)} child sitemaps not followed "
                             f"(at most {MAX_SITEMAPS} a source and crawl, {MAX_SITEMAP_DEPTH} levels deep)")
        yield item
        newest_first = sorted(entries, key=lambda e: e.updated or "", reverse=True)
        for entry in newest_first[:granted]:
            yield self.request(joined(response, entry.url), source, "sitemap", self.parse_sitemap,
                               sitemap_depth=depth + 1)
