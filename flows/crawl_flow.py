"""Flow: crawl every source once."""

from prefect import flow

from claimwatch.core.weeks import parse_date
from flows.deployment_settings import parameter, sources_file, warehouse_file
from flows.stage_tasks import crawl_task


@flow(name="claimwatch-crawl")
def crawl_flow(sources: str | None = None, db: str | None = None, as_of: str | None = None) -> dict:
    return crawl_task(str(sources_file(sources)), str(warehouse_file(db, must_exist=False)),
                      parameter("as_of", as_of, parse_date))
