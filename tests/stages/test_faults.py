"""Crash safety, the run lock and concurrent readers, a full disk and a read-only folder, with real
processes on a real DuckDB file."""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from claimwatch.demo.runner import SOURCES_TEMPLATE
from claimwatch.demo.web_server import DemoWeb
from tests.helpers import ROOT, copy_warehouse

CANONICAL = {
    "documents": "SELECT url, site, kind, title, cluster_id, CAST(first_seen AS DATE) FROM documents",
    "versions": "SELECT url, week, content_hash, title FROM versions",
    "claims": "SELECT url, week, category, text FROM claims",
    "claim_changes": "SELECT url, week, category, change_type, before_text, after_text, severity FROM claim_changes",
    "claim_trends": "SELECT * FROM claim_trends",
}


def cli(*args, crash_at=None):
    """The command line in a process of its own; `crash_at` arms a crash point (tests/crashing.py)."""
    command = ["-m", "tests.helpers.crashing", crash_at] if crash_at else ["-m", "claimwatch.cli"]
    return subprocess.run([sys.executable, *command, *args], capture_output=True, text=True, cwd=ROOT, timeout=180)


def snapshot(db_file):
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        state = {name: sorted(map(repr, con.execute(sql).fetchall())) for name, sql in CANONICAL.items()}
        # every processed fetch is recorded exactly once, every version has exactly one extraction row
        state["dup_extractions"] = con.execute(
            "SELECT count(*) - count(DISTINCT fetch_id) FROM extractions").fetchone()[0]
        state["orphan_versions"] = con.execute(
            "SELECT count(*) FROM page_versions v LEFT JOIN extractions e ON e.version_id = v.version_id "
            "AND e.outcome = 'new_version' WHERE e.fetch_id IS NULL").fetchone()[0]
        state["pending"] = con.execute(
            "SELECT count(*) FROM fetch_log f LEFT JOIN extractions e USING (fetch_id) "
            "WHERE f.role = 'document' AND f.outcome = 'ok' AND e.fetch_id IS NULL").fetchone()[0]
        return state
    finally:
        con.close()


@pytest.fixture(scope="module")
def after_week1(tmp_path_factory):
    """A demo web, its sources file, and a warehouse after an uninterrupted week 1."""
    tmp = tmp_path_factory.mktemp("faults")
    with DemoWeb() as web:
        sources = tmp / "sources.toml"
        sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base))
        db_file = tmp / "base" / "w.duckdb"
        assert cli("run", "--sources", str(sources), "--db", str(db_file), "--as-of", "2026-11-10").returncode == 0
        web.set_week(2)
        yield web, sources, db_file


@pytest.fixture(scope="module")
def reference(after_week1, tmp_path_factory):
    web, sources, db_file = after_week1
    copy = copy_warehouse(db_file, tmp_path_factory.mktemp("ref") / "w")
    assert cli("run", "--sources", str(sources), "--db", str(copy), "--as-of", "2026-11-17").returncode == 0
    state = snapshot(copy)
    assert len(state["claim_changes"]) == 9 and state["pending"] == 0
    return state


@pytest.mark.parametrize("point", [
    "crawler.item5",            # the Scrapy process dies mid-crawl
    "crawl.before_load",        # crawl finished, fetch log not loaded yet
    "crawl.in_load",            # inside the transaction that loads the fetch log
    "process.in_write",         # inside the transaction that writes versions
    "process.before_clusters",  # claims written, clusters not
    "process.before_diff",      # everything but the week's claim changes
])
def test_killed_run_then_rerun_equals_uninterrupted(point, after_week1, reference, tmp_path):
    _, sources, db_file = after_week1
    copy = copy_warehouse(db_file, tmp_path / "w")
    args = ("run", "--sources", str(sources), "--db", str(copy), "--as-of", "2026-11-17")
    killed = cli(*args, crash_at=point)
    assert killed.returncode in (-signal.SIGKILL, 1), killed.stderr
    if killed.returncode == 1:
        assert "crawler process failed" in killed.stderr
    rerun = cli(*args)
    assert rerun.returncode == 0, rerun.stderr
    if killed.returncode == -signal.SIGKILL:
        assert "took over the lock" in rerun.stdout
    assert snapshot(copy) == reference
    # no capture file was left looking complete while half-written
    assert not any(p.suffix == ".part" and p.with_suffix("").exists() for p in copy.parent.rglob("*.part"))


def test_second_run_exits_at_once_while_one_runs(after_week1, tmp_path):
    _, sources, db_file = after_week1
    copy = copy_warehouse(db_file, tmp_path / "w")
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from claimwatch.stages.run_lock import run_lock\n"
                               f"with run_lock({str(copy)!r}):\n    print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        second = cli("run", "--sources", str(sources), "--db", str(copy), "--as-of", "2026-11-17")
        assert time.monotonic() - started < 20
    finally:
        holder.kill()
        holder.wait()
    assert second.returncode == 4
    assert "already using" in second.stderr and f"pid {holder.pid}" in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1


def test_analyst_queries_during_a_run(after_week1, tmp_path):
    """While a run writes, `claimwatch sql` answers (or waits a bounded time); never an error."""
    _, sources, db_file = after_week1
    copy = copy_warehouse(db_file, tmp_path / "w")
    run = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", "run", "--sources", str(sources), "--db", str(copy),
                            "--as-of", "2026-11-17"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    answers = []
    while run.poll() is None:
        started = time.monotonic()
        result = cli("sql", "SELECT count(*) FROM versions", "--db", str(copy), "--format", "csv", "--wait", "60")
        assert result.returncode == 0, result.stderr
        answers.append(time.monotonic() - started)
    assert run.wait() == 0
    assert answers and max(answers) < 30


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int):
    """A tmpfs of `size_kb` at `folder`: a disk that fills up, or can be made read-only (root only)."""
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"simulating a full or read-only disk needs a tmpfs mount (root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


def on_small_disk(db_file, disk):
    shutil.copy(db_file, disk / db_file.name)
    shutil.copytree(db_file.with_name("w-captures"), disk / "w-captures")
    return disk / db_file.name


def file_hashes(folder: Path) -> dict:
    import hashlib

    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("room_kb", [32, 512])  # the crawl's captures do not fit; the warehouse's writes do not
def test_full_disk_is_one_line_and_the_next_run_completes(after_week1, reference, tmp_path, room_kb):
    _, sources, db_file = after_week1
    with small_disk(tmp_path / "disk", 64 * 1024) as disk:
        copy = on_small_disk(db_file, disk)
        stat = os.statvfs(disk)
        used_kb = (stat.f_blocks - stat.f_bfree) * stat.f_frsize // 1024
        remount(disk, f"size={used_kb + room_kb}k")
        earlier = file_hashes(disk / "w-captures")
        args = ("run", "--sources", str(sources), "--db", str(copy), "--as-of", "2026-11-17")
        failed = cli(*args)
        assert failed.returncode == 1, failed.stderr
        assert len(failed.stderr.strip().splitlines()) == 1 and "Traceback" not in failed.stderr
        assert "No space left on device" in failed.stderr or "the disk is full" in failed.stderr, failed.stderr
        now = file_hashes(disk / "w-captures")
        assert {k: now[k] for k in earlier} == earlier  # earlier captures untouched
        assert not any(p.suffix == ".part" for p in disk.rglob("*"))  # nothing half-written left
        state = snapshot(copy)
        assert state["dup_extractions"] == 0 and state["orphan_versions"] == 0
        remount(disk, "size=64m")  # room again
        rerun = cli(*args)
        assert rerun.returncode == 0, rerun.stderr
        assert snapshot(copy) == reference


def test_read_only_warehouse_folder_is_one_line_and_the_next_run_completes(after_week1, reference, tmp_path):
    _, sources, db_file = after_week1
    with small_disk(tmp_path / "disk", 64 * 1024) as disk:
        copy = on_small_disk(db_file, disk)
        before = snapshot(copy)
        remount(disk, "ro")
        args = ("run", "--sources", str(sources), "--db", str(copy), "--as-of", "2026-11-17")
        failed = cli(*args)
        assert failed.returncode == 2 and len(failed.stderr.strip().splitlines()) == 1, failed.stderr
        assert "cannot write beside warehouse" in failed.stderr and "Read-only file system" in failed.stderr
        rendered = cli("digest", "--week", "2026-W46", "--db", str(copy), "--out", str(tmp_path / "out"))
        assert rendered.returncode == 2 and "Read-only file system" in rendered.stderr
        assert len(rendered.stderr.strip().splitlines()) == 1
        read = cli("sql", "SELECT count(*) FROM versions", "--db", str(copy), "--format", "csv")
        assert read.returncode == 0 and read.stdout.split() == ["count_star()", str(len(before["versions"]))]
        assert snapshot(copy) == before
        remount(disk, "rw")
        assert cli(*args).returncode == 0
        assert snapshot(copy) == reference
