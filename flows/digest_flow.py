"""Flow: render (and send) the weekly digest, by default for the week that just ended."""

import datetime as dt

from prefect import flow

from flows.tasks import digest_task, send_task


@flow(name="claimwatch-digest")
def digest_flow(sources: str = "sources.toml", db: str = "data/claimwatch.duckdb", week: str | None = None,
                out: str = "digests", send: bool = False) -> dict:
    from claimwatch.weeks import iso_week

    week = week or iso_week(dt.date.today() - dt.timedelta(days=7))  # Monday's digest covers last week
    if send:
        return {"week": week, "sent": send_task(sources, db, week, out)}
    return digest_task(sources, db, week, out)
