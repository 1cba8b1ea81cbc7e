import pytest

from claimwatch.core.errors import ConfigError
from claimwatch.core.config import load_config
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
    assert str(err.value).endswith(f"sources.toml:{line}: unknown source kind 'webpage' (known: europe_pmc, federal_register, feed, gdelt, google_news, page, pubmed, sitemap)")


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
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[").replace("]", r"\]")):
        load(tmp_path, snippet)


def test_other_compound_by_aliases(tmp_path):
    config = load(tmp_path, '[topic]\nname = "mitragynine pseudoindoxyl"\naliases = ["MGP"]\n'
                            '[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x/y"\n')
    assert config.topic.mentioned_in("New data on MGP potency")
    assert not config.topic.mentioned_in("New data on 7-OH potency")


def test_shipped_sources_file_loads_with_every_search_kind():
    from pathlib import Path

    from crawlers.spiders.search import api_module

    config = load_config(ROOT / "sources.toml")
    kinds = {s.kind for s in config.sources}
    assert {"feed", "federal_register", "pubmed", "europe_pmc", "gdelt"} <= kinds
    assert "google_news" not in kinds  # opt-in: its terms restrict use
    assert config.crawl.allow_private_networks is False and config.crawl.contact
    for source in config.sources:
        if source.query:
            assert api_module(source.kind).search_url(source.query).startswith("https://")


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
