"""Flow of the daily-crawl-process deployment: crawl, then process, for the current week (or the week of
`as_of`), then the alerts of [notify] when the sources file has one.

Two parameters spread the work (README, "Scaling out"): `crawl_shards` splits the sources by site into
that many shards, each crawled by its own Scrapy process at the same time: as a task of this run
(`shard_placement` "local", the default) or as a run of the crawl-shard deployment that any worker of the
pool can take ("pool"; the captures folder must then be on a volume every worker shares);
`executor` (dask://HOST:PORT) has a Dask cluster analyse the pages. By default one crawler process and
the local process pool do it all."""

import time

from prefect import flow, get_run_logger
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment

from claimwatch.core.errors import UsageError
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
                       executor: str | None = None, crawl_shards: int = 1, shard_placement: str = "local") -> dict:
    """`sources` and `db` default to CLAIMWATCH_SOURCES and CLAIMWATCH_DB (relative to CLAIMWATCH_HOME)."""
    if shard_placement not in PLACEMENTS:
        raise UsageError(f"the `shard_placement` parameter: {shard_placement!r}: expected `local` or `pool`")
    sources, db = str(sources_file(sources)), str(warehouse_file(db, must_exist=False))
    as_of = parameter("as_of", as_of, parse_date)
    executor = executor_parameter(executor)
    get_run_logger().info(f"sources {sources}, warehouse {db}")
    try:
        crawled = crawl_task(sources, db, as_of) if crawl_shards <= 1 else _sharded_crawl(sources, db, as_of, crawl_shards,
                                                                                        shard_placement)
    except CrawlFailed as exc:  # nothing was fetched: the run fails, and its summary says why
        summary_task(None, None, error=str(exc))
        raise
    processed = process_task(sources, db, [crawled["week"]], executor)
    alerts = alerts_task(sources, db, crawled["week"])  # a failed alert is named in the summary, not raised
    summary_task(crawled, processed, alerts=alerts)
    return {"crawl": crawled, "process": processed, "alerts": alerts}


PLACEMENTS = ("local", "pool")
SHARD_DEPLOYMENT = "claimwatch-crawl-shard/crawl-shard"  # prefect.yaml
POLL_SECONDS = 2


def _sharded_crawl(sources: str, db: str, as_of, shards: int, placement: str) -> dict:
    plan = plan_crawl_task(sources, db, as_of, shards)
    if placement == "pool":
        _crawl_on_the_pool(plan["jobs"])
    else:
        crawl_shard_task.map(plan["jobs"]).result()  # at the same time; a shard that fails fails the run
    return load_crawl_task(sources, db, plan)


def _crawl_on_the_pool(jobs: list[str]) -> None:
    """A crawl-shard deployment run per job, all started before any is waited for; a shard run that does
    not end Completed fails this run, named."""
    runs = [run_deployment(name=SHARD_DEPLOYMENT, parameters={"job": job}, timeout=0, as_subflow=True)
            for job in jobs]
    get_run_logger().info(f"{len(runs)} crawl-shard runs started: " + ", ".join(r.name for r in runs))
    pending = {run.id: job for run, job in zip(runs, jobs, strict=True)}
    failed = []
    with get_client(sync_client=True) as client:
        while pending:
            time.sleep(POLL_SECONDS)
            for run_id in list(pending):
                run = client.read_flow_run(run_id)
                if run.state and run.state.is_final():
                    job = pending.pop(run_id)
                    if not run.state.is_completed():
                        failed.append(f"{run.name} ({job}): {run.state.name}: {run.state.message or ''}".rstrip(": "))
    if failed:
        raise CrawlFailed(f"{len(failed)} of {len(jobs)} crawl shards failed: " + "; ".join(failed))
