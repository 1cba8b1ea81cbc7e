"""What every claimwatch spider shares: requests with their source, fetch items, failure outcomes.

A spider crawls the sources of its kind (its name is the kind, as the sources file declares it):
given by `crawlers.job` from the sources file, or, from the command line, one source from spider
arguments (`scrapy crawl feed -a url=https://...`; README, "The Scrapy project").
"""

from collections.abc import Callable
from typing import TypeVar

import scrapy
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from claimwatch.core.config import Source, source_from_arguments
from crawlers.items import FetchItem
from crawlers.middlewares import refused_url
from crawlers.outcomes import FetchFailed, RetryLater, UrlRefused, outcome_of
from crawlers.resolver import refusal

REDACTED = "REDACTED"
T = TypeVar("T")


def failure_outcome(failure) -> tuple[str, str]:
    """(outcome, error text) for a request that produced no response."""
    exc = failure.value
    text = str(exc) or type(exc).__name__
    outcome = outcome_of(exc)
    if outcome == "dns_error":
        request = getattr(failure, "request", None)
        refused = refusal(urlparse_cached(request).hostname) if request is not None else None
        if refused:  # the resolver would not hand out a private address
            return "private_address_refused", refused
    if outcome == "error":
        text = f"{type(exc).__name__}: {text}"
    return outcome, text


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
    """`sources`: the sources of this spider's kind (Source, or their fields as a dict); without them,
    one source from the spider's arguments. `revisit` maps a source's name to its known documents."""

    secrets: tuple[str, ...] = ()  # values never written into a fetch row (an API key in a URL)

    def __init__(self, sources=None, revisit=None, **arguments):
        super().__init__()
        if sources is None:
            sources = [source_from_arguments(self.name, arguments)]
        self.sources = [s if isinstance(s, Source) else Source(**{**s, "urls": tuple(s.get("urls", ()))})
                        for s in sources]
        self.revisit = revisit or {}
        self.followed: dict[str, int] = {}  # source name -> document URLs its listings led to so far

    def request(self, url: str, source: Source, role: str, callback, **meta) -> scrapy.Request | FetchItem:
        """A request for `url` or, when it must not be fetched (not http(s), malformed), the fetch
        row that says why: one bad URL never stops the ones after it."""
        meta = {"source": source, "role": role, "requested_url": url, **meta}
        problem = refused_url(url)
        if problem is None:
            try:
                return scrapy.Request(url, callback=callback, errback=self.failed, meta=meta)
            except ValueError as exc:
                problem = UrlRefused("bad_url", f"bad URL: {exc}")
        return FetchItem(source=source.name, role=role, url=self.public(url)[:2000], final_url=None, status=None,
                         outcome=problem.outcome, error=str(problem),
                         document_kind=source.document_kind or meta.get("entry_kind"), metadata=meta.get("metadata"))

    def document_request(self, url: str, source: Source, **meta) -> scrapy.Request | FetchItem:
        return self.request(url, source, "document", self.parse_document, **meta)

    def read_listing(self, response, parse: Callable[[Response], T], also: tuple[int, ...] = ()
                     ) -> tuple[FetchItem, T | None]:
        """(fetch row, what `parse(response)` made of it), or (row, None) when the row says why there is
        nothing to follow: not fetched ok (a 304, an HTTP error other than the statuses `also` read, too
        large), or unreadable (parse_error, throttled)."""
        item = self.fetch_item(response)
        if item["outcome"] != "ok" and not (response.status in also and item["outcome"] == "http_error"):
            return item, None
        try:
            return item, parse(response)
        except FetchFailed as exc:
            return self.fetch_item(response, outcome=exc.outcome, error=str(exc)), None

    def listed(self, response, item: FetchItem, entries: list[tuple[str, dict]]):
        """A listing's fetch row, then a request (or a refusal row) for each (URL, meta) it lists, as
        far as the source's max_urls for this crawl allows; the row says how many were left."""
        source = response.meta["source"]
        followed = self.followed.get(source.name, 0)
        granted = max(0, min(len(entries), source.max_urls - followed))
        self.followed[source.name] = followed + granted
        if granted < len(entries):
            item["error"] = (f"{len(entries) - granted} of {len(entries)} URLs not followed: "
                             f"the source's max_urls ({source.max_urls}) was reached")
        yield item
        for url, meta in entries[:granted]:
            yield self.document_request(joined(response, url), source, **meta)

    def room_left(self, source: Source) -> bool:
        """Whether the source's listings may still lead to more documents in this crawl."""
        return self.followed.get(source.name, 0) < source.max_urls

    def listing_requests(self, role: str, callback):
        """Each source's listing (feed, sitemap) and the documents it led to before."""
        for source in self.sources:
            for url in source.urls:
                yield self.request(url, source, role, callback)
            yield from self.revisits(source)

    def revisits(self, source: Source):
        """Known documents of a source are fetched again (conditionally) to catch quiet edits."""
        for url in self.revisit.get(source.name, []):
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
            source=meta["source"].name, role=meta["role"],
            url=self.public(meta.get("requested_url", response.url)), final_url=self.public(response.url),
            status=status, outcome=outcome,
            content_type=content_type(response),
            etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
            error=error or (f"HTTP {status}" if outcome == "http_error" else None),
            document_kind=meta["source"].document_kind or meta.get("entry_kind"),
            metadata=meta.get("metadata"),
            body=bytes(response.body) if keep_body and outcome in ("ok", "parse_error", "throttled") else None,
            headers=headers,
        )

    def public(self, text: str) -> str:
        """`text` with the spider's secrets replaced (they travel in some API URLs)."""
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def parse_document(self, response):
        yield self.fetch_item(response)

    def failed(self, failure):
        if failure.check(RetryLater):
            return  # parked until its site's wait is over; it comes back
        request = failure.request
        outcome, error = failure_outcome(failure)
        yield FetchItem(
            source=request.meta["source"].name, role=request.meta["role"],
            url=self.public(request.meta.get("requested_url", request.url)), final_url=self.public(request.url),
            status=None, outcome=outcome, error=self.public(error),
            document_kind=request.meta["source"].document_kind or request.meta.get("entry_kind"),
            metadata=request.meta.get("metadata"),
        )


def content_type(response) -> str | None:
    return _header(response, b"Content-Type")


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
