"""A Dask scheduler and workers as separate processes on 127.0.0.1, started with the `dask` command as
an operator starts them (README, "Scaling out")."""

import contextlib
import subprocess
import sys
from pathlib import Path

from tests.helpers.prefect_api import stop
from tests.helpers.smtp import free_port

DASK = str(Path(sys.executable).with_name("dask"))


@contextlib.contextmanager
def dask_cluster(workers: int, log_dir: Path):
    """Yields the scheduler's `dask://` address once `workers` worker processes have joined it."""
    from distributed import Client

    port = free_port()
    processes = []
    try:
        with open(log_dir / "scheduler.log", "wb") as slog, open(log_dir / "workers.log", "wb") as wlog:
            processes.append(subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                               "--no-dashboard"], stdout=slog, stderr=subprocess.STDOUT))
            processes.append(subprocess.Popen([DASK, "worker", f"tcp://127.0.0.1:{port}", "--nworkers", str(workers),
                                               "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1",
                                               "--preload", "claimwatch.stages.page_analysis"],
                                              stdout=wlog, stderr=subprocess.STDOUT))
        with Client(f"tcp://127.0.0.1:{port}", timeout=60, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=120)
        yield f"dask://127.0.0.1:{port}"
    finally:
        stop(processes)
