"""`gdelt` sources: GDELT's article list for a query. One page, no paging; GDELT answers throttling with
a line of text, under 429 as under 200, and that answer is read too (outcome `throttled`)."""

from crawlers.apis import gdelt
from crawlers.spiders.api_search import ApiSearchSpider
from crawlers.spiders.base import content_type


class GdeltSpider(ApiSearchSpider):
    name = "gdelt"

    def search_url(self, source):
        return gdelt.search_url(source.query)

    def parse_results(self, response):
        yield from self.list_answer(response, lambda r: (gdelt.parse(r.body, content_type(r)), None), also=(429,))
