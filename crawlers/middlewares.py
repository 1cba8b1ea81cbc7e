"""Downloader middlewares: only http(s), no private addresses, conditional GET, retries that wait per
site, and Scrapy's robots.txt, redirect and decompression middlewares with their refusals typed
(crawlers.outcomes)."""

import datetime as dt
import email.utils
import json
import time

from scrapy import signals
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import DontCloseSpider, IgnoreRequest, NotConfigured
from scrapy.http import Request
from scrapy.utils.asyncio import call_later
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred

from claimwatch.core.urls import url_problem
from crawlers.outcomes import (
    HeadersTooLarge,
    PrivateAddressRefused,
    RetryLater,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    UrlRefused,
    caused_by,
)
from crawlers.resolver import PublicAddressResolver, is_public, literal_address, refusal


def refused_url(url: str) -> UrlRefused | None:
    """Why `url` must not be fetched, as the exception that refuses it, or None."""
    problem = url_problem(url)
    return UrlRefused(*problem) if problem else None


class HttpOnly:
    """First in the chain: nothing but http(s) reaches the downloader, whatever the URL came from
    (feed, sitemap, API answer, redirect, start URL). settings.py also removes the handlers of
    every other scheme, so nothing else could fetch one."""

    def process_request(self, request, spider=None):
        problem = refused_url(request.url)
        if problem:
            raise problem


class PrivateAddressGuard:
    """Refuses private IP literals and names the resolver refused before, before robots.txt is
    asked for. The guard that cannot be raced is the resolver (crawlers.resolver): it checks the
    address of every connection. If it is not installed (another reactor setup), nothing goes out."""

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.settings.getbool("CLAIMWATCH_ALLOW_PRIVATE_NETWORKS"):
            raise NotConfigured
        return cls(crawler.settings.getlist("CLAIMWATCH_TREAT_AS_PUBLIC"))

    def __init__(self, treated_as_public=()):
        self.treated_as_public = frozenset(treated_as_public)

    def process_request(self, request, spider=None):
        from twisted.internet import reactor

        if not isinstance(getattr(reactor, "nameResolver", None), PublicAddressResolver):
            raise PrivateAddressRefused("refused: the address-checking resolver is not installed")
        host = urlparse_cached(request).hostname or ""
        address = literal_address(host)
        if address and address not in self.treated_as_public and not is_public(address):
            raise PrivateAddressRefused(f"refused: {host} is a private address ({address})")
        if refusal(host):
            raise PrivateAddressRefused(refusal(host))


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
            when = email.utils.parsedate_to_datetime(value)
            return min(max((when - dt.datetime.now(dt.UTC)).total_seconds(), 0.0), cap)
        except (TypeError, ValueError):
            pass
    return min(base * 2 ** (attempt - 1), cap)


class BackoffRetry(RetryMiddleware):
    """Scrapy's retry of 429 and 5xx, waiting first: Retry-After if the server says, else exponential
    backoff. The wait is the site's alone: the retry, and every other request to that site until the
    wait is over, is parked outside the downloader and handed back to the engine when it ends.

    Sleeping here instead kept the request in the downloader, whose places (CONCURRENT_REQUESTS)
    all sites share: one site's storm of 429s held them all and stalled every other source.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("CLAIMWATCH_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("CLAIMWATCH_BACKOFF_MAX", 120.0)
        self.waits: dict[str, float] = {}  # site (download slot) -> when its wait ends (monotonic)
        self.parked: dict[int, tuple] = {}  # id -> (request, timer)

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        crawler.signals.connect(middleware.keep_open, signal=signals.spider_idle)
        crawler.signals.connect(middleware.drop_parked, signal=signals.spider_closed)
        return middleware

    def process_request(self, request, spider=None):
        site = self._site(request)
        if self.waits.get(site, 0) > time.monotonic() and not request.meta.get("dont_obey_robotstxt"):
            self._park(request, self.waits[site] - time.monotonic())
            raise RetryLater(f"{site} asked us to wait")
        return None

    def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        if request.meta.get("dont_obey_robotstxt"):  # robots.txt: Scrapy reads a 4xx/5xx as it is
            return response
        assert self.crawler.spider is not None
        retry = get_retry_request(
            request, spider=self.crawler.spider, reason=response_status_message(response.status),
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=request.meta.get("give_up_log_level", self.give_up_log_level))
        if retry is None:
            return response  # retries used up: the spider records the answer
        attempt = retry.meta["retry_times"]
        delay = retry_delay(response.headers.get(b"Retry-After"), attempt, self.base, self.cap)
        site = self._site(request)
        self.waits[site] = max(self.waits.get(site, 0), time.monotonic() + delay)
        self._park(retry, delay)
        raise RetryLater(f"{site} answered {response.status}; retry in {delay:.0f} s")

    def process_exception(self, request, exception, spider=None):
        if caused_by(exception, HeadersTooLarge):  # the same flood again: not worth a retry
            return None
        return super().process_exception(request, exception)

    def _site(self, request) -> str:
        return request.meta.get("download_slot") or urlparse_cached(request).hostname or ""

    def _park(self, request, delay: float) -> None:
        if not request.dont_filter:  # it comes back through the scheduler, which has seen it once
            request = request.replace(dont_filter=True)
        key = id(request)
        self.parked[key] = (request, call_later(max(delay, 0.0), self._release, key))

    def _release(self, key: int) -> None:
        request, _ = self.parked.pop(key)
        self.crawler.engine.crawl(request)

    def keep_open(self, spider=None):
        if self.parked:
            raise DontCloseSpider

    def drop_parked(self, spider=None, reason=None):
        for _, timer in self.parked.values():
            timer.cancel()
        self.parked.clear()


class RedirectAlways(RedirectMiddleware):
    """Scrapy's redirects, but a redirect is never dropped as a duplicate request (a loop would otherwise
    vanish without a trace; now it ends at REDIRECT_MAX_TIMES as too_many_redirects)."""

    def process_response(self, request, response, spider=None):
        try:
            result = super().process_response(request, response)
        except IgnoreRequest as exc:  # Scrapy's only refusal here: "max redirections reached"
            raise TooManyRedirects(str(exc)) from exc
        if isinstance(result, Request):
            result.dont_filter = True
        return result


class DecompressionLimit(HttpCompressionMiddleware):
    """Scrapy's decompression, whose refusal of a body that grows past DOWNLOAD_MAXSIZE (a compression
    bomb) is recorded as too_large."""

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:  # Scrapy's only refusal here: the decompressed size
            raise TooLarge(str(exc)) from exc


class RobotsTxtEveryWaiter(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with its refusal typed, fixed for requests that wait on a
    robots.txt download.

    Seen with Scrapy 2.19: when three or more requests to a site start before its robots.txt has
    arrived, only the first waiter receives the parser; the later ones get None and go out
    unchecked. Once the download is done the parser is stored (in Scrapy's private `_parsers`; pinned
    and checked by tests/crawlers/test_scrapy_internals.py), so a waiter that got None reads it.
    """

    async def robot_parser(self, request):
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if stored is not None and not isinstance(stored, Deferred):
                return stored
        return parser

    def process_request_2(self, rp, request):
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest as exc:  # Scrapy's only refusal here: "Forbidden by robots.txt"
            raise RobotsDisallowed(str(exc)) from exc
