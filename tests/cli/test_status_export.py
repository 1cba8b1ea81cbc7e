"""`claimwatch status`, `claimwatch export` and progress output."""

import io
import subprocess
import sys

import duckdb
import pytest

from claimwatch.core import progress as progress_module
from claimwatch.demo.runner import run_demo
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return run_demo(tmp_path_factory.mktemp("demo"), log=lambda m: None)


def cli(*args):
    return subprocess.run([sys.executable, "-m", "claimwatch.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_status_shows_runs_sources_and_size(demo_db):
    result = cli("status", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "16 documents, 24 versions" in out and "9 claim changes" in out and " MB" in out
    assert out.count(" crawl ") == 2 and out.count(" process ") == 2
    assert "20 fetches (not_modified 6, ok 14)" in out
    assert "Riverbend Ledger" in out and "(6 rows)" in out


def test_export_writes_every_view(demo_db, tmp_path):
    result = cli("export", "--parquet", str(tmp_path / "pq"), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    names = sorted(p.stem for p in (tmp_path / "pq").glob("*.parquet"))
    assert names == ["alerts", "claim_changes", "claim_trends", "claims", "digests", "document_sightings", "documents",
                     "fetches", "notices", "versions"]
    changes = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'claim_changes.parquet'}'").fetchall()[0][0]
    assert changes == 9


def test_progress_is_plain_lines_when_not_a_terminal(monkeypatch):
    monkeypatch.setattr(progress_module, "PLAIN_INTERVAL", 0)
    lines = []
    with progress_module.progress("process: captures", total=3, log=lines.append, stream=io.StringIO()) as update:
        for done in (1, 2, 3):
            update(done)
    assert lines == ["  process: captures: 1/3", "  process: captures: 2/3", "  process: captures: 3/3"]


def test_progress_bar_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    with progress_module.progress("crawl: fetches", log=lambda m: None, stream=screen) as update:
        update(5)
    assert "crawl: fetches" in screen.getvalue()
