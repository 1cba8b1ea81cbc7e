"""The `claimwatch` command line."""

from claimwatch.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
