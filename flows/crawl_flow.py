"""Flow: crawl every source once."""

from prefect import flow

from flows.tasks import crawl_task


@flow(name="claimwatch-crawl")
def crawl_flow(sources: str = "sources.toml", db: str = "data/claimwatch.duckdb", as_of: str | None = None) -> dict:
    from claimwatch.weeks import parse_date

    return crawl_task(sources, db, parse_date(as_of) if as_of else None)
