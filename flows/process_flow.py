"""Flow: extract, version, cluster and diff what the crawls stored."""

from prefect import flow

from flows.tasks import process_task


@flow(name="claimwatch-process")
def process_flow(sources: str = "sources.toml", db: str = "data/claimwatch.duckdb", week: str | None = None) -> dict:
    from claimwatch.pipeline import default_week

    return process_task(sources, db, [week or default_week()])
