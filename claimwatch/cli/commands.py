"""One function per CLI command; each takes the parsed arguments."""

import csv
import datetime as dt
import json
import sys
from pathlib import Path

from claimwatch.core.errors import ClaimwatchError, UsageError
from claimwatch.stages.run_week import default_week, run_week, summary_line
from claimwatch.core.config import load_config, sources_path
from warehouse import db


def _log(message: str) -> None:
    print(message, flush=True)


def run(args) -> None:
    config = load_config(sources_path(args.sources))
    run_week(config, db.db_path(args.db), args.as_of, log=_log)


def crawl(args) -> None:
    from claimwatch.stages.crawl import crawl as crawl_stage

    config = load_config(sources_path(args.sources))
    crawl_stage(config, db.db_path(args.db), args.as_of, log=_log)


def process(args) -> None:
    from claimwatch.stages.process import process as process_stage
    from claimwatch.core.weeks import iso_week

    config = load_config(sources_path(args.sources))
    db_file = db.require(db.db_path(args.db))  # a mistyped --db must not create an empty warehouse
    week = iso_week(args.as_of or dt.date.today())
    _log(summary_line(process_stage(config, db_file, weeks={week}, log=_log)))


def digest(args) -> None:
    from claimwatch.core.topic import DEFAULT_TOPIC
    from claimwatch.digest.render import write_digest

    from claimwatch.core.paths import make_folder

    db_file = db.require(db.db_path(args.db))  # rendering must not create an empty warehouse
    make_folder(Path(args.out), "--out folder")
    path = sources_path(args.sources)
    topic = load_config(path).topic if path.is_file() else DEFAULT_TOPIC
    week = args.week or default_week()
    if args.send:
        from claimwatch.digest.send import send_digest

        send_digest(db_file, week, Path(args.out), topic, resend=args.resend, log=_log)
        return
    result, paths = write_digest(db_file, week, Path(args.out), topic)
    _log(result.subject)
    for ext, p in paths.items():
        _log(f"  {ext}: {p}")


def sql(args) -> None:
    import duckdb

    if not args.query.strip():
        raise UsageError('empty SQL: give a query, e.g. claimwatch sql "SELECT * FROM claim_changes"')
    with db.analyst_reader(db.db_path(args.db), wait_seconds=args.wait) as con:
        try:
            cur = con.execute(args.query)
        except duckdb.Error as exc:
            reason = str(exc).splitlines()[0]
            if "disabled by configuration" in reason or "configuration has been locked" in reason:
                reason += " (claimwatch sql reads the warehouse only; `claimwatch export` writes files)"
            raise UsageError(f"query failed: {reason}") from None
        if cur is None or cur.description is None:  # only comments, or a statement without rows
            return
        columns = [d[0] for d in cur.description]
        rows = cur.fetchall()
    write_rows(columns, rows, args.format, sys.stdout)


def explain(args) -> None:
    from claimwatch.stages.explain import explain_url
    from claimwatch.core.topic import DEFAULT_TOPIC

    path = sources_path(args.sources)
    topic = load_config(path).topic if path.is_file() else DEFAULT_TOPIC
    sys.stdout.write(explain_url(db.db_path(args.db), args.url, args.week, topic, wait_seconds=args.wait))


def write_rows(columns: list[str], rows: list[tuple], fmt: str, out) -> None:
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        json.dump([dict(zip(columns, r)) for r in rows], out, default=str, indent=1)
        out.write("\n")
    else:
        out.write(format_table(columns, rows))


def format_table(columns: list[str], rows: list[tuple], width: int = 60) -> str:
    """A plain aligned table; long cells are cut at `width` characters (use csv/json for full text)."""
    def cell(value) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def demo(args) -> None:
    from claimwatch.demo.runner import run_demo

    from claimwatch.core.paths import make_folder

    run_demo(make_folder(Path(args.out), "--out folder"), Path(args.db) if args.db else None, log=_log,
             keep_serving=args.serve)


def serve(args) -> None:
    from flows.serve_deployments import serve_deployments

    load_config(sources_path(args.sources))  # a missing or bad file stops serve now, not each run later
    serve_deployments(sources=args.sources and str(Path(args.sources).resolve()),
                      db=args.db and str(Path(args.db).resolve()))


def status(args) -> None:
    from claimwatch.stages.crawl import captures_dir

    db_file = db.db_path(args.db)
    with db.reader(db_file, wait_seconds=args.wait) as con:
        runs = db.dicts(con.execute(db.query("status_runs"), {"limit": args.runs}))
        sources = con.execute(db.query("status_sources")).fetchall()
        counts = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM versions), "
                             "(SELECT count(*) FROM claims), (SELECT count(*) FROM claim_changes)").fetchone()
    captures = sum(p.stat().st_size for p in captures_dir(db_file).rglob("*") if p.is_file())
    out = sys.stdout
    out.write(f"warehouse {db_file}: {_size(db_file.stat().st_size)}, captures {_size(captures)}; "
              f"{counts[0]} documents, {counts[1]} versions, {counts[2]} claims, {counts[3]} claim changes\n\n")
    out.write("recent runs\n")
    rows = [(f"{r['started_at']:%Y-%m-%d %H:%M}", r["command"], r["week"] or "", r["seconds"], _run_summary(r))
            for r in runs]
    out.write(format_table(["started (UTC)", "stage", "week", "seconds", "result"], rows, width=90))
    out.write("\nsources (error rate over the 28 days before the newest fetch)\n")
    out.write(format_table(["source", "last success", "fetches", "failures", "error %"], sources))


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024


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

    from claimwatch.core.paths import make_folder

    with db.reader(db.db_path(args.db), wait_seconds=args.wait) as con:
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
