"""Backfills: what versions stored by older code lack, filled in from their stored text, a batch at
a time (normally nothing to do, found without reading any text)."""

import datetime as dt

import pyarrow as pa

from claimwatch.claims.claim_sentences import RULES, claim_row, claims_of
from claimwatch.core.config import Config
from claimwatch.extraction.dedup import signature
from warehouse import db

BATCH = 500


def extract_missing_claims(config: Config, db_file) -> int:
    """Claims of versions stored without them (by older code), or read by older rules than the
    current ones (claimwatch.claims.claim_sentences.RULES): read again from the stored text, a batch at a time, each
    batch in one transaction. Normally none, found without reading any text."""
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
                done.append({"version_id": version["version_id"], "claims": len(found),
                             "processed_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
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


def backfill_signatures(db_file) -> None:
    """Signatures of versions stored before they existed (warehouses older than migration 003),
    a batch at a time."""
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
