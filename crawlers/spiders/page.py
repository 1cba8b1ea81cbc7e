"""`page` sources: a fixed list of page URLs."""

from crawlers.spiders.base import ClaimwatchSpider


class PageSpider(ClaimwatchSpider):
    name = "page"

    async def start(self):
        for source in self.sources:
            for url in source.urls:
                yield self.document_request(url, source)
