"""Downloader middlewares: refuse private addresses, send conditional-GET validators."""

import ipaddress
import json
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured


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


def private_address(url: str) -> str | None:
    """The first non-public address the URL's host resolves to, or None."""
    host = urlsplit(url).hostname or ""
    for address in _resolve(host.strip("[]")):
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
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
