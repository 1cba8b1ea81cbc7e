"""What many tests share: where things are, a sources file for a local server, the command line in a
process of its own, and the columns the warehouse views promise."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
SITES = TESTS / "sites"
PAYLOADS = TESTS / "payloads"
DEMO_WEB = ROOT / "claimwatch" / "demo" / "web"

# The views' contract columns, in order (README, "The warehouse").
VIEW_COLUMNS = {
    "documents": ["url", "site", "kind", "title", "first_seen", "last_seen", "cluster_id"],
    "versions": ["version_id", "url", "fetched_at", "week", "content_hash", "title", "author", "published", "text"],
    "claims": ["claim_id", "version_id", "url", "week", "category", "text"],
    "claim_changes": ["url", "week", "category", "change_type", "before_text", "after_text", "severity"],
    "fetches": ["url", "fetched_at", "status", "outcome", "bytes", "error"],
    "digests": ["week", "created_at", "sent_at", "recipients", "subject"],
}


def copy_warehouse(db_file: Path, target_dir: Path) -> Path:
    """A copy of a warehouse named w.duckdb and its captures in `target_dir` (made here)."""
    target_dir.mkdir()
    shutil.copy(db_file, target_dir / db_file.name)
    shutil.copytree(db_file.with_name("w-captures"), target_dir / "w-captures")
    return target_dir / db_file.name


def write_sources(path: Path, base: str, body: str, allow_private: bool = True) -> Path:
    """A sources file for a local test server; {{BASE}} in `body` becomes the server's origin."""
    header = f"[crawl]\nallow_private_networks = {'true' if allow_private else 'false'}\ndownload_delay = 0\n\n"
    path.write_text(header + body.replace("{{BASE}}", base))
    return path


def claimwatch(*args, cwd=None, env=None):
    """The command line in a process of its own, as a user runs it."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "claimwatch.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full_env, timeout=120)


def assert_one_line_error(result, *fragments):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
