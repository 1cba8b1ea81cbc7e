"""The week's claim changes: each document's last version up to the week against its last version up
to the week before, diffed (claimwatch.claims.diff) and stored, the week's rows replaced whole."""

import json

from claimwatch.claims.diff import ClaimRef, diff_claims
from claimwatch.core.config import Config
from warehouse import db


def diff_week(config: Config, db_file, week: str) -> int:
    """Recompute the claim changes of `week` (its rows are replaced whole)."""
    with db.writer(db_file) as con:
        pairs = con.execute(db.query("version_pairs"), {"week": week}).fetchall()
        claims = {vid: stored_claims(con, vid) for pair in pairs for vid in pair[1:3]}
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


def stored_claims(con, version_id: str) -> list[ClaimRef]:
    """A stored version's claims, in page order."""
    rows = con.execute("SELECT claim_id, category, text, facts FROM claim_rows WHERE version_id = ? ORDER BY position",
                       [version_id]).fetchall()
    return [ClaimRef(cid, cat, text, json.loads(facts)) for cid, cat, text, facts in rows]
