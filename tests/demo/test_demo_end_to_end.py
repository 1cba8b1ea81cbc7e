"""The whole pipeline over the two demo weeks: exactly the planted changes are flagged."""

import json

import duckdb
import pytest

from claimwatch.demo.runner import run_demo
from tests.helpers import DEMO_WEB

PLAN = json.loads((DEMO_WEB / "planted.json").read_text())


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    lines = []
    db_file = run_demo(out, log=lines.append)
    con = duckdb.connect(str(db_file), read_only=True)
    yield con, out, "\n".join(lines)
    con.close()


def rows(con, sql, *params):
    return con.execute(sql, list(params)).fetchall()


def path_of(url):
    return "/" + url.split("/", 3)[3]


def test_exactly_the_planted_pages_and_categories_are_flagged(demo_run):
    con, _, _ = demo_run
    flagged = {(path_of(url), category, change_type)
               for url, category, change_type in rows(con, "SELECT url, category, change_type FROM claim_changes")}
    planted = {(page["path"], c["category"], c["change_type"]) for page in PLAN["changed"] for c in page["changes"]}
    assert flagged == planted


def test_before_and_after_are_the_planted_sentences(demo_run):
    con, _, _ = demo_run
    found = {(path_of(u), b, a) for u, b, a in rows(con, "SELECT url, before_text, after_text FROM claim_changes")}
    planted = {(page["path"], c["before"], c["after"]) for page in PLAN["changed"] for c in page["changes"]}
    assert found == planted


def test_noise_only_pages_have_new_bytes_but_no_change(demo_run):
    con, _, _ = demo_run
    for page in PLAN["noise_only"]:
        fetched = rows(con, "SELECT week, outcome FROM fetches WHERE url LIKE ? ORDER BY fetched_at", f"%{page['path']}")
        assert [w for w, _ in fetched] == ["2026-W46", "2026-W47"] and all(o == "ok" for _, o in fetched)
        assert rows(con, "SELECT * FROM claim_changes WHERE url LIKE ?", f"%{page['path']}") == []


def test_changes_are_in_week_two_with_severity(demo_run):
    con, _, _ = demo_run
    assert rows(con, "SELECT DISTINCT week FROM claim_changes") == [("2026-W47",)]
    severities = dict(rows(con, "SELECT category, max(severity) FROM claim_changes GROUP BY category"))
    assert severities["legal_status"] == "high" and severities["safety"] == "high"
    assert severities["dosage"] == "medium" and severities["product"] == "low"


def test_unchanged_pages_cost_a_304_and_no_version(demo_run):
    con, _, _ = demo_run
    for path in PLAN["unchanged"]:
        if path.endswith(".html") and path not in PLAN["irrelevant"]:
            assert rows(con, "SELECT outcome FROM fetches WHERE url LIKE ? AND week = '2026-W47'", f"%{path}") == [
                ("not_modified",)]
            assert rows(con, "SELECT count(*) FROM versions WHERE url LIKE ?", f"%{path}") == [(1,)]


def test_irrelevant_page_is_logged_not_stored(demo_run):
    con, _, _ = demo_run
    for path in PLAN["irrelevant"]:
        assert ("irrelevant",) in rows(con, "SELECT outcome FROM fetches WHERE url LIKE ?", f"%{path}")
        assert rows(con, "SELECT count(*) FROM documents WHERE url LIKE ?", f"%{path}") == [(0,)]


def test_syndicated_copy_shares_the_cluster(demo_run):
    con, _, _ = demo_run
    urls = [PLAN["syndicated"]["original"], *PLAN["syndicated"]["copies"]]
    clusters = {rows(con, "SELECT cluster_id FROM documents WHERE url LIKE ?", f"%{u}")[0][0] for u in urls}
    assert len(clusters) == 1
    others = rows(con, "SELECT count(DISTINCT cluster_id) FROM documents WHERE cluster_id NOT IN (SELECT unnest(?))",
                  list(clusters))[0][0]
    total = rows(con, "SELECT count(*) FROM documents")[0][0]
    assert others == total - len(urls)  # nothing else was merged


def test_new_documents_and_kinds(demo_run):
    con, _, _ = demo_run
    for path in PLAN["new_in_week2"]:
        assert rows(con, "SELECT strftime(first_seen, '%G-W%V') FROM documents WHERE url LIKE ?", f"%{path}") == [
            ("2026-W47",)]
    kinds = dict(rows(con, "SELECT kind, count(*) FROM documents GROUP BY kind"))
    assert kinds["notice"] == 3 and kinds["product"] == 2


def test_digest_and_report(demo_run):
    con, out, printed = demo_run
    html = (out / "claimwatch-2026-W47.html").read_text()
    text = (out / "claimwatch-2026-W47.txt").read_text()
    assert "after:  At the federal level, 7-OH is now temporarily controlled as a Schedule I substance" in text
    assert "[high] legal_status, modified" in text
    assert 'class="ins"' in html and ">Schedule I</span>" in html  # the changed words are marked
    assert (out / "claimwatch-2026-W47.eml").is_file()
    subject = rows(con, "SELECT subject FROM digests WHERE week = '2026-W47'")[0][0]
    assert subject == "claimwatch · 7-hydroxymitragynine · 2026-W47: 9 claim changes, 0 new notices"
    assert "claim changes: 9" in printed and "claimwatch sql" in printed and str(out) in printed


def test_rerun_of_process_changes_nothing(demo_run, tmp_path):
    import shutil

    from claimwatch.core.config import load_config
    from claimwatch.stages.process import process

    con, out, _ = demo_run
    copy = tmp_path / "copy.duckdb"
    shutil.copy(out / "claimwatch-demo.duckdb", copy)
    shutil.copytree(out / "claimwatch-demo-captures", tmp_path / "copy-captures")
    tables = ["extractions", "page_versions", "claim_rows", "claim_change_rows", "document_clusters"]
    query = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
    before = duckdb.connect(str(copy), read_only=True).execute(query).fetchall()
    process(load_config(out / "demo-sources.toml"), copy, weeks={"2026-W46", "2026-W47"}, log=lambda m: None)
    con2 = duckdb.connect(str(copy), read_only=True)
    assert con2.execute(query).fetchall() == before
    assert con2.execute("SELECT count(*) FROM claim_changes").fetchone()[0] == 9


def test_the_demo_ends_with_its_web_view_which_shows_each_flagged_change_beside_its_capture(demo_run):
    """A newcomer's next command: `claimwatch web` on the demo's warehouse, in a process of its own."""
    import urllib.request

    from tests.helpers.web import web_server

    con, out, output = demo_run
    db_file = out / "claimwatch-demo.duckdb"
    assert output.rstrip().splitlines()[-1].strip().startswith(f"uv run claimwatch web --db {db_file} ")
    with web_server(db_file) as (base, _):
        changes = json.load(urllib.request.urlopen(f"{base}/api/changes", timeout=60))
        assert len(changes) == sum(len(page["changes"]) for page in PLAN["changed"])
        scheduling = next(c for c in changes if "Schedule I" in (c["after_text"] or ""))
        shown = urllib.request.urlopen(f"{base}/captures/{scheduling['after_fetch_id']}", timeout=60).read().decode()
        assert "200 OK" in shown and "<iframe sandbox=" in shown
        raw = urllib.request.urlopen(f"{base}/captures/{scheduling['after_fetch_id']}/raw", timeout=60).read().decode()
        assert "now temporarily controlled as a Schedule I substance" in raw
