"""Flow: a whole week in one go: crawl, process, then the digest of that week."""

from prefect import flow

from claimwatch.core.weeks import parse_date
from flows.deployment_settings import output_folder, parameter, sources_file, warehouse_file
from flows.stage_tasks import crawl_task, digest_task, process_task, summary_task


@flow(name="claimwatch-weekly")
def weekly_flow(sources: str | None = None, db: str | None = None, as_of: str | None = None,
                out: str = "digests") -> dict:
    sources, db, out = str(sources_file(sources)), str(warehouse_file(db, must_exist=False)), str(output_folder(out))
    crawled = crawl_task(sources, db, parameter("as_of", as_of, parse_date))
    processed = process_task(sources, db, [crawled["week"]])
    digest = digest_task(sources, db, crawled["week"], out)
    summary_task(crawled, processed, digest)
    return {"crawl": crawled, "process": processed, "digest": digest}
