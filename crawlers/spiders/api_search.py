"""What the search-API spiders share (`federal_register`, `pubmed`, `europe_pmc`, `google_news`,
`gdelt`): a query whose results are the documents. Each API has its spider, with a callback per
kind of answer; the answers are parsed by crawlers.apis, and what the API said about each document
(agency, document number, notice type, dates) travels with its fetch."""

from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import Response

from claimwatch.core.config import Source
from crawlers.apis import ApiEntry
from crawlers.spiders.base import ClaimwatchSpider, joined


def with_endpoint(url: str, endpoint: str | None) -> str:
    """The API URL sent to `endpoint`'s scheme and host instead (a mirror, or a local test server)."""
    if not endpoint:
        return url
    try:
        target, parts = urlsplit(endpoint), urlsplit(url)
    except ValueError:
        return url  # refused as bad_url when requested
    return urlunsplit((target.scheme, target.netloc, parts.path, parts.query, ""))


def notice_metadata(entry: ApiEntry) -> dict:
    """The keys the `notices` view reads, plus everything the API said under `source`."""
    meta = entry.metadata or {}
    agencies = meta.get("agencies") or []
    return {
        "agency": "; ".join(agencies) if isinstance(agencies, list) else agencies or None,
        "document_number": meta.get("document_number") or meta.get("pmid"),
        "notice_type": meta.get("document_type"),
        "publication_date": entry.published,
        "abstract": meta.get("abstract"),
        "pdf_url": entry.pdf_url,
        "title": entry.title,
        "source": meta,
    }


class ApiSearchSpider(ClaimwatchSpider):
    """A search API's spider: `start` asks for the first page of each source's query (`search_url`),
    then the documents the source led to before; callbacks list the entries of each answer."""

    def search_url(self, source: Source) -> str:
        raise NotImplementedError

    async def start(self):
        for source in self.sources:
            yield self.search_request(self.search_url(source), source, self.parse_results, page=1)
            for request in self.revisits(source):
                yield request

    def search_request(self, url: str, source: Source, callback, **meta):
        """A request to the API (to the source's `endpoint` host when it has one)."""
        return self.request(with_endpoint(url, source.endpoint), source, "search", callback, **meta)

    def list_answer(self, response, parse: Callable[[Response], tuple[list[ApiEntry], str | None]],
                    also: tuple[int, ...] = ()):
        """An answer's fetch row, a request for each entry it lists, then the request for the next page;
        `parse(response)` gives the entries and the next page's URL (None: no more pages)."""
        item, page = self.read_listing(response, parse, also)
        if page is None:
            yield item
            return
        entries, next_url = page
        yield from self.list_entries(response, item, entries)
        yield from self.next_page(response, next_url)

    def next_page(self, response, url: str | None):
        """The request for the page after this one, while the source's max_pages and max_urls allow."""
        source, page = response.meta["source"], response.meta.get("page", 1)
        if url and page < source.max_pages and self.room_left(source):
            yield self.search_request(joined(response, url), source, self.parse_results, page=page + 1)

    def list_entries(self, response, item, entries: list[ApiEntry]):
        yield from self.listed(response, item, [(entry.url, {"metadata": notice_metadata(entry),
                                                             "entry_kind": entry.document_kind})
                                                for entry in entries])

    def parse_results(self, response):
        raise NotImplementedError
