"""Flow: a whole week in one go: crawl, process, then the digest of that week."""

from prefect import flow

from flows.tasks import crawl_task, digest_task, process_task, summary_task


@flow(name="claimwatch-weekly")
def weekly_flow(sources: str = "sources.toml", db: str = "data/claimwatch.duckdb", as_of: str | None = None,
                out: str = "digests") -> dict:
    from claimwatch.weeks import parse_date

    crawled = crawl_task(sources, db, parse_date(as_of) if as_of else None)
    processed = process_task(sources, db, [crawled["week"]])
    digest = digest_task(sources, db, crawled["week"], out)
    summary_task(crawled, processed, digest)
    return {"crawl": crawled, "process": processed, "digest": digest}
