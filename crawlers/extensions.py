"""Scrapy extensions: AutoThrottle that learns from 304s, and a limit on response headers.

Both reach into private parts of Scrapy (`AutoThrottle._adjust_delay`, the HTTP/1.1 handler's
`_LenientHTTPClientParser`): pyproject.toml pins Scrapy's minor version, and
tests/crawlers/test_scrapy_internals.py fails when their source changes.
"""

from scrapy.core.downloader.handlers import http11
from scrapy.extensions.throttle import AutoThrottle

from crawlers.outcomes import HeadersTooLarge


class AutoThrottleWith304(AutoThrottle):
    """AutoThrottle that learns from 304 Not Modified as from 200.

    Scrapy's AutoThrottle only lowers a site's delay on 200 responses. An incremental crawl is
    mostly 304s, so a delay raised by one slow answer never came down again: a second crawl of
    2,000 unchanged local pages took minutes instead of seconds.
    """

    def _adjust_delay(self, slot, latency, response):
        if response.status == 304:
            response = response.replace(status=200)
        return super()._adjust_delay(slot, latency, response)


class _BoundedHeadersParser(http11._LenientHTTPClientParser):
    """Scrapy's response parser with a limit on the header section (bytes and lines). Scrapy swaps
    the class of each parser Twisted makes to its lenient one; this takes that one's place."""

    max_bytes = 256 * 1024
    max_lines = 1000

    def lineReceived(self, line):
        # counted over 1xx interim responses too; set here, as Scrapy swaps the class after __init__
        self._header_bytes = getattr(self, "_header_bytes", 0) + len(line) + 1
        self._header_lines = getattr(self, "_header_lines", 0) + 1
        if self._header_bytes > self.max_bytes or self._header_lines > self.max_lines:
            raise HeadersTooLarge(f"response headers over {self.max_bytes} bytes or {self.max_lines} lines")
        super().lineReceived(line)


class HeaderLimits:
    """Bounds what a server can make the crawler hold before the body starts.

    Scrapy's DOWNLOAD_MAXSIZE counts the body only, and the HTTP parser keeps every header line it
    is sent: 1.5 million headers (96 MB) grew the crawler to 1.26 GB and were stored as `ok`. There
    is no setting for this, so the parser class is replaced in this (crawler) process.
    """

    def __init__(self, max_bytes: int, max_lines: int):
        _BoundedHeadersParser.max_bytes = max_bytes
        _BoundedHeadersParser.max_lines = max_lines
        http11._LenientHTTPClientParser = _BoundedHeadersParser  # type: ignore[misc]  # see the module docstring

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(min(s.getint("CLAIMWATCH_MAX_HEADER_BYTES"), s.getint("DOWNLOAD_MAXSIZE")),
                   s.getint("CLAIMWATCH_MAX_HEADER_LINES"))
