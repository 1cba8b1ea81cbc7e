import pytest

from claimwatch.errors import ConfigError
from claimwatch.sources import load_config

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

    config = load_config(Path(__file__).parent.parent / "sources.toml")
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
