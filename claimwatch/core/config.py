"""claimwatch's configuration, read in one place: the sources file (TOML), then the environment.

- The sources file: the topic, the crawl settings, the sources and the alert targets, validated on
  load. Every problem is a ConfigError whose message names the file, the line and the key.
- The environment: every CLAIMWATCH_* variable claimwatch reads is declared in ENVIRONMENT and read
  by this module only (where the files are, the SMTP settings, the NCBI API key), and so are the
  variables that `[notify]` URLs name as `${NAME}` (expand_secrets).
- Default paths are spelled here once.
"""

import math
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from claimwatch.core.errors import ConfigError, UsageError
from claimwatch.core.search_queries import check_gdelt_query
from claimwatch.core.topic import DEFAULT_TOPIC, Topic
from claimwatch.core.urls import url_problem

DEFAULT_SOURCES = "sources.toml"
DEFAULT_DB = "data/claimwatch.duckdb"
DEFAULT_DIGESTS = "digests"
DEFAULT_DEMO_OUT = "demo-output"


# --- the sources file -----------------------------------------------------------------------

@dataclass(frozen=True)
class SourceKind:
    """The keys a source of this kind takes, besides `name` and `kind`; spiders are named after kinds."""

    required: frozenset[str]
    optional: frozenset[str]
    check_query: Callable[[str], str] | None = None  # raises ValueError for a query the API refuses
    api: str | None = None  # the API's name, for messages

    @property
    def search(self) -> bool:
        return "query" in self.required


_LISTING_KEYS = frozenset({"document_kind", "max_urls"})
# search APIs: a query; `endpoint` sends the API's requests to another host (a mirror, a test server)
_SEARCH_KEYS = frozenset({"document_kind", "max_pages", "endpoint", "max_urls"})
SOURCE_KINDS = {
    "feed": SourceKind(frozenset({"url"}), _LISTING_KEYS),     # an RSS or Atom feed
    "sitemap": SourceKind(frozenset({"url"}), _LISTING_KEYS),  # a sitemap or sitemap index
    "page": SourceKind(frozenset({"urls"}), frozenset({"document_kind"})),
    "federal_register": SourceKind(frozenset({"query"}), _SEARCH_KEYS),
    "pubmed": SourceKind(frozenset({"query"}), _SEARCH_KEYS),
    "europe_pmc": SourceKind(frozenset({"query"}), _SEARCH_KEYS),
    "google_news": SourceKind(frozenset({"query"}), _SEARCH_KEYS),
    "gdelt": SourceKind(frozenset({"query"}), _SEARCH_KEYS, check_gdelt_query, "GDELT"),
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
DEFAULT_MAX_PAGES = 3


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    urls: tuple[str, ...] = ()
    document_kind: str | None = None  # None: decided per page (og:type product -> product, else article)
    query: str | None = None          # search kinds
    max_pages: int = DEFAULT_MAX_PAGES  # search kinds: result pages followed per crawl
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


SEVERITIES = ("high", "medium", "low")  # claim_changes.severity, most severe first
CLAIM_CATEGORIES = ("legal_status", "potency", "safety", "dosage", "efficacy", "statistics", "product")
NOTIFY_KEYS = {"urls", "min_severity", "categories"}
MAX_NOTIFY_URLS = 20
# `${NAME}` in a [notify] URL: the value of the environment variable NAME, put in when alerts are sent
SECRET_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_APPRISE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S")


@dataclass(frozen=True)
class NotifyTarget:
    """An Apprise URL as written in the sources file: `${NAME}` references unexpanded (never stored expanded)."""

    template: str
    line: int  # where it is written, for messages

    @property
    def scheme(self) -> str:
        return self.template.split("://", 1)[0].lower()


@dataclass(frozen=True)
class NotifySettings:
    """`[notify]`: where alerts go, and which claim changes alert."""

    targets: tuple[NotifyTarget, ...]
    min_severity: str = "high"
    categories: tuple[str, ...] = CLAIM_CATEGORIES

    @property
    def severities(self) -> tuple[str, ...]:
        """The severities that alert: min_severity and those above it."""
        return SEVERITIES[: SEVERITIES.index(self.min_severity) + 1]


@dataclass(frozen=True)
class Config:
    path: Path
    topic: Topic = DEFAULT_TOPIC
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    sources: tuple[Source, ...] = ()
    notify: NotifySettings | None = None  # None: no [notify] table, no alerts


class _Lines:
    """Finds the line of a key in the raw text, so errors can name it (tomllib gives no positions)."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def _table_start(self, header: str, index: int = 0) -> int:
        pattern = re.compile(rf"^\s*{re.escape(header)}\s*(#.*)?$")
        hits = [i for i, line in enumerate(self.lines) if pattern.match(line)]
        return hits[index] if index < len(hits) else 0

    def of_value(self, header: str, key: str, value: str) -> int:
        """The line where `value` is written in the array `key` of table `header` (an array may span lines)."""
        start = self.of(header, key) - 1
        for i in range(start, len(self.lines)):
            if i > start and self.lines[i].lstrip().startswith("["):
                break
            if value in self.lines[i]:
                return i + 1
        return start + 1

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

    def fail(message: str, header: str, key: str | None = None, index: int = 0) -> NoReturn:
        raise ConfigError(f"{path}:{lines.of(header, key, index)}: {message}")

    for key in data:
        if key not in ("topic", "crawl", "source", "notify"):
            fail(f"unknown table or key {key!r} (expected [topic], [crawl], [[source]], [notify])", f"[{key}]")
    topic = _topic(data.get("topic", {}), fail)
    crawl = _crawl(data.get("crawl", {}), fail)
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(f"{path}: no [[source]] entries")
    sources = tuple(_source(raw, lambda message, key=None, i=i: fail(message, "[[source]]", key, i))
                    for i, raw in enumerate(raw_sources))
    names = [s.name for s in sources]
    for i, name in enumerate(names):
        if name in names[:i]:
            fail(f"duplicate source name {name!r}", "[[source]]", "name", i)
    notify = _notify(data["notify"], fail, lines, path) if "notify" in data else None
    return Config(path=path, topic=topic, crawl=crawl, sources=sources, notify=notify)


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
    types: dict[str, type | tuple[type, ...]] = {"allow_private_networks": bool, "user_agent": str, "contact": str,
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


def _notify(raw, fail, lines: _Lines, path: Path) -> NotifySettings:
    """[notify]: Apprise URLs (secrets as `${NAME}`), a severity threshold, optionally categories."""
    if not isinstance(raw, dict):
        fail("[notify] must be a table", "[notify]")
    for key in raw:
        if key not in NOTIFY_KEYS:
            fail(f"unknown key {key!r} in [notify] (allowed: {', '.join(sorted(NOTIFY_KEYS))})", "[notify]", key)
    urls = raw.get("urls")
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        fail("[notify] urls must be a non-empty list of Apprise URLs (e.g. \"json://host/path\")", "[notify]", "urls")
    if len(urls) > MAX_NOTIFY_URLS:
        fail(f"[notify] urls lists {len(urls)} URLs; at most {MAX_NOTIFY_URLS}", "[notify]", "urls")
    targets: list[NotifyTarget] = []
    for i, url in enumerate(urls, 1):
        line = lines.of_value("[notify]", "urls", url)
        where = f"{path}:{line}: [notify] urls[{i}]"
        if not _APPRISE_URL.match(url) or re.search(r"[\x00-\x20\x7f]", url):
            raise ConfigError(f"{where} is not an Apprise URL (scheme://..., one line, no spaces)")
        if "${" in SECRET_REFERENCE.sub("", url):
            raise ConfigError(f"{where}: write environment variables as ${{NAME}} (letters, digits, _)")
        if url in (t.template for t in targets):
            raise ConfigError(f"{where} is listed twice")
        targets.append(NotifyTarget(template=url, line=line))
    severity = raw.get("min_severity", "high")
    if severity not in SEVERITIES:
        fail(f"[notify] min_severity must be one of {', '.join(SEVERITIES)}, not {severity!r}", "[notify]", "min_severity")
    categories = raw.get("categories", list(CLAIM_CATEGORIES))
    if (not isinstance(categories, list) or not categories
            or not all(isinstance(c, str) and c in CLAIM_CATEGORIES for c in categories)):
        fail(f"[notify] categories must be a non-empty list of {', '.join(CLAIM_CATEGORIES)}", "[notify]", "categories")
    return NotifySettings(targets=tuple(targets), min_severity=severity, categories=tuple(dict.fromkeys(categories)))


def source_from_arguments(kind: str, arguments: Mapping[str, str]) -> Source:
    """One source from a spider's command-line arguments (`scrapy crawl KIND -a key=value ...`), checked
    as the sources file's entries are. `urls` may list several URLs separated by spaces."""
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"unknown source kind {kind!r} (known: {', '.join(sorted(SOURCE_KINDS))})")
    raw: dict = {"name": kind, **arguments, "kind": kind}
    for key in ("max_urls", "max_pages"):
        if key in raw and str(raw[key]).isdigit():
            raw[key] = int(raw[key])
    if isinstance(raw.get("urls"), str):
        raw["urls"] = raw["urls"].split()

    def fail(message: str, key: str | None = None) -> NoReturn:
        raise ConfigError(f"{kind} spider" + (f" argument {key}" if key else "") + f": {message}")

    return _source(raw, fail)


def _source(raw: dict, fail: Callable[..., NoReturn]) -> Source:
    if not isinstance(raw, dict):
        fail("each [[source]] must be a table")
    kind = raw.get("kind")
    if kind is None:
        fail("source has no 'kind'")
    if kind not in SOURCE_KINDS:
        fail(f"unknown source kind {kind!r} (known: {', '.join(sorted(SOURCE_KINDS))})", "kind")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        fail("source has no 'name'")
    spec = SOURCE_KINDS[kind]
    allowed = {"name", "kind"} | spec.required | spec.optional
    for key in raw:
        if key not in allowed:
            fail(f"unknown key {key!r} for a {kind} source (allowed: {', '.join(sorted(allowed))})", key)
    for key in spec.required:
        if key not in raw:
            fail(f"{kind} source {name!r} needs {key!r}")
    doc_kind = raw.get("document_kind")
    if doc_kind is not None and doc_kind not in DOCUMENT_KINDS:
        fail(f"source {name!r}: document_kind must be one of {', '.join(DOCUMENT_KINDS)}", "document_kind")
    max_urls = _whole_number(raw, "max_urls", DEFAULT_MAX_URLS, MAX_URLS_RANGE, name, fail)
    if spec.search:
        return _search_source(raw, name, spec, fail, max_urls)
    urls = raw["urls"] if "urls" in raw else [raw["url"]]
    key = "urls" if "urls" in raw else "url"
    if isinstance(urls, str) or not isinstance(urls, list) or not urls:
        fail(f"source {name!r}: 'urls' must be a non-empty list", key)
    for url in urls:
        if url_problem(url):
            fail(f"source {name!r}: not an http(s) URL: {url!r}", key)
    return Source(name=name, kind=kind, urls=tuple(urls), document_kind=doc_kind, max_urls=max_urls)


def _whole_number(raw: dict, key: str, default: int, bounds: tuple[int, int], name: str, fail) -> int:
    value = raw.get(key, default)
    low, high = bounds
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        fail(f"source {name!r}: {key!r} must be a whole number from {low} to {high}", key)
    return value


def _search_source(raw: dict, name: str, spec: SourceKind, fail, max_urls: int) -> Source:
    query = raw["query"]
    if not isinstance(query, str) or not query.strip():
        fail(f"source {name!r}: 'query' must be a non-empty string", "query")
    if spec.check_query:
        try:
            spec.check_query(query)
        except ValueError as exc:
            fail(f"source {name!r}: {spec.api} would refuse this query: {exc}", "query")
    max_pages = _whole_number(raw, "max_pages", DEFAULT_MAX_PAGES, MAX_PAGES_RANGE, name, fail)
    endpoint = raw.get("endpoint")
    if endpoint is not None and url_problem(endpoint):
        fail(f"source {name!r}: 'endpoint' is not an http(s) URL: {endpoint!r}", "endpoint")
    return Source(name=name, kind=raw["kind"], urls=(), document_kind=raw.get("document_kind"), query=query,
                  max_pages=max_pages, endpoint=endpoint, max_urls=max_urls)


# --- the environment ------------------------------------------------------------------------

# Every environment variable claimwatch reads (README, "Configuration"), and what it is for.
ENVIRONMENT = {
    "CLAIMWATCH_SOURCES": f"the sources file, when no --sources option or `sources` parameter is given "
                          f"(default {DEFAULT_SOURCES})",
    "CLAIMWATCH_DB": f"the warehouse, when no --db option or `db` parameter is given (default {DEFAULT_DB})",
    "CLAIMWATCH_EXECUTOR": "where pages are analysed when no --executor option or `executor` parameter is given: "
                           "dask://HOST:PORT, or local (the default, a process pool)",
    "CLAIMWATCH_HOME": "scheduled runs: the folder relative paths are taken from (default: where the run starts)",
    "CLAIMWATCH_SMTP_HOST": "the SMTP server the digest is sent through (needed by --send)",
    "CLAIMWATCH_SMTP_PORT": "its port (default 587 for starttls, 465 for ssl, 25 for none)",
    "CLAIMWATCH_SMTP_SECURITY": "starttls (the default), ssl or none",
    "CLAIMWATCH_SMTP_USER": "the SMTP login, if the server wants one",
    "CLAIMWATCH_SMTP_PASSWORD": "its password (never printed, logged or stored)",
    "CLAIMWATCH_SMTP_FROM": "the sender (default claimwatch@HOST)",
    "CLAIMWATCH_SMTP_TO": "the recipients, separated by commas (needed by --send)",
    "CLAIMWATCH_NCBI_API_KEY": "an NCBI API key, sent with PubMed requests (10 requests/s instead of 3); "
                               "never logged or stored",
    "CLAIMWATCH_WEB_TOKEN": "the token `claimwatch web` asks of every request (needed with a --host other than "
                            "127.0.0.1); never logged",
}
_SECRETS = {"CLAIMWATCH_SMTP_PASSWORD", "CLAIMWATCH_NCBI_API_KEY", "CLAIMWATCH_WEB_TOKEN"}  # taken as given, spaces and all


def env(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The value of a declared variable (`environ`: the process's environment by default); None when
    unset or blank."""
    if name not in ENVIRONMENT:
        raise KeyError(f"{name} is not a declared claimwatch variable (ENVIRONMENT)")
    value = (os.environ if environ is None else environ).get(name, "")
    return (value if name in _SECRETS else value.strip()) or None


def expand_secrets(template: str, environ: Mapping[str, str] | None = None) -> tuple[str, dict[str, str]]:
    """A [notify] URL with each `${NAME}` replaced by that environment variable's value, and the values put
    in (name -> value), so that whatever prints or logs can take them out again (redact). An unset or
    empty variable is a UsageError naming it. The result is used to send and then dropped: never stored."""
    source = os.environ if environ is None else environ
    values: dict[str, str] = {}
    for name in SECRET_REFERENCE.findall(template):
        value = source.get(name, "")
        if not value:
            raise UsageError(f"environment variable {name} is not set{_WHOSE}")
        values[name] = value
    return SECRET_REFERENCE.sub(lambda m: values[m[1]], template), values


def sources_path(option: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """--sources, else CLAIMWATCH_SOURCES, else sources.toml."""
    return Path(option or env("CLAIMWATCH_SOURCES", environ) or DEFAULT_SOURCES)


def warehouse_path(option: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """--db, else CLAIMWATCH_DB, else data/claimwatch.duckdb."""
    return Path(option or env("CLAIMWATCH_DB", environ) or DEFAULT_DB)


def run_path(value: str | None, variable: str | None, default: str,
             environ: Mapping[str, str] | None = None) -> Path:
    """A scheduled run's file: its parameter, else `variable`, else `default`; a relative path is taken
    from CLAIMWATCH_HOME when that is set (a worker starts runs in the folder of the code, not the data)."""
    path = Path(value or (env(variable, environ) if variable else None) or default).expanduser()
    home = env("CLAIMWATCH_HOME", environ)
    return path if path.is_absolute() or not home else Path(home).expanduser() / path


SMTP_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
_WHOSE = " (for scheduled runs, the Prefect worker's)"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str
    sender: str
    recipients: tuple[str, ...]
    user: str | None = None
    password: str | None = field(default=None, repr=False)  # never in a repr, log or message


def smtp_settings(environ: Mapping[str, str] | None = None) -> SmtpSettings:
    """The CLAIMWATCH_SMTP_* settings, checked; a UsageError names the variable to set."""
    def get(name: str) -> str | None:
        return env(f"CLAIMWATCH_SMTP_{name}", environ)

    security = (get("SECURITY") or "starttls").lower()
    if security not in SMTP_PORTS:
        raise UsageError(f"CLAIMWATCH_SMTP_SECURITY must be starttls, ssl or none, not {security!r}")
    host = get("HOST")
    recipients = tuple(r.strip() for r in (get("TO") or "").split(",") if r.strip())
    if not host:
        raise UsageError("sending the digest needs CLAIMWATCH_SMTP_HOST (and CLAIMWATCH_SMTP_TO) in the environment"
                         f"{_WHOSE}")
    if not recipients:
        raise UsageError("sending the digest needs CLAIMWATCH_SMTP_TO (comma-separated recipients) in the environment"
                         f"{_WHOSE}")
    port_text = get("PORT") or str(SMTP_PORTS[security])
    if not port_text.isdigit():
        raise UsageError(f"CLAIMWATCH_SMTP_PORT must be a number, not {port_text!r}")
    return SmtpSettings(host=host, port=int(port_text), security=security, sender=get("FROM") or f"claimwatch@{host}",
                        recipients=recipients, user=get("USER"), password=get("PASSWORD"))


def ncbi_api_key(environ: Mapping[str, str] | None = None) -> str | None:
    """CLAIMWATCH_NCBI_API_KEY: NCBI allows 10 requests/s with a key, 3 without."""
    return env("CLAIMWATCH_NCBI_API_KEY", environ)


def web_token(environ: Mapping[str, str] | None = None) -> str | None:
    """CLAIMWATCH_WEB_TOKEN: what `claimwatch web` asks of every request when set."""
    return env("CLAIMWATCH_WEB_TOKEN", environ)
