"""Run one crawl job in this process: `python -m crawlers.job JOB.json`.

Twisted's reactor cannot be restarted, so every crawl is its own process (claimwatch.stages.crawl starts
it). The job file names the run directory, the sources by kind (one spider per kind, named after it),
the crawl settings and any explicit Scrapy settings; the validators for conditional GET sit beside it.
The results are the WARC files and fetch logs in the run directory.
"""

import json
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from claimwatch.core import faults
from crawlers import settings as defaults
from crawlers.capture import CAPTURE_FAILED


def build_settings(job: dict) -> Settings:
    settings = Settings()
    settings.setmodule(defaults, priority="project")
    crawl = job["crawl"]
    user_agent = crawl["user_agent"]
    if crawl.get("contact"):
        user_agent = f"{user_agent} contact: {crawl['contact']}"
    settings.setdict({
        "USER_AGENT": user_agent,
        "DOWNLOAD_DELAY": crawl["download_delay"],
        "AUTOTHROTTLE_START_DELAY": max(crawl["download_delay"], 0.01),
        "DOWNLOAD_TIMEOUT": crawl["timeout_seconds"],
        "DOWNLOAD_MAXSIZE": crawl["max_bytes"],
        "CLAIMWATCH_ALLOW_PRIVATE_NETWORKS": crawl["allow_private_networks"],
        "CLAIMWATCH_CONTACT": crawl.get("contact"),
        "CLAIMWATCH_RUN_DIR": job["run_dir"],
        "CLAIMWATCH_RUN_ID": job["run_id"],
        "CLAIMWATCH_CLOCK_OFFSET": job["clock_offset_seconds"],
        "CLAIMWATCH_VALIDATORS": str(Path(job["run_dir"]) / "validators.json"),
        # a shard of a crawl (claimwatch.stages.crawl_shards) names its files after itself
        "CLAIMWATCH_CAPTURE_PREFIX": f"{job['shard']}-" if job.get("shard") else "",
        "LOG_FILE": str(Path(job["run_dir"]) / (f"crawl-{job['shard']}.log" if job.get("shard") else "crawl.log")),
    }, priority="cmdline")
    # Explicit Scrapy settings from the caller of claimwatch.stages.crawl.crawl (tests: a local DNS server,
    # addresses that stand in for public sites). Nothing reads them from the environment.
    settings.setdict(job.get("settings", {}), priority="cmdline")
    return settings


def run(job: dict) -> int:
    """Crawl; the exit status is 0, or CAPTURE_FAILED when captures could not be written."""
    faults.arm(job.get("crash_point"))
    process = CrawlerProcess(build_settings(job), install_root_handler=True)
    crawlers = []
    for kind, sources in job["sources"].items():
        crawlers.append(process.create_crawler(kind))  # the spider named after the kind
        process.crawl(crawlers[-1], sources=sources, revisit=job.get("revisit", {}))
    process.start()
    failed = any(c.stats.get_value("claimwatch/capture_error") for c in crawlers)
    return CAPTURE_FAILED if failed else 0


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        sys.exit(run(json.load(f)))
