"""The sources file (TOML): topic, crawl settings and sources, validated on load.

Every problem is a ConfigError whose message names the file, the line and the key.
"""

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from claimwatch.errors import ConfigError
from claimwatch.topic import DEFAULT_TOPIC, Topic

DEFAULT_SOURCES = "sources.toml"

# kind -> (required keys, optional keys); every source also has `name` and `kind`.
_SEARCH_OPTIONAL = {"document_kind", "max_pages", "endpoint"}
SOURCE_KINDS = {
    "feed": ({"url"}, {"document_kind"}),
    "sitemap": ({"url"}, {"document_kind"}),
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


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    urls: tuple[str, ...]
    document_kind: str | None = None  # None: decided per page (og:type product -> product, else article)
    query: str | None = None          # search kinds
    max_pages: int = 3                # search kinds: result pages followed per crawl
    endpoint: str | None = None       # search kinds: another host for the API requests


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
    text = path.read_text(encoding="utf-8")
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
        if key in ("download_delay", "timeout_seconds", "max_bytes") and value < 0:
            fail(f"[crawl] {key} must not be negative", "[crawl]", key)
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
    if "query" in required:
        return _search_source(raw, name, kind, index, fail)
    urls = raw["urls"] if "urls" in raw else [raw["url"]]
    key = "urls" if "urls" in raw else "url"
    if isinstance(urls, str) or not isinstance(urls, list) or not urls:
        fail(f"source {name!r}: 'urls' must be a non-empty list", header, key, index)
    for url in urls:
        if not _is_http_url(url):
            fail(f"source {name!r}: not an http(s) URL: {url!r}", header, key, index)
    return Source(name=name, kind=kind, urls=tuple(urls), document_kind=doc_kind)


def _is_http_url(url) -> bool:
    return isinstance(url, str) and bool(re.match(r"^https?://[^/\s]+", url))


def _search_source(raw: dict, name: str, kind: str, index: int, fail) -> Source:
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
    max_pages = raw.get("max_pages", 3)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
        fail(f"source {name!r}: 'max_pages' must be a whole number >= 1", header, "max_pages", index)
    endpoint = raw.get("endpoint")
    if endpoint is not None and not _is_http_url(endpoint):
        fail(f"source {name!r}: 'endpoint' is not an http(s) URL: {endpoint!r}", header, "endpoint", index)
    return Source(name=name, kind=kind, urls=(), document_kind=raw.get("document_kind"), query=query,
                  max_pages=max_pages, endpoint=endpoint)
