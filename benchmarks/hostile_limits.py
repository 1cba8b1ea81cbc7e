"""What a hostile server can cost a crawl: prints figures for three probes (issue 14).

  storm     one site's feed lists 40 pages that answer 429 with Retry-After: 10; another site's
            feed (same spider, so the same downloader) answers a second later with one page: how
            long does that page wait after its feed arrived?
  headers   a page with 1,500,000 response headers (~45 MB); peak memory of the crawler process
            and the page's outcome, beside a crawl of one ordinary page
  fanout    a sitemap index with 10 children a level, 3 levels; sitemap fetches and document fetches

Each probe runs in a process of its own (peak memory is per process). Local servers only.
Usage: uv run python benchmarks/hostile_limits.py [storm headers fanout]
"""

import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WEEK = dt.date(2026, 11, 10)


def crawl_with(body: str, base: str, folder: Path) -> tuple[dict, float]:
    from claimwatch.core.config import load_config
    from claimwatch.stages.crawl import crawl
    from tests.helpers import write_sources

    config = load_config(write_sources(folder / "s.toml", base, body))
    started = time.monotonic()
    result = crawl(config, folder / "w.duckdb", WEEK, log=lambda m: None)
    return result.outcomes, time.monotonic() - started


def storm(folder: Path) -> dict:
    from tests.helpers.hostile_site import hostile_site

    stormy, other = hostile_site("127.0.0.1", retry_after=10), hostile_site("127.0.0.2")
    try:
        body = (f'[[source]]\nname = "Storm"\nkind = "feed"\nurl = "{stormy.base}/storm-feed.xml"\n\n'
                '[[source]]\nname = "Other"\nkind = "feed"\nurl = "{{BASE}}/slow-feed.xml"\n')
        outcomes, seconds = crawl_with(body, other.base, folder)
    finally:
        stormy.stop()
        other.stop()
    feed = next(t for t, path in other.hit_times if path == "/slow-feed.xml") + 1.0  # it answers 1 s later
    page = next((t for t, path in other.hit_times if path == "/good.html"), None)
    return {"other site's page waited (s)": round(page - feed, 1) if page else None,
            "crawl (s)": round(seconds, 1), "storm requests": len(stormy.hit_times), "outcomes": outcomes}


def headers(folder: Path, lines: int = 1_500_000) -> dict:
    from tests.helpers.hostile_site import hostile_site

    server = hostile_site(header_lines=lines)
    try:
        body = '[[source]]\nname = "Pages"\nkind = "page"\nurls = ["{{BASE}}/huge-headers.html"]\n'
        outcomes, seconds = crawl_with(body, server.base, folder)
    finally:
        server.stop()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return {"header lines": lines, "crawler peak RSS (MB)": peak, "outcomes": outcomes, "crawl (s)": round(seconds, 1)}


def ordinary(folder: Path) -> dict:
    result = headers(folder, lines=0)
    return {"crawler peak RSS (MB)": result["crawler peak RSS (MB)"], "outcomes": result["outcomes"]}


def fanout(folder: Path) -> dict:
    from tests.helpers.hostile_site import hostile_site

    server = hostile_site()
    try:
        body = '[[source]]\nname = "Fan"\nkind = "sitemap"\nurl = "{{BASE}}/fanout/index.xml"\n'
        outcomes, seconds = crawl_with(body, server.base, folder)
    finally:
        server.stop()
    sitemaps = sum(n for path, n in server.hits.items() if path.startswith("/fanout/"))
    return {"sitemap fetches": sitemaps, "document fetches": server.hits.get("/good.html", 0),
            "crawl (s)": round(seconds, 1)}


PROBES = {"storm": storm, "headers": headers, "ordinary": ordinary, "fanout": fanout}

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--probe":
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(PROBES[sys.argv[2]](Path(tmp))))
        sys.exit(0)
    for name in sys.argv[1:] or ["storm", "ordinary", "headers", "fanout"]:
        run = subprocess.run([sys.executable, __file__, "--probe", name], capture_output=True, text=True, cwd=ROOT)
        figures = run.stdout.strip().splitlines()[-1] if run.returncode == 0 else f"failed: {run.stderr[-500:]}"
        print(f"{name:9} {figures}", flush=True)
