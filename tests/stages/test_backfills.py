"""Backfills: what versions stored by older code lack (signatures, claims, claims by newer rules) is
filled in from their stored text."""

from pathlib import Path

from claimwatch.claims.claim_sentences import RULES
from claimwatch.core.config import Config
from claimwatch.stages.backfills import backfill_signatures, extract_missing_claims
from claimwatch.stages.clusters import update_clusters
from warehouse import db


def test_versions_older_than_signatures_are_clustered_after_migration(tmp_path, monkeypatch):
    path = tmp_path / "w.duckdb"
    everything, views = db._migrations(), db._views()
    monkeypatch.setattr(db, "_migrations", lambda: everything[:2])  # before migration 003 (signatures)
    monkeypatch.setattr(db, "_views", lambda: [v for v in views if "alert_log" not in v])  # alerts: migration 007
    story = " ".join(f"Sentence {i} of a wire story about 7-OH tablets sold at gas stations." for i in range(30))
    with db.writer(path) as con:
        for n, url in enumerate(("https://a.example/story", "https://b.example/copy", "https://c.example/other")):
            text = story if n < 2 else "An unrelated page about kratom tea. " * 30
            con.execute("INSERT INTO page_versions (version_id, url, fetch_id, fetched_at, week, content_hash, kind, text) "
                        "VALUES (?, ?, ?, ?, '2026-W46', ?, 'article', ?)",
                        [f"v{n}", url, f"f{n}", f"2026-11-1{n}", f"h{n}", text + ("" if n else " Credit: wire.")])
    monkeypatch.setattr(db, "_migrations", lambda: everything)
    monkeypatch.setattr(db, "_views", lambda: views)
    backfill_signatures(path)
    update_clusters(path)
    with db.reader(path) as con:
        assert con.execute("SELECT count(*) FROM page_versions WHERE minhash IS NULL").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'minhash_bands'").fetchone() == (0,)
        clusters = dict(con.execute("SELECT url, cluster_id FROM document_clusters").fetchall())
    assert clusters["https://a.example/story"] == clusters["https://b.example/copy"] != clusters["https://c.example/other"]


def test_versions_stored_without_claims_get_them(tmp_path):

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
