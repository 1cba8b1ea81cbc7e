"""`feed` sources: an RSS or Atom feed whose entries are the documents."""

from crawlers.parsing import ParseError, parse_feed
from crawlers.spiders.base import ClaimwatchSpider, joined


class FeedSpider(ClaimwatchSpider):
    name = "feed"

    async def start(self):
        for request in self.listing_requests("feed", self.parse_feed):
            yield request

    def parse_feed(self, response):
        source = response.meta["source"]
        item = self.fetch_item(response)
        if item["outcome"] != "ok":
            yield item
            return
        try:
            entries = parse_feed(response.body)
        except ParseError as exc:
            yield self.fetch_item(response, outcome="parse_error", error=str(exc))
            return
        granted = self.allowance(source, len(entries))
        item["error"] = self.cap_note(source, len(entries), granted)
        yield item
        for entry in entries[:granted]:
            yield self.document_request(joined(response, entry.url), source)
