"""The deployments run as an operator runs them (README, "Scheduling with Prefect"), each step a
process of its own: `prefect server start` (the session's server, tests/flows/conftest.py),
`prefect work-pool create`, `prefect deploy --all` from the repository, two `prefect worker start --type
process` on the pool, `prefect deployment run`. The worker finds its files through CLAIMWATCH_* variables; the
web is the demo's, kept up by `claimwatch demo --serve`; the digest goes to a real SMTP server.
"""

import re
import signal
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

import duckdb
import pytest

from claimwatch.core.config import load_config
from claimwatch.stages.crawl import crawl
from tests.helpers import ROOT
from tests.helpers.prefect_api import api, run_summary, state_names, stop, wait_for, wait_for_run
from tests.helpers.smtp import smtp_env, start_smtp
from tests.stages.test_crawl_shards import fetch_rows

PREFECT = [sys.executable, "-m", "prefect"]


class Operator:
    """The processes an operator starts, their logs, and the server's API."""

    def __init__(self, tmp: Path, server):
        self.tmp = tmp
        self.api = server.api
        # Prefect's own setting, for a quicker turn than its default (10 s between the worker's looks for work)
        self.env = {**server.environment(), "PREFECT_WORKER_QUERY_SECONDS": "1"}
        self.processes: list[subprocess.Popen] = []

    def start(self, name: str, args: list[str], env: dict | None = None, cwd: Path = ROOT) -> Path:
        log = self.tmp / f"{name}.log"
        with open(log, "w") as out:
            self.processes.append(subprocess.Popen(args, cwd=cwd, env=env or self.env, stdout=out,
                                                   stderr=subprocess.STDOUT))
        return log

    def run(self, args: list[str], cwd: Path = ROOT) -> str:
        result = subprocess.run(args, cwd=cwd, env=self.env, capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        return result.stdout

    def trigger(self, deployment: str, *options: str) -> str:
        """`prefect deployment run`; the flow run's id."""
        out = self.run(PREFECT + ["deployment", "run", deployment, *options])
        return re.search(r"UUID: ([0-9a-f-]{36})", out)[1]

    def stop(self) -> None:
        stop(self.processes)


@pytest.fixture(scope="module")
def operator(prefect_server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("deployments")
    op = Operator(tmp, prefect_server)
    inbox, smtp, smtp_port = start_smtp()
    try:
        op.demo_log = op.start("demo", [sys.executable, "-m", "claimwatch.cli", "demo", "--serve", "--out",
                                        str(tmp / "demo")], cwd=tmp)
        op.run(PREFECT + ["work-pool", "create", "claimwatch", "--type", "process"])
        op.run(PREFECT + ["--no-prompt", "deploy", "--all"])
        wait_for(lambda: "keeps serving" in op.demo_log.read_text(), 120, "the demo web", op.demo_log)
        op.home = tmp / "home"  # where the worker keeps its data; the code stays in the repository
        worker_env = {**op.env, **smtp_env(smtp_port), "CLAIMWATCH_HOME": str(op.home),
                      "CLAIMWATCH_SOURCES": str(tmp / "demo" / "demo-sources.toml"),
                      "CLAIMWATCH_DB": "data/claimwatch.duckdb"}
        op.worker_log = op.start("worker", PREFECT + ["worker", "start", "--pool", "claimwatch", "--type", "process",
                                                      "--name", "first"], env=worker_env)
        # a second machine of the pool (the same files here: CLAIMWATCH_HOME stands for a shared volume)
        op.second_worker_log = op.start("worker-2", PREFECT + ["worker", "start", "--pool", "claimwatch", "--type",
                                                               "process", "--name", "second"], env=worker_env)
        op.inbox = inbox
        yield op
    finally:
        op.stop()
        smtp.stop()


def test_deploy_registers_the_deployments(operator):
    deployments = {d["name"]: d for d in api(operator.api, "deployments/filter", {})
                   if d["work_pool_name"] == "claimwatch"}
    assert set(deployments) == {"daily-crawl-process", "weekly-digest", "crawl-shard"}
    assert deployments["daily-crawl-process"]["parameters"] == {}  # paths from the worker's environment
    assert deployments["weekly-digest"]["parameters"] == {"out": "digests", "send": True}
    for name in ("daily-crawl-process", "weekly-digest"):
        assert deployments[name]["global_concurrency_limit"]["limit"] == 1
    shard = deployments["crawl-shard"]  # started by the daily runs, on demand; shards run side by side
    assert shard["parameters"] == {} and shard["schedules"] == [] and shard["global_concurrency_limit"] is None


@pytest.fixture(scope="module")
def daily_runs(operator):
    """Two runs of the daily deployment triggered at once: the second waits for the first."""
    ids = [operator.trigger("claimwatch-pipeline/daily-crawl-process") for _ in range(2)]
    return [wait_for_run(operator.api, run_id, log=operator.worker_log) for run_id in ids]


def test_daily_deployment_runs_and_fills_the_warehouse(operator, daily_runs):
    for run in daily_runs:
        assert run["state"]["type"] == "COMPLETED", (run["state"], operator.worker_log.read_text()[-4000:])
    first, second = sorted(daily_runs, key=lambda r: r["start_time"])
    assert first["end_time"] <= second["start_time"]  # one at a time
    assert "AwaitingConcurrencySlot" in state_names(operator.api, second["id"])  # queued, not failed on the lock
    summary = run_summary(operator.api, first["id"])
    assert summary.startswith("## claimwatch run: no failures")
    week = crawled_week(operator)
    con = duckdb.connect(str(operator.home / "data" / "claimwatch.duckdb"), read_only=True)
    try:
        first_run, second_run = con.execute(  # (ok, not_modified) fetches of each run
            "SELECT count(*) FILTER (outcome = 'ok'), count(*) FILTER (outcome = 'not_modified') FROM fetches "
            "WHERE week = ? GROUP BY run_id ORDER BY min(fetched_at)", [week]).fetchall()
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        pages = con.execute("SELECT count(DISTINCT url) FROM fetches WHERE role = 'document' AND outcome = 'ok'"
                            ).fetchone()[0]
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
    finally:
        con.close()
    assert first_run[0] > 0 and f"| crawl {week} | fetches: ok |" in summary
    assert documents == pages > 10  # every page of the demo web is stored
    assert second_run[0] == 0 and second_run[1] > 0  # the queued run found everything unchanged (304s)


def crawled_week(operator) -> str:
    """The week the runs crawled (today's, in UTC)."""
    con = duckdb.connect(str(operator.home / "data" / "claimwatch.duckdb"), read_only=True)
    try:
        (week,), = con.execute("SELECT DISTINCT week FROM fetches").fetchall()
    finally:
        con.close()
    return week


@pytest.fixture(scope="module")
def later_runs(operator, daily_runs):
    """At once: the digest of the crawled week, and a daily run whose sources are all refused (the
    demo web, with private addresses not allowed)."""
    week = crawled_week(operator)
    refused = operator.tmp / "refused.toml"
    refused.write_text((operator.tmp / "demo" / "demo-sources.toml").read_text()
                       .replace("allow_private_networks = true", "allow_private_networks = false"))
    ids = {"digest": operator.trigger("claimwatch-digest/weekly-digest", "--param", f"week={week}"),
           "refused": operator.trigger("claimwatch-pipeline/daily-crawl-process", "--param", f"sources={refused}")}
    return week, {name: wait_for_run(operator.api, run_id, log=operator.worker_log) for name, run_id in ids.items()}


def test_weekly_digest_deployment_sends_the_mail(operator, later_runs):
    week, runs = later_runs
    assert runs["digest"]["state"]["type"] == "COMPLETED", (runs["digest"]["state"],
                                                           operator.worker_log.read_text()[-4000:])
    assert len(operator.inbox.messages) == 1
    recipients, content = operator.inbox.messages[0]
    assert recipients == ["a@example.org", "b@example.org"]
    assert f"7-hydroxymitragynine · {week}:" in message_from_bytes(content, policy=policy.default)["Subject"]
    assert (operator.home / "digests" / f"claimwatch-{week}.html").is_file()


def test_a_run_in_which_no_source_answered_fails(operator, later_runs):
    run = later_runs[1]["refused"]
    assert run["state"]["type"] == "FAILED"
    assert "no source produced a successful fetch: Riverbend Ledger (private_address_refused" in run["state"]["message"]
    assert run_summary(operator.api, run["id"]).startswith("## claimwatch run failed: crawl ")
    crawls = [t for t in api(operator.api, "task_runs/filter", {"flow_runs": {"id": {"any_": [run["id"]]}}})
              if t["name"].startswith("crawl-")]
    assert [t["run_count"] for t in crawls] == [1]  # refused by configuration: not retried


def test_daily_run_crawls_its_shards_on_the_workers_of_the_pool(operator, daily_runs):
    """crawl_shards=2 with shard_placement "pool": each shard a crawl-shard deployment run that either
    worker may take; the warehouse ends up as a plain crawl leaves it."""
    demo = (operator.tmp / "demo" / "demo-sources.toml").read_text()
    head, name, tail = demo.partition('name = "Harbor Light Recovery"')
    sources = operator.tmp / "two-sites.toml"  # the demo's sources on two sites (127.0.0.1 and localhost)
    sources.write_text(head + name + tail.replace("127.0.0.1", "localhost"))
    sharded = operator.tmp / "shards" / "w.duckdb"
    run_id = operator.trigger("claimwatch-pipeline/daily-crawl-process", "--param", f"sources={sources}",
                              "--param", f"db={sharded}", "--param", "crawl_shards=2",
                              "--param", "shard_placement=pool")
    run = wait_for_run(operator.api, run_id, log=operator.worker_log)
    assert run["state"]["type"] == "COMPLETED", (run["state"], operator.worker_log.read_text()[-4000:],
                                                 operator.second_worker_log.read_text()[-4000:])
    deployment = next(d for d in api(operator.api, "deployments/filter", {}) if d["name"] == "crawl-shard")
    shards = api(operator.api, "flow_runs/filter", {"flow_runs": {"deployment_id": {"any_": [deployment["id"]]}}})
    assert [s["state"]["type"] for s in shards] == ["COMPLETED", "COMPLETED"]
    jobs = sorted(s["parameters"]["job"] for s in shards)
    assert [Path(j).parent.parent for j in jobs] == [sharded.parent / "w-captures"] * 2  # the run's captures folder
    assert len(set(jobs)) == 2
    parents = api(operator.api, "task_runs/filter", {"task_runs": {"id": {"any_": [s["parent_task_run_id"]
                                                                                    for s in shards]}}})
    assert {t["flow_run_id"] for t in parents} == {run_id}  # subflows of the daily run
    plain = operator.tmp / "plain" / "w.duckdb"
    crawl(load_config(sources), plain, log=lambda m: None)
    assert fetch_rows(sharded) == fetch_rows(plain)


def test_demo_web_stops_on_ctrl_c(operator, daily_runs):
    demo = next(p for p in operator.processes if "demo" in p.args)
    demo.send_signal(signal.SIGINT)
    assert demo.wait(timeout=30) == 0
    assert operator.demo_log.read_text().rstrip().endswith("demo web stopped")

