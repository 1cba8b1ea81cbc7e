"""The crawl split into shards by site: the split itself, and shards crawled by processes of their own
at the same time and loaded together, against the demo web served under two host names."""

import threading
from pathlib import Path

import duckdb

from claimwatch.core.config import Source, load_config
from claimwatch.demo.runner import SOURCES_TEMPLATE
from claimwatch.demo.web_server import DemoWeb
from claimwatch.stages.crawl import crawl, crawl_shard, load_crawl, plan_crawl
from claimwatch.stages.crawl_shards import shard_sources, source_sites


def page(name, *urls):
    return Source(name=name, kind="page", urls=tuple(urls))


def test_a_site_is_never_in_two_shards_and_every_source_is_in_one():
    sources = [page("a1", "https://a.example/1"), page("b", "https://b.example/"), page("a2", "https://A.example/2"),
               page("c", "https://c.example/x", "https://c.example/y", "https://c.example/z"),
               page("d+e", "https://d.example/", "https://e.example/"), page("e", "https://e.example/2"),
               Source(name="fr", kind="federal_register", query="7-OH"), page("f", "https://f.example/")]
    for count in (1, 2, 3, 4, 10):
        shards = shard_sources(sources, count)
        assert 1 <= len(shards) <= count
        assert sorted(s.name for shard in shards for s in shard) == sorted(s.name for s in sources)
        hosts = [set().union(*(source_sites(s) for s in shard)) for shard in shards]
        assert all(not (hosts[i] & hosts[j]) for i in range(len(hosts)) for j in range(i))
    three = shard_sources(sources, 3)
    assert len(three) == 3
    # largest group first, each to the lightest shard: 11 start URLs as 3, 4, 4
    assert sorted(sum(len(s.urls) or 1 for s in shard) for shard in three) == [3, 4, 4]
    assert len(shard_sources(sources, 100)) == 6  # a, b, c, d+e, the API, f


def two_host_sources(web, folder: Path) -> Path:
    """The demo's sources, the first three on 127.0.0.1 and the others on localhost: two sites."""
    text = SOURCES_TEMPLATE.read_text()
    head, _, tail = text.partition('name = "Harbor Light Recovery"')
    localhost = web.base.replace("127.0.0.1", "localhost")
    path = folder / "sources.toml"
    path.write_text(head.replace("{{BASE}}", web.base) + _ + tail.replace("{{BASE}}", localhost))
    return path


def fetch_rows(db_file):
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return con.execute("SELECT url, role, status, outcome, body_hash FROM fetch_log ORDER BY ALL").fetchall(), \
            con.execute("SELECT count(*), count(DISTINCT fetch_id) FROM fetch_log").fetchone()
    finally:
        con.close()


def test_shards_crawled_at_once_load_as_one_crawl(tmp_path):
    with DemoWeb() as web:
        config = load_config(two_host_sources(web, tmp_path))
        whole = tmp_path / "whole" / "w.duckdb"
        crawl(config, whole, web.week_dates[1], log=lambda m: None)

        sharded = tmp_path / "sharded" / "w.duckdb"
        plan = plan_crawl(config, sharded, web.week_dates[1], log=lambda m: None, shards=4)
        assert [p.name for p in plan.jobs] == ["job-s1.json", "job-s2.json"]  # two sites, two shards
        crawlers = [threading.Thread(target=crawl_shard, args=(job, lambda m: None)) for job in plan.jobs]
        for thread in crawlers:
            thread.start()
        for thread in crawlers:
            thread.join()
        files = sorted(p.name for p in plan.run_dir.iterdir())
        # each shard wrote its own files: the pages on localhost (the heavier site) are s1
        assert {"s1-page.warc.gz", "fetches-s1-page.jsonl", "crawl-s1.log", "s2-feed.warc.gz", "s2-sitemap.warc.gz",
                "fetches-s2-feed.jsonl", "fetches-s2-sitemap.jsonl", "crawl-s2.log"} <= set(files), files
        assert not [f for f in files if f.endswith(".part")]
        first = load_crawl(config, sharded, plan, log=lambda m: None)
        rows, (count, distinct) = fetch_rows(sharded)
        assert rows == fetch_rows(whole)[0] and count == distinct == first.fetched

        # a shard run again (a retry) replaces its own captures; loading again replaces the run
        crawl_shard(plan.jobs[1], log=lambda m: None)
        again = load_crawl(config, sharded, plan, log=lambda m: None)
        assert again.outcomes == first.outcomes
        rows, (count, distinct) = fetch_rows(sharded)
        assert rows == fetch_rows(whole)[0] and count == distinct == first.fetched
