"""What every claimwatch spider shares: requests with their source, fetch items, failure outcomes."""

import scrapy
from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError)
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from claimwatch.core.config import DEFAULT_MAX_URLS
from crawlers.items import FetchItem
from crawlers.middlewares import PrivateAddressRefused, RetryLater, UrlRefused, refused_url
from crawlers.parsing import ParseError
from crawlers.resolver import refusal


def failure_outcome(failure) -> tuple[str, str]:
    """(outcome, error text) for a request that produced no response."""
    exc = failure.value
    text = str(exc) or type(exc).__name__
    if failure.check(UrlRefused):
        return exc.outcome, text
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
        request = getattr(failure, "request", None)
        refused = refusal(urlparse_cached(request).hostname) if request is not None else None
        if refused:  # the resolver would not hand out a private address
            return "private_address_refused", refused
        return "dns_error", text
    if failure.check(DownloadConnectionRefusedError, ConnectionRefusedError):
        return "connection_error", text
    if "HeadersTooLarge" in text:
        return "too_large", text.split("HeadersTooLarge: ", 1)[-1].split(">", 1)[0]
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


def joined(response, url: str) -> str:
    """`url` made absolute against the response; a URL too broken to join is kept as it is (and
    then refused as bad_url)."""
    try:
        return response.urljoin(url)
    except ValueError:
        return url


class ClaimwatchSpider(scrapy.Spider):
    """Base: `sources` is a list of dicts {name, urls, document_kind, max_urls}; `revisit` maps
    source -> known URLs."""

    def __init__(self, sources=(), revisit=None, **kwargs):
        super().__init__(**kwargs)
        self.sources = list(sources)
        self.revisit = revisit or {}
        self.followed: dict[str, int] = {}  # source name -> document URLs its listings led to so far

    def request(self, url: str, source: dict, role: str, callback, **meta) -> scrapy.Request | FetchItem:
        """A request for `url` or, when it must not be fetched (not http(s), malformed), the fetch
        row that says why: one bad URL never stops the ones after it."""
        meta = {"source": source, "role": role, "requested_url": url, **meta}
        problem = refused_url(url)
        if problem is None:
            try:
                return scrapy.Request(url, callback=callback, errback=self.failed, meta=meta)
            except ValueError as exc:
                problem = UrlRefused("bad_url", f"bad URL: {exc}")
        return FetchItem(source=source["name"], role=role, url=url[:2000], final_url=None, status=None,
                         outcome=problem.outcome, error=str(problem),
                         document_kind=source.get("document_kind") or meta.get("entry_kind"),
                         metadata=meta.get("metadata"))

    def document_request(self, url: str, source: dict, **meta) -> scrapy.Request | FetchItem:
        return self.request(url, source, "document", self.parse_document, **meta)

    def read_listing(self, response, parse) -> tuple[FetchItem, object]:
        """(fetch row, what `parse` made of the body), or (row, None) when the row says why there
        is nothing to follow (not fetched ok, or unreadable)."""
        item = self.fetch_item(response)
        if item["outcome"] != "ok":
            return item, None
        try:
            return item, parse(response.body)
        except ParseError as exc:
            return self.fetch_item(response, outcome="parse_error", error=str(exc)), None

    def listed(self, response, item: FetchItem, entries: list[tuple[str, dict]]):
        """A listing's fetch row, then a request (or a refusal row) for each (URL, meta) it lists, as
        far as the source's max_urls for this crawl allows; the row says how many were left."""
        source = response.meta["source"]
        cap = source.get("max_urls") or DEFAULT_MAX_URLS
        followed = self.followed.get(source["name"], 0)
        granted = max(0, min(len(entries), cap - followed))
        self.followed[source["name"]] = followed + granted
        if granted < len(entries):
            item["error"] = (f"{len(entries) - granted} of {len(entries)} URLs not followed: "
                             f"the source's max_urls ({cap}) was reached")
        yield item
        for url, meta in entries[:granted]:
            yield self.document_request(joined(response, url), source, **meta)

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
        max_bytes = self.settings.getint("DOWNLOAD_MAXSIZE") if hasattr(self, "settings") else 0
        size = sum(len(k) + len(v) + 4 for k, v in headers) + len(response.body)
        if max_bytes and size > max_bytes:  # headers count against the limit too
            outcome, error = "too_large", f"headers and body are {size} bytes, over max_bytes ({max_bytes})"
            headers = []
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
        if failure.check(RetryLater):
            return  # parked until its site's wait is over; it comes back
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
