"""`claimwatch web` in a process of its own, as a user starts it."""

import contextlib
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT


@contextlib.contextmanager
def web_server(db_file: Path, *args: str, env: dict | None = None):
    """`claimwatch web --port 0` in a process of its own, as a user starts it; yields its address, read from
    the first line it prints, and the process."""
    process = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", "web", "--db", str(db_file), "--port", "0", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, **(env or {})})
    try:
        line = process.stdout.readline()
        match = re.search(r"at (http://\S+?)/ ", line)
        assert match, f"no address in {line!r}; stderr: {process.stderr.read() if process.poll() is not None else ''}"
        yield match[1], process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
