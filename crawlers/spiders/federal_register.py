"""`federal_register` sources: the Federal Register's document search, page by page (next_page_url)."""

from crawlers.apis import federal_register
from crawlers.spiders.api_search import ApiSearchSpider
from crawlers.spiders.base import content_type


class FederalRegisterSpider(ApiSearchSpider):
    name = "federal_register"

    def search_url(self, source):
        return federal_register.search_url(source.query)

    def parse_results(self, response):
        yield from self.list_answer(response, lambda r: federal_register.parse(r.body, content_type(r)))
