"""The stages in order for one week, as plain functions: what `claimwatch run` and the demo call."""

import datetime as dt
from pathlib import Path

from claimwatch.core.config import Config
from claimwatch.stages.crawl import CrawlResult, crawl, describe_sources
from claimwatch.stages.executors import check_executor
from claimwatch.stages.process import ProcessResult, process


def run_week(config: Config, db_file: Path, as_of: dt.date | None = None, log=print, executor: str | None = None,
             captures: str | None = None) -> tuple[CrawlResult, ProcessResult]:
    """Crawl, process and diff claims for the ISO week containing `as_of` (default today); `executor`
    and `captures` as for claimwatch.stages.process."""
    check_executor(executor)  # a bad --executor fails before the crawl, not after it
    crawled = crawl(config, db_file, as_of, log=log)
    processed = process(config, db_file, weeks={crawled.week}, log=log, executor=executor, captures=captures)
    log(summary_line(processed, crawled))
    return crawled, processed


def summary_line(result: ProcessResult, crawled: CrawlResult | None = None) -> str:
    """One line on what a run did; it names the sources that failed, so the last line of a run says so."""
    extracted = ", ".join(f"{k} {v}" for k, v in sorted(result.extracted.items())) or "nothing new"
    changes = ", ".join(f"{w}: {n}" for w, n in sorted(result.changes.items())) or "none"
    line = f"process: {extracted}; {result.versions} new versions, {result.claims} claims; claim changes {changes}"
    failed = crawled.failed_sources if crawled else {}
    if crawled and failed:
        line += f"; {len(failed)} of {len(crawled.by_source)} sources failed: {describe_sources(failed)}"
    return line

