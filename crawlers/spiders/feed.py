"""`feed` sources: an RSS or Atom feed whose entries are the documents."""

from crawlers.parsing import ParseError, parse_feed
from crawlers.spiders.base import ClaimwatchSpider


class FeedSpider(ClaimwatchSpider):
    name = "feed"

    async def start(self):
        for request in self.listing_requests("feed", self.parse_feed):
            yield request

    def parse_feed(self, response):
        source = response.meta["source"]
        try:
            entries = parse_feed(response.body) if response.status == 200 else []
        except ParseError as exc:
            yield self.fetch_item(response, outcome="parse_error", error=str(exc))
            return
        yield self.fetch_item(response)
        for entry in entries:
            yield self.document_request(response.urljoin(entry.url), source)
