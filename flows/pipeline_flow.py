"""Flow: the daily pipeline, crawl then process, for the current week (or the week of `as_of`)."""

from prefect import flow

from flows.tasks import crawl_task, process_task, summary_task


@flow(name="claimwatch-pipeline")
def pipeline_flow(sources: str = "sources.toml", db: str = "data/claimwatch.duckdb", as_of: str | None = None) -> dict:
    from claimwatch.weeks import parse_date

    crawled = crawl_task(sources, db, parse_date(as_of) if as_of else None)
    processed = process_task(sources, db, [crawled["week"]])
    summary_task(crawled, processed)
    return {"crawl": crawled, "process": processed}
