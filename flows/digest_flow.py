"""Flow of the weekly-digest deployment: render (and send) the digest, by default of the week that just
ended."""

import datetime as dt

from prefect import flow

from claimwatch.core.config import DEFAULT_DIGESTS
from claimwatch.core.weeks import iso_week, parse_week
from flows.deployment_settings import output_folder, parameter, sources_file, warehouse_file
from flows.stage_tasks import digest_task, send_task


@flow(name="claimwatch-digest")
def digest_flow(sources: str | None = None, db: str | None = None, week: str | None = None,
                out: str = DEFAULT_DIGESTS, send: bool = False) -> dict:
    """`sources` and `db` default to CLAIMWATCH_SOURCES and CLAIMWATCH_DB; relative paths (and `out`) are
    taken from CLAIMWATCH_HOME. Sending takes the CLAIMWATCH_SMTP_* variables of the worker's environment."""
    sources, db, out = str(sources_file(sources)), str(warehouse_file(db, must_exist=True)), str(output_folder(out))
    # Monday's digest covers the week that just ended
    week = parameter("week", week, parse_week) or iso_week(dt.date.today() - dt.timedelta(days=7))
    if send:
        return {"week": week, "sent": send_task(sources, db, week, out)}
    return digest_task(sources, db, week, out)
