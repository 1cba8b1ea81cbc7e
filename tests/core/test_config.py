import re
from pathlib import Path

import pytest

from claimwatch.core.config import load_config
from claimwatch.core.errors import ConfigError
from tests.helpers import ROOT

VALID = """
[topic]
name = "7-hydroxymitragynine"
aliases = ["7-OH", "7OH"]

[crawl]
allow_private_networks = false

[[source]]
name = "FDA press"
kind = "feed"
url = "https://example.org/rss.xml"

[[source]]
name = "Vendors"
kind = "page"
urls = ["https://example.org/a", "https://example.org/b"]
document_kind = "product"
"""


def load(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return load_config(path)


def test_valid_file_loads(tmp_path):
    config = load(tmp_path, VALID)
    assert [s.name for s in config.sources] == ["FDA press", "Vendors"]
    assert config.sources[1].urls == ("https://example.org/a", "https://example.org/b")
    assert config.sources[1].document_kind == "product"
    assert config.topic.aliases == ("7-OH", "7OH")
    assert config.crawl.allow_private_networks is False


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="sources file not found"):
        load_config(tmp_path / "nope.toml")


def test_invalid_toml_names_line(tmp_path):
    with pytest.raises(ConfigError, match=r"invalid TOML.*line 3"):
        load(tmp_path, '[topic]\nname = "x"\nname = \n')


def test_unknown_kind_names_line(tmp_path):
    text = VALID.replace('kind = "page"', 'kind = "webpage"')
    with pytest.raises(ConfigError) as err:
        load(tmp_path, text)
    line = text.splitlines().index('kind = "webpage"') + 1
    assert str(err.value).endswith(f"sources.toml:{line}: unknown source kind 'webpage' (known: europe_pmc, "
                                   "federal_register, feed, gdelt, google_news, page, pubmed, sitemap)")


def test_unknown_key_names_line(tmp_path):
    text = VALID.replace('url = "https://example.org/rss.xml"', 'url = "https://example.org/rss.xml"\nfrequency = "daily"')
    with pytest.raises(ConfigError) as err:
        load(tmp_path, text)
    line = text.splitlines().index('frequency = "daily"') + 1
    assert f":{line}: unknown key 'frequency'" in str(err.value)


@pytest.mark.parametrize("snippet, message", [
    ('[[source]]\nname = "x"\nkind = "feed"\n', "needs 'url'"),
    ('[[source]]\nname = "x"\nkind = "feed"\nurl = "ftp://x/y"\n', "not an http(s) URL"),
    ('[[source]]\nname = "x"\nkind = "page"\nurls = "https://x/y"\n', "must be a non-empty list"),
    ('[[source]]\nkind = "feed"\nurl = "https://x/y"\n', "source has no 'name'"),
    ('[crawl]\nallow_private_networks = "yes"\n[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x/y"\n',
     "wrong type"),
    ('[crawl]\nspeed = 3\n[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x/y"\n', "unknown key 'speed' in [crawl]"),
    ('[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x/y"\n[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x/z"\n',
     "duplicate source name"),
    ('[topic]\nname = "x"\n', "no [[source]] entries"),
])
def test_invalid_files(tmp_path, snippet, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        load(tmp_path, snippet)


def test_other_compound_by_aliases(tmp_path):
    config = load(tmp_path, '[topic]\nname = "mitragynine pseudoindoxyl"\naliases = ["MGP"]\n'
                            '[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x/y"\n')
    assert config.topic.mentioned_in("New data on MGP potency")
    assert not config.topic.mentioned_in("New data on 7-OH potency")


def test_shipped_sources_file_loads_with_every_search_kind():
    config = load_config(ROOT / "sources.toml")
    kinds = {s.kind for s in config.sources}
    assert {"feed", "federal_register", "pubmed", "europe_pmc", "gdelt"} <= kinds
    assert "google_news" not in kinds  # opt-in: its terms restrict use
    assert config.crawl.allow_private_networks is False and config.crawl.contact


def test_search_source_keys(tmp_path):
    config = load(tmp_path, '[[source]]\nname = "FR"\nkind = "federal_register"\nquery = "7-OH"\nmax_pages = 2\n'
                            'endpoint = "http://127.0.0.1:9999"\n')
    source = config.sources[0]
    assert (source.query, source.max_pages, source.endpoint, source.urls) == ("7-OH", 2, "http://127.0.0.1:9999", ())
    with pytest.raises(ConfigError, match="needs 'query'"):
        load(tmp_path, '[[source]]\nname = "FR"\nkind = "pubmed"\n')
    with pytest.raises(ConfigError, match="unknown key 'url' for a pubmed source"):
        load(tmp_path, '[[source]]\nname = "FR"\nkind = "pubmed"\nquery = "x"\nurl = "https://x/y"\n')


SOURCE = '[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x.example/feed"\n'


@pytest.mark.parametrize("setting", [
    "max_bytes = 0", "max_bytes = 10", "max_bytes = 9999999999", "timeout_seconds = 0", "timeout_seconds = nan",
    "timeout_seconds = inf", "timeout_seconds = 100000", "download_delay = inf", "download_delay = nan",
    "download_delay = -1", "download_delay = 3600", 'user_agent = ""', 'contact = "a\\r\\nX-Evil: 1"',
])
def test_settings_that_switch_safety_off_are_refused(tmp_path, setting):
    """0 bytes would remove the size cap, 0 s the timeout; nan failed every fetch, inf hung the crawl."""
    key = setting.split(" =")[0]
    with pytest.raises(ConfigError) as err:
        load(tmp_path, f"[crawl]\nallow_private_networks = false\n{setting}\n\n{SOURCE}")
    message = str(err.value)
    assert message.startswith(f"{tmp_path / 'sources.toml'}:3: [crawl] {key}") and "\n" not in message


@pytest.mark.parametrize("setting", ["max_urls = 0", "max_urls = 1000001", "max_urls = 2.5", "max_urls = true"])
def test_max_urls_must_be_sensible(tmp_path, setting):
    with pytest.raises(ConfigError, match=r"sources.toml:5: source 'x': 'max_urls' must be a whole number"):
        load(tmp_path, SOURCE + setting + "\n")


def test_max_urls_default_and_value(tmp_path):
    config = load(tmp_path, SOURCE + '\n[[source]]\nname = "y"\nkind = "sitemap"\nurl = "https://x.example/s.xml"\n'
                  'max_urls = 50\n')
    assert [s.max_urls for s in config.sources] == [1000, 50]


@pytest.mark.parametrize("url", ["http://[x", "file:///etc/passwd", "https://", "http://a.example:99999/", "javascript:x"])
def test_start_urls_must_be_fetchable(tmp_path, url):
    with pytest.raises(ConfigError, match=r"sources.toml:4: source 'x': not an http\(s\) URL"):
        load(tmp_path, SOURCE.replace("https://x.example/feed", url))


def test_a_sources_file_that_is_not_utf8_is_one_line(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_bytes(SOURCE.encode().replace(b'name = "x"', 'name = "Caf\u00e9"'.encode("cp1252")))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}:2: not UTF-8 text (byte 0xe9); save the file as UTF-8"


@pytest.mark.parametrize("arguments, expected", [
    ({"url": "https://x.example/feed"}, {"kind": "feed", "urls": ("https://x.example/feed",), "name": "feed"}),
    ({"query": "7-OH", "max_pages": "2", "endpoint": "http://127.0.0.1:9"},
     {"kind": "pubmed", "query": "7-OH", "max_pages": 2, "endpoint": "http://127.0.0.1:9"}),
    ({"urls": "https://a.example/1 https://a.example/2", "name": "Pages"},
     {"kind": "page", "urls": ("https://a.example/1", "https://a.example/2"), "name": "Pages"}),
])
def test_a_spider_argument_source_is_checked_as_the_file_is(arguments, expected):
    from claimwatch.core.config import source_from_arguments

    kind = expected["kind"]
    source = source_from_arguments(kind, arguments)
    assert {key: getattr(source, key) for key in expected} == expected


@pytest.mark.parametrize("kind, arguments, message", [
    ("feed", {}, "feed spider: feed source 'feed' needs 'url'"),
    ("feed", {"url": "file:///etc/passwd"}, "feed spider argument url: source 'feed': not an http(s) URL"),
    ("pubmed", {"query": "x", "max_pages": "0"}, "pubmed spider argument max_pages: source 'pubmed': 'max_pages'"),
    ("gdelt", {"query": '"7-OH"'}, "gdelt spider argument query: source 'gdelt': GDELT would refuse this query"),
    ("feed", {"url": "https://x.example/f", "speed": "3"}, "unknown key 'speed' for a feed source"),
])
def test_bad_spider_arguments(kind, arguments, message):
    from claimwatch.core.config import source_from_arguments

    with pytest.raises(ConfigError) as err:
        source_from_arguments(kind, arguments)
    assert message in str(err.value)


def test_the_environment_is_read_here_only_and_declared():
    from claimwatch.core import config

    environ = {"CLAIMWATCH_DB": " w.duckdb ", "CLAIMWATCH_SMTP_PASSWORD": " pw ", "CLAIMWATCH_HOME": "/srv/cw"}
    assert config.env("CLAIMWATCH_DB", environ) == "w.duckdb"
    assert config.env("CLAIMWATCH_SMTP_PASSWORD", environ) == " pw "  # a secret is taken as given
    assert config.env("CLAIMWATCH_SOURCES", environ) is None
    with pytest.raises(KeyError):
        config.env("CLAIMWATCH_UNDECLARED", environ)
    assert config.warehouse_path(None, environ) == Path("w.duckdb")
    assert config.warehouse_path("other.duckdb", environ) == Path("other.duckdb")
    assert config.sources_path(None, {}) == Path(config.DEFAULT_SOURCES)
    assert config.run_path(None, "CLAIMWATCH_DB", config.DEFAULT_DB, environ) == Path("/srv/cw/w.duckdb")
    assert config.run_path("/abs/x.duckdb", "CLAIMWATCH_DB", config.DEFAULT_DB, environ) == Path("/abs/x.duckdb")
    assert config.run_path(None, None, config.DEFAULT_DIGESTS, {}) == Path("digests")
    assert config.ncbi_api_key({"CLAIMWATCH_NCBI_API_KEY": "k"}) == "k" and config.ncbi_api_key({}) is None


def test_no_other_module_reads_the_environment():
    """Every CLAIMWATCH_* variable is read through claimwatch.core.config (and so declared there)."""
    import re

    allowed = {ROOT / "claimwatch/core/config.py",
               ROOT / "flows/serve_deployments.py"}  # sets Prefect's offline defaults for the runs it starts
    readers = [path.relative_to(ROOT) for package in ("claimwatch", "crawlers", "flows", "warehouse")
               for path in (ROOT / package).rglob("*.py")
               if path not in allowed and re.search(r"\bos\.environ\b|\bgetenv\(|\benviron\.get\(", path.read_text())]
    assert readers == []


@pytest.mark.parametrize("environ, message", [
    ({}, "CLAIMWATCH_SMTP_HOST"),
    ({"CLAIMWATCH_SMTP_HOST": "h"}, "CLAIMWATCH_SMTP_TO"),
    ({"CLAIMWATCH_SMTP_HOST": "h", "CLAIMWATCH_SMTP_TO": "a@b", "CLAIMWATCH_SMTP_SECURITY": "tls"}, "starttls, ssl or none"),
    ({"CLAIMWATCH_SMTP_HOST": "h", "CLAIMWATCH_SMTP_TO": "a@b", "CLAIMWATCH_SMTP_PORT": "x"}, "must be a number"),
])
def test_smtp_settings_errors_name_the_variable(environ, message):
    from claimwatch.core.config import smtp_settings
    from claimwatch.core.errors import UsageError

    with pytest.raises(UsageError, match=message):
        smtp_settings(environ)


def test_smtp_settings_defaults_and_no_password_in_repr():
    from claimwatch.core.config import smtp_settings

    settings = smtp_settings({"CLAIMWATCH_SMTP_HOST": "mail.example", "CLAIMWATCH_SMTP_TO": "a@x, b@x",
                              "CLAIMWATCH_SMTP_PASSWORD": "hunter2", "CLAIMWATCH_SMTP_SECURITY": "ssl"})
    assert (settings.port, settings.sender, settings.recipients) == (465, "claimwatch@mail.example", ("a@x", "b@x"))
    assert "hunter2" not in repr(settings)
