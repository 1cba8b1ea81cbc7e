"""Crash points for the crash-safety tests. A test arms one point by name, explicitly: `arm(name)` in
the process (tests/crashing.py runs the command line that way), and the crawl stage hands the armed
point to its crawler process in the job file. Reaching the armed point SIGKILLs the process, as a
power cut or an OOM kill would. Nothing is read from the environment: a production run has no
point armed."""

import os
import signal

_armed: str | None = None


def arm(name: str | None) -> None:
    global _armed
    _armed = name


def armed() -> str | None:
    return _armed


def checkpoint(name: str) -> None:
    if _armed == name:
        os.kill(os.getpid(), signal.SIGKILL)
