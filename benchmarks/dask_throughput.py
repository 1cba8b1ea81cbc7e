"""The process stage on the local process pool and on a Dask cluster, at the same pages, in one run.

    uv run python benchmarks/dask_throughput.py                  # 5,000 pages, 2 rounds
    uv run python benchmarks/dask_throughput.py --pages 1000 --rounds 1

Generates N realistic pages about 7-OH as WARC captures with their fetch log (as a crawl leaves them;
benchmarks/process_throughput.py makes them), then, round after round, runs the process stage on a
fresh copy of that warehouse three ways, each in a child process of its own: the local pool (one
worker per core), and a Dask cluster of 1 and of 2 worker processes (`dask scheduler` and
`dask worker --nworkers K --nthreads 1`, started as separate processes before the clock starts,
as an operator's cluster is already running). Prints pages/s, the overhead of each Dask run against
the local run of the same round (this machine is shared, and its speed drifts), and the peak RSS of
the largest worker. Target: Dask with 2 workers within 15% of the local pool on 2 cores.
"""

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from process_throughput import WorkerPeaks

DASK = str(Path(sys.executable).with_name("dask"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# The operator's settings for the cluster (README, "Scaling out"): the workers' statistical profiler
# samples every thread each 10 ms, which costs an idle worker ~4% of a core here.
CLUSTER_ENV = {**os.environ, "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}


def start_cluster(workers: int, logs: Path, extra_env: dict | None = None) -> tuple[list[subprocess.Popen], str]:
    """A scheduler and `workers` worker processes; only this run's cluster is up while it runs."""
    port = free_port()
    env = {**CLUSTER_ENV, **(extra_env or {})}
    log = open(logs / f"dask-{workers}.log", "ab")
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                              stdout=log, stderr=subprocess.STDOUT, env=env),
             subprocess.Popen([DASK, "worker", f"tcp://127.0.0.1:{port}", "--nworkers", str(workers), "--nthreads", "1",
                               "--no-dashboard", "--host", "127.0.0.1", "--preload", "claimwatch.stages.page_analysis"],
                              stdout=log, stderr=subprocess.STDOUT, env=env)]
    from distributed import Client

    with Client(f"tcp://127.0.0.1:{port}", timeout=60) as client:
        client.wait_for_workers(workers, timeout=120)
    return procs, f"dask://127.0.0.1:{port}"


def stop_cluster(procs: list[subprocess.Popen]) -> None:
    for proc in reversed(procs):
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


class WorkerUsage(WorkerPeaks):
    """Also the CPU seconds of this process's descendants (the local pool's workers), as last sampled."""

    def __init__(self):
        self.cpu: dict[int, float] = {}
        super().__init__()

    def _sample(self) -> None:
        ticks = os.sysconf("SC_CLK_TCK")
        while self._running:
            for pid in self._descendants():
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    self.cpu[pid] = (int(fields[11]) + int(fields[12])) / ticks
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except (OSError, ValueError, IndexError):
                    continue
            time.sleep(0.5)


def _cluster_usage(executor: str) -> dict[str, tuple[float, float]]:
    """Each Dask worker's (peak RSS in MB, CPU seconds so far)."""
    from distributed import Client

    def usage():
        u = resource.getrusage(resource.RUSAGE_SELF)
        return u.ru_maxrss / 1024, u.ru_utime + u.ru_stime

    with Client(executor.replace("dask://", "tcp://")) as client:
        return client.run(usage)


def measure(db_file: Path, executor: str | None) -> dict:
    """The process stage, in this (child) process; peak RSS of the workers it used."""
    from claimwatch.core.config import Config
    from claimwatch.stages.process import process

    peaks = WorkerUsage() if executor is None else None
    worker_cpu: list[float] = []
    before = _cluster_usage(executor) if executor else {}  # the workers' start-up (imports) is not the stage's
    started = time.perf_counter()
    result = process(Config(path=Path("bench")), db_file, weeks={"2026-W46"}, log=lambda m: None, executor=executor)
    seconds = time.perf_counter() - started
    if peaks:
        worker_mb = [peaks.stop()]
        worker_cpu = [c for c in peaks.cpu.values() if c > 1]  # the pool's workers (not the idle forkserver)
    else:
        after = _cluster_usage(executor)
        worker_mb = [mb for mb, _ in after.values()]
        worker_cpu = [cpu - before.get(worker, (0, 0))[1] for worker, (_, cpu) in after.items()]
    own = resource.getrusage(resource.RUSAGE_SELF)
    return {"seconds": seconds, "driver_cpu": own.ru_utime + own.ru_stime,
            "worker_cpu": worker_cpu, "versions": result.versions, "claims": result.claims, "worker_mb": worker_mb,
            "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_child(db_file: Path, executor: str | None, chunk: int) -> dict:
    child = subprocess.run([sys.executable, __file__, "--child", str(db_file), "--executor", executor or "local",
                            "--chunk", str(chunk)],
                           capture_output=True, text=True)
    if child.returncode:
        sys.exit(f"the {executor or 'local'} run failed:\n{child.stderr[-3000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--executor", help=argparse.SUPPRESS)
    parser.add_argument("--chunk", type=int, default=0, help="pages per task (default: the stage's CHUNK)")
    parser.add_argument("--worker-env", nargs="*", default=[], metavar="KEY=VALUE",
                        help="environment of the Dask processes, e.g. Dask settings to try")
    args = parser.parse_args()
    if args.child:
        executor = None if args.executor == "local" else args.executor
        if args.chunk:
            from claimwatch.stages import extract_pending

            extract_pending.CHUNK = args.chunk
        print(json.dumps(measure(Path(args.child), executor)))
        return
    print(f"{args.pages} generated news pages (~107 KB each, 1 in 20 a syndicated copy); {os.cpu_count()} cores",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pristine = tmp / "pristine" / "bench.duckdb"
        pristine.parent.mkdir()
        bench = Path(__file__).with_name("process_throughput.py")
        subprocess.run([sys.executable, str(bench), "--build", str(args.pages), str(pristine)], check=True)
        rates: dict[str, list[float]] = {"local pool": [], "dask 1 worker": [], "dask 2 workers": []}
        overheads: dict[str, list[float]] = {"dask 1 worker": [], "dask 2 workers": []}
        cpu: dict[str, list[float]] = {name: [] for name in rates}
        for round_no in range(1, args.rounds + 1):
            local_rate = 0.0
            for name, workers in (("local pool", 0), ("dask 1 worker", 1), ("dask 2 workers", 2)):
                work = tmp / "run"
                shutil.rmtree(work, ignore_errors=True)
                shutil.copytree(pristine.parent, work)
                extra_env = dict(kv.split("=", 1) for kv in args.worker_env)
                procs, executor = start_cluster(workers, tmp, extra_env) if workers else ([], None)
                try:
                    r = run_child(work / "bench.duckdb", executor, args.chunk)
                finally:
                    stop_cluster(procs)
                rate = args.pages / r["seconds"]
                rates[name].append(rate)
                line = (f"round {round_no} {name:>15}: {rate:6.1f} pages/s ({r['seconds']:.1f} s; "
                        f"{r['versions']} versions, {r['claims']} claims); peak RSS per worker "
                        + ", ".join(f"{mb:.0f}" for mb in r["worker_mb"]) + f" MB, driver {r['driver_mb']:.0f} MB")
                if executor is None:
                    local_rate = rate
                else:
                    overhead = local_rate / rate - 1
                    overheads[name].append(overhead)
                    line += f"; overhead vs local {overhead:+.1%}"
                # CPU time is what a busy, shared machine disturbs least: ms of worker CPU per page
                line += (f"; CPU: driver {r['driver_cpu']:.0f} s, workers {sum(r['worker_cpu']):.0f} s "
                         f"({1000 * sum(r['worker_cpu']) / args.pages:.1f} ms/page)")
                cpu[name].append(1000 * sum(r["worker_cpu"]) / args.pages)
                print(line, flush=True)
    print("median:", "; ".join(f"{name} {statistics.median(r):.1f} pages/s" for name, r in rates.items()))
    print("median worker CPU per page:", "; ".join(f"{name} {statistics.median(c):.1f} ms" for name, c in cpu.items()))
    for name, values in overheads.items():
        print(f"median overhead of {name} against the local pool: {statistics.median(values):+.1%}"
              + (" (target: within 15%)" if name == "dask 2 workers" else ""))


if __name__ == "__main__":
    main()
