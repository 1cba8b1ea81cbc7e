"""`google_news` sources: a Google News RSS search (opt-in: its terms allow personal, non-commercial
reading only; its links are Google redirect tokens, not publisher URLs). One page, no paging."""

from crawlers.apis import google_news
from crawlers.spiders.api_search import ApiSearchSpider
from crawlers.spiders.base import content_type


class GoogleNewsSpider(ApiSearchSpider):
    name = "google_news"

    def search_url(self, source):
        return google_news.search_url(source.query)

    def parse_results(self, response):
        yield from self.list_answer(response, lambda r: (google_news.parse(r.body, content_type(r)), None))
