"""One pipeline run per warehouse at a time: an exclusive lock on `<db>.lock`.

The kernel drops an flock when its process dies, so a lock left by a killed run is simply free
again; the pid written into the file lets us say whose it was.
"""

import contextlib
import datetime as dt
import fcntl
import os
from pathlib import Path

from claimwatch.core.errors import ClaimwatchError, UsageError
from claimwatch.core.paths import make_folder

_held: dict[Path, int] = {}  # lock path -> depth, so stages inside `run` do not lock themselves out


class AlreadyRunning(ClaimwatchError):
    exit_code = 4
    transient = True  # the other run finishes


def lock_path(db_file: Path) -> Path:
    return Path(str(db_file) + ".lock")


@contextlib.contextmanager
def run_lock(db_file: Path, log=print):
    path = lock_path(Path(db_file)).resolve()
    if path in _held:
        _held[path] += 1
        try:
            yield
        finally:
            _held[path] -= 1
        return
    make_folder(path.parent, "the warehouse folder")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a read-only folder: no run can write there
        raise UsageError(f"cannot write beside warehouse {db_file}: {path}: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(fd, 200, 0).decode(errors="replace").strip() or "unknown"
            raise AlreadyRunning(f"another claimwatch run is already using {db_file} ({owner}); "
                                 "try again when it has finished") from None
        previous = os.pread(fd, 200, 0).decode(errors="replace").strip()
        if previous:
            log(f"note: took over the lock of a run that did not finish ({previous})")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M:%S} UTC".encode(), 0)
        _held[path] = 1
        try:
            yield
        finally:
            del _held[path]
            os.ftruncate(fd, 0)  # an empty file marks a clean finish
    finally:
        os.close(fd)
