"""`pubmed` sources: PubMed through NCBI E-utilities. Each esearch page (PMIDs) leads to an esummary
request for its ids (the entries) and, while `max_pages` esearch pages allow, to the next esearch page.

Every request names the tool and, when the sources file's [crawl] contact is an e-mail address, the
contact, as NCBI asks; with CLAIMWATCH_NCBI_API_KEY set, it carries the key (10 requests/s instead of
3). The key travels in the URL, so it is replaced in fetch rows, captures and the crawl log.
"""

import logging
import re

from claimwatch.core.config import ncbi_api_key
from crawlers.apis import pubmed
from crawlers.spiders.api_search import ApiSearchSpider
from crawlers.spiders.base import REDACTED, content_type

TOOL = "claimwatch"
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


class PubmedSpider(ApiSearchSpider):
    name = "pubmed"
    identity: dict[str, str | None] = {"tool": TOOL}  # NCBI's tool, email and api_key parameters

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        contact = _EMAIL.search(crawler.settings.get("CLAIMWATCH_CONTACT") or "")
        key = ncbi_api_key()
        spider.identity = {"tool": TOOL, "email": contact.group() if contact else None, "api_key": key}
        if key:
            spider.secrets = (key,)
            for handler in logging.getLogger().handlers:  # Scrapy logs request URLs (retries, errors)
                handler.addFilter(_Redact(key))
        return spider

    def search_url(self, source):
        return pubmed.search_url(source.query, self.identity)

    def parse_results(self, response):
        """An esearch page: its row, an esummary request for its ids, the next esearch page."""
        item, page = self.read_listing(response, lambda r: pubmed.parse_esearch(r.body, content_type(r)))
        yield item
        if page is None:
            return
        source = response.meta["source"]
        for url in pubmed.summary_urls(page.ids, self.identity):
            yield self.search_request(url, source, self.parse_summaries)
        yield from self.next_page(response, pubmed.next_search_url(response.url, page))

    def parse_summaries(self, response):
        """An esummary answer: its row, then the documents it lists."""
        yield from self.list_answer(response, lambda r: (pubmed.parse_summary(r.body, content_type(r)), None))


class _Redact(logging.Filter):
    def __init__(self, secret: str):
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, REDACTED), None
        return True
