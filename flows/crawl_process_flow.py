"""Flow of the daily-crawl-process deployment: crawl, then process, for the current week (or the week of
`as_of`), then the alerts of [notify] when the sources file has one.

Two parameters spread the work (README, "Scaling out"): `crawl_shards` splits the sources by site into
that many shards, each crawled by its own Scrapy process as a task of its own, at the same time;
`executor` (dask://HOST:PORT) has a Dask cluster analyse the pages. By default one crawler process and
the local process pool do it all."""

from prefect import flow, get_run_logger

from claimwatch.core.weeks import parse_date
from claimwatch.stages.crawl import CrawlFailed
from flows.deployment_settings import executor_parameter, parameter, sources_file, warehouse_file
from flows.stage_tasks import (
    alerts_task,
    crawl_shard_task,
    crawl_task,
    load_crawl_task,
    plan_crawl_task,
    process_task,
    summary_task,
)


@flow(name="claimwatch-pipeline")
def crawl_process_flow(sources: str | None = None, db: str | None = None, as_of: str | None = None,
                       executor: str | None = None, crawl_shards: int = 1) -> dict:
    """`sources` and `db` default to CLAIMWATCH_SOURCES and CLAIMWATCH_DB (relative to CLAIMWATCH_HOME)."""
    sources, db = str(sources_file(sources)), str(warehouse_file(db, must_exist=False))
    as_of = parameter("as_of", as_of, parse_date)
    executor = executor_parameter(executor)
    get_run_logger().info(f"sources {sources}, warehouse {db}")
    try:
        crawled = crawl_task(sources, db, as_of) if crawl_shards <= 1 else _sharded_crawl(sources, db, as_of, crawl_shards)
    except CrawlFailed as exc:  # nothing was fetched: the run fails, and its summary says why
        summary_task(None, None, error=str(exc))
        raise
    processed = process_task(sources, db, [crawled["week"]], executor)
    alerts = alerts_task(sources, db, crawled["week"])  # a failed alert is named in the summary, not raised
    summary_task(crawled, processed, alerts=alerts)
    return {"crawl": crawled, "process": processed, "alerts": alerts}


def _sharded_crawl(sources: str, db: str, as_of, shards: int) -> dict:
    plan = plan_crawl_task(sources, db, as_of, shards)
    crawl_shard_task.map(plan["jobs"]).result()  # at the same time; a shard that fails fails the run
    return load_crawl_task(sources, db, plan)
