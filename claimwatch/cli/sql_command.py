"""`claimwatch sql`: read-only SQL on the warehouse. The query comes from the command line, standard input
(`-`, or piped in), a file (`--file F`), or, on a terminal with none given, a prompt with history."""

import contextlib
import os
import shutil
import sys
from pathlib import Path

from claimwatch.cli.tables import write_rows
from claimwatch.core.config import warehouse_path
from claimwatch.core.errors import ClaimwatchError, UsageError
from warehouse import db

HISTORY = "~/.claimwatch_history"
HISTORY_LENGTH = 1000
_HINTS = ("Did you mean", "Candidate bindings", "HINT:")  # DuckDB's suggestions, kept in the one-line error
PROMPT_HELP = """End a statement with ; (it may span lines). Ctrl-C drops the statement being typed.
  .tables    the views (the tables behind them may change)
  .help      this text
  .quit      leave (or .exit, or Ctrl-D)"""
VIEWS = "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' ORDER BY view_name"


def run_sql(args) -> None:
    text = _query_text(args)
    db_file = warehouse_path(args.db)
    if text is None:
        prompt(args, db.require(db_file))
    else:
        run_query(text, args, db_file)


def _query_text(args) -> str | None:
    """The query, or None when the prompt should ask for queries (none given, standard input a terminal)."""
    if args.file is not None and args.query is not None:
        raise UsageError("give the query or --file, not both")
    if args.file == "-" or args.query == "-":
        return sys.stdin.read()
    if args.file is not None:
        try:
            return Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read --file {args.file}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise UsageError(f"--file {args.file} is not UTF-8 text") from None
    if args.query is not None:
        return args.query
    return None if sys.stdin.isatty() else sys.stdin.read()


def error_text(exc: Exception) -> str:
    """DuckDB's message on one line: its first line and its hints ("Did you mean ...")."""
    lines = str(exc).strip().splitlines() or [type(exc).__name__]
    hints = [line.strip() for line in lines[1:] if line.strip().startswith(_HINTS)]
    reason = " ".join([lines[0], *hints])
    if "disabled by configuration" in reason or "configuration has been locked" in reason:
        reason += " (claimwatch sql reads the warehouse only; `claimwatch export` writes files)"
    return reason


def run_query(text: str, args, db_file: Path, out=None) -> None:
    import duckdb

    if not text.strip():
        raise UsageError('empty SQL: give a query, e.g. claimwatch sql "SELECT * FROM claim_changes"')
    with db.analyst_reader(db_file, wait_seconds=args.wait) as con:
        try:
            cur = con.execute(text)
        except duckdb.Error as exc:
            raise UsageError(f"query failed: {error_text(exc)}") from None
        if cur is None or cur.description is None:  # only comments, or a statement without rows
            return
        columns = [d[0] for d in cur.description]
        json_columns = frozenset(d[0] for d in cur.description if str(d[1]) == "JSON")
        rows = cur.fetchall()
    write_rows(columns, rows, args.format, out or sys.stdout, width=shutil.get_terminal_size().columns,
               max_width=args.max_width, json_columns=json_columns)


def prompt(args, db_file: Path) -> None:
    """Statements typed at a prompt, with line editing and a history kept in ~/.claimwatch_history. Each
    statement opens the warehouse for itself, so a prompt left open never keeps a run from writing."""
    import readline

    history = Path(HISTORY).expanduser()
    with contextlib.suppress(OSError):
        readline.read_history_file(history)
    readline.set_history_length(HISTORY_LENGTH)
    print(f"claimwatch sql: {db_file}, read-only. .help for help, .quit or Ctrl-D to leave.", flush=True)
    lines: list[str] = []
    first_entry = readline.get_current_history_length()
    while True:
        try:
            line = input("   ...> " if lines else "claimwatch> ")
        except EOFError:
            print()
            return
        except KeyboardInterrupt:
            print()
            lines = []
            continue
        if not lines and line.strip().startswith("."):
            if not _dot_command(line.strip(), args, db_file):
                return
            continue
        if not lines:
            first_entry = readline.get_current_history_length() - (1 if line.strip() else 0)
        if line.strip() or lines:
            lines.append(line)
        if lines and line.rstrip().endswith(";"):
            _remember(readline, first_entry, " ".join(part.strip() for part in lines if part.strip()))
            _run_typed("\n".join(lines), args, db_file)
            lines = []
            _save_history(readline, history)


def _dot_command(command: str, args, db_file: Path) -> bool:
    """Run a .command; False means leave."""
    name = command.split()[0]
    if name in (".quit", ".exit"):
        return False
    if name == ".tables":
        _run_typed(VIEWS, args, db_file)
    elif name == ".help":
        print(PROMPT_HELP)
    else:
        print(f"unknown command {name}; .help lists them", file=sys.stderr)
    return True


def _run_typed(text: str, args, db_file: Path) -> None:
    import duckdb

    try:
        run_query(text, args, db_file)
    except ClaimwatchError as exc:  # the prompt stays: an error is one line, then the next statement
        print(f"error: {exc}", file=sys.stderr)
    except (KeyboardInterrupt, duckdb.InterruptException):
        print("interrupted", file=sys.stderr)
    sys.stdout.flush()


def _remember(readline, first_entry: int, statement: str) -> None:
    """A statement typed over several lines becomes one history entry, so the up arrow brings it back whole."""
    for position in range(readline.get_current_history_length() - 1, first_entry - 1, -1):
        readline.remove_history_item(position)
    readline.add_history(statement)


def _save_history(readline, history: Path) -> None:
    with contextlib.suppress(OSError):
        readline.write_history_file(history)
        os.chmod(history, 0o600)  # queries can name what an analyst is looking into
