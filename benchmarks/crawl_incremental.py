"""Crawl a generated local site of N pages twice; print pages/s of the first crawl and the share
of body bytes downloaded again by the second (target: at most 5%).

    uv run python benchmarks/crawl_incremental.py [--pages 2000]
"""

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from claimwatch.core.config import load_config
from claimwatch.demo.web_server import SiteServer
from claimwatch.stages.crawl import crawl
from claimwatch.stages.process import process

TOPICS = ["7-OH tablets", "kratom shops", "poison center calls", "state bans", "FDA warning letters"]


def page(i: int, rng: random.Random) -> str:
    body = "\n".join(
        f"<p>Paragraph {j} of story {i}: reporting on {rng.choice(TOPICS)} found that {rng.randint(2, 90)} "
        f"people were affected, and officials said 7-OH products remain on shelves in {rng.randint(3, 40)} stores.</p>"
        for j in range(rng.randint(6, 14)))
    nav = "".join(f'<a href="/section/{k}.html">Section {k}</a> ' for k in range(12))
    return (f"<!DOCTYPE html><html><head><title>Story {i} about 7-OH</title>"
            f'<meta property="og:site_name" content="Bench Gazette"></head><body><nav>{nav}</nav>'
            f"<div class='ad'>Advertisement {rng.randint(1, 999)}</div><article><h1>Story {i} about 7-OH</h1>"
            f"{body}</article><aside>Trending: story {rng.randint(0, 1999)}</aside>"
            f"<footer>{rng.randint(0, 300)} comments</footer></body></html>")


def build_site(root: Path, pages: int) -> None:
    rng = random.Random(7)
    (root / "news").mkdir(parents=True)
    urls = []
    for i in range(pages):
        (root / "news" / f"story-{i}.html").write_text(page(i, rng))
        urls.append(f"<url><loc>{{{{BASE}}}}/news/story-{i}.html</loc><lastmod>2026-11-0{1 + i % 9}</lastmod></url>")
    (root / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                                      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                      + "".join(urls) + "</urlset>")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")


def sitemap_sources(path: Path, base: str) -> Path:
    """A sources file with the generated site's sitemap as its one source."""
    path.write_text("[crawl]\nallow_private_networks = true\ndownload_delay = 0\n\n[[source]]\n"
                    f'name = "Bench"\nkind = "sitemap"\nurl = "{base}/sitemap.xml"\n')
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build_site(tmp / "site", args.pages)
        with SiteServer(tmp / "site") as server:
            config = load_config(sitemap_sources(tmp / "sources.toml", server.base))
            db_file = tmp / "w.duckdb"
            started = time.perf_counter()
            first = crawl(config, db_file, dt.date(2026, 11, 10), log=lambda m: None)
            seconds = time.perf_counter() - started
            bytes_first = server.bytes_sent
            process(config, db_file, log=lambda m: None)  # a run stores versions; their URLs are revisited
            server.bytes_sent = 0
            second = crawl(config, db_file, dt.date(2026, 11, 17), log=lambda m: None)
            bytes_second = server.bytes_sent
    print(f"pages: {args.pages}")
    print(f"first crawl:  {first.fetched} fetches in {seconds:.1f} s = {first.fetched / seconds:.0f} pages/s; "
          f"{bytes_first / 1e6:.1f} MB of bodies; outcomes {first.outcomes}")
    print(f"second crawl: {second.fetched} fetches; {bytes_second / 1e6:.3f} MB of bodies; outcomes {second.outcomes}")
    print(f"bytes downloaded again: {100 * bytes_second / bytes_first:.2f}% (target <= 5%)")


if __name__ == "__main__":
    main()
