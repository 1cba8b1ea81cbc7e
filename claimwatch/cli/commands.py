"""One function per command; each takes the parsed arguments. The stages are imported by the commands
that run them, so that reading the warehouse (sql, status, export) starts in half a second."""

import datetime as dt
import json
import sys
from pathlib import Path

from claimwatch.cli.tables import file_size, format_table
from claimwatch.core.config import Config, env, load_config, sources_path, warehouse_path, web_token
from claimwatch.core.errors import ClaimwatchError, UsageError
from claimwatch.core.paths import captures_dir, make_folder
from claimwatch.core.topic import DEFAULT_TOPIC, Topic
from claimwatch.core.weeks import iso_week
from warehouse import db


def _log(message: str) -> None:
    print(message, flush=True)


def _config(args) -> Config:
    return load_config(sources_path(args.sources))


def _topic(args) -> Topic:
    """The sources file's topic, or the default one when there is no sources file (reading commands)."""
    path = sources_path(args.sources)
    return load_config(path).topic if path.is_file() else DEFAULT_TOPIC


def _executor(args) -> str | None:
    return args.executor or env("CLAIMWATCH_EXECUTOR")


def run(args) -> None:
    from claimwatch.stages.run_week import run_week

    config = _config(args)
    run_week(config, warehouse_path(args.db), args.as_of, log=_log, executor=_executor(args), captures=args.captures)


def crawl(args) -> None:
    from claimwatch.stages.crawl import crawl as crawl_stage

    config = _config(args)
    crawl_stage(config, warehouse_path(args.db), args.as_of, log=_log)


def process(args) -> None:
    from claimwatch.stages.process import process as process_stage
    from claimwatch.stages.run_week import summary_line

    config = _config(args)
    db_file = db.require(warehouse_path(args.db))  # a mistyped --db must not create an empty warehouse
    week = iso_week(args.as_of or dt.date.today())
    _log(summary_line(process_stage(config, db_file, weeks={week}, log=_log, executor=_executor(args),
                                    captures=args.captures)))


def digest(args) -> None:
    from claimwatch.stages.weekly_digest import send_digest, write_digest

    db_file = db.require(warehouse_path(args.db))  # rendering must not create an empty warehouse
    out = make_folder(Path(args.out), "--out folder")
    topic, week = _topic(args), args.week or iso_week(dt.date.today())
    if args.send:
        if not send_digest(db_file, week, out, topic, resend=args.resend, log=_log):
            _log("  (use --resend to send it again)")
        return
    result, paths = write_digest(db_file, week, out, topic)
    _log(result.subject)
    for ext, p in paths.items():
        _log(f"  {ext}: {p}")


def notify(args) -> None:
    from claimwatch.core.weeks import previous_week
    from claimwatch.stages.alerts import AlertsFailed, send_alerts

    config = _config(args)
    db_file = db.require(warehouse_path(args.db))  # no warehouse: nothing to alert about, and none is created
    this_week = iso_week(dt.date.today())
    weeks = [args.week] if args.week else [previous_week(this_week), this_week]
    result = send_alerts(config, db_file, weeks, log=_log)
    if result.failed:
        raise AlertsFailed(result.summary())
    _log(result.summary())


def sql(args) -> None:
    from claimwatch.cli.sql_command import run_sql

    run_sql(args)


def explain(args) -> None:
    from claimwatch.stages.explain import explain_url

    sys.stdout.write(explain_url(warehouse_path(args.db), args.url, args.week, _topic(args), wait_seconds=args.wait))


def demo(args) -> None:
    from claimwatch.demo.runner import run_demo

    if args.serve and args.web:
        raise UsageError("--serve and --web both keep running: choose one (run `claimwatch web` in another shell)")
    db_file = run_demo(make_folder(Path(args.out), "--out folder"), Path(args.db) if args.db else None, log=_log,
                       keep_serving=args.serve)
    if args.web:
        from claimwatch.web.server import serve as serve_web

        _log("")
        serve_web(db_file, "127.0.0.1", 8000, None, DEFAULT_TOPIC, log=_log)


def web(args) -> None:
    from claimwatch.web.server import serve as serve_web

    serve_web(db.require(warehouse_path(args.db)), args.host, args.port, web_token(), _topic(args),
              wait_seconds=args.wait, log=_log)


def serve(args) -> None:
    from flows.serve_deployments import serve_deployments

    _config(args)  # a missing or bad file stops serve now, not each run later
    serve_deployments(sources=args.sources and str(Path(args.sources).resolve()),
                      db=args.db and str(Path(args.db).resolve()))


def status(args) -> None:
    db_file = warehouse_path(args.db)
    with db.reader(db_file, wait_seconds=args.wait) as con:
        runs = db.dicts(con.execute(db.query("status_runs"), {"limit": args.runs}))
        sources = con.execute(db.query("status_sources")).fetchall()
        counts = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM versions), "
                             "(SELECT count(*) FROM claims), (SELECT count(*) FROM claim_changes)").fetchone()
    captures = sum(p.stat().st_size for p in captures_dir(db_file).rglob("*") if p.is_file())
    out = sys.stdout
    out.write(f"warehouse {db_file}: {file_size(db_file.stat().st_size)}, captures {file_size(captures)}; "
              f"{counts[0]} documents, {counts[1]} versions, {counts[2]} claims, {counts[3]} claim changes\n\n")
    out.write("recent runs\n")
    rows = [(f"{r['started_at']:%Y-%m-%d %H:%M}", r["command"], r["week"] or "", r["seconds"], _run_summary(r))
            for r in runs]
    out.write(format_table(["started (UTC)", "stage", "week", "seconds", "result"], rows, width=90))
    out.write("\nsources (error rate over the 28 days before the newest fetch)\n")
    out.write(format_table(["source", "last success", "fetches", "failures", "error %"], sources))


def _run_summary(run: dict) -> str:
    summary = json.loads(run["summary"] or "{}")
    if run["command"] == "crawl":
        outcomes = summary.get("outcomes", {})
        return f"{sum(outcomes.values())} fetches (" + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) + ")"
    changes = summary.get("changes", {})
    return (f"{summary.get('versions', 0)} new versions, {summary.get('claims', 0)} claims, "
            f"{sum(changes.values())} claim changes")


def export(args) -> None:
    import duckdb

    with db.reader(warehouse_path(args.db), wait_seconds=args.wait) as con:
        out = make_folder(Path(args.parquet), "--parquet folder")  # only once the warehouse is known to exist
        views = [v for (v,) in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' ORDER BY view_name").fetchall()]
        for view in views:
            tmp = out / f"{view}.parquet.part"
            quoted = str(tmp).replace("'", "''")
            try:
                con.execute(f"COPY (SELECT * FROM {view}) TO '{quoted}' (FORMAT parquet)")
            except duckdb.IOException as exc:  # a full disk, an unwritable folder
                tmp.unlink(missing_ok=True)
                raise ClaimwatchError(f"export to {out} failed: {str(exc).splitlines()[0]}") from None
            tmp.replace(out / f"{view}.parquet")
            rows = con.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
            _log(f"  {view}: {rows} rows -> {out / (view + '.parquet')}")
