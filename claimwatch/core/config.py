"""The sources file (TOML): topic, crawl settings and sources, validated on load.

Every problem is a ConfigError whose message names the file, the line and the key.
"""

import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from claimwatch.core.errors import ConfigError
from claimwatch.core.topic import DEFAULT_TOPIC, Topic
from claimwatch.core.urls import url_problem

DEFAULT_SOURCES = "sources.toml"

# kind -> (required keys, optional keys); every source also has `name` and `kind`.
_SEARCH_OPTIONAL = {"document_kind", "max_pages", "endpoint", "max_urls"}
SOURCE_KINDS = {
    "feed": ({"url"}, {"document_kind", "max_urls"}),
    "sitemap": ({"url"}, {"document_kind", "max_urls"}),
    "page": ({"urls"}, {"document_kind"}),
    # search APIs: a query; `endpoint` sends the API's requests to another host (a mirror, a test server)
    "federal_register": ({"query"}, _SEARCH_OPTIONAL),
    "pubmed": ({"query"}, _SEARCH_OPTIONAL),
    "europe_pmc": ({"query"}, _SEARCH_OPTIONAL),
    "google_news": ({"query"}, _SEARCH_OPTIONAL),
    "gdelt": ({"query"}, _SEARCH_OPTIONAL),
}
DOCUMENT_KINDS = ("article", "notice", "paper", "product")
TOPIC_KEYS = {"name", "aliases"}
CRAWL_KEYS = {"allow_private_networks", "user_agent", "contact", "download_delay", "timeout_seconds", "max_bytes"}
# Values outside these ranges would switch a safety off (0 bytes: no size cap; 0 s: no timeout) or
# stall the crawl (an infinite delay), so they are refused when the file is loaded.
CRAWL_RANGES = {"download_delay": (0, 60), "timeout_seconds": (1, 600), "max_bytes": (1024, 100 * 1024 * 1024)}
MAX_URLS_RANGE = (1, 100_000)  # document URLs one source's listings may lead to in one crawl
MAX_PAGES_RANGE = (1, 100)
DEFAULT_MAX_URLS = 1000


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    urls: tuple[str, ...]
    document_kind: str | None = None  # None: decided per page (og:type product -> product, else article)
    query: str | None = None          # search kinds
    max_pages: int = 3                # search kinds: result pages followed per crawl
    endpoint: str | None = None       # search kinds: another host for the API requests
    max_urls: int = DEFAULT_MAX_URLS  # feeds, sitemaps, search kinds: documents followed per crawl


@dataclass(frozen=True)
class CrawlSettings:
    allow_private_networks: bool = False
    user_agent: str = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"
    contact: str | None = None
    download_delay: float = 1.0
    timeout_seconds: float = 30.0
    max_bytes: int = 10 * 1024 * 1024


@dataclass(frozen=True)
class Config:
    path: Path
    topic: Topic = DEFAULT_TOPIC
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    sources: tuple[Source, ...] = ()


def sources_path(option: str | None) -> Path:
    return Path(option or os.environ.get("CLAIMWATCH_SOURCES") or DEFAULT_SOURCES)


class _Lines:
    """Finds the line of a key in the raw text, so errors can name it (tomllib gives no positions)."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def _table_start(self, header: str, index: int = 0) -> int:
        pattern = re.compile(rf"^\s*{re.escape(header)}\s*(#.*)?$")
        hits = [i for i, line in enumerate(self.lines) if pattern.match(line)]
        return hits[index] if index < len(hits) else 0

    def of(self, header: str, key: str | None = None, index: int = 0) -> int:
        start = self._table_start(header, index)
        if key is None:
            return start + 1
        key_re = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start, len(self.lines)):
            if i > start and self.lines[i].lstrip().startswith("["):
                break
            if key_re.match(self.lines[i]):
                return i + 1
        return start + 1


def load_config(path: Path | str) -> Config:
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"sources file not found: {path}")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(f"{path}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    lines = _Lines(text)

    def fail(message: str, header: str, key: str | None = None, index: int = 0):
        raise ConfigError(f"{path}:{lines.of(header, key, index)}: {message}")

    for key in data:
        if key not in ("topic", "crawl", "source"):
            fail(f"unknown table or key {key!r} (expected [topic], [crawl], [[source]])", f"[{key}]")
    topic = _topic(data.get("topic", {}), fail)
    crawl = _crawl(data.get("crawl", {}), fail)
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(f"{path}: no [[source]] entries")
    sources = tuple(_source(raw, i, fail) for i, raw in enumerate(raw_sources))
    names = [s.name for s in sources]
    for i, name in enumerate(names):
        if name in names[:i]:
            fail(f"duplicate source name {name!r}", "[[source]]", "name", i)
    return Config(path=path, topic=topic, crawl=crawl, sources=sources)


def _topic(raw: dict, fail) -> Topic:
    for key in raw:
        if key not in TOPIC_KEYS:
            fail(f"unknown key {key!r} in [topic] (allowed: {', '.join(sorted(TOPIC_KEYS))})", "[topic]", key)
    if not raw:
        return DEFAULT_TOPIC
    name = raw.get("name", DEFAULT_TOPIC.name)
    aliases = raw.get("aliases", [name])
    if not isinstance(name, str) or not name.strip():
        fail("[topic] name must be a non-empty string", "[topic]", "name")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        fail("[topic] aliases must be a list of non-empty strings", "[topic]", "aliases")
    return Topic(name=name, aliases=tuple(aliases))


def _crawl(raw: dict, fail) -> CrawlSettings:
    types = {"allow_private_networks": bool, "user_agent": str, "contact": str,
             "download_delay": (int, float), "timeout_seconds": (int, float), "max_bytes": int}
    for key, value in raw.items():
        if key not in CRAWL_KEYS:
            fail(f"unknown key {key!r} in [crawl] (allowed: {', '.join(sorted(CRAWL_KEYS))})", "[crawl]", key)
        if not isinstance(value, types[key]) or (isinstance(value, bool) and types[key] is not bool):
            fail(f"[crawl] {key} has the wrong type ({type(value).__name__})", "[crawl]", key)
        if key in CRAWL_RANGES:
            low, high = CRAWL_RANGES[key]
            if not math.isfinite(value) or not low <= value <= high:
                fail(f"[crawl] {key} = {value} is out of range ({low} to {high})", "[crawl]", key)
        if key in ("user_agent", "contact") and (not value.strip() or re.search(r"[\x00-\x1f\x7f]", value)):
            fail(f"[crawl] {key} must be one line of text", "[crawl]", key)
    return CrawlSettings(**raw)


def _source(raw: dict, index: int, fail) -> Source:
    header = "[[source]]"
    if not isinstance(raw, dict):
        fail("each [[source]] must be a table", header, None, index)
    kind = raw.get("kind")
    if kind is None:
        fail("source has no 'kind'", header, None, index)
    if kind not in SOURCE_KINDS:
        fail(f"unknown source kind {kind!r} (known: {', '.join(sorted(SOURCE_KINDS))})", header, "kind", index)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        fail("source has no 'name'", header, None, index)
    required, optional = SOURCE_KINDS[kind]
    allowed = {"name", "kind"} | required | optional
    for key in raw:
        if key not in allowed:
            fail(f"unknown key {key!r} for a {kind} source (allowed: {', '.join(sorted(allowed))})", header, key, index)
    for key in required:
        if key not in raw:
            fail(f"{kind} source {name!r} needs {key!r}", header, None, index)
    doc_kind = raw.get("document_kind")
    if doc_kind is not None and doc_kind not in DOCUMENT_KINDS:
        fail(f"source {name!r}: document_kind must be one of {', '.join(DOCUMENT_KINDS)}", header, "document_kind", index)
    max_urls = _whole_number(raw, "max_urls", DEFAULT_MAX_URLS, MAX_URLS_RANGE, name,
                             lambda message: fail(message, header, "max_urls", index))
    if "query" in required:
        return _search_source(raw, name, kind, index, fail, max_urls)
    urls = raw["urls"] if "urls" in raw else [raw["url"]]
    key = "urls" if "urls" in raw else "url"
    if isinstance(urls, str) or not isinstance(urls, list) or not urls:
        fail(f"source {name!r}: 'urls' must be a non-empty list", header, key, index)
    for url in urls:
        if url_problem(url):
            fail(f"source {name!r}: not an http(s) URL: {url!r}", header, key, index)
    return Source(name=name, kind=kind, urls=tuple(urls), document_kind=doc_kind, max_urls=max_urls)


def _whole_number(raw: dict, key: str, default: int, bounds: tuple[int, int], name: str, fail) -> int:
    value = raw.get(key, default)
    low, high = bounds
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        fail(f"source {name!r}: {key!r} must be a whole number from {low} to {high}")
    return value


def _search_source(raw: dict, name: str, kind: str, index: int, fail, max_urls: int) -> Source:
    header = "[[source]]"
    query = raw["query"]
    if not isinstance(query, str) or not query.strip():
        fail(f"source {name!r}: 'query' must be a non-empty string", header, "query", index)
    if kind == "gdelt":
        from crawlers.apis.gdelt import check_query

        try:
            check_query(query)
        except ValueError as exc:
            fail(f"source {name!r}: GDELT would refuse this query: {exc}", header, "query", index)
    max_pages = _whole_number(raw, "max_pages", 3, MAX_PAGES_RANGE, name,
                              lambda message: fail(message, header, "max_pages", index))
    endpoint = raw.get("endpoint")
    if endpoint is not None and url_problem(endpoint):
        fail(f"source {name!r}: 'endpoint' is not an http(s) URL: {endpoint!r}", header, "endpoint", index)
    return Source(name=name, kind=kind, urls=(), document_kind=raw.get("document_kind"), query=query,
                  max_pages=max_pages, endpoint=endpoint, max_urls=max_urls)
