"""`claimwatch serve` registers the deployments of prefect.yaml with their schedules (real process)."""

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_serve_registers_both_schedules(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PYTHONUNBUFFERED": "1"}
    env.pop("PREFECT_API_URL", None)
    log = open(tmp_path / "serve.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", "serve", "--db", str(tmp_path / "w.duckdb"),
                             "--sources", str(ROOT / "sources.toml")], cwd=tmp_path, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline and "being served" not in (tmp_path / "serve.log").read_text():
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            time.sleep(0.5)
        output = (tmp_path / "serve.log").read_text()
        assert "being served" in output, output
        api = re.search(r"Starting temporary server on (http://127\.0\.0\.1:\d+)", output)[1]
        request = urllib.request.Request(f"{api}/api/deployments/filter", data=b"{}", method="POST",
                                         headers={"Content-Type": "application/json"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deployments = json.load(opener.open(request, timeout=30))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    schedules = {d["name"]: [(s["schedule"]["cron"], s["schedule"]["timezone"]) for s in d["schedules"]]
                 for d in deployments}
    assert schedules == {"daily-crawl-process": [("0 6 * * *", "UTC")], "weekly-digest": [("0 7 * * 1", "UTC")]}
    params = {d["name"]: d["parameters"] for d in deployments}
    assert params["weekly-digest"]["send"] is True and params["daily-crawl-process"]["db"] == str(tmp_path / "w.duckdb")
