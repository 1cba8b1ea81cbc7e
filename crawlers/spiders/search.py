"""Search-API sources (`federal_register`, `pubmed`, `europe_pmc`, `google_news`, `gdelt`): a query
whose results are the documents. The API responses are parsed by crawlers.apis; what the API
said about each document (agency, document number, notice type, dates) travels with its fetch."""

import importlib
import inspect
from urllib.parse import urlsplit, urlunsplit

from crawlers.apis import ApiEntry, ApiError
from crawlers.spiders.base import ClaimwatchSpider, joined

SEARCH_KINDS = ("federal_register", "pubmed", "europe_pmc", "google_news", "gdelt")


def api_module(kind: str):
    return importlib.import_module(f"crawlers.apis.{kind}")


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


class SearchSpider(ClaimwatchSpider):
    name = "search"

    async def start(self):
        for source in self.sources:
            module = api_module(source["kind"])
            url = with_endpoint(module.search_url(source["query"]), source.get("endpoint"))
            yield self.request(url, source, "search", self.parse_search, search_page=1)
            for request in self.revisits(source):
                yield request

    def parse_search(self, response):
        source = response.meta["source"]
        module = api_module(source["kind"])
        item = self.fetch_item(response)
        if item["outcome"] == "too_large" or response.status == 304:
            yield item
            return
        if response.status != 200 and not (response.status == 429 and source["kind"] in ("gdelt",)):
            yield item
            return
        try:
            kwargs = {"request_url": response.url} if "request_url" in inspect.signature(module.parse).parameters else {}
            entries, next_url = module.parse(response.body, response.headers.get("Content-Type"), **kwargs)
        except ApiError as exc:
            outcome = "throttled" if str(exc).startswith("throttled") else "parse_error"
            yield self.fetch_item(response, outcome=outcome, error=str(exc))
            return
        yield from self.listed(response, item, [(entry.url, {"metadata": notice_metadata(entry),
                                                              "entry_kind": entry.document_kind}) for entry in entries])
        page = response.meta.get("search_page", 1)
        if next_url and page < source.get("max_pages", 3) and not item["error"]:  # no error: max_urls not reached
            yield self.request(with_endpoint(joined(response, next_url), source.get("endpoint")), source,
                               "search", self.parse_search, search_page=page + 1)
