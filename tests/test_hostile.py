"""Hostile servers: every bad answer ends as a logged outcome while the rest of the crawl completes."""

import datetime as dt
import time

import duckdb
import pytest

from claimwatch.crawl import crawl
from claimwatch.process import process
from claimwatch.sources import load_config
from crawlers.middlewares import retry_delay
from tests.conftest import write_sources
from tests.hostile import HostileServer

WEEK = dt.date(2026, 11, 10)


@pytest.fixture
def hostile():
    server = HostileServer()
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
    private = HostileServer("127.0.0.1")
    public = HostileServer("127.0.0.2", redirect_target=f"{private.base}/good.html")
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
    when = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 25 <= retry_delay(when.encode(), 1, base=2.0, cap=120.0) <= 30
