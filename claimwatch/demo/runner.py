"""`claimwatch demo`: the whole pipeline, two simulated weeks, on the bundled demo web."""

import shutil
import signal
import threading
import time
from pathlib import Path

import duckdb

from claimwatch.core.config import load_config
from claimwatch.core.errors import UsageError
from claimwatch.core.paths import captures_dir
from claimwatch.demo.web_server import DemoWeb
from claimwatch.stages.run_week import run_week
from claimwatch.stages.weekly_digest import write_digest
from warehouse import db

SOURCES_TEMPLATE = Path(__file__).resolve().parent / "sources.toml"
TRY_NEXT = ("SELECT url, category, change_type, severity, before_text, after_text "
            "FROM claim_changes ORDER BY url")


def fresh_warehouse(db_file: Path) -> None:
    """The demo starts from an empty warehouse, but never deletes one that is not a demo's."""
    if db_file.exists():
        try:
            con = duckdb.connect(str(db_file), read_only=True)
            try:
                marker = con.execute("SELECT value FROM warehouse_meta WHERE key = 'demo'").fetchone()
            finally:
                con.close()
        except duckdb.Error:
            marker = None
        if not marker:
            raise UsageError(f"{db_file} exists and is not a demo warehouse; pass another --db")
        db_file.unlink()
        Path(str(db_file) + ".wal").unlink(missing_ok=True)
    shutil.rmtree(captures_dir(db_file), ignore_errors=True)
    with db.writer(db_file) as con:
        con.execute("INSERT INTO warehouse_meta VALUES ('demo', 'true')")


def run_demo(out: Path, db_file: Path | None = None, log=print, keep_serving: bool = False) -> Path:
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    db_file = db_file or out / "claimwatch-demo.duckdb"
    fresh_warehouse(db_file)
    with DemoWeb() as web:
        sources = out / "demo-sources.toml"
        sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base))
        config = load_config(sources)
        log(f"demo web serving 6 sites at {web.base}")
        week = None
        for number, as_of in sorted(web.week_dates.items()):
            web.set_week(number)
            log(f"\n== simulated week {number} (as of {as_of}) ==")
            crawled, _ = run_week(config, db_file, as_of, log=log)
            week = crawled.week
        digest, paths = write_digest(db_file, week, out, config.topic)
        _report(db_file, week, paths["html"], log)
        log(f"\ndemo finished in {time.monotonic() - started:.0f} s")
        log("\nsee each flagged change beside its captured page, in the browser:")
        log(f"  uv run claimwatch web --db {db_file}    (then open http://127.0.0.1:8000/)")
        if keep_serving:
            _serve_until_stopped(web, sources, db_file, log)
    return db_file


def _serve_until_stopped(web: DemoWeb, sources: Path, db_file: Path, log) -> None:
    """`demo --serve`: the demo web stays up (as in its last week) for `run`, `serve` and the deployments."""
    log(f"\nthe demo web keeps serving at {web.base} until Ctrl-C; its sources file is {sources.resolve()}")
    log(f"  uv run claimwatch run --sources {sources} --db {db_file}")
    log(f"  CLAIMWATCH_SOURCES={sources.resolve()} uv run claimwatch serve")
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):  # a short wait, so Ctrl-C is seen at once
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    log("demo web stopped")


def _report(db_file: Path, week: str, digest_path: Path, log) -> None:
    with db.reader(db_file) as con:
        counts = {
            "pages fetched": "SELECT count(*) FROM fetches WHERE role = 'document'",
            "documents": "SELECT count(*) FROM documents",
            "versions": "SELECT count(*) FROM versions",
            "claims": "SELECT count(*) FROM claims",
            "claim changes": "SELECT count(*) FROM claim_changes",
        }
        figures = {name: con.execute(q).fetchone()[0] for name, q in counts.items()}
        changes = con.execute(
            "SELECT c.url, coalesce(d.title, c.url), c.category, c.change_type, c.severity, c.before_text, c.after_text "
            "FROM claim_changes c LEFT JOIN documents d USING (url) WHERE c.week = ? "
            "ORDER BY c.url, c.category", [week]).fetchall()
    log("\n== results ==")
    log("  " + ", ".join(f"{name}: {n}" for name, n in figures.items()))
    log(f"\nflagged claim changes in {week}:")
    for url, title, category, change_type, sev, before, after in changes:
        log(f"  * {title}\n    {url}\n    [{sev}] {category} {change_type}: {before or '-'}\n      -> {after or '-'}")
    if not changes:
        log("  (none)")
    log(f"\nwarehouse: {db_file}")
    log(f"digest:    {digest_path}")
    log(f'try next:  uv run claimwatch sql --db {db_file} "{TRY_NEXT}"')
