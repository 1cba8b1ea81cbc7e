"""Migrations, views and batched writes on a real DuckDB file."""

import duckdb
import pytest

from claimwatch.stages.process import update_clusters
from warehouse import db

VIEW_COLUMNS = {
    "documents": ["url", "site", "kind", "title", "first_seen", "last_seen", "cluster_id"],
    "versions": ["version_id", "url", "fetched_at", "week", "content_hash", "title", "author", "published", "text"],
    "claims": ["claim_id", "version_id", "url", "week", "category", "text"],
    "claim_changes": ["url", "week", "category", "change_type", "before_text", "after_text", "severity"],
    "fetches": ["url", "fetched_at", "status", "outcome", "bytes", "error"],
    "digests": ["week", "created_at", "sent_at", "recipients", "subject"],
}


def test_views_have_the_contract_columns(tmp_path):
    with db.writer(tmp_path / "w.duckdb") as con:
        for view, required in VIEW_COLUMNS.items():
            columns = [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]
            assert columns[: len(required)] == required, view


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        first = con.execute("SELECT version, name FROM schema_migrations").fetchall()
        assert first[:2] == [(1, "001_initial.sql"), (2, "002_fetch_metadata.sql")]
        assert db.migrate(con) == []
    with db.writer(path) as con:
        assert con.execute("SELECT version, name FROM schema_migrations").fetchall() == first


def test_newer_warehouse_is_refused_and_untouched(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO schema_migrations VALUES (999, '999_future.sql', now())")
    before = path.read_bytes()
    with pytest.raises(db.WarehouseError, match="schema version 999 is newer"):
        with db.writer(path):
            pass
    assert path.read_bytes() == before


def test_append_rows_is_one_batch(tmp_path):
    rows = [{"version_id": str(i), "claims": i, "processed_at": "2026-11-17 10:00:00"} for i in range(10_000)]
    with db.writer(tmp_path / "w.duckdb") as con:
        assert db.append_rows(con, "claim_extractions", rows) == 10_000
        assert con.execute("SELECT count(*), sum(claims) FROM claim_extractions").fetchone() == (10_000, 49_995_000)


def test_reader_is_read_only(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.writer(path):
        pass
    with db.reader(path) as con:
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("DELETE FROM digest_log")


def test_older_warehouse_is_migrated_in_place(tmp_path, monkeypatch):
    path = tmp_path / "w.duckdb"
    everything, views = db._migrations(), db._views()
    # the warehouse as the code of migration 001 left it (its views did not know `notices`)
    monkeypatch.setattr(db, "_migrations", lambda: everything[:1])
    monkeypatch.setattr(db, "_views", lambda: [v for v in views if "VIEW notices" not in v])
    with db.writer(path) as con:
        con.execute("INSERT INTO fetch_log (fetch_id, run_id, source, role, url, fetched_at, week, outcome) "
                    "VALUES ('f1', 'r1', 's', 'document', 'https://x.example/a', '2026-11-10', '2026-W46', 'ok')")
    monkeypatch.setattr(db, "_migrations", lambda: everything)
    monkeypatch.setattr(db, "_views", lambda: views)
    with db.writer(path) as con:
        versions = [v for (v,) in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
        assert versions == [v for v, _, _ in everything]
        assert con.execute("SELECT fetch_id, metadata FROM fetch_log").fetchall() == [("f1", None)]
        assert con.execute("SELECT count(*) FROM notices").fetchone() == (0,)


def test_claim_rows_keep_their_rows_without_the_primary_key(tmp_path, monkeypatch):
    # migration 004 rebuilds claim_rows without its index; a second write of a version's claims is
    # still refused, by the claim_extractions row written in the same transaction
    path = tmp_path / "w.duckdb"
    everything = db._migrations()
    monkeypatch.setattr(db, "_migrations", lambda: everything[:3])
    claim = {"claim_id": "c1", "version_id": "v1", "url": "https://a.example/1", "week": "2026-W46", "position": 0,
             "category": "dosage", "text": "Each tablet contains 15 mg of 7-OH.", "facts": "{}"}
    done = {"version_id": "v1", "claims": 1, "processed_at": "2026-11-10"}
    with db.writer(path) as con:
        db.append_rows(con, "claim_rows", [claim])
        db.append_rows(con, "claim_extractions", [done])
    monkeypatch.setattr(db, "_migrations", lambda: everything)
    with db.writer(path) as con:
        assert con.execute("SELECT constraint_type FROM duckdb_constraints() WHERE table_name = 'claim_rows' "
                           "AND constraint_type <> 'NOT NULL'").fetchall() == []
        con.execute("BEGIN")
        db.append_rows(con, "claim_rows", [claim])
        with pytest.raises(duckdb.ConstraintException):
            db.append_rows(con, "claim_extractions", [done])
        con.execute("ROLLBACK")
        db.append_rows(con, "claim_rows", [{**claim, "claim_id": "c2", "version_id": "v2"}])  # the connection goes on
    with db.reader(path) as con:
        assert con.execute("SELECT claim_id, text FROM claims ORDER BY 1").fetchall() == [("c1", claim["text"]),
                                                                                          ("c2", claim["text"])]


def test_versions_older_than_signatures_are_clustered_after_migration(tmp_path, monkeypatch):
    path = tmp_path / "w.duckdb"
    everything = db._migrations()
    monkeypatch.setattr(db, "_migrations", lambda: everything[:2])  # before migration 003 (signatures)
    story = " ".join(f"Sentence {i} of a wire story about 7-OH tablets sold at gas stations." for i in range(30))
    with db.writer(path) as con:
        for n, url in enumerate(("https://a.example/story", "https://b.example/copy", "https://c.example/other")):
            text = story if n < 2 else "An unrelated page about kratom tea. " * 30
            con.execute("INSERT INTO page_versions (version_id, url, fetch_id, fetched_at, week, content_hash, kind, text) "
                        "VALUES (?, ?, ?, ?, '2026-W46', ?, 'article', ?)",
                        [f"v{n}", url, f"f{n}", f"2026-11-1{n}", f"h{n}", text + ("" if n else " Credit: wire.")])
    monkeypatch.setattr(db, "_migrations", lambda: everything)
    update_clusters(path)
    with db.reader(path) as con:
        assert con.execute("SELECT count(*) FROM page_versions WHERE minhash IS NULL").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'minhash_bands'").fetchone() == (0,)
        clusters = dict(con.execute("SELECT url, cluster_id FROM document_clusters").fetchall())
    assert clusters["https://a.example/story"] == clusters["https://b.example/copy"] != clusters["https://c.example/other"]


def test_versions_stored_without_claims_get_them(tmp_path):
    from pathlib import Path

    from claimwatch.stages.process import extract_missing_claims
    from claimwatch.core.config import Config

    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:  # as older code left them: versions, no claim_extractions rows
        for n in range(3):
            con.execute("INSERT INTO page_versions (version_id, url, fetch_id, fetched_at, week, content_hash, kind, text) "
                        "VALUES (?, ?, ?, '2026-11-10', '2026-W46', ?, 'article', ?)",
                        [f"v{n}", f"https://a.example/{n}", f"f{n}", f"h{n}",
                         f"Each tablet contains {10 + n} mg of 7-OH.\nThe council meets on Tuesday."])
    assert extract_missing_claims(Config(path=Path("sources.toml")), path) == 3
    with db.reader(path) as con:
        assert con.execute("SELECT version_id, text FROM claim_rows ORDER BY 1").fetchall() == [
            (f"v{n}", f"Each tablet contains {10 + n} mg of 7-OH.") for n in range(3)]
        assert con.execute("SELECT count(*) FROM claim_extractions").fetchone() == (3,)
    assert extract_missing_claims(Config(path=Path("sources.toml")), path) == 0


def test_claims_read_by_older_rules_are_read_again(tmp_path):
    from pathlib import Path

    from claimwatch.stages.process import extract_missing_claims
    from claimwatch.core.config import Config
    from claimwatch.claims.claim_sentences import RULES

    path = tmp_path / "w.duckdb"
    text = "Each tablet contains 10 mg of 7-OH.\n| Heavy | 40mg+ |\nThe council meets on Tuesday."
    with db.writer(path) as con:  # as the rules before issue 13 left them: the table row was no claim
        con.execute("INSERT INTO page_versions (version_id, url, fetch_id, fetched_at, week, content_hash, kind, text) "
                    "VALUES ('v1', 'https://a.example/1', 'f1', '2026-11-10', '2026-W46', 'h1', 'article', ?)", [text])
        con.execute("INSERT INTO claim_rows VALUES ('old-1', 'v1', 'https://a.example/1', '2026-W46', 0, 'product', "
                    "'Each tablet contains 10 mg of 7-OH.', '{\"numbers\": [[10, 10, \"mg\"]], \"negated\": false}')")
        con.execute("INSERT INTO claim_extractions (version_id, claims, processed_at, rules) VALUES ('v1', 1, now(), 1)")
    assert extract_missing_claims(Config(path=Path("sources.toml")), path) == 2
    with db.reader(path) as con:
        assert con.execute("SELECT text FROM claim_rows ORDER BY position").fetchall() == [
            ("Each tablet contains 10 mg of 7-OH.",), ("Heavy: 40mg+",)]
        assert con.execute("SELECT claims, rules FROM claim_extractions").fetchall() == [(2, RULES)]
    assert extract_missing_claims(Config(path=Path("sources.toml")), path) == 0


def test_migration_marks_claims_read_before_it_as_older_rules(tmp_path):
    import duckdb

    path = tmp_path / "w.duckdb"
    with db.writer(path):
        pass
    con = duckdb.connect(str(path))  # as an older release left it: migrations up to 005, one claim read
    con.execute("DELETE FROM schema_migrations WHERE version = 6")
    con.execute("ALTER TABLE claim_extractions DROP COLUMN rules")
    con.execute("INSERT INTO claim_extractions VALUES ('v1', 3, '2026-11-10')")
    con.close()
    with db.writer(path) as con:
        assert con.execute("SELECT version_id, rules FROM claim_extractions").fetchall() == [("v1", 1)]
