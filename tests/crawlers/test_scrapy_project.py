"""The crawlers are a Scrapy project a Scrapy user knows: `scrapy list` shows one spider per source kind,
and `scrapy crawl KIND -a ...` crawls one source (README, "The Scrapy project")."""

import json
import subprocess
import sys

from claimwatch.core.config import SOURCE_KINDS
from tests.helpers import ROOT


def scrapy(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "scrapy", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_scrapy_list_shows_a_spider_per_declared_source_kind():
    result = scrapy("list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == sorted(SOURCE_KINDS)


def fetch_rows(run_dir):
    return [json.loads(line) for line in (run_dir / "fetches-feed.jsonl").read_text().splitlines()]


def test_scrapy_crawl_one_feed(tmp_path, smallweb):
    run_dir = tmp_path / "captures"
    result = scrapy("crawl", "feed", "-a", f"url={smallweb.base}/feed.xml", "-a", "name=Smallweb",
                    "-s", "CLAIMWATCH_ALLOW_PRIVATE_NETWORKS=true",  # the test site is on 127.0.0.1
                    "-s", f"CLAIMWATCH_RUN_DIR={run_dir}", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING")
    assert result.returncode == 0, result.stderr
    rows = {(row["url"].removeprefix(smallweb.base), row["role"], row["outcome"]) for row in fetch_rows(run_dir)}
    assert rows == {("/feed.xml", "feed", "ok"), ("/news/pharmacists-warn.html", "document", "ok"),
                    ("/news/road-repairs.html", "document", "ok"), ("/news/missing.html", "document", "http_error"),
                    ("/private/p.html", "document", "robots_disallowed")}
    assert {row["source"] for row in fetch_rows(run_dir)} == {"Smallweb"}
    assert (run_dir / "feed.warc.gz").stat().st_size > 0


def test_scrapy_crawl_refuses_private_addresses_unless_told(tmp_path, smallweb):
    run_dir = tmp_path / "captures"
    result = scrapy("crawl", "feed", "-a", f"url={smallweb.base}/feed.xml", "-s", f"CLAIMWATCH_RUN_DIR={run_dir}",
                    "-s", "LOG_LEVEL=WARNING")
    assert result.returncode == 0, result.stderr
    assert [row["outcome"] for row in fetch_rows(run_dir)] == ["private_address_refused"]
    assert smallweb.requests == []
