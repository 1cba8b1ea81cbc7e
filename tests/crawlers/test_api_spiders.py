"""The search-API spiders against the APIs replayed over HTTP (tests/helpers/api_replay.py): the
requests each makes, in order, how it pages, what it records. Entries point at the real sites; a
local DNS server answers that none of them exists, so nothing leaves this machine."""

import datetime as dt
import gzip
import os
from urllib.parse import parse_qs, urlsplit

import duckdb
import pytest

from claimwatch.core.config import load_config
from claimwatch.stages.crawl import crawl
from tests.helpers import write_sources
from tests.helpers.api_replay import EPMC_CURSOR_1, EPMC_CURSOR_2, PM_PAGE1_IDS, PM_PAGE2_IDS, api_site
from tests.helpers.dns import ScriptedDns

WEEK = dt.date(2026, 11, 17)
KEY = "ncbi-key-5f1e2d"
SOURCES = """
[[source]]
name = "FR"
kind = "federal_register"
query = "7-hydroxymitragynine"
endpoint = "{{BASE}}"

[[source]]
name = "PubMed"
kind = "pubmed"
query = "7-hydroxymitragynine"
endpoint = "{{BASE}}"
max_pages = %(pubmed_pages)d

[[source]]
name = "Europe PMC"
kind = "europe_pmc"
query = "7-hydroxymitragynine"
endpoint = "{{BASE}}"
max_pages = 5

[[source]]
name = "Google News"
kind = "google_news"
query = "7-OH ban"
endpoint = "{{BASE}}"

[[source]]
name = "GDELT"
kind = "gdelt"
query = "kratom"
endpoint = "{{BASE}}"

[[source]]
name = "GDELT busy"
kind = "gdelt"
query = "throttle kratom"
endpoint = "{{BASE}}"
"""


def run_crawl(tmp, pubmed_pages: int, only: str | None = None):
    """A crawl of the replayed APIs; (the server, the fetch rows by source, the captures folder)."""
    server, dns = api_site(), ScriptedDns({})  # no name resolves
    body = SOURCES % {"pubmed_pages": pubmed_pages}
    if only:
        body = "\n[[source]]".join(s for s in body.split("\n[[source]]") if f'name = "{only}"' in s or not s.strip())
    sources = write_sources(tmp / "s.toml", server.base, body)
    sources.write_text(sources.read_text().replace("download_delay = 0\n",
                                                   'download_delay = 0\ncontact = "NCBI ops <ops@example.org>"\n'))
    db_file = tmp / "w.duckdb"
    try:
        crawl(load_config(sources), db_file, WEEK, log=lambda m: None,
              crawler_settings={"CLAIMWATCH_DNS_SERVERS": [dns.address], "CLAIMWATCH_BACKOFF_BASE": 0.1})
    finally:
        server.stop()
        dns.stop()
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        rows = con.execute("SELECT source, role, url, outcome, error FROM fetch_log ORDER BY fetched_at").fetchall()
    finally:
        con.close()
    by_source: dict[str, list] = {}
    for source, role, url, outcome, error in rows:
        by_source.setdefault(source, []).append((role, url, outcome, error))
    return server, by_source, db_file.with_name("w-captures")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    os.environ["CLAIMWATCH_NCBI_API_KEY"] = KEY  # the crawler process reads it, as in production
    try:
        return run_crawl(tmp_path_factory.mktemp("apis"), pubmed_pages=2)
    finally:
        del os.environ["CLAIMWATCH_NCBI_API_KEY"]


def asked(server, path: str) -> list[dict[str, list[str]]]:
    """The query parameters of each request the server got for `path`, in order."""
    return [parse_qs(urlsplit(p).query, keep_blank_values=True) for _, p, _ in server.requests
            if urlsplit(p).path == path]


def searches(rows) -> list[str]:
    return [outcome for role, _, outcome, _ in rows if role == "search"]


def documents(rows) -> list[str]:
    return [url for role, url, _, _ in rows if role == "document"]


def test_federal_register_follows_next_page_url(crawled):
    server, rows, _ = crawled
    assert len(asked(server, "/api/v1/documents.json")) == 1
    second, = asked(server, "/api/v1/documents")  # next_page_url, sent to the endpoint as given
    assert second["page"] == ["2"] and second["search_after_cursor"] == ["WzE3ODQ4NTEyMDAwMDAsIjIwMjYtMTQyMzMiXQ"]
    assert searches(rows["FR"]) == ["ok", "ok"]
    assert len(documents(rows["FR"])) == 7
    assert all(outcome == "dns_error" for role, _, outcome, _ in rows["FR"] if role == "document")


def test_pubmed_reads_esearch_pages_and_their_summaries(crawled):
    server, rows, _ = crawled
    esearch, esummary = asked(server, "/entrez/eutils/esearch.fcgi"), asked(server, "/entrez/eutils/esummary.fcgi")
    assert [p.get("retstart") for p in esearch] == [None, ["5"]]  # max_pages = 2 esearch pages
    assert sorted(p["id"][0] for p in esummary) == sorted([PM_PAGE1_IDS, PM_PAGE2_IDS])
    for p in esearch + esummary:  # NCBI's identification, and the key
        assert p["tool"] == ["claimwatch"] and p["email"] == ["ops@example.org"] and p["api_key"] == [KEY]
    assert searches(rows["PubMed"]) == ["ok"] * 4
    assert sorted(documents(rows["PubMed"])) == sorted(
        f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" for pmid in (PM_PAGE1_IDS + "," + PM_PAGE2_IDS).split(","))


def test_the_api_key_is_sent_but_never_kept(crawled):
    _, rows, captures = crawled
    search_urls = [url for role, url, _, _ in rows["PubMed"] if role == "search"]
    assert all("api_key=REDACTED" in url for url in search_urls)
    kept = b"".join(gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
                    for p in captures.rglob("*") if p.is_file() and p.name != "job.json")
    assert b"api_key=REDACTED" in kept and KEY.encode() not in kept  # WARC, fetch logs, crawl log
    assert KEY not in (next(captures.rglob("job.json"))).read_text()


def test_europe_pmc_pages_by_cursor_until_it_stops(crawled):
    server, rows, _ = crawled
    assert [p["cursorMark"] for p in asked(server, "/europepmc/webservices/rest/search")] == [
        ["*"], [EPMC_CURSOR_1], [EPMC_CURSOR_2]]  # page 3 is empty and repeats the cursor: the end
    assert len(documents(rows["Europe PMC"])) == 7


def test_google_news_and_gdelt_list_their_entries(crawled):
    _, rows, _ = crawled
    assert searches(rows["Google News"]) == ["ok"] and len(documents(rows["Google News"])) == 6
    assert searches(rows["GDELT"]) == ["ok"] and len(documents(rows["GDELT"])) == 6


def test_gdelt_throttling_is_recorded_as_throttled(crawled):
    _, rows, _ = crawled
    (role, _, outcome, error), = rows["GDELT busy"]
    assert (role, outcome) == ("search", "throttled") and error.startswith("gdelt: Please limit requests")


def test_one_pubmed_page_gives_its_documents(tmp_path):
    server, rows, _ = run_crawl(tmp_path, pubmed_pages=1, only="PubMed")
    assert len(asked(server, "/entrez/eutils/esearch.fcgi")) == 1
    assert [p["id"] for p in asked(server, "/entrez/eutils/esummary.fcgi")] == [[PM_PAGE1_IDS]]
    assert len(documents(rows["PubMed"])) == 5
    assert "api_key" not in server.requests[-1][1]  # no key in the environment: none sent
