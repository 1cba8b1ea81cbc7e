"""The process stage: captures -> versions -> clusters -> claims -> week-over-week claim changes.

Each step reads what the previous one stored and records what it did, so running the stage
again does nothing new, and a stage interrupted half-way resumes where it stopped.
"""

import dataclasses
import datetime as dt
from collections.abc import Iterable

from claimwatch.core.config import Config
from claimwatch.core.faults import checkpoint
from claimwatch.stages.backfills import backfill_signatures, extract_missing_claims
from claimwatch.stages.claim_changes import diff_week
from claimwatch.stages.clusters import update_clusters
from claimwatch.stages.executors import check_executor
from claimwatch.stages.extract_pending import extract_pending
from claimwatch.stages.run_lock import run_lock
from warehouse import db


@dataclasses.dataclass
class ProcessResult:
    extracted: dict[str, int]
    versions: int
    claims: int
    changes: dict[str, int]  # week -> claim changes


def process(config: Config, db_file, weeks: Iterable[str] = (), log=print, workers: int | None = None,
            executor: str | None = None, captures: str | None = None, page_delay: float = 0.0) -> ProcessResult:
    """`executor`: where pages are analysed, the local process pool (None or `local`, `workers`
    processes) or `dask://HOST:PORT`; `captures`: where the workers read the captures (default the
    folder beside the warehouse); `page_delay`: tests only (claimwatch.stages.page_analysis)."""
    check_executor(executor)
    with run_lock(db_file, log):
        started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        extracted, new_weeks, claims = extract_pending(config, db_file, log, workers, executor, captures, page_delay)
        claims += extract_missing_claims(config, db_file)
        checkpoint("process.before_clusters")
        backfill_signatures(db_file)
        update_clusters(db_file)
        checkpoint("process.before_diff")
        changes = {week: diff_week(config, db_file, week) for week in sorted(set(weeks) | new_weeks)}
        result = ProcessResult(extracted, extracted.get("new_version", 0), claims, changes)
        with db.writer(db_file) as con:
            db.record_run(con, f"{started:%Y%m%dT%H%M%S}-process", "process", max(changes, default=None), started,
                          dataclasses.asdict(result))
        return result
