"""How long an analyst's `claimwatch sql` waits while a pipeline run writes (prints figures).

    uv run python benchmarks/reader_wait.py [--pages 2000]

Crawls and processes a generated local site of N pages into a new warehouse (`claimwatch run`
in its own process: every page is a new version, so it writes throughout)
while this script runs `claimwatch sql "SELECT count(*) FROM versions"` back to back, and prints
how long each query took, end to end (process start-up included).
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from crawl_incremental import build_site, sitemap_sources  # noqa: E402

from claimwatch.demo.web_server import SiteServer  # noqa: E402
from warehouse import db  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build_site(tmp / "site", args.pages)
        with SiteServer(tmp / "site") as server:
            sources = sitemap_sources(tmp / "sources.toml", server.base)
            db_file = tmp / "w.duckdb"
            cli = [sys.executable, "-m", "claimwatch.cli"]
            with db.writer(db_file):
                pass  # an empty warehouse, so the readers have something to open
            started = time.perf_counter()
            run = subprocess.Popen(cli + ["run", "--sources", str(sources), "--db", str(db_file),
                                          "--as-of", "2026-11-17"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            waits, failures = [], 0
            while run.poll() is None:
                t = time.perf_counter()
                result = subprocess.run(cli + ["sql", "SELECT count(*) FROM versions", "--db", str(db_file),
                                               "--format", "csv", "--wait", "60"], capture_output=True, text=True)
                waits.append(time.perf_counter() - t)
                failures += result.returncode != 0
            total = time.perf_counter() - started
    print(f"run of {args.pages} pages: {total:.1f} s; {len(waits)} analyst queries during it, {failures} failed")
    print(f"query time: median {statistics.median(waits):.2f} s, max {max(waits):.2f} s "
          f"(a bare query, process start included, takes about {min(waits):.2f} s)")


if __name__ == "__main__":
    main()
