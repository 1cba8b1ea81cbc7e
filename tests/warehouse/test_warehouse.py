"""Migrations, views and batched writes on a real DuckDB file."""

import duckdb
import pytest

from tests.helpers import VIEW_COLUMNS
from warehouse import db


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
    # the warehouse as the code of migration 001 left it (its views did not know `notices` or `alerts`)
    monkeypatch.setattr(db, "_migrations", lambda: everything[:1])
    monkeypatch.setattr(db, "_views", lambda: [v for v in views if "VIEW notices" not in v and "VIEW alerts" not in v])
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
    everything, views = db._migrations(), db._views()
    monkeypatch.setattr(db, "_migrations", lambda: everything[:3])
    monkeypatch.setattr(db, "_views", lambda: [v for v in views if "VIEW alerts" not in v])  # alerts: migration 007
    claim = {"claim_id": "c1", "version_id": "v1", "url": "https://a.example/1", "week": "2026-W46", "position": 0,
             "category": "dosage", "text": "Each tablet contains 15 mg of 7-OH.", "facts": "{}"}
    done = {"version_id": "v1", "claims": 1, "processed_at": "2026-11-10"}
    with db.writer(path) as con:
        db.append_rows(con, "claim_rows", [claim])
        db.append_rows(con, "claim_extractions", [done])
    monkeypatch.setattr(db, "_migrations", lambda: everything)
    monkeypatch.setattr(db, "_views", lambda: views)
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


def test_a_missing_warehouse_is_named_not_created(tmp_path):
    """The library says where it looked; what to do about it is for its caller (the command line, a flow)."""
    from claimwatch.core.errors import WarehouseMissing

    with pytest.raises(WarehouseMissing) as err, db.reader(tmp_path / "none.duckdb"):
        pass
    assert str(err.value) == f"no warehouse at {tmp_path / 'none.duckdb'}"
    assert not (tmp_path / "none.duckdb").exists()
