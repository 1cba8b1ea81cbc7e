"""Extraction of every capture not processed yet, batch by batch, on a local process pool or a Dask
cluster (claimwatch.stages.executors): a new version only when a page's identity text changed.

Works in fetch order, so memory does not grow with the number of captures; an interrupted run
resumes at the first fetch without an extraction row. The workers analyse the next batch while this
process writes the last one; they are sent fetch rows in chunks, and only this process writes.
"""

import datetime as dt
from pathlib import Path

import pyarrow as pa

from claimwatch.claims.claim_sentences import RULES
from claimwatch.core.config import Config
from claimwatch.core.faults import checkpoint
from claimwatch.core.paths import captures_dir
from claimwatch.core.progress import progress
from claimwatch.core.topic import Topic
from claimwatch.stages.executors import PageExecutor, default_workers, page_executor
from claimwatch.stages.page_analysis import analyse_chunk, fetched
from warehouse import db

BATCH = 500
CHUNK = 20  # pages per task: few enough tasks that handing them out costs little, enough to share a batch out
POOL_MIN = 40  # fewer pages than this are quicker to do here than to hand to a local pool


def extract_pending(config: Config, db_file, log=print, workers: int | None = None, executor: str | None = None,
                    captures: str | None = None, page_delay: float = 0.0) -> tuple[dict[str, int], set[str], int]:
    """Extract every unprocessed document fetch: (outcome counts, weeks with new versions, claims written).

    `executor`: None or `local` (a pool of `workers` processes, default one per core) or
    `dask://HOST:PORT`. `captures`: where the workers read the captures, a folder or an fsspec URL
    (default: the folder beside the warehouse). `page_delay`: tests only, see analyse_chunk."""
    with db.writer(db_file) as con:
        total = con.execute(db.query("pending_count")).fetchall()[0][0]
    counts: dict[str, int] = {}
    weeks: set[str] = set()
    claims_written = done = 0
    root = captures or str(Path(captures_dir(db_file)).resolve())
    with page_executor(executor, workers or default_workers(), total, POOL_MIN) as pool:
        with progress("process: captures", total=total, log=log) as update:
            with db.writer(db_file) as con:
                batch, bodies = _next_batch(con, None)
            running = _start(pool, batch, bodies, config.topic, root, page_delay)
            while batch:
                analysed = _collect(pool, running)
                with db.writer(db_file) as con:
                    versions_now = _lookup(con, "url_state", {r["url"] for r in analysed.values() if "url" in r})
                    rows = _rows_for(batch, analysed, versions_now, bodies)
                    # the workers start on the next batch while this one is written; what this
                    # batch learnt about bodies is newer than the warehouse's
                    following, next_bodies = _next_batch(con, batch[-1])
                    next_bodies.update((url, bodies[url]) for url in {fetched(f) for f in following} if url in bodies)
                    running = _start(pool, following, next_bodies, config.topic, root, page_delay)
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
    return counts, weeks, claims_written


def _next_batch(con, after: dict | None) -> tuple[list[dict], dict[str, tuple]]:
    """The next unprocessed fetches after `after` (in fetch order), and the body state of their URLs."""
    batch = db.dicts(con.execute(db.query("pending_fetches"), {
        "limit": BATCH, "after_at": after and after["fetched_at"], "after_id": after and after["fetch_id"]}))
    return batch, _lookup(con, "body_state", {fetched(f) for f in batch})


def _start(pool: PageExecutor, batch: list[dict], bodies: dict, topic: Topic, root: str, page_delay: float
           ) -> list[tuple[list[str], object]]:
    """(fetch ids, future of their analyses) for the batch's fetches whose body is new, in chunks."""
    todo = [f for f in batch if bodies.get(fetched(f), (None,))[0] != f["body_hash"]]
    chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
    return [([f["fetch_id"] for f in chunk], pool.submit(analyse_chunk, chunk, topic, root, page_delay))
            for chunk in chunks]


def _collect(pool: PageExecutor, running: list[tuple[list[str], object]]) -> dict[str, dict]:
    """fetch_id -> analysis, once every chunk is done."""
    analysed: dict[str, dict] = {}
    for fetch_ids, future in running:
        analysed.update(zip(fetch_ids, pool.result(future), strict=True))
    return analysed


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
