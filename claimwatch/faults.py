"""Crash points for the crash-safety tests: `CLAIMWATCH_KILL_AT=<name>` makes the process SIGKILL
itself when it reaches the named point, as a power cut or an OOM kill would."""

import os
import signal


def checkpoint(name: str) -> None:
    if os.environ.get("CLAIMWATCH_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
