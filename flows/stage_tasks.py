"""Prefect tasks: thin wrappers that add names and retries around the plain stage functions.

They pass paths and week names, never page bodies: the data stays in files and the warehouse.
Only failures that can pass are retried (network trouble, a busy warehouse, another run holding
it); a configuration error fails the run at once.
"""

import dataclasses
import datetime as dt
from pathlib import Path

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from claimwatch.core.config import load_config
from claimwatch.core.errors import is_transient
from claimwatch.stages.crawl import CrawlPlan, CrawlResult, crawl, crawl_shard, describe_sources, load_crawl, plan_crawl
from claimwatch.stages.process import process
from claimwatch.stages.run_week import run_alerts
from claimwatch.stages.weekly_digest import send_digest, write_digest


def _log():
    logger = get_run_logger()
    return logger.info


def retry_if_transient(task, task_run, state) -> bool:
    """Prefect's retry condition: retry only what may succeed later."""
    return is_transient(state.result(raise_on_failure=False))


@task(name="crawl", retries=2, retry_delay_seconds=[60, 300], retry_condition_fn=retry_if_transient)
def crawl_task(sources: str, db: str, as_of: dt.date | None = None) -> dict:
    return _crawled(crawl(load_config(sources), Path(db), as_of, log=_log()))


def _crawled(result: CrawlResult) -> dict:
    return {"run_id": result.run_id, "week": result.week, "outcomes": result.outcomes,
            "sources": len(result.by_source), "failed_sources": result.failed_sources}


@task(name="plan-crawl", retries=2, retry_delay_seconds=[60, 300], retry_condition_fn=retry_if_transient)
def plan_crawl_task(sources: str, db: str, as_of: dt.date | None, shards: int) -> dict:
    """The crawl's run folder and a job file per shard of the sources (a site is never in two)."""
    plan = plan_crawl(load_config(sources), Path(db), as_of, log=_log(), shards=shards)
    return {**dataclasses.asdict(plan), "run_dir": str(plan.run_dir), "jobs": [str(j) for j in plan.jobs]}


@task(name="crawl-shard", retries=2, retry_delay_seconds=[60, 300], retry_condition_fn=retry_if_transient)
def crawl_shard_task(job: str) -> str:
    """One shard in a Scrapy process of its own; it writes its WARC files and fetch log beside the
    others' (a retry replaces what its last attempt left)."""
    crawl_shard(Path(job), log=_log())
    return job


@task(name="load-crawl", retries=2, retry_delay_seconds=[60, 300], retry_condition_fn=retry_if_transient)
def load_crawl_task(sources: str, db: str, plan: dict) -> dict:
    """Every shard's fetch log into the warehouse, in one transaction (loading again replaces the run)."""
    crawl_plan = CrawlPlan(**{**plan, "run_dir": Path(plan["run_dir"]), "jobs": [Path(j) for j in plan["jobs"]]})
    return _crawled(load_crawl(load_config(sources), Path(db), crawl_plan, log=_log()))


@task(name="process", retries=2, retry_delay_seconds=[60, 300], retry_condition_fn=retry_if_transient)
def process_task(sources: str, db: str, weeks: list[str], executor: str | None = None) -> dict:
    """`executor`: None for the local process pool, or dask://HOST:PORT (the deployment's parameter)."""
    result = process(load_config(sources), Path(db), weeks=set(weeks), log=_log(), executor=executor)
    return {"extracted": result.extracted, "versions": result.versions, "claims": result.claims,
            "changes": result.changes}


@task(name="send-alerts")
def alerts_task(sources: str, db: str, week: str) -> str | None:
    """The run's alerts ([notify] in the sources file): a line saying what was sent and what failed, or
    None without [notify]. A failed alert does not fail the run: its summary names it, and the next run
    sends what is still pending."""
    config = load_config(sources)
    return run_alerts(config, Path(db), week, log=_log()) if config.notify else None


@task(name="render-digest", retries=2, retry_delay_seconds=[60, 300], retry_condition_fn=retry_if_transient)
def digest_task(sources: str, db: str, week: str, out: str) -> dict:
    digest, paths = write_digest(Path(db), week, Path(out), load_config(sources).topic)
    return {"subject": digest.subject, "html": str(paths["html"])}


@task(name="send-digest", retries=2, retry_delay_seconds=[300, 1800], retry_condition_fn=retry_if_transient)
def send_task(sources: str, db: str, week: str, out: str) -> bool:
    """Render and mail the digest (SMTP settings from CLAIMWATCH_SMTP_*); a week is sent once."""
    return send_digest(Path(db), week, Path(out), load_config(sources).topic, log=_log())


@task(name="publish-summary")
def summary_task(crawled: dict | None, processed: dict | None, digest: dict | None = None,
                 error: str | None = None, alerts: str | None = None) -> str:
    """A markdown table of the run's counts and failures, shown in the Prefect UI; its title is logged last."""
    markdown = summary_markdown(crawled, processed, digest, error, alerts)
    create_markdown_artifact(markdown=markdown, key="claimwatch-run-summary", description="claimwatch run summary")
    _log()(markdown.splitlines()[0].removeprefix("## "))
    return markdown


def summary_markdown(crawled: dict | None, processed: dict | None, digest: dict | None = None,
                     error: str | None = None, alerts: str | None = None) -> str:
    lines = ["| stage | measure | count |", "|---|---|---:|"]
    if crawled:
        for outcome, n in sorted(crawled["outcomes"].items()):
            lines.append(f"| crawl {crawled['week']} | fetches: {outcome} | {n} |")
    if processed:
        for outcome, n in sorted(processed["extracted"].items()):
            lines.append(f"| process | captures: {outcome} | {n} |")
        lines.append(f"| process | new versions | {processed['versions']} |")
        lines.append(f"| process | new claims | {processed['claims']} |")
        for week, n in sorted(processed["changes"].items()):
            lines.append(f"| claims | changes in {week} | {n} |")
    if digest:
        lines.append(f"| digest | {digest.get('subject', '')} | 1 |")
    if alerts:
        lines.append(f"| alerts | {alerts.replace('|', '/')} | |")
    failures = {k: v for k, v in (crawled or {}).get("outcomes", {}).items() if k not in ("ok", "not_modified")}
    failed_sources = (crawled or {}).get("failed_sources")
    if error:
        title = f"## claimwatch run failed: {error}"
    elif failed_sources:
        title = (f"## claimwatch run: {len(failed_sources)} of {crawled['sources']} sources failed: "
                 f"{describe_sources(failed_sources)}")
    else:
        title = "## claimwatch run: " + (", ".join(f"{v} {k}" for k, v in failures.items()) + " failures"
                                         if failures else "no failures")
    if alerts and ("failed" in alerts or "not sent" in alerts) and not error:
        title += f"; {alerts}"
    return title + "\n\n" + "\n".join(lines) + "\n"
