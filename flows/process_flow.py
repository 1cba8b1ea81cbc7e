"""Flow: extract, version, cluster and diff what the crawls stored."""

from prefect import flow

from claimwatch.stages.run_week import default_week
from claimwatch.core.weeks import parse_week
from flows.deployment_settings import parameter, sources_file, warehouse_file
from flows.stage_tasks import process_task


@flow(name="claimwatch-process")
def process_flow(sources: str | None = None, db: str | None = None, week: str | None = None) -> dict:
    return process_task(str(sources_file(sources)), str(warehouse_file(db, must_exist=True)),
                        [parameter("week", week, parse_week) or default_week()])
