"""Downloader middlewares: refuse private addresses, send conditional-GET validators."""

import asyncio
import ipaddress
import json
import os
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.response import response_status_message


class PrivateAddressRefused(IgnoreRequest):
    """The request's host is (or resolves to) a private, loopback or link-local address."""


@lru_cache(maxsize=4096)
def _resolve(host: str) -> tuple[str, ...]:
    try:
        return (str(ipaddress.ip_address(host)),)
    except ValueError:
        pass
    try:
        return tuple(sorted({info[4][0] for info in socket.getaddrinfo(host, None)}))
    except OSError:
        return ()  # let the downloader report the DNS failure itself


# Tests only: loopback addresses to treat as public, to stand in for a public site that redirects
# to a private one (no machine here reaches a real public address).
_TREATED_AS_PUBLIC = set(filter(None, os.environ.get("CLAIMWATCH_TEST_PUBLIC_ADDRESSES", "").split(",")))


def private_address(url: str) -> str | None:
    """The first non-public address the URL's host resolves to, or None."""
    host = urlsplit(url).hostname or ""
    for address in _resolve(host.strip("[]")):
        ip = ipaddress.ip_address(address.split("%")[0])
        if (not ip.is_global or ip.is_multicast) and address not in _TREATED_AS_PUBLIC:
            return address
    return None


class PrivateAddressGuard:
    """Runs for every request, redirects included (they re-enter the middleware chain)."""

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.settings.getbool("CLAIMWATCH_ALLOW_PRIVATE_NETWORKS"):
            raise NotConfigured
        return cls()

    def process_request(self, request, spider=None):
        address = private_address(request.url)
        if address:
            raise PrivateAddressRefused(f"refused: {urlsplit(request.url).hostname} is a private address ({address})")


class ConditionalGet:
    """Sends back the ETag / Last-Modified a URL had at its last successful fetch."""

    def __init__(self, validators: dict[str, dict]):
        self.validators = validators

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("CLAIMWATCH_VALIDATORS")
        if not path:
            raise NotConfigured
        with open(path, encoding="utf-8") as f:
            return cls(json.load(f))

    def process_request(self, request, spider=None):
        known = self.validators.get(request.url)
        if not known or request.meta.get("redirect_times"):
            return None
        if known.get("etag") and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = known["etag"]
        if known.get("last_modified") and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = known["last_modified"]
        return None


def retry_delay(headers_retry_after: bytes | None, attempt: int, base: float, cap: float) -> float:
    """Seconds to wait before retry `attempt` (1, 2, ...): the server's Retry-After when it gives one
    (seconds or an HTTP date), else exponential backoff; never more than `cap`."""
    if headers_retry_after:
        value = headers_retry_after.decode("latin-1").strip()
        if value.isdigit():
            return min(float(value), cap)
        try:
            import datetime as dt
            import email.utils

            when = email.utils.parsedate_to_datetime(value)
            return min(max((when - dt.datetime.now(dt.timezone.utc)).total_seconds(), 0.0), cap)
        except (TypeError, ValueError):
            pass
    return min(base * 2 ** (attempt - 1), cap)


class BackoffRetry(RetryMiddleware):
    """Scrapy's retry of 429 and 5xx, but waiting first: Retry-After if the server says, else
    exponential backoff. The wait holds the request (and so its site's slot), which is the point."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("CLAIMWATCH_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("CLAIMWATCH_BACKOFF_MAX", 120.0)

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        attempt = request.meta.get("retry_times", 0) + 1
        if attempt <= request.meta.get("max_retry_times", self.max_retry_times):
            await asyncio.sleep(retry_delay(response.headers.get(b"Retry-After"), attempt, self.base, self.cap))
        return self._retry(request, response_status_message(response.status)) or response


class RedirectAlways(RedirectMiddleware):
    """Scrapy's redirects, but a redirect is never dropped as a duplicate request: a loop would
    otherwise vanish without a trace; now it ends at REDIRECT_MAX_TIMES as too_many_redirects."""

    def _redirect(self, redirected, request, *args, **kwargs):
        redirected = super()._redirect(redirected, request, *args, **kwargs)
        redirected.dont_filter = True
        return redirected


class RobotsTxtEveryWaiter(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, fixed for requests that wait on a robots.txt download.

    Seen with Scrapy 2.19: when three or more requests to a site start before its robots.txt has
    arrived, only the first waiter receives the parser; the later ones get None and go out
    unchecked. Once the download is done the parser is stored, so a waiter that got None reads it.
    """

    async def robot_parser(self, request):
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if stored is not None and not isinstance(stored, Deferred):
                return stored
        return parser
