"""Hostile servers: every bad answer ends as a logged outcome while the rest of the crawl completes."""

import dataclasses
import datetime as dt
import gzip
import time

import duckdb
import pytest

from claimwatch.core.config import load_config
from claimwatch.stages.crawl import crawl
from claimwatch.stages.process import process
from crawlers.middlewares import retry_delay
from tests.helpers import write_sources
from tests.helpers.hostile_site import NOT_HTTP, hostile_site

WEEK = dt.date(2026, 11, 10)


@pytest.fixture
def hostile():
    server = hostile_site()
    yield server
    server.stop()


def outcomes(db_file):
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return {url.rsplit("/", 1)[1]: (outcome, error) for url, outcome, error in
                con.execute("SELECT url, outcome, error FROM fetches ORDER BY fetched_at").fetchall()}
    finally:
        con.close()


def test_hostile_pages_are_logged_and_the_crawl_completes(tmp_path, hostile):
    pages = ["good.html", "slow.html", "huge.html", "bomb.html", "loop.html", "cp1252.html", "binary.html",
             "gone.html", "flaky.html", "private/secret.html"]
    body = ("[[source]]\nname = \"Hostile pages\"\nkind = \"page\"\nurls = [" +
            ", ".join(f'"{{{{BASE}}}}/{p}"' for p in pages) + "]\n\n"
            "[[source]]\nname = \"Broken feed\"\nkind = \"feed\"\nurl = \"{{BASE}}/malformed.xml\"\n\n"
            "[[source]]\nname = \"Broken API\"\nkind = \"federal_register\"\nquery = \"7-OH\"\nendpoint = \"{{BASE}}\"\n")
    sources = write_sources(tmp_path / "s.toml", hostile.base, body)
    sources.write_text(sources.read_text().replace("download_delay = 0\n",
                                                   "download_delay = 0\ntimeout_seconds = 2\nmax_bytes = 100000\n"))
    config = load_config(sources)
    db_file = tmp_path / "w.duckdb"
    started = time.monotonic()
    crawl(config, db_file, WEEK, log=lambda m: None)
    process(config, db_file, log=lambda m: None)
    elapsed = time.monotonic() - started
    found = outcomes(db_file)
    assert {name: outcome for name, (outcome, _) in found.items()} == {
        "good.html": "ok",
        "slow.html": "timeout",
        "huge.html": "too_large",
        "bomb.html": "too_large",
        "loop.html": "too_many_redirects",
        "cp1252.html": "ok",
        "binary.html": "empty",
        "gone.html": "http_error",
        "flaky.html": "ok",
        "secret.html": "robots_disallowed",
        "malformed.xml": "parse_error",
        "documents.json?conditions%5Bterm%5D=7-OH&order=newest&per_page=20&fields%5B%5D=title&fields%5B%5D=type&"
        "fields%5B%5D=abstract&fields%5B%5D=action&fields%5B%5D=document_number&fields%5B%5D=html_url&"
        "fields%5B%5D=pdf_url&fields%5B%5D=public_inspection_pdf_url&fields%5B%5D=publication_date&"
        "fields%5B%5D=agencies&fields%5B%5D=docket_ids&fields%5B%5D=comments_close_on&fields%5B%5D=effective_on&"
        "fields%5B%5D=excerpts": "parse_error",
    }
    assert all(error for name, (outcome, error) in found.items() if outcome not in ("ok",))
    assert hostile.hits["/flaky.html"] == 2  # retried once, after the Retry-After second
    assert elapsed < 60
    con = duckdb.connect(str(db_file), read_only=True)
    texts = dict(con.execute("SELECT url, text FROM versions").fetchall())
    cafe = next(t for u, t in texts.items() if u.endswith("cp1252.html"))
    assert '"We stopped selling 7-OH shots in March," said the caf\u00e9 owner' in cafe  # quotes normalized


def test_redirect_from_a_public_site_to_a_private_address_is_refused(tmp_path):
    private = hostile_site("127.0.0.1")
    public = hostile_site("127.0.0.2", redirect_target=f"{private.base}/good.html")
    try:
        body = '[[source]]\nname = "Public"\nkind = "page"\nurls = ["{{BASE}}/to-private.html", "{{BASE}}/good.html"]\n'
        config = load_config(write_sources(tmp_path / "s.toml", public.base, body, allow_private=False))
        db_file = tmp_path / "w.duckdb"
        # 127.0.0.2 plays a public site: an explicit crawler setting, never the environment
        crawl(config, db_file, WEEK, log=lambda m: None, crawler_settings={"CLAIMWATCH_TREAT_AS_PUBLIC": ["127.0.0.2"]})
    finally:
        public.stop()
        private.stop()
    found = outcomes(db_file)
    assert found["good.html"][0] == "ok"
    assert found["to-private.html"][0] == "private_address_refused" and "127.0.0.1" in found["to-private.html"][1]
    assert private.hits == {}  # the private server was never contacted


@pytest.mark.parametrize("header, attempt, expected", [
    (b"7", 1, 7.0), (None, 1, 2.0), (None, 3, 8.0), (b"9999", 1, 120.0), (b"soon", 2, 4.0), (None, 10, 120.0),
])
def test_retry_delay(header, attempt, expected):
    assert retry_delay(header, attempt, base=2.0, cap=120.0) == expected


def test_retry_delay_http_date():
    when = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 25 <= retry_delay(when.encode(), 1, base=2.0, cap=120.0) <= 30



def crawl_rows(db_file, columns="url, role, outcome, error, bytes"):
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return con.execute(f"SELECT {columns} FROM fetches ORDER BY fetched_at").fetchall()
    finally:
        con.close()


def test_only_http_urls_are_fetched_whatever_their_origin(tmp_path, hostile, monkeypatch):
    """Feed entries, sitemap URLs and API answers that point at file:, data:, ftp: or are malformed
    get a row each and never stop the good URL after them; nothing outside http(s) is read."""
    secret = "env-secret-7f3a9c"
    monkeypatch.setenv("CLAIMWATCH_SMTP_PASSWORD", secret)  # what file:/proc/self/environ would leak
    hostile.routes.api_answer = "not_http"
    body = ('[[source]]\nname = "Feed"\nkind = "feed"\nurl = "{{BASE}}/not-http.xml"\n\n'
            '[[source]]\nname = "Sitemap"\nkind = "sitemap"\nurl = "{{BASE}}/not-http-sitemap.xml"\n\n'
            '[[source]]\nname = "API"\nkind = "federal_register"\nquery = "7-OH"\nendpoint = "{{BASE}}"\n')
    db_file = tmp_path / "w.duckdb"
    crawl(load_config(write_sources(tmp_path / "s.toml", hostile.base, body)), db_file, WEEK, log=lambda m: None)
    rows = crawl_rows(db_file, "source, role, url, outcome, error")
    for source in ("Feed", "Sitemap", "API"):
        got = [(url, outcome, error) for s, role, url, outcome, error in rows if s == source and role == "document"]
        assert [o for _, o, _ in got if o not in ("unsupported_url", "bad_url")] == ["ok"], got  # the last entry
        assert sum(o == "bad_url" for _, o, _ in got) == 2 and sum(o == "unsupported_url" for _, o, _ in got) == 7
        assert all(error for _, o, error in got if o != "ok")
        if source != "Feed":  # feedparser tidies some URLs (file:///dev/zero -> file://dev/zero)
            assert {url for url, o, _ in got if o != "ok"} == set(NOT_HTTP)
    captures = b"".join(gzip.decompress(p.read_bytes()) for p in db_file.parent.rglob("*.warc.gz"))
    assert secret.encode() not in captures and b"root:" not in captures
    assert secret not in "".join(p.read_text() for p in db_file.parent.rglob("*.jsonl"))


def test_no_handler_fetches_another_scheme():
    """Behind the spiders' and the middleware's checks, Scrapy has no handler left for another scheme."""
    from scrapy.utils.python import without_none_values

    from claimwatch.core.config import CrawlSettings
    from crawlers.job import build_settings

    job = {"crawl": dataclasses.asdict(CrawlSettings()), "run_dir": "/nonexistent", "run_id": "r",
           "clock_offset_seconds": 0}
    assert set(without_none_values(build_settings(job).getwithbase("DOWNLOAD_HANDLERS"))) == {"http", "https"}


def test_headers_count_against_the_size_limit(tmp_path, hostile):
    body = '[[source]]\nname = "Pages"\nkind = "page"\nurls = ["{{BASE}}/huge-headers.html", "{{BASE}}/good.html"]\n'
    db_file = tmp_path / "w.duckdb"
    crawl(load_config(write_sources(tmp_path / "s.toml", hostile.base, body)), db_file, WEEK, log=lambda m: None)
    found = {url.rsplit("/", 1)[1]: (outcome, error, size) for url, _, outcome, error, size in crawl_rows(db_file)}
    assert found["good.html"][0] == "ok"
    outcome, error, size = found["huge-headers.html"]
    assert outcome == "too_large" and "headers" in error and size is None


def test_a_sitemap_index_cannot_fan_out_without_end(tmp_path, hostile):
    """10 child indexes a level, 3 levels: 1,111 sitemaps before the cap; now at most 1 + MAX_SITEMAPS."""
    from crawlers.spiders.sitemap import MAX_SITEMAPS

    body = '[[source]]\nname = "Fan"\nkind = "sitemap"\nurl = "{{BASE}}/fanout/index.xml"\n'
    db_file = tmp_path / "w.duckdb"
    crawl(load_config(write_sources(tmp_path / "s.toml", hostile.base, body)), db_file, WEEK, log=lambda m: None)
    rows = crawl_rows(db_file)
    sitemaps = [r for r in rows if r[1] == "sitemap"]
    assert len(sitemaps) == 1 + MAX_SITEMAPS
    assert sum(n for path, n in hostile.hits.items() if path.startswith("/fanout/")) == 1 + MAX_SITEMAPS
    assert any(error and "child sitemaps not followed" in error for _, _, _, error, _ in sitemaps)


def test_max_urls_bounds_what_a_feed_leads_to(tmp_path, hostile):
    body = '[[source]]\nname = "Big"\nkind = "feed"\nurl = "{{BASE}}/big-feed.xml"\nmax_urls = 10\n'
    db_file = tmp_path / "w.duckdb"
    crawl(load_config(write_sources(tmp_path / "s.toml", hostile.base, body)), db_file, WEEK, log=lambda m: None)
    rows = crawl_rows(db_file)
    assert sum(role == "document" for _, role, *_ in rows) == 10
    feed_error = next(error for _, role, _, error, _ in rows if role == "feed")
    assert "40 of 50 URLs not followed" in feed_error and "max_urls (10)" in feed_error


def test_one_sites_429_storm_does_not_hold_the_others(tmp_path):
    """One site's feed lists 40 pages that all answer 429 with Retry-After: 5; another site's feed (the
    same spider, so the same downloader) answers a second later. Its page is fetched at once, not
    after the storming site's wait: waiting is per site. (Before: it waited the Retry-After.)"""
    storm = hostile_site("127.0.0.1", retry_after=5)
    other = hostile_site("127.0.0.2")
    try:
        body = (f'[[source]]\nname = "Storm"\nkind = "feed"\nurl = "{storm.base}/storm-feed.xml"\n\n'
                '[[source]]\nname = "Other"\nkind = "feed"\nurl = "{{BASE}}/slow-feed.xml"\n')
        db_file = tmp_path / "w.duckdb"
        crawl(load_config(write_sources(tmp_path / "s.toml", other.base, body)), db_file, WEEK, log=lambda m: None,
              crawler_settings={"RETRY_TIMES": 1})  # one retry is enough to show the wait, and halves the test
    finally:
        storm.stop()
        other.stop()
    storm_hits = [(t, path) for t, path in storm.hit_times if path.startswith("/storm/")]
    first_storm = storm_hits[0][0]
    first_retry = next(t for i, (t, path) in enumerate(storm_hits) if path in {p for _, p in storm_hits[:i]})
    feed_answered = next(t for t, path in other.hit_times if path == "/slow-feed.xml") + 1.0
    page_fetched = next(t for t, path in other.hit_times if path == "/good.html")
    assert first_storm < feed_answered < first_retry  # the other page came while the storm was waiting
    assert first_retry - first_storm >= 4.5  # the storming site's Retry-After was kept...
    assert page_fetched - feed_answered < 2.5  # ...and the other site did not wait for it
    assert all(storm.hits[f"/storm/{i}.html"] == 2 for i in range(40))  # first try + the retry each
    outcomes = [outcome for _, _, outcome, _, _ in crawl_rows(db_file)]
    assert outcomes.count("http_error") == 40 and outcomes.count("ok") == 3
