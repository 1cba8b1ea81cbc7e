"""The command line's options: every command, its options and their help."""

import argparse

from claimwatch.core.config import DEFAULT_DB, DEFAULT_DEMO_OUT, DEFAULT_DIGESTS, DEFAULT_SOURCES


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        # one line, exit status 2, as for every other bad input
        self.exit(2, f"{self.prog}: error: {message}\n")


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, not {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 86400:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"expected seconds from 0 to 86400, not {text!r}")
    return value


def _add_db(p):
    p.add_argument("--db", help=f"warehouse file (default {DEFAULT_DB}, env CLAIMWATCH_DB)")


def _add_sources(p):
    p.add_argument("--sources", help=f"sources file (default {DEFAULT_SOURCES}, env CLAIMWATCH_SOURCES)")


def _add_as_of(p):
    p.add_argument("--as-of", dest="as_of", help="run for the ISO week containing this date, YYYY-MM-DD (default today)")


def _add_executor(p):
    p.add_argument("--executor", help="where pages are analysed: `local` (a process pool, the default) or "
                   "dask://HOST:PORT (a Dask scheduler; see README, Scaling out)")
    p.add_argument("--captures", metavar="LOCATION",
                   help="where the executor's workers read the captures: a folder they all see, or an fsspec URL "
                        "such as s3://bucket/claimwatch-captures (default: the folder beside the warehouse)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="claimwatch", description="Watch the web for changing claims about a compound.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("demo", help="run two simulated weeks on the bundled offline demo web")
    p.add_argument("--db", help="warehouse file for the demo (default OUT/claimwatch-demo.duckdb; replaced each run)")
    p.add_argument("--out", default=DEFAULT_DEMO_OUT,
                   help=f"folder for the demo's digest and warehouse (default {DEFAULT_DEMO_OUT})")
    p.add_argument("--serve", action="store_true", help="keep the demo web serving afterwards, until Ctrl-C")
    p.add_argument("--web", action="store_true", help="then open the web view of the demo's warehouse (claimwatch web)")

    for name, text in (("run", "crawl + process + claim diff for one week"),
                       ("crawl", "crawl the sources (stage 1)"),
                       ("process", "extract, version, cluster, extract claims, diff (stage 2)")):
        p = sub.add_parser(name, help=text)
        _add_sources(p)
        _add_db(p)
        _add_as_of(p)
        if name in ("run", "process"):
            _add_executor(p)

    p = sub.add_parser("digest", help="render (and optionally send) a week's digest")
    p.add_argument("--week", help="YYYY-Www (default: the current week)")
    p.add_argument("--out", default=DEFAULT_DIGESTS, help=f"output folder (default {DEFAULT_DIGESTS})")
    p.add_argument("--send", action="store_true", help="mail it over SMTP (settings from CLAIMWATCH_SMTP_* variables)")
    p.add_argument("--resend", action="store_true", help="with --send: send again even if already sent")
    _add_sources(p)
    _add_db(p)

    p = sub.add_parser("sql", help="read-only SQL on the warehouse")
    p.add_argument("query", nargs="?", help='e.g. "SELECT * FROM claim_changes"; - reads it from standard input '
                                            "(also when piped in); none on a terminal: a prompt with history")
    p.add_argument("--file", metavar="F", help="read the query (or several statements) from file F")
    p.add_argument("--format", choices=("table", "csv", "json", "markdown"), default="table")
    p.add_argument("--max-width", dest="max_width", type=_count, metavar="N",
                   help="table: wrap each cell at N characters (default: fit the terminal's width)")
    p.add_argument("--wait", type=_seconds, default=30.0, help="seconds to wait while a run writes (default 30)")
    _add_db(p)

    p = sub.add_parser("explain", help="why a page's claims were or were not flagged in a week")
    p.add_argument("url", help="the page's URL, as in the documents view")
    p.add_argument("--week", help="YYYY-Www (default: the last week the page got a new version)")
    p.add_argument("--wait", type=float, default=30.0, help="seconds to wait while a run writes (default 30)")
    _add_sources(p)
    _add_db(p)

    p = sub.add_parser("status", help="recent runs, source health, warehouse size")
    p.add_argument("--runs", type=_count, default=10, help="how many recent runs to show (default 10)")
    p.add_argument("--wait", type=_seconds, default=30.0, help="seconds to wait while a run writes (default 30)")
    _add_db(p)

    p = sub.add_parser("export", help="write every warehouse view as a Parquet file")
    p.add_argument("--parquet", required=True, metavar="DIR", help="output folder")
    p.add_argument("--wait", type=_seconds, default=30.0, help="seconds to wait while a run writes (default 30)")
    _add_db(p)

    p = sub.add_parser("web", help="read-only web view: changes, page histories, captures, feed and API")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1; any other needs CLAIMWATCH_WEB_TOKEN)")
    p.add_argument("--port", type=_port, default=8000, help="port (default 8000; 0: any free port)")
    p.add_argument("--wait", type=_seconds, default=10.0, help="seconds a request waits while a run writes (default 10)")
    _add_sources(p)
    _add_db(p)

    p = sub.add_parser("notify", help="send pending alerts to the Apprise URLs of [notify] in the sources file")
    p.add_argument("--week", help="YYYY-Www (default: the current week and the one before)")
    _add_sources(p)
    _add_db(p)

    p = sub.add_parser("serve", help="run the Prefect deployments on their schedules, locally")
    _add_sources(p)
    _add_db(p)
    return parser
