"""Talking to a Prefect server started by a test, over its REST API, with bounded waits; stopping the
processes a test started."""

import json
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1, never through a proxy


RETRIED = {429, 502, 503}  # a busy server: Prefect's own client retries these too


def api(base: str, path: str, body: dict | None = None, attempts: int = 5):
    """GET (or POST `body` as JSON) `base`/`path`; the decoded answer."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{base}/{path}", data=data, method="GET" if body is None else "POST",
                                     headers={"Content-Type": "application/json"})
    for attempt in range(attempts):
        try:
            with _OPENER.open(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as exc:
            if exc.code not in RETRIED or attempt == attempts - 1:
                raise
            time.sleep(2 ** attempt)


def wait_for(condition, seconds: float, what: str, log: Path | None = None):
    """Poll `condition` until it returns something true, for at most `seconds`; that value."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            value = condition()
        except (OSError, urllib.error.URLError):
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            tail = log.read_text()[-4000:] if log and log.exists() else ""
            raise AssertionError(f"gave up waiting {seconds:.0f} s for {what}\n{tail}")
        time.sleep(0.5)


def wait_for_run(base: str, run_id: str, seconds: float = 240, log: Path | None = None) -> dict:
    """The flow run once it reached a final state."""
    def finished():
        run = api(base, f"flow_runs/{run_id}")
        return run if run["state"]["type"] in FINAL else None

    return wait_for(finished, seconds, f"flow run {run_id} to finish", log)


def state_names(base: str, run_id: str) -> list[str]:
    return [s["name"] for s in api(base, f"flow_run_states/?flow_run_id={run_id}")]


def run_summary(base: str, run_id: str) -> str:
    """The claimwatch-run-summary artifact of a flow run."""
    found = api(base, "artifacts/filter", {"artifacts": {"key": {"any_": ["claimwatch-run-summary"]},
                                                         "flow_run_id": {"any_": [run_id]}}})
    assert len(found) == 1, found
    return found[0]["data"]


def stop(processes: list[subprocess.Popen]) -> None:
    """Ctrl-C to each process still running (the last started first), as an operator would; killed if
    it has not ended 30 s later."""
    for proc in reversed(processes):
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
    for proc in processes:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
