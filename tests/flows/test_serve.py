"""`claimwatch serve` (a real process, with Prefect's temporary local server) registers the
deployments of prefect.yaml with their schedules, and runs them when they are triggered."""

import os
import re
import subprocess
import sys
from email import message_from_bytes, policy

import duckdb

from claimwatch.demo.runner import SOURCES_TEMPLATE
from claimwatch.demo.web_server import DemoWeb
from flows.serve_deployments import load_deployments
from tests.helpers.prefect_api import api, run_summary, wait_for, wait_for_run
from tests.helpers.smtp import smtp_env, start_smtp


def test_serve_registers_and_runs_both_deployments(tmp_path):
    inbox, smtp, smtp_port = start_smtp()
    web = DemoWeb().start()
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API_URL", "CLAIMWATCH_"))}
    env.update({"PREFECT_HOME": str(tmp_path / "prefect"), "PYTHONUNBUFFERED": "1",
                "PREFECT_RUNNER_POLL_FREQUENCY": "1",  # Prefect's setting: look for triggered runs every second
                "CLAIMWATCH_SOURCES": str(sources), **smtp_env(smtp_port)})
    log_path = tmp_path / "serve.log"
    log = open(log_path, "w")
    proc = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", "serve", "--db", "w.duckdb"], cwd=tmp_path,
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: proc.poll() is not None or "being served" in log_path.read_text(), 180, "serve to start",
                 log_path)
        assert proc.poll() is None, log_path.read_text()
        base = re.search(r"Starting temporary server on (http://127\.0\.0\.1:\d+)", log_path.read_text())[1] + "/api"
        deployments = {d["name"]: d for d in api(base, "deployments/filter", {})}
        daily = wait_for_run(base, api(base, f"deployments/{deployments['daily-crawl-process']['id']}/create_flow_run",
                                       {})["id"], log=log_path)
        assert daily["state"]["type"] == "COMPLETED", (daily["state"], log_path.read_text()[-4000:])
        con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
        (week,), = con.execute("SELECT DISTINCT week FROM fetches").fetchall()
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        con.close()
        digest = wait_for_run(base, api(base, f"deployments/{deployments['weekly-digest']['id']}/create_flow_run",
                                        {"parameters": {"week": week}})["id"], log=log_path)
        assert digest["state"]["type"] == "COMPLETED", (digest["state"], log_path.read_text()[-4000:])
        summary = run_summary(base, daily["id"])
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        log.close()
        web.stop()
        smtp.stop()
    declared = load_deployments()  # prefect.yaml: what serve must have registered
    assert set(deployments) == set(declared)
    for name, d in deployments.items():
        spec = declared[name]
        assert [(s["schedule"]["cron"], s["schedule"]["timezone"]) for s in d["schedules"]] == \
            [(s["cron"], s["timezone"]) for s in spec.get("schedules", [])], name
        assert d["description"] == spec["description"], name
        assert (d["global_concurrency_limit"] or {}).get("limit") == spec.get("concurrency_limit"), name
        fixed = {} if name == "crawl-shard" else {"db": str(tmp_path / "w.duckdb")}  # a shard takes its job file
        assert d["parameters"] == {**spec.get("parameters", {}), **fixed}, name
    # sources are not fixed: each run reads CLAIMWATCH_SOURCES
    assert documents > 10 and summary.startswith("## claimwatch run: no failures")
    assert len(inbox.messages) == 1
    assert week in message_from_bytes(inbox.messages[0][1], policy=policy.default)["Subject"]
    assert (tmp_path / "digests" / f"claimwatch-{week}.html").is_file()  # relative to where serve was started
