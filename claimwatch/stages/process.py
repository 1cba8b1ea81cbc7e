"""The process stage: captures -> versions -> clusters -> claims -> week-over-week claim changes.

Each step reads what the previous one stored and records what it did, so running the stage
again does nothing new, and a stage interrupted half-way resumes where it stopped. Extraction
(and the claims of each page) runs in a process pool on every core; the pool is sent fetch
rows (a WARC path and offset), never page bodies, and the warehouse is written in batches.
"""

import dataclasses
import datetime as dt
import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from claimwatch.stages.crawl import captures_dir
from claimwatch.core.faults import checkpoint
from claimwatch.core.progress import progress
from claimwatch.stages.run_lock import run_lock
from claimwatch.core.config import Config
from claimwatch.core.topic import Topic
from claimwatch.claims.diff import ClaimRef, diff_claims
from claimwatch.claims.claim_sentences import RULES, claim_row, claims_of
from crawlers.capture import read_capture
from claimwatch.extraction.dedup import BAND_BYTES, BANDS, THRESHOLD, signature, similarities
from claimwatch.extraction.main_text import decode_body, document_kind, extract_page
from claimwatch.extraction.pdf import PdfError, extract_pdf
from claimwatch.extraction.text import content_hash, normalize_text
from warehouse import db

BATCH = 500
POOL_MIN = 40  # fewer pages than this are quicker to do here than to hand to a pool
HTML_TYPES = ("text/html", "application/xhtml", "text/plain", "")


@dataclasses.dataclass
class ProcessResult:
    extracted: dict[str, int]
    versions: int
    claims: int
    changes: dict[str, int]  # week -> claim changes


def process(config: Config, db_file, weeks: set[str] = frozenset(), log=print, workers: int | None = None
            ) -> ProcessResult:
    with run_lock(db_file, log):
        started = _now()
        extracted, new_weeks, claims = extract_pending(config, db_file, log, workers)
        claims += extract_missing_claims(config, db_file)
        checkpoint("process.before_clusters")
        update_clusters(db_file)
        checkpoint("process.before_diff")
        changes = {week: diff_week(config, db_file, week) for week in sorted(set(weeks) | new_weeks)}
        result = ProcessResult(extracted, extracted.get("new_version", 0), claims, changes)
        with db.writer(db_file) as con:
            db.record_run(con, f"{started:%Y%m%dT%H%M%S}-process", "process", max(changes, default=None), started,
                          dataclasses.asdict(result))
        return result


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


# --- one page: runs in the worker processes --------------------------------------------------

_TOPIC: Topic | None = None
_ROOT: Path | None = None


def _init_worker(topic: Topic, root: Path) -> None:
    global _TOPIC, _ROOT
    _TOPIC, _ROOT = topic, root


def analyse(fetch: dict, topic: Topic | None = None, root: Path | None = None) -> dict:
    """Everything the stage needs from one capture: the rows of the version it becomes if its text
    is new (text, metadata, identity hash, signature) and of its claims.

    Returns {"outcome": "extracted" | "parse_error" | "empty" | "irrelevant", ...}. Never raises:
    crawled pages are hostile, and one bad page must not stop the others.
    """
    topic, root = topic or _TOPIC, root or _ROOT
    fetched_url = _fetched(fetch)
    media = (fetch["content_type"] or "").split(";")[0].strip().lower()
    if not (media.startswith(HTML_TYPES) or media == "application/pdf"):
        return {"outcome": "parse_error", "error": f"unsupported content type {media!r}"}
    try:
        body, header = read_capture(root, fetch["warc_file"], fetch["warc_offset"])
        if media == "application/pdf" or body[:5] == b"%PDF-":
            page = extract_pdf(body, fetched_url)
        else:
            page = extract_page(decode_body(body, header or fetch["content_type"]), fetched_url)
    except PdfError as exc:
        return {"outcome": "parse_error", "error": str(exc)[:500]}
    except Exception as exc:  # lxml and trafilatura raise many kinds on hostile pages; record it and go on
        return {"outcome": "parse_error", "error": f"{type(exc).__name__}: {exc}"[:500]}
    if page is None:
        return {"outcome": "empty", "error": "no main text found"}
    if not topic.mentioned_in(f"{page.title or ''}\n{page.text}"):
        return {"outcome": "irrelevant", "error": f"does not mention {topic.name}"}
    text = normalize_text(page.text)
    # the rows of the version this page becomes if its text is new: built here, on every core
    url, version_id = page.canonical, _version_id(page.canonical, fetch["fetch_id"])
    return {"outcome": "extracted", "url": url, "version": {
        "version_id": version_id, "url": url, "fetch_id": fetch["fetch_id"], "fetched_at": fetch["fetched_at"],
        "content_hash": content_hash(text, normalized=True),
        "week": fetch["week"], "title": page.title, "author": page.author, "published": page.published,
        "site": page.site, "kind": document_kind(fetch["document_kind"], page.page_type), "language": page.language,
        "text": text, "fetched_url": fetched_url, "modified": page.modified, "minhash": signature(text)},
        "claims": [claim_row(claim, version_id, url, fetch["week"]) for claim in claims_of(text, topic)]}


def _version_id(url: str, fetch_id: str) -> str:
    return hashlib.sha1(f"{url}\n{fetch_id}".encode()).hexdigest()[:16]


# --- the stage: runs here --------------------------------------------------------------------

def extract_pending(config: Config, db_file, log=print, workers: int | None = None
                    ) -> tuple[dict[str, int], set[str], int]:
    """Extract every unprocessed document fetch; a new version only when the identity text changed.

    Works batch by batch, in fetch order, so memory does not grow with the number of captures;
    an interrupted run resumes at the first fetch without an extraction row. The pool works on
    the next batch while this process writes the last one.
    """
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
        context.set_forkserver_preload([__name__])
        pool = ProcessPoolExecutor(workers, mp_context=context,
                                   max_tasks_per_child=5000, initializer=_init_worker,
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
                    next_bodies.update((url, bodies[url]) for url in {_fetched(f) for f in following} if url in bodies)
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
    return batch, _lookup(con, "body_state", {_fetched(f) for f in batch})


def _start(pool, batch: list[dict], bodies: dict, topic: Topic, root: Path):
    """(fetch_id, analysis) of the batch's fetches whose body is new: on the pool, started now, or
    here, one at a time as they are asked for."""
    todo = [f for f in batch if bodies.get(_fetched(f), (None,))[0] != f["body_hash"]]
    results = pool.map(analyse, todo, chunksize=8) if pool else (analyse(f, topic, root) for f in todo)
    return zip((f["fetch_id"] for f in todo), results)


def _lookup(con, query: str, urls: set[str]) -> dict[str, tuple]:
    """Rows of a state query for just these URLs: key -> the rest of the row."""
    import pyarrow as pa

    with db.registered(con, "_urls", {"url": pa.array(sorted(urls), pa.string())}):
        return {row[0]: tuple(row[1:]) for row in con.execute(db.query(query)).fetchall()}


def _fetched(fetch: dict) -> str:
    return fetch["final_url"].split("#")[0]


def _rows_for(batch: list[dict], analysed: dict[str, dict], versions_now: dict, bodies: dict) -> dict[str, list]:
    rows = {t: [] for t in ("page_versions", "claim_rows", "claim_extractions", "extractions")}
    for fetch in batch:
        now = _now()
        result = analysed.get(fetch["fetch_id"])
        if result is None:  # same body as the last processed fetch of this URL
            _, version_id, url = bodies[_fetched(fetch)]
            rows["extractions"].append(_extraction(fetch, url, "same_body", version_id, None, now))
            continue
        if result["outcome"] != "extracted":
            rows["extractions"].append(_extraction(fetch, _fetched(fetch), result["outcome"], None,
                                                   result["error"], now))
            continue
        url = result["url"]
        known = versions_now.get(url)
        if known and known[1] == result["version"]["content_hash"]:
            rows["extractions"].append(_extraction(fetch, url, "same_text", known[0], None, now))
            bodies[_fetched(fetch)] = (fetch["body_hash"], known[0], url)
            continue
        version_id = result["version"]["version_id"]
        rows["page_versions"].append(result["version"])
        rows["claim_rows"] += result["claims"]
        rows["claim_extractions"].append({"version_id": version_id, "claims": len(result["claims"]),
                                          "processed_at": now, "rules": RULES})
        rows["extractions"].append(_extraction(fetch, url, "new_version", version_id, None, now))
        versions_now[url] = (version_id, result["version"]["content_hash"])
        bodies[_fetched(fetch)] = (fetch["body_hash"], version_id, url)
    return rows


def _extraction(fetch, url, outcome, version_id, error, now) -> dict:
    return {"fetch_id": fetch["fetch_id"], "url": url, "outcome": outcome, "version_id": version_id,
            "error": error, "processed_at": now}


def extract_missing_claims(config: Config, db_file) -> int:
    """Claims of versions stored without them (by older code), or read by older rules than the
    current ones (claimwatch.claims.claim_sentences.RULES): read again from the stored text, a batch at a time, each
    batch in one transaction. Normally none, found without reading any text."""
    import pyarrow as pa

    written = 0
    while True:
        with db.writer(db_file) as con:
            missing = [v for (v,) in con.execute(db.query("versions_without_claims"),
                                                 {"limit": BATCH, "rules": RULES}).fetchall()]
            if not missing:
                return written
            with db.registered(con, "_ids", {"version_id": pa.array(missing, pa.string())}):
                versions = db.dicts(con.execute(db.query("version_texts")))
            rows, done = [], []
            for version in versions:
                found = claims_of(version["text"], config.topic)
                rows += [claim_row(c, version["version_id"], version["url"], version["week"]) for c in found]
                done.append({"version_id": version["version_id"], "claims": len(found), "processed_at": _now(),
                             "rules": RULES})
            con.execute("BEGIN")
            with db.registered(con, "_done", {k: [d[k] for d in done] for k in done[0]} if done else
                               {"version_id": pa.array([], pa.string())}):
                con.execute("DELETE FROM claim_rows WHERE version_id IN (SELECT version_id FROM _done)")
                # rows read by older rules are updated in place (a key deleted and inserted again in
                # one transaction is refused by DuckDB's index)
                con.execute("UPDATE claim_extractions e SET claims = d.claims, processed_at = d.processed_at, "
                            "rules = d.rules FROM _done d WHERE e.version_id = d.version_id")
                con.execute("INSERT INTO claim_extractions BY NAME SELECT * FROM _done "
                            "WHERE version_id NOT IN (SELECT version_id FROM claim_extractions)")
            db.append_rows(con, "claim_rows", rows)
            con.execute("COMMIT")
            written += len(rows)


def update_clusters(db_file) -> None:
    """Recompute duplicate clusters (see extraction/dedup.py) inside DuckDB: the pairs of copies,
    then their connected components, so memory here does not grow with the corpus."""
    from duckdb.sqltypes import BLOB, DOUBLE

    _backfill_signatures(db_file)
    with db.writer(db_file) as con:
        con.create_function("minhash_similarity", similarities, [BLOB, BLOB], DOUBLE, type="arrow",
                            side_effects=False)
        con.execute(db.query("cluster_current"))
        for kind in range(1 + BANDS):  # exact copies, then each band
            con.execute(db.query("cluster_edges"), {"kind": kind, "width": BAND_BYTES, "threshold": THRESHOLD})
        con.execute(db.query("cluster_nodes"))
        changed = True
        while changed:  # a few rounds: about the logarithm of the longest chain of copies
            changed = False
            for step in ("cluster_propagate", "cluster_shortcut"):
                changed |= con.execute(db.query(step)).fetchone()[0] > 0
        con.execute("BEGIN")
        con.execute(db.query("cluster_assign"))
        con.execute("COMMIT")


def _backfill_signatures(db_file) -> None:
    """Signatures of versions stored before they existed (warehouses older than migration 003),
    a batch at a time."""
    import pyarrow as pa

    while True:
        with db.writer(db_file) as con:
            missing = con.execute(db.query("versions_without_signature"), {"limit": BATCH}).fetchall()
            if not missing:
                return
            signatures = {version_id: signature(text) for version_id, text in missing}
            with db.registered(con, "_signatures", {"version_id": list(signatures),
                                                    "minhash": pa.array(signatures.values(), pa.binary())}):
                con.execute("UPDATE page_versions v SET minhash = s.minhash FROM _signatures s "
                            "WHERE v.version_id = s.version_id")


def _refs(con, version_id: str) -> list[ClaimRef]:
    rows = con.execute("SELECT claim_id, category, text, facts FROM claim_rows WHERE version_id = ? ORDER BY position",
                       [version_id]).fetchall()
    return [ClaimRef(cid, cat, text, json.loads(facts)) for cid, cat, text, facts in rows]


def diff_week(config: Config, db_file, week: str) -> int:
    """Recompute the claim changes of `week` (its rows are replaced whole)."""
    with db.writer(db_file) as con:
        pairs = con.execute(db.query("version_pairs"), {"week": week}).fetchall()
        claims = {vid: _refs(con, vid) for pair in pairs for vid in pair[1:3]}
    rows = []
    for url, before_id, after_id, before_text, after_text in pairs:
        for change in diff_claims(claims[before_id], claims[after_id], before_text, after_text, config.topic):
            rows.append({
                "week": week, "url": url, "category": change.category, "change_type": change.change_type,
                "before_text": change.before.text if change.before else None,
                "after_text": change.after.text if change.after else None,
                "severity": change.severity, "reason": change.reason,
                "before_version_id": before_id, "after_version_id": after_id,
                "before_claim_id": change.before.claim_id if change.before else None,
                "after_claim_id": change.after.claim_id if change.after else None,
            })
    with db.writer(db_file) as con:
        con.execute("BEGIN")
        con.execute("DELETE FROM claim_change_rows WHERE week = ?", [week])
        db.append_rows(con, "claim_change_rows", rows)
        con.execute("COMMIT")
    return len(rows)
