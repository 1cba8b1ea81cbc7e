"""Extraction of every capture not processed yet, batch by batch, on a process pool: a new version
only when a page's identity text changed.

Works in fetch order, so memory does not grow with the number of captures; an interrupted run
resumes at the first fetch without an extraction row. The pool works on the next batch while this
process writes the last one.
"""

import datetime as dt
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyarrow as pa

from claimwatch.claims.claim_sentences import RULES
from claimwatch.core.config import Config
from claimwatch.core.faults import checkpoint
from claimwatch.core.paths import captures_dir
from claimwatch.core.progress import progress
from claimwatch.core.topic import Topic
from claimwatch.stages import page_analysis
from claimwatch.stages.page_analysis import analyse, fetched
from warehouse import db

BATCH = 500
POOL_MIN = 40  # fewer pages than this are quicker to do here than to hand to a pool


def extract_pending(config: Config, db_file, log=print, workers: int | None = None
                    ) -> tuple[dict[str, int], set[str], int]:
    """Extract every unprocessed document fetch: (outcome counts, weeks with new versions, claims written)."""
    with db.writer(db_file) as con:
        total = con.execute(db.query("pending_count")).fetchall()[0][0]
    counts: dict[str, int] = {}
    weeks: set[str] = set()
    claims_written = done = 0
    root = captures_dir(db_file)
    workers = workers or os.cpu_count() or 1
    pool = None
    if workers > 1 and total >= POOL_MIN:
        # forkserver: workers start clean (no DuckDB or lock state from this process); recycled
        # now and then so that what a worker accumulates does not grow with the corpus. The
        # server imports this module once, so a new worker does not spend 1.5 s importing it.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([page_analysis.__name__])
        pool = ProcessPoolExecutor(workers, mp_context=context,
                                   max_tasks_per_child=5000, initializer=page_analysis.init_worker,
                                   initargs=(config.topic, root))
    try:
        with progress("process: captures", total=total, log=log) as update:
            with db.writer(db_file) as con:
                batch, bodies = _next_batch(con, None)
            running = _start(pool, batch, bodies, config.topic, root)
            while batch:
                analysed = dict(running)
                with db.writer(db_file) as con:
                    versions_now = _lookup(con, "url_state", {r["url"] for r in analysed.values() if "url" in r})
                    rows = _rows_for(batch, analysed, versions_now, bodies)
                    # the workers start on the next batch while this one is written; what this
                    # batch learnt about bodies is newer than the warehouse's
                    following, next_bodies = _next_batch(con, batch[-1])
                    next_bodies.update((url, bodies[url]) for url in {fetched(f) for f in following} if url in bodies)
                    running = _start(pool, following, next_bodies, config.topic, root)
                    # a version, its claims and signature, and the extraction row recording them
                    # commit together: a crash leaves all or none
                    con.execute("BEGIN")
                    db.append_rows(con, "page_versions", rows["page_versions"])
                    checkpoint("process.in_write")
                    for table in ("claim_rows", "claim_extractions", "extractions"):
                        db.append_rows(con, table, rows[table])
                    con.execute("COMMIT")
                checkpoint("process.after_batch")
                for row in rows["extractions"]:
                    counts[row["outcome"]] = counts.get(row["outcome"], 0) + 1
                weeks |= {v["week"] for v in rows["page_versions"]}
                claims_written += len(rows["claim_rows"])
                done += len(batch)
                update(done)
                batch, bodies = following, next_bodies
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    return counts, weeks, claims_written


def _next_batch(con, after: dict | None) -> tuple[list[dict], dict[str, tuple]]:
    """The next unprocessed fetches after `after` (in fetch order), and the body state of their URLs."""
    batch = db.dicts(con.execute(db.query("pending_fetches"), {
        "limit": BATCH, "after_at": after and after["fetched_at"], "after_id": after and after["fetch_id"]}))
    return batch, _lookup(con, "body_state", {fetched(f) for f in batch})


def _start(pool, batch: list[dict], bodies: dict, topic: Topic, root: Path):
    """(fetch_id, analysis) of the batch's fetches whose body is new: on the pool, started now, or
    here, one at a time as they are asked for."""
    todo = [f for f in batch if bodies.get(fetched(f), (None,))[0] != f["body_hash"]]
    results = pool.map(analyse, todo, chunksize=8) if pool else (analyse(f, topic, root) for f in todo)
    return zip((f["fetch_id"] for f in todo), results, strict=True)


def _lookup(con, query: str, urls: set[str]) -> dict[str, tuple]:
    """Rows of a state query for just these URLs: key -> the rest of the row."""
    with db.registered(con, "_urls", {"url": pa.array(sorted(urls), pa.string())}):
        return {row[0]: tuple(row[1:]) for row in con.execute(db.query(query)).fetchall()}


def _rows_for(batch: list[dict], analysed: dict[str, dict], versions_now: dict, bodies: dict) -> dict[str, list]:
    rows: dict[str, list] = {t: [] for t in ("page_versions", "claim_rows", "claim_extractions", "extractions")}
    for fetch in batch:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        result = analysed.get(fetch["fetch_id"])
        if result is None:  # same body as the last processed fetch of this URL
            _, version_id, url = bodies[fetched(fetch)]
            rows["extractions"].append(_extraction(fetch, url, "same_body", version_id, None, now))
            continue
        if result["outcome"] != "extracted":
            rows["extractions"].append(_extraction(fetch, fetched(fetch), result["outcome"], None,
                                                   result["error"], now))
            continue
        url = result["url"]
        known = versions_now.get(url)
        if known and known[1] == result["version"]["content_hash"]:
            rows["extractions"].append(_extraction(fetch, url, "same_text", known[0], None, now))
            bodies[fetched(fetch)] = (fetch["body_hash"], known[0], url)
            continue
        version_id = result["version"]["version_id"]
        rows["page_versions"].append(result["version"])
        rows["claim_rows"] += result["claims"]
        rows["claim_extractions"].append({"version_id": version_id, "claims": len(result["claims"]),
                                          "processed_at": now, "rules": RULES})
        rows["extractions"].append(_extraction(fetch, url, "new_version", version_id, None, now))
        versions_now[url] = (version_id, result["version"]["content_hash"])
        bodies[fetched(fetch)] = (fetch["body_hash"], version_id, url)
    return rows


def _extraction(fetch, url, outcome, version_id, error, now) -> dict:
    return {"fetch_id": fetch["fetch_id"], "url": url, "outcome": outcome, "version_id": version_id,
            "error": error, "processed_at": now}
