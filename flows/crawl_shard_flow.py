"""Flow of the crawl-shard deployment: one shard of a daily crawl, on whichever worker of the pool takes
it. The daily run (shard_placement "pool") writes the job file and loads what the shard leaves beside it,
so the job's folder (the warehouse's captures folder) must be a path every worker reaches: a shared volume."""

from prefect import flow

from flows.stage_tasks import crawl_shard_task


@flow(name="claimwatch-crawl-shard")
def crawl_shard_flow(job: str) -> str:
    """`job`: the shard's job file, as the daily run's plan-crawl wrote it."""
    return crawl_shard_task(job)
