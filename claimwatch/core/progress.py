"""Progress of long stages: a rich progress bar on a terminal, a plain line every few seconds otherwise."""

import contextlib
import sys
import time

PLAIN_INTERVAL = 5.0


@contextlib.contextmanager
def progress(description: str, total: int | None = None, log=print, stream=None):
    """Yields `update(done)`; the caller reports how many items are done so far."""
    stream = stream or sys.stderr
    if stream.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn()]
        with Progress(*columns, console=Console(file=stream), transient=True) as bar:
            task = bar.add_task(description, total=total)
            yield lambda done: bar.update(task, completed=done)
        return
    last = {"at": time.monotonic(), "done": 0}

    def update(done: int) -> None:
        if done != last["done"] and time.monotonic() - last["at"] >= PLAIN_INTERVAL:
            log(f"  {description}: {done}" + (f"/{total}" if total else ""))
            last.update(at=time.monotonic(), done=done)

    yield update
