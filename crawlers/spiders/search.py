"""Search-API sources (`federal_register`, `pubmed`, `europe_pmc`, `google_news`, `gdelt`): a query
whose results are the documents. The API responses are parsed by crawlers.apis; what the API
said about each document (agency, document number, notice type, dates) travels with its fetch."""

import importlib
import inspect
from urllib.parse import urlsplit, urlunsplit

from crawlers.apis import ApiEntry, ApiError
from crawlers.spiders.base import ClaimwatchSpider

SEARCH_KINDS = ("federal_register", "pubmed", "europe_pmc", "google_news", "gdelt")


def api_module(kind: str):
    return importlib.import_module(f"crawlers.apis.{kind}")


def with_endpoint(url: str, endpoint: str | None) -> str:
    """The API URL sent to `endpoint`'s scheme and host instead (a mirror, or a local test server)."""
    if not endpoint:
        return url
    target, parts = urlsplit(endpoint), urlsplit(url)
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


class SearchSpider(ClaimwatchSpider):
    name = "search"

    async def start(self):
        for source in self.sources:
            module = api_module(source["kind"])
            url = with_endpoint(module.search_url(source["query"]), source.get("endpoint"))
            request = self.request(url, source, "search", self.parse_search)
            request.meta["search_page"] = 1
            yield request
            for request in self.revisits(source):
                yield request

    def parse_search(self, response):
        source = response.meta["source"]
        module = api_module(source["kind"])
        if response.status == 304:
            yield self.fetch_item(response)
            return
        if response.status != 200 and not (response.status == 429 and source["kind"] in ("gdelt",)):
            yield self.fetch_item(response)
            return
        try:
            kwargs = {"request_url": response.url} if "request_url" in inspect.signature(module.parse).parameters else {}
            entries, next_url = module.parse(response.body, response.headers.get("Content-Type"), **kwargs)
        except ApiError as exc:
            outcome = "throttled" if str(exc).startswith("throttled") else "parse_error"
            yield self.fetch_item(response, outcome=outcome, error=str(exc))
            return
        yield self.fetch_item(response)
        for entry in entries:
            request = self.document_request(response.urljoin(entry.url), source)
            request.meta["metadata"] = notice_metadata(entry)
            request.meta["entry_kind"] = entry.document_kind
            yield request
        page = response.meta.get("search_page", 1)
        if next_url and page < source.get("max_pages", 3):
            request = self.request(with_endpoint(response.urljoin(next_url), source.get("endpoint")), source,
                                   "search", self.parse_search)
            request.meta["search_page"] = page + 1
            yield request
