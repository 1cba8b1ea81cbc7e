"""The process stage: captures -> versions -> clusters -> claims -> week-over-week claim changes.

Each step reads what the previous one stored and records what it did, so running the stage
again does nothing new, and a stage interrupted half-way resumes where it stopped.
"""

import dataclasses
import datetime as dt
import hashlib
import json

from claimwatch.crawl import captures_dir
from claimwatch.faults import checkpoint
from claimwatch.progress import progress
from claimwatch.runlock import run_lock
from claimwatch.sources import Config
from claims.diff import ClaimRef, diff_claims
from claims.extract import claim_rows
from crawlers.capture import read_capture
from extraction.dedup import cluster_ids
from extraction.extract import decode_body, document_kind, extract_page
from extraction.pdf import PdfError, extract_pdf
from extraction.text import content_hash, normalize_text
from warehouse import db

BATCH = 500
HTML_TYPES = ("text/html", "application/xhtml", "text/plain", "")


@dataclasses.dataclass
class ProcessResult:
    extracted: dict[str, int]
    versions: int
    claims: int
    changes: dict[str, int]  # week -> claim changes


def process(config: Config, db_file, weeks: set[str] = frozenset(), log=print) -> ProcessResult:
    with run_lock(db_file, log):
        started = _now()
        extracted, new_weeks = extract_pending(config, db_file, log)
        versions = extracted.get("new_version", 0)
        claims = extract_claims(config, db_file)
        checkpoint("process.before_clusters")
        update_clusters(db_file)
        checkpoint("process.before_diff")
        changes = {week: diff_week(config, db_file, week) for week in sorted(set(weeks) | new_weeks)}
        result = ProcessResult(extracted, versions, claims, changes)
        with db.writer(db_file) as con:
            db.record_run(con, f"{started:%Y%m%dT%H%M%S}-process", "process", max(changes, default=None), started,
                          dataclasses.asdict(result))
        return result


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def extract_pending(config: Config, db_file, log=print) -> tuple[dict[str, int], set[str]]:
    """Extract every unprocessed document fetch; a new version only when the normalized text changed."""
    with db.writer(db_file) as con:
        pending = db.dicts(con.execute(db.query("pending_fetches")))
        state = {row[0]: dict(zip(("version_id", "content_hash", "body_hash", "outcome"), row[1:]))
                 for row in con.execute(db.query("url_state")).fetchall()}
    counts: dict[str, int] = {}
    weeks: set[str] = set()
    root = captures_dir(db_file)
    with progress("process: captures", total=len(pending), log=log) as update:
        for start in range(0, len(pending), BATCH):
            extractions, versions = [], []
            for fetch in pending[start:start + BATCH]:
                extraction, version = _extract_one(fetch, state, root, config)
                extractions.append(extraction)
                counts[extraction["outcome"]] = counts.get(extraction["outcome"], 0) + 1
                if version:
                    versions.append(version)
                    weeks.add(version["week"])
                update(start + len(extractions))
            # versions and the extractions that record them commit together: a crash leaves neither
            with db.writer(db_file) as con:
                con.execute("BEGIN")
                db.append_rows(con, "page_versions", versions)
                checkpoint("process.in_write")
                db.append_rows(con, "extractions", extractions)
                con.execute("COMMIT")
            checkpoint("process.after_batch")
    return counts, weeks


def _extract_one(fetch: dict, state: dict, root, config: Config) -> tuple[dict, dict | None]:
    url = fetch["final_url"].split("#")[0]
    known = state.setdefault(url, {"version_id": None, "content_hash": None, "body_hash": None, "outcome": None})
    row = {"fetch_id": fetch["fetch_id"], "url": url, "version_id": None, "error": None, "processed_at": _now()}

    def done(outcome: str, version: dict | None = None, error: str | None = None):
        row.update(outcome=outcome, error=error, version_id=version["version_id"] if version else row["version_id"])
        known.update(body_hash=fetch["body_hash"], outcome=outcome)
        return row, version

    if fetch["body_hash"] == known["body_hash"] and known["outcome"] in ("new_version", "same_text", "same_body"):
        row["version_id"] = known["version_id"]
        return done("same_body")  # identical bytes: no re-extraction
    media = (fetch["content_type"] or "").split(";")[0].strip().lower()
    if not (media.startswith(HTML_TYPES) or media == "application/pdf"):
        return done("parse_error", error=f"unsupported content type {media!r}")
    try:
        body, header = read_capture(root, fetch["warc_file"], fetch["warc_offset"])
        if media == "application/pdf" or body[:5] == b"%PDF-":
            page = extract_pdf(body, url)
        else:
            page = extract_page(decode_body(body, header or fetch["content_type"]), url)
    except PdfError as exc:
        return done("parse_error", error=str(exc)[:500])
    except Exception as exc:  # hostile page: lxml and trafilatura raise many kinds; record it, never stop the run
        return done("parse_error", error=f"{type(exc).__name__}: {exc}"[:500])
    if page is None:
        return done("empty", error="no main text found")
    if not config.topic.mentioned_in(f"{page.title or ''}\n{page.text}"):
        return done("irrelevant", error=f"does not mention {config.topic.name}")
    text_hash = content_hash(page.text)
    if text_hash == known["content_hash"]:
        row["version_id"] = known["version_id"]
        return done("same_text")
    version = {
        "version_id": hashlib.sha1(f"{url}\n{fetch['fetch_id']}".encode()).hexdigest()[:16],
        "url": url, "fetch_id": fetch["fetch_id"], "fetched_at": fetch["fetched_at"], "week": fetch["week"],
        "content_hash": text_hash, "title": page.title, "author": page.author, "published": page.published,
        "site": page.site, "kind": document_kind(fetch["document_kind"], page.page_type),
        "language": page.language, "text": normalize_text(page.text),
    }
    known.update(version_id=version["version_id"], content_hash=text_hash)
    return done("new_version", version)


def extract_claims(config: Config, db_file) -> int:
    with db.writer(db_file) as con:
        versions = db.dicts(con.execute(db.query("versions_without_claims")))
    total = 0
    for start in range(0, len(versions), BATCH):
        rows, done = [], []
        for version in versions[start:start + BATCH]:
            found = claim_rows(version, config.topic)
            rows.extend(found)
            done.append({"version_id": version["version_id"], "claims": len(found), "processed_at": _now()})
        with db.writer(db_file) as con:
            con.execute("BEGIN")
            db.append_rows(con, "claim_rows", rows)
            db.append_rows(con, "claim_extractions", done)
            con.execute("COMMIT")
        total += len(rows)
    return total


def update_clusters(db_file) -> None:
    with db.writer(db_file) as con:
        docs = con.execute(db.query("cluster_input")).fetchall()
    clusters = cluster_ids(docs)
    with db.writer(db_file) as con:
        con.execute("BEGIN")
        con.execute("DELETE FROM document_clusters")
        db.append_rows(con, "document_clusters", [{"url": u, "cluster_id": c} for u, c in clusters.items()])
        con.execute("COMMIT")


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
