"""Flow of the daily-crawl-process deployment: crawl, then process, for the current week (or the week of
`as_of`), then the alerts of [notify] when the sources file has one."""

from prefect import flow, get_run_logger

from claimwatch.core.weeks import parse_date
from claimwatch.stages.crawl import CrawlFailed
from flows.deployment_settings import parameter, sources_file, warehouse_file
from flows.stage_tasks import alerts_task, crawl_task, process_task, summary_task


@flow(name="claimwatch-pipeline")
def crawl_process_flow(sources: str | None = None, db: str | None = None, as_of: str | None = None) -> dict:
    """`sources` and `db` default to CLAIMWATCH_SOURCES and CLAIMWATCH_DB (relative to CLAIMWATCH_HOME)."""
    sources, db = str(sources_file(sources)), str(warehouse_file(db, must_exist=False))
    as_of = parameter("as_of", as_of, parse_date)
    get_run_logger().info(f"sources {sources}, warehouse {db}")
    try:
        crawled = crawl_task(sources, db, as_of)
    except CrawlFailed as exc:  # nothing was fetched: the run fails, and its summary says why
        summary_task(None, None, error=str(exc))
        raise
    processed = process_task(sources, db, [crawled["week"]])
    alerts = alerts_task(sources, db, crawled["week"])  # a failed alert is named in the summary, not raised
    summary_task(crawled, processed, alerts=alerts)
    return {"crawl": crawled, "process": processed, "alerts": alerts}
