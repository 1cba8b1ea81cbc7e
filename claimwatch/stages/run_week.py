"""The stages in order for one week, as plain functions: what `claimwatch run` and the demo call."""

import datetime as dt
from pathlib import Path

from claimwatch.core.config import Config
from claimwatch.core.errors import ClaimwatchError
from claimwatch.core.weeks import previous_week
from claimwatch.stages.crawl import CrawlResult, crawl, describe_sources
from claimwatch.stages.executors import check_executor
from claimwatch.stages.process import ProcessResult, process


def run_week(config: Config, db_file: Path, as_of: dt.date | None = None, log=print, executor: str | None = None,
             captures: str | None = None) -> tuple[CrawlResult, ProcessResult]:
    """Crawl, process and diff claims for the ISO week containing `as_of` (default today), then send the
    alerts of [notify], when the sources file has one; `executor` and `captures` as for
    claimwatch.stages.process."""
    check_executor(executor)  # a bad --executor fails before the crawl, not after it
    crawled = crawl(config, db_file, as_of, log=log)
    processed = process(config, db_file, weeks={crawled.week}, log=log, executor=executor, captures=captures)
    alerts = run_alerts(config, db_file, crawled.week, log) if config.notify else None
    log(summary_line(processed, crawled, alerts))
    return crawled, processed


def run_alerts(config: Config, db_file: Path, week: str, log=print) -> str:
    """A run's alerts: the pending ones of its week and the week before (so a failed send is tried again
    by the next run, even in a new week). What was crawled and stored stays; a failure is not the run's:
    the line returned names it, and the next run or `claimwatch notify` tries again."""
    from claimwatch.stages.alerts import send_alerts  # Apprise loads its plugins (~1 s): only when alerts are on

    try:
        return send_alerts(config, db_file, [previous_week(week), week], log=log).summary()
    except ClaimwatchError as exc:  # a missing secret, an unusable URL, the warehouse taken by another run
        return f"alerts not sent: {exc}"


def summary_line(result: ProcessResult, crawled: CrawlResult | None = None, alerts: str | None = None) -> str:
    """One line on what a run did; it names the sources that failed, so the last line of a run says so."""
    extracted = ", ".join(f"{k} {v}" for k, v in sorted(result.extracted.items())) or "nothing new"
    changes = ", ".join(f"{w}: {n}" for w, n in sorted(result.changes.items())) or "none"
    line = f"process: {extracted}; {result.versions} new versions, {result.claims} claims; claim changes {changes}"
    if alerts:
        line += f"; {alerts}"
    failed = crawled.failed_sources if crawled else {}
    if crawled and failed:
        line += f"; {len(failed)} of {len(crawled.by_source)} sources failed: {describe_sources(failed)}"
    return line

