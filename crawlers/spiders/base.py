"""What every claimwatch spider shares: requests with their source, fetch items, failure outcomes."""

import scrapy
from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError)
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from crawlers.items import FetchItem
from crawlers.middlewares import PrivateAddressRefused


def failure_outcome(failure) -> tuple[str, str]:
    """(outcome, error text) for a request that produced no response."""
    exc = failure.value
    text = str(exc) or type(exc).__name__
    if failure.check(PrivateAddressRefused):
        return "private_address_refused", text
    if failure.check(IgnoreRequest):
        if "robots.txt" in text:
            return "robots_disallowed", text
        if "max size" in text.lower() or "maxsize" in text.lower():
            return "too_large", text  # decompressed body over DOWNLOAD_MAXSIZE (a gzip bomb)
        if "redirect" in text.lower():
            return "too_many_redirects", text
        return "ignored", text
    if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
        return "timeout", text
    if failure.check(CannotResolveHostError, DNSLookupError):
        return "dns_error", text
    if failure.check(DownloadConnectionRefusedError, ConnectionRefusedError):
        return "connection_error", text
    if failure.check(DownloadCancelledError) or "maxsize" in text.lower():
        return "too_large", text  # Scrapy cancels a download that passes DOWNLOAD_MAXSIZE
    if failure.check(ResponseDataLossError):
        return "data_loss", text
    return "error", f"{type(exc).__name__}: {text}"


def response_outcome(status: int) -> str:
    if status == 304:
        return "not_modified"
    if 200 <= status < 300:
        return "ok"
    return "http_error"


class ClaimwatchSpider(scrapy.Spider):
    """Base: `sources` is a list of dicts {name, urls, document_kind}; `revisit` maps source -> known URLs."""

    def __init__(self, sources=(), revisit=None, **kwargs):
        super().__init__(**kwargs)
        self.sources = list(sources)
        self.revisit = revisit or {}

    def request(self, url: str, source: dict, role: str, callback) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.failed,
                              meta={"source": source, "role": role, "requested_url": url})

    def document_request(self, url: str, source: dict) -> scrapy.Request:
        return self.request(url, source, "document", self.parse_document)

    def listing_requests(self, role: str, callback):
        """Each source's listing (feed, sitemap) and the documents it led to before."""
        for source in self.sources:
            for url in source["urls"]:
                yield self.request(url, source, role, callback)
            yield from self.revisits(source)

    def revisits(self, source: dict):
        """Known documents of a source are fetched again (conditionally) to catch quiet edits."""
        for url in self.revisit.get(source["name"], []):
            yield self.document_request(url, source)

    def fetch_item(self, response, outcome: str | None = None, error: str | None = None,
                   keep_body: bool = True) -> FetchItem:
        meta = response.meta
        status = response.status
        outcome = outcome or response_outcome(status)
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, values in response.headers.items() for v in values]
        return FetchItem(
            source=meta["source"]["name"], role=meta["role"],
            url=meta.get("requested_url", response.url), final_url=response.url,
            status=status, outcome=outcome,
            content_type=_header(response, b"Content-Type"),
            etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
            error=error or (f"HTTP {status}" if outcome == "http_error" else None),
            document_kind=meta["source"].get("document_kind") or meta.get("entry_kind"),
            metadata=meta.get("metadata"),
            body=bytes(response.body) if keep_body and outcome in ("ok", "parse_error", "throttled") else None,
            headers=headers,
        )

    def parse_document(self, response):
        yield self.fetch_item(response)

    def failed(self, failure):
        request = failure.request
        outcome, error = failure_outcome(failure)
        yield FetchItem(
            source=request.meta["source"]["name"], role=request.meta["role"],
            url=request.meta.get("requested_url", request.url), final_url=request.url,
            status=None, outcome=outcome, error=error,
            document_kind=request.meta["source"].get("document_kind") or request.meta.get("entry_kind"),
            metadata=request.meta.get("metadata"),
        )


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
