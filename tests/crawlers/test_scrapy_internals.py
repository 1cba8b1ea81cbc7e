"""The private parts of Scrapy and Twisted the crawler relies on, as they were when the code that uses
them was written and checked. pyproject.toml pins both to the minor version these were read in; when
one of them changes (an upgrade), this test fails: read the new source, adapt the code named here,
then record the new hash.
"""

import hashlib
import inspect
import re

import pytest
import scrapy
import twisted
from scrapy.core.downloader.handlers import http11
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.extensions.throttle import AutoThrottle
from twisted.internet import _resolver

from tests.helpers import ROOT

# what -> (the object, the first 16 hex digits of its source's SHA-256, the code that relies on it)
RELIED_ON = {
    "AutoThrottle._adjust_delay": (AutoThrottle._adjust_delay, "887ba75e2b411ccf",
                                   "crawlers.extensions.AutoThrottleWith304 overrides it"),
    "AutoThrottle._response_downloaded": (AutoThrottle._response_downloaded, "e29e63ba3bea4c5b",
                                          "calls _adjust_delay with the response"),
    "http11._LenientHTTPClientParser": (http11._LenientHTTPClientParser, "14688c69491ebd3a",
                                        "crawlers.extensions._BoundedHeadersParser subclasses it"),
    "http11._LenientHTTP11ClientProtocol.request": (http11._LenientHTTP11ClientProtocol.request, "2d630892ec993fec",
                                                    "swaps in the parser class crawlers.extensions.HeaderLimits "
                                                    "replaces"),
    "RobotsTxtMiddleware": (RobotsTxtMiddleware, "6106527a331258a5",
                            "crawlers.middlewares.RobotsTxtEveryWaiter reads its _parsers"),
    "twisted _resolver.SimpleResolverComplexifier": (_resolver.SimpleResolverComplexifier, "743f778273538008",
                                                     "crawlers.resolver asks a DNS client through it"),
}


@pytest.mark.parametrize("name", RELIED_ON)
def test_private_code_we_rely_on_is_as_reviewed(name):
    obj, recorded, user = RELIED_ON[name]
    found = hashlib.sha256(inspect.getsource(obj).encode()).hexdigest()[:16]
    assert found == recorded, (f"{name} changed (Scrapy {scrapy.__version__}, Twisted {twisted.__version__}): "
                               f"{user}; review it, then record {found}")


def test_scrapy_and_twisted_are_pinned_to_the_reviewed_minor_versions():
    pins = dict(re.findall(r'"(scrapy|twisted)>=([\d.]+),<[\d.]+"', (ROOT / "pyproject.toml").read_text()))
    assert scrapy.__version__.startswith(pins["scrapy"]) and twisted.__version__.startswith(pins["twisted"])
