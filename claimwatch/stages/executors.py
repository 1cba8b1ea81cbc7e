"""Where the process stage analyses pages: a local process pool (the default), this process (a few
pages), or a Dask cluster (`--executor dask://HOST:PORT`).

All three are concurrent.futures-style executors (Dask's through `Client.get_executor`), so the batch
loop of extract_pending is one code path: it submits chunks of fetch rows, which name a capture (WARC
file and offset) and never carry its body, and gets the finished rows back. Only the driver writes
the warehouse. A Dask worker that dies is replaced by the scheduler, which runs its tasks again
elsewhere; the driver only gives up, with one line, when the cluster cannot do the work any more.
"""

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import time
import urllib.parse
from collections.abc import Callable, Iterator

from claimwatch.core.errors import ClaimwatchError, UsageError
from claimwatch.stages import page_analysis

CONNECT_SECONDS = 10.0  # waiting for a Dask scheduler that does not answer
NO_WORKERS_SECONDS = 60.0  # a cluster without workers for this long cannot finish the batch
CHECK_SECONDS = 2.0


class ExecutorFailed(ClaimwatchError):
    """The cluster could not be reached or stopped doing the work; nothing of the unfinished batch was
    written, and a later run may succeed."""

    transient = True


def dask_address(spec: str) -> str:
    """`dask://HOST:PORT` -> `tcp://HOST:PORT`; UsageError for anything else."""
    parsed = urllib.parse.urlsplit(spec)
    try:
        port = parsed.port
    except ValueError:
        port = None
    if parsed.scheme != "dask" or not parsed.hostname or not port or parsed.path not in ("", "/") or parsed.query:
        raise UsageError(f"--executor {spec!r}: expected `local` or dask://HOST:PORT (a Dask scheduler's address)")
    host = f"[{parsed.hostname}]" if ":" in parsed.hostname else parsed.hostname
    return f"tcp://{host}:{port}"


def check_executor(spec: str | None) -> None:
    """Fail now, with a usage error, on an executor the stage could not use."""
    if spec and spec != "local":
        dask_address(spec)


class PageExecutor:
    """Runs page analysis tasks; `result` waits for one, checking now and then that the work can still
    be done."""

    def __init__(self, executor: cf.Executor | None, where: str, check: Callable[[], None] = lambda: None):
        self.executor, self.where, self._check = executor, where, check

    def submit(self, fn, *args) -> "cf.Future | _Later":
        if self.executor is None:  # here, when the result is asked for
            return _Later(fn, args)
        return self.executor.submit(fn, *args)

    def result(self, future):
        if isinstance(future, _Later):
            return future.result()
        while True:
            try:
                return future.result(timeout=CHECK_SECONDS)
            except cf.TimeoutError:
                self._check()
            except cf.CancelledError:
                raise ExecutorFailed(f"{self.where} cancelled the work (was the scheduler restarted?); "
                                     "nothing of the unfinished batch was written") from None
            except Exception as exc:
                raise _failure(exc, self.where) from None


class _Later:
    def __init__(self, fn, args):
        self.fn, self.args = fn, args

    def result(self):
        return self.fn(*self.args)


def _failure(exc: Exception, where: str) -> Exception:
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(exc, BrokenProcessPool):
        return ExecutorFailed("a worker of the local process pool died (out of memory?); "
                              "nothing of the unfinished batch was written")
    if type(exc).__name__ == "KilledWorker":  # distributed.KilledWorker: the same task killed several workers
        return ExecutorFailed(f"workers of {where} died again and again on the same pages (out of memory?); "
                              "nothing of the unfinished batch was written")
    if isinstance(exc, (OSError, TimeoutError)) or type(exc).__name__ in ("CommClosedError", "FutureCancelledError"):
        return ExecutorFailed(f"lost {where}: {exc}; nothing of the unfinished batch was written")
    return exc  # a bug: shown as it is


@contextlib.contextmanager
def page_executor(spec: str | None, workers: int, pages: int, local_minimum: int) -> Iterator[PageExecutor]:
    """The executor `spec` names: None or `local`, a pool of `workers` processes (none for fewer than
    `local_minimum` pages, which are quicker to do here); `dask://HOST:PORT`, that cluster."""
    if spec and spec != "local":
        with _dask(dask_address(spec)) as executor:
            yield executor
        return
    if workers <= 1 or pages < local_minimum:
        yield PageExecutor(None, "this process")
        return
    # forkserver: workers start clean (no DuckDB or lock state from this process); recycled now and
    # then so that what a worker accumulates does not grow with the corpus. The server imports the
    # analysis once, so a new worker does not spend 1.5 s importing it.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([page_analysis.__name__])
    pool = cf.ProcessPoolExecutor(workers, mp_context=context, max_tasks_per_child=250)
    try:
        yield PageExecutor(pool, f"a local pool of {workers} processes")
    finally:
        pool.shutdown(cancel_futures=True)


@contextlib.contextmanager
def _dask(address: str) -> Iterator[PageExecutor]:
    from distributed import Client

    where = f"the Dask cluster at {address}"
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ExecutorFailed(f"cannot reach {where} within {CONNECT_SECONDS:.0f} s "
                             f"({str(exc).splitlines()[0][:200]}); is `dask scheduler` running there?") from None
    no_workers_since: list[float] = []

    def check() -> None:
        """Raise when the cluster has had no workers for NO_WORKERS_SECONDS (the scheduler would wait forever)."""
        if client.status not in ("running", "connecting"):
            raise ExecutorFailed(f"lost {where} (client {client.status}); nothing of the unfinished batch was written")
        try:
            count = len(client.nthreads())
        except (OSError, TimeoutError):
            count = 0
        if count:
            no_workers_since.clear()
            return
        no_workers_since[:] = no_workers_since or [time.monotonic()]
        if time.monotonic() - no_workers_since[0] > NO_WORKERS_SECONDS:
            raise ExecutorFailed(f"{where} has had no workers for {NO_WORKERS_SECONDS:.0f} s; "
                                 "nothing of the unfinished batch was written")

    try:
        # pure=False: every submission is its own task (a retried batch is computed again, not looked up)
        yield PageExecutor(client.get_executor(pure=False), where, check)
    finally:
        with contextlib.suppress(Exception):  # the scheduler may already be gone; nothing is left to save
            client.close(timeout=5)


def default_workers() -> int:
    return os.cpu_count() or 1
