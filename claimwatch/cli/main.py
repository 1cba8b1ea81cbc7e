"""The `claimwatch` command line: library errors become one-line messages with an exit status (2 bad
input or configuration, 1 a failed run, 3 a busy warehouse, 4 another run going)."""

import os
import sys

from claimwatch.cli.parser import build_parser
from claimwatch.core.errors import ClaimwatchError, WarehouseMissing
from claimwatch.core.weeks import parse_date, parse_week

# What the command line adds to a missing warehouse (the library's message says only where it looked).
MAKE_A_WAREHOUSE = "run `claimwatch run` or `claimwatch demo` first, or pass --db"

__all__ = ["build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args) or 0
    except WarehouseMissing as exc:
        print(f"claimwatch: error: {exc}: {MAKE_A_WAREHOUSE}", file=sys.stderr)
        return exc.exit_code
    except ClaimwatchError as exc:
        print(f"claimwatch: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("claimwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `claimwatch sql ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a full disk, a folder gone read-only: the run failed, say where
        where = f": {exc.filename}" if exc.filename else ""
        print(f"claimwatch: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1


def _dispatch(args) -> int | None:
    from claimwatch.cli import commands

    if getattr(args, "as_of", None):
        args.as_of = parse_date(args.as_of)
    if getattr(args, "week", None):
        args.week = parse_week(args.week)
    handler = getattr(commands, args.command)
    return handler(args)

