"""The crawl stage against a real local site: outcomes, WARC captures, conditional GET, guards."""

import datetime as dt

import duckdb
import pytest

from claimwatch.core.config import load_config
from claimwatch.core.errors import is_transient
from claimwatch.stages.crawl import CrawlFailed, crawl
from crawlers.capture import read_capture
from tests.helpers import write_sources

WEEK1 = dt.date(2026, 11, 10)
WEEK2 = dt.date(2026, 11, 17)


def fetches(db_file):
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return con.execute("SELECT url, role, status, outcome, warc_file, warc_offset, week, error "
                           "FROM fetch_log ORDER BY fetched_at, fetch_id").fetchall()
    finally:
        con.close()


def by_path(rows, base):
    return {(r[0].removeprefix(base), r[3]) for r in rows}


def test_first_crawl_records_every_attempt(tmp_path, smallweb, smallweb_config):
    db_file = tmp_path / "w.duckdb"
    result = crawl(smallweb_config, db_file, WEEK1, log=lambda m: None)
    assert result.week == "2026-W46"
    rows = fetches(db_file)
    assert by_path(rows, smallweb.base) == {
        ("/feed.xml", "ok"),
        ("/news/pharmacists-warn.html", "ok"),
        ("/news/road-repairs.html", "ok"),
        ("/news/missing.html", "http_error"),
        ("/private/p.html", "robots_disallowed"),
    }
    assert {r[6] for r in rows} == {"2026-W46"}
    # the page's body is in the WARC file exactly as served
    page = next(r for r in rows if r[0].endswith("pharmacists-warn.html"))
    body, content_type = read_capture(db_file.with_name("w-captures"), page[4], page[5])
    assert b"Three people were treated" in body and content_type.startswith("text/html")
    # the crawler identified itself
    agents = {h.get("User-Agent") for method, path, h in smallweb.requests if not path.endswith("robots.txt")}
    assert all(a.startswith("claimwatch/") for a in agents)


def test_second_crawl_of_unchanged_site_is_conditional(tmp_path, smallweb, smallweb_config):
    from claimwatch.stages.process import process

    db_file = tmp_path / "w.duckdb"
    crawl(smallweb_config, db_file, WEEK1, log=lambda m: None)
    process(smallweb_config, db_file, log=lambda m: None)
    smallweb.requests.clear()
    crawl(smallweb_config, db_file, WEEK2, log=lambda m: None)
    second = [r for r in fetches(db_file) if r[6] == "2026-W47"]
    # the feed and the stored page are asked for conditionally and answered 304
    assert by_path(second, smallweb.base) == {("/feed.xml", "not_modified"), ("/news/pharmacists-warn.html", "not_modified")}
    conditional = [h for m, p, h in smallweb.requests if p in ("/feed.xml", "/news/pharmacists-warn.html")]
    assert conditional and all("If-None-Match" in h for h in conditional)
    process(smallweb_config, db_file, log=lambda m: None)
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT count(*) FROM versions").fetchone()[0] == 1  # no new version, nothing re-extracted
    assert con.execute("SELECT count(*) FROM extractions").fetchone()[0] == 2  # the first crawl's two pages
    con.close()


def test_private_addresses_refused_unless_allowed(tmp_path, smallweb):
    body = '[[source]]\nname = "Smallweb"\nkind = "feed"\nurl = "{{BASE}}/feed.xml"\n'
    config = load_config(write_sources(tmp_path / "s.toml", smallweb.base, body, allow_private=False))
    db_file = tmp_path / "w.duckdb"
    with pytest.raises(CrawlFailed) as failed:  # no source answered: the crawl failed, and says why
        crawl(config, db_file, WEEK1, log=lambda m: None)
    assert str(failed.value) == ("crawl 2026-W46 failed: no source produced a successful fetch: "
                                 "Smallweb (private_address_refused 1)")
    assert not failed.value.transient  # refused by configuration: trying again cannot help
    rows = fetches(db_file)  # what was tried is kept, for `status` and the fetches view
    assert [(r[3], r[2]) for r in rows] == [("private_address_refused", None)]
    assert "127.0.0.1" in rows[0][7]
    assert smallweb.requests == []  # nothing reached the server


def test_no_source_reachable_is_a_failure_worth_retrying(tmp_path):
    body = '[[source]]\nname = "Dead"\nkind = "feed"\nurl = "http://127.0.0.1:9/feed.xml"\n'
    config = load_config(write_sources(tmp_path / "s.toml", "", body))
    with pytest.raises(CrawlFailed) as failed:
        crawl(config, tmp_path / "w.duckdb", WEEK1, log=lambda m: None)
    assert "no source produced a successful fetch: Dead (connection_error 1)" in str(failed.value)
    assert failed.value.transient and is_transient(failed.value)


def test_dead_source_does_not_stop_the_others(tmp_path, smallweb):
    body = ('[[source]]\nname = "Dead"\nkind = "feed"\nurl = "http://127.0.0.1:9/feed.xml"\n\n'
            '[[source]]\nname = "Smallweb"\nkind = "page"\nurls = ["{{BASE}}/news/pharmacists-warn.html"]\n')
    config = load_config(write_sources(tmp_path / "s.toml", smallweb.base, body))
    db_file = tmp_path / "w.duckdb"
    lines = []
    result = crawl(config, db_file, WEEK1, log=lines.append)
    assert result.outcomes == {"connection_error": 1, "ok": 1}
    assert result.failed_sources == {"Dead": {"connection_error": 1}}
    assert lines[-1].endswith("; 1 of 2 sources failed: Dead (connection_error 1)")


def test_progress_counts_a_log_renamed_under_it(tmp_path):
    """The crawler renames fetches-*.jsonl.part when it finishes a log: progress must not crash the run."""
    from claimwatch.stages.crawl import _count_lines

    (tmp_path / "fetches-feed.jsonl").write_text("{}\n{}\n")
    assert _count_lines(tmp_path / "fetches-feed.jsonl") == 2
    assert _count_lines(tmp_path / "fetches-feed.jsonl.part") == 0  # gone since the glob
