"""The README's screenshots of the web view, taken from the demo's warehouse with Playwright and Debian's
chromium: `uv run claimwatch demo`, then `uv run python docs/take_screenshots.py [--db P]`."""

import argparse
import json
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

DOCS = Path(__file__).resolve().parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
WIDTH = 1100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="demo-output/claimwatch-demo.duckdb")
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", "web", "--db", args.db, "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        match = re.search(r"at (http://\S+?)/ ", server.stdout.readline())
        if not match:
            sys.exit("claimwatch web did not start (run `uv run claimwatch demo` first)")
        base = match[1]
        pages = json.load(urllib.request.urlopen(f"{base}/api/pages"))
        busiest = max(pages, key=lambda p: (p["changes"], p["url"]))  # the page with the most flagged changes
        shots = [("/changes", "web-changes.png", 1100), (f"/pages/{busiest['page_id']}", "web-history.png", 1000)]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=FLAGS)
            page = browser.new_page(viewport={"width": WIDTH, "height": 800})
            for path, name, height in shots:
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                full = page.evaluate("document.documentElement.scrollHeight")
                page.screenshot(path=str(DOCS / name), full_page=True,
                                clip={"x": 0, "y": 0, "width": WIDTH, "height": min(full, height)})
                print(f"{DOCS / name}: {(DOCS / name).stat().st_size // 1024} KB")
            browser.close()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
