"""`feed` sources: an RSS or Atom feed whose entries are the documents."""

from crawlers.parsing import parse_feed
from crawlers.spiders.base import ClaimwatchSpider


class FeedSpider(ClaimwatchSpider):
    name = "feed"

    async def start(self):
        for request in self.listing_requests("feed", self.parse_feed):
            yield request

    def parse_feed(self, response):
        item, entries = self.read_listing(response, lambda r: parse_feed(r.body))
        if entries is None:
            yield item
            return
        yield from self.listed(response, item, [(entry.url, {}) for entry in entries])
