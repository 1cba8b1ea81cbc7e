"""`europe_pmc` sources: Europe PMC's search, page by page (cursorMark)."""

from crawlers.apis import europe_pmc
from crawlers.spiders.api_search import ApiSearchSpider
from crawlers.spiders.base import content_type


class EuropePmcSpider(ApiSearchSpider):
    name = "europe_pmc"

    def search_url(self, source):
        return europe_pmc.search_url(source.query)

    def parse_results(self, response):
        yield from self.list_answer(response, lambda r: europe_pmc.parse(r.body, content_type(r), request_url=r.url))
