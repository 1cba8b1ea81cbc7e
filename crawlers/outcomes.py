"""Why a fetch produced no usable answer, as exception types: each names the `outcome` its fetch row
records (the outcomes are listed in the README, "The warehouse").

The spiders' errback (`failure_outcome`) and the listing callbacks tell outcomes apart by these
types, never by the text of a message.
"""

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.web.client import ResponseFailed


class FetchFailed(Exception):
    """A fetch that ended without a usable answer; `outcome` is what its fetch row says."""

    outcome = "error"


class ParseError(FetchFailed, ValueError):
    """A feed, sitemap or API answer that cannot be read (malformed, truncated, an HTML error page)."""

    outcome = "parse_error"


class ThrottledError(FetchFailed):
    """The server asked us to slow down (GDELT's plain-text notice, NCBI's rate-limit answer)."""

    outcome = "throttled"


class HeadersTooLarge(FetchFailed):
    """A response's header section passed the crawl's limit; the download is abandoned."""

    outcome = "too_large"


class Refused(IgnoreRequest, FetchFailed):
    """A request not sent, or an answer dropped, by one of the crawl's rules; Scrapy ignores it."""


class UrlRefused(Refused):
    """A URL that is not fetched: not http(s) (`unsupported_url`) or malformed (`bad_url`)."""

    def __init__(self, outcome: str, message: str):
        super().__init__(message)
        self.outcome = outcome


class PrivateAddressRefused(Refused):
    """The request's host is (or resolves to) a private, loopback or link-local address."""

    outcome = "private_address_refused"


class RobotsDisallowed(Refused):
    """robots.txt forbids the URL to our user agent."""

    outcome = "robots_disallowed"


class TooManyRedirects(Refused):
    """The redirects went on past REDIRECT_MAX_TIMES (a loop, most often)."""

    outcome = "too_many_redirects"


class TooLarge(Refused):
    """The body, once decompressed, passed DOWNLOAD_MAXSIZE (a compression bomb)."""

    outcome = "too_large"


class RetryLater(IgnoreRequest):
    """Not an outcome: the request was parked until its site's wait is over, and comes back."""


# Scrapy's and Twisted's own exceptions for requests that got no response.
_NO_RESPONSE = (
    ((DownloadTimeoutError, TimeoutError, TCPTimedOutError), "timeout"),
    ((DownloadConnectionRefusedError, ConnectionRefusedError), "connection_error"),
    ((DownloadCancelledError,), "too_large"),  # Scrapy cancels a download that passes DOWNLOAD_MAXSIZE
    ((ResponseDataLossError,), "data_loss"),
    ((CannotResolveHostError, DNSLookupError), "dns_error"),
)


def outcome_of(exc: BaseException) -> str:
    """The outcome a request that failed with `exc` is recorded with."""
    if isinstance(exc, FetchFailed):
        return exc.outcome
    if caused_by(exc, HeadersTooLarge):
        return HeadersTooLarge.outcome
    for kinds, outcome in _NO_RESPONSE:
        if isinstance(exc, kinds):
            return outcome
    return "ignored" if isinstance(exc, IgnoreRequest) else "error"


def caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    """Whether `exc` is a `kind`, or was raised for one: Scrapy wraps what fails inside Twisted's HTTP
    client as DownloadFailedError from a ResponseFailed that holds the reasons."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, kind):
            return True
        if isinstance(exc, ResponseFailed) and any(reason.check(kind) for reason in exc.reasons):
            return True
        exc, seen = exc.__cause__, seen + 1
    return False
