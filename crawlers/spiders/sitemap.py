"""`sitemap` sources: a sitemap (or sitemap index) whose URLs are the documents."""

from crawlers.parsing import ParseError, parse_sitemap
from crawlers.spiders.base import ClaimwatchSpider

MAX_SITEMAP_DEPTH = 3


class SitemapSpider(ClaimwatchSpider):
    name = "sitemap"

    async def start(self):
        for request in self.listing_requests("sitemap", self.parse_sitemap):
            yield request

    def parse_sitemap(self, response):
        source = response.meta["source"]
        try:
            kind, entries = parse_sitemap(response.body) if response.status == 200 else ("urlset", [])
        except ParseError as exc:
            yield self.fetch_item(response, outcome="parse_error", error=str(exc))
            return
        yield self.fetch_item(response)
        depth = response.meta.get("sitemap_depth", 0)
        for entry in entries:
            url = response.urljoin(entry.url)
            if kind == "sitemapindex":
                if depth < MAX_SITEMAP_DEPTH:
                    request = self.request(url, source, "sitemap", self.parse_sitemap)
                    request.meta["sitemap_depth"] = depth + 1
                    yield request
            else:
                yield self.document_request(url, source)
