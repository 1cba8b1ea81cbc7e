"""The flows of the two deployments, run in this process against the session's Prefect server
(tests/flows/conftest.py): they run the same stages as the command line. test_deployments.py runs them
as an operator does (`prefect deploy`, a worker)."""

import asyncio
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

from claimwatch.demo.runner import SOURCES_TEMPLATE
from claimwatch.demo.web_server import DemoWeb
from tests.helpers import ROOT, write_sources
from tests.helpers.smtp import free_port, smtp_env, start_smtp

FLOWS = ROOT / "flows"


def test_serve_runs_the_flow_of_each_deployment_in_prefect_yaml():
    """`claimwatch serve` and `prefect deploy` must run the same flow for a deployment."""
    from flows.serve_deployments import FLOWS as SERVED
    from flows.serve_deployments import load_deployments

    deployments = load_deployments()
    assert set(deployments) == set(SERVED)
    for name, spec in deployments.items():
        flow = SERVED[name]
        assert spec["entrypoint"] == f"flows/{flow.fn.__module__.split('.')[-1]}.py:{flow.fn.__name__}", name
        assert not {"sources", "db"} & set(spec.get("parameters", {}))  # paths come from the worker's environment


def test_no_flow_module_shadows_an_importable_name():
    """Prefect puts an entrypoint's folder first on sys.path: flows/digest.py once hid the digest package."""
    import importlib.util

    for module in FLOWS.glob("*.py"):
        name = module.stem
        if name == "__init__":
            continue
        assert name not in sys.stdlib_module_names, name
        assert not (ROOT / name).exists(), name  # a top-level package of ours
        assert importlib.util.find_spec(name) is None, name  # anything installed


@pytest.mark.parametrize("entrypoint", [d["entrypoint"] for d in
                                        yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"]])
def test_entrypoint_loads_as_a_worker_loads_it(entrypoint):
    """In a fresh process, from the repository, as `prefect worker` does: every import the flow needs."""
    code = ("import sys; from prefect.flows import load_flow_from_entrypoint as load; "
            "print(load(sys.argv[1], use_placeholder_flow=False).name)")  # no stand-in when the import fails
    result = subprocess.run([sys.executable, "-c", code, entrypoint], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().startswith("claimwatch-")


def test_deployment_settings_come_from_parameters_then_environment(tmp_path):
    from flows.deployment_settings import output_folder, warehouse_file

    env = {"CLAIMWATCH_HOME": str(tmp_path), "CLAIMWATCH_DB": "data/w.duckdb"}
    assert warehouse_file(None, must_exist=False, environ=env) == tmp_path / "data/w.duckdb"
    assert warehouse_file("/srv/x.duckdb", must_exist=False, environ=env) == Path("/srv/x.duckdb")
    assert warehouse_file("y.duckdb", must_exist=False, environ=env) == tmp_path / "y.duckdb"
    assert warehouse_file(None, must_exist=False, environ={}) == Path("data/claimwatch.duckdb")
    assert output_folder("digests", environ=env) == tmp_path / "digests"


def test_deployment_path_errors_name_the_setting(tmp_path):
    from claimwatch.core.errors import ConfigError, UsageError
    from flows.deployment_settings import sources_file, warehouse_file

    env = {"CLAIMWATCH_HOME": str(tmp_path)}
    with pytest.raises(ConfigError) as missing:
        sources_file(None, environ=env)
    assert str(missing.value) == (f"sources file not found: {tmp_path / 'sources.toml'} (set the `sources` parameter "
                                  f"or CLAIMWATCH_SOURCES; relative paths are taken from CLAIMWATCH_HOME ({tmp_path}))")
    with pytest.raises(UsageError, match=r"no warehouse at .*/w\.duckdb \(set the `db` parameter or CLAIMWATCH_DB"):
        warehouse_file("w.duckdb", must_exist=True, environ=env)
    assert not (tmp_path / "w.duckdb").exists()
    (tmp_path / "sources.toml").write_text('[[source]]\nname = "x"\nkind = "rss"\n')
    with pytest.raises(ConfigError, match="sources.toml:3: unknown source kind 'rss'"):  # checked at once
        sources_file(None, environ=env)


def test_date_parameters_are_checked_and_named():
    from claimwatch.core.errors import UsageError
    from claimwatch.core.weeks import parse_date, parse_week
    from flows.deployment_settings import parameter

    assert parameter("as_of", None, parse_date) is None
    assert parameter("week", "2026-W47", parse_week) == "2026-W47"
    with pytest.raises(UsageError, match=r"^the `as_of` parameter: invalid date '2026-02-30'"):
        parameter("as_of", "2026-02-30", parse_date)


def test_retries_only_what_can_pass():
    from prefect.states import Failed

    from claimwatch.core.errors import ConfigError, UsageError, WarehouseBusy, WarehouseError
    from claimwatch.digest.send import SendError
    from claimwatch.stages.crawl import CrawlFailed
    from claimwatch.stages.run_lock import AlreadyRunning
    from flows import stage_tasks

    def retried(exc):
        return stage_tasks.retry_if_transient(None, None, Failed(data=exc))

    assert retried(SendError("connection refused")) and retried(WarehouseBusy("busy")) and retried(AlreadyRunning("x"))
    assert retried(CrawlFailed("all dns_error", transient=True)) and retried(ConnectionRefusedError())
    assert not retried(UsageError("sending the digest needs CLAIMWATCH_SMTP_HOST"))
    assert not retried(ConfigError("bad sources file")) and not retried(WarehouseError("schema newer"))
    assert not retried(CrawlFailed("all private_address_refused")) and not retried(ValueError("a bug"))
    for task in (stage_tasks.crawl_task, stage_tasks.process_task, stage_tasks.digest_task, stage_tasks.send_task):
        assert task.retries == 2 and task.retry_condition_fn is stage_tasks.retry_if_transient, task.name


def _api(call):
    from prefect.client.orchestration import get_client

    async def run():
        async with get_client() as client:
            return await call(client)

    return asyncio.run(run())


def summary_of(state) -> str:
    """The run summary artifact of a flow run."""
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    found = _api(lambda client: client.read_artifacts(artifact_filter=ArtifactFilter(
        key=ArtifactFilterKey(any_=["claimwatch-run-summary"]),
        flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id]))))
    assert len(found) == 1
    return found[0].data


@pytest.fixture(scope="module")
def daily_run(prefect_client, tmp_path_factory):
    """The daily flow on the demo web's first week."""
    from flows.crawl_process_flow import crawl_process_flow

    tmp = tmp_path_factory.mktemp("flows")
    with DemoWeb() as web:
        sources = tmp / "sources.toml"
        sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base))
        db_file = tmp / "w.duckdb"
        state = crawl_process_flow(sources=str(sources), db=str(db_file), as_of="2026-11-10", return_state=True)
    return state, sources, db_file, tmp


def test_daily_flow_on_the_demo_web(daily_run):
    state, _, db_file, _ = daily_run
    result = state.result()
    assert result["crawl"]["week"] == "2026-W46"
    assert result["process"]["versions"] == 14
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 14
    con.close()


def test_digest_flow_renders_the_week(daily_run):
    from flows.digest_flow import digest_flow

    _, sources, db_file, tmp = daily_run
    result = digest_flow(sources=str(sources), db=str(db_file), week="2026-W46", out=str(tmp / "rendered"))
    assert Path(result["html"]) == tmp / "rendered" / "claimwatch-2026-W46.html" and Path(result["html"]).is_file()
    assert "2026-W46" in result["subject"]


def test_digest_flow_sends_once(daily_run, monkeypatch):
    from flows.digest_flow import digest_flow

    _, sources, db_file, tmp = daily_run
    inbox, controller, port = start_smtp()
    for key, value in smtp_env(port).items():
        monkeypatch.setenv(key, value)
    try:
        first = digest_flow(sources=str(sources), db=str(db_file), week="2026-W46", out=str(tmp / "d"), send=True)
        second = digest_flow(sources=str(sources), db=str(db_file), week="2026-W46", out=str(tmp / "d"), send=True)
    finally:
        controller.stop()
    assert (first["sent"], second["sent"]) == (True, False)
    assert len(inbox.messages) == 1


def test_run_summary_artifact(daily_run):
    summary = summary_of(daily_run[0])
    assert summary.startswith("## claimwatch run: no failures")
    assert "| crawl 2026-W46 | fetches: ok | 18 |" in summary
    assert "| process | new versions | 14 |" in summary


def test_summary_markdown_names_failures():
    from flows.stage_tasks import summary_markdown

    text = summary_markdown({"week": "2026-W47", "outcomes": {"ok": 3, "timeout": 2}}, None)
    assert text.startswith("## claimwatch run: 2 timeout failures")


def _task_runs(state) -> dict[str, int]:
    """Task name -> how many times it ran, in a flow run."""
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    runs = _api(lambda client: client.read_task_runs(flow_run_filter=FlowRunFilter(
        id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))))
    return {run.name.rsplit("-", 1)[0]: run.run_count for run in runs}


def test_a_daily_run_with_no_answer_fails_at_once_and_says_why(prefect_client, tmp_path):
    from flows.crawl_process_flow import crawl_process_flow

    body = '[[source]]\nname = "Feed A"\nkind = "feed"\nurl = "{{BASE}}/a.xml"\n'
    sources = write_sources(tmp_path / "s.toml", "http://127.0.0.1:9", body, allow_private=False)
    state = crawl_process_flow(sources=str(sources), db=str(tmp_path / "w.duckdb"), as_of="2026-11-17", return_state=True)
    assert state.is_failed()
    reason = "no source produced a successful fetch: Feed A (private_address_refused 1)"
    assert reason in state.message
    assert _task_runs(state) == {"crawl": 1, "publish-summary": 1}  # refused by configuration: not retried
    assert summary_of(state).startswith(f"## claimwatch run failed: crawl 2026-W47 failed: {reason}")


def test_a_daily_run_with_a_failed_source_completes_and_names_it(prefect_client, tmp_path, smallweb):
    from flows.crawl_process_flow import crawl_process_flow

    body = ('[[source]]\nname = "Smallweb"\nkind = "feed"\nurl = "{{BASE}}/feed.xml"\n\n'
            '[[source]]\nname = "Gone"\nkind = "page"\nurls = ["{{BASE}}/gone.html"]\n')
    sources = write_sources(tmp_path / "s.toml", smallweb.base, body)
    state = crawl_process_flow(sources=str(sources), db=str(tmp_path / "w.duckdb"), as_of="2026-11-17", return_state=True)
    assert state.is_completed()
    assert summary_of(state).startswith("## claimwatch run: 1 of 2 sources failed: Gone (http_error 1)")


def test_configuration_errors_are_not_retried(daily_run, monkeypatch):
    """Missing SMTP settings fail at once; an unreachable server is retried (delays shortened here)."""
    from prefect.settings import PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW, temporary_settings

    from flows.stage_tasks import send_task

    _, sources, db_file, tmp = daily_run
    for key in smtp_env(0):
        monkeypatch.delenv(key, raising=False)
    task = send_task.with_options(retry_delay_seconds=0)
    with temporary_settings({PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW: "ignore"}):  # a task run on its own
        missing = task(str(sources), str(db_file), "2026-W47", str(tmp / "d"), return_state=True)
        for key, value in smtp_env(free_port()).items():  # nothing listens there
            monkeypatch.setenv(key, value)
        unreachable = task(str(sources), str(db_file), "2026-W47", str(tmp / "d"), return_state=True)

    def run_count(state):
        return _api(lambda client: client.read_task_run(state.state_details.task_run_id)).run_count

    assert missing.is_failed() and "needs CLAIMWATCH_SMTP_HOST" in missing.message and run_count(missing) == 1
    assert unreachable.is_failed() and "ConnectionRefusedError" in unreachable.message and run_count(unreachable) == 3


def test_digest_flow_names_the_setting_for_a_missing_warehouse(prefect_client, tmp_path, monkeypatch):
    from flows.digest_flow import digest_flow

    monkeypatch.setenv("CLAIMWATCH_HOME", str(tmp_path))
    monkeypatch.setenv("CLAIMWATCH_DB", "typo.duckdb")
    (tmp_path / "sources.toml").write_text((ROOT / "sources.toml").read_text())
    state = digest_flow(return_state=True)
    assert state.is_failed() and f"no warehouse at {tmp_path / 'typo.duckdb'} (set the `db` parameter" in state.message
    assert not (tmp_path / "typo.duckdb").exists()


def test_the_daily_flow_sends_alerts_after_the_diff_and_a_failed_one_is_named(prefect_client, tmp_path, monkeypatch):
    """The demo web's first week run plainly, its second by the flow, with [notify]: one receiver that
    takes the alerts, one that answers 500. The run completes; its summary names the failed target; the
    secret in the URL reaches the receiver only (not the run's logs)."""
    import datetime as dt

    from claimwatch.core.config import load_config
    from claimwatch.stages.run_week import run_week
    from flows.crawl_process_flow import crawl_process_flow
    from tests.helpers.receiver import Receiver

    db_file = tmp_path / "w.duckdb"
    secret = "flow-s3cret-7781"
    monkeypatch.setenv("TEST_HOOK_TOKEN", secret)
    with DemoWeb() as web, Receiver() as good, Receiver(answers=[500] * 10) as failing:
        sources = tmp_path / "sources.toml"
        sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base) + "\n[notify]\nurls = ["
                           f'"{good.url(path="/hook/${TEST_HOOK_TOKEN}")}", "{failing.url()}"]\n')
        run_week(load_config(sources), db_file, dt.date(2026, 11, 10), log=lambda line: None)
        web.set_week(2)
        state = crawl_process_flow(sources=str(sources), db=str(db_file), as_of="2026-11-17", return_state=True)
    assert state.is_completed()
    assert state.result()["alerts"].startswith("alerts: 4 sent, 1 of 2 targets failed: ")
    assert len(good.received) == 4 and good.received[0].path == f"/hook/{secret}" and len(failing.received) == 1
    summary = summary_of(state)
    assert summary.startswith(f"## claimwatch run: no failures; alerts: 4 sent, 1 of 2 targets failed: {failing.url()} (")
    text = _run_logs(state.state_details.flow_run_id, until="/hook/***: ")
    assert "/hook/***: 4 sent in 4 messages" in text and secret not in text and secret not in summary


def _run_logs(flow_run_id, until: str, timeout: float = 30.0) -> str:
    """A run's log lines as the API has them: Prefect ships logs in batches, after the run has ended, so
    wait (bounded) until the line looked for has arrived."""
    import time

    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    deadline = time.monotonic() + timeout
    while True:
        logs = _api(lambda client: client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id]))))
        text = "\n".join(log.message for log in logs)
        if until in text or time.monotonic() > deadline:
            return text
        time.sleep(0.5)
