"""The Prefect flows run the same stages. Prefect's test server is slow to start (~25 s), so it is
started once for this module's few integration tests."""

from pathlib import Path

import duckdb
import pytest
import yaml

from claimwatch.demo import SOURCES_TEMPLATE
from demo.server import DemoWeb
from tests.smtp import smtp_env, start_smtp

ROOT = Path(__file__).parent.parent


def test_prefect_yaml_deployments():
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    deployments = {d["name"]: d for d in spec["deployments"]}
    assert deployments["daily-crawl-process"]["schedules"] == [{"cron": "0 6 * * *", "timezone": "UTC"}]
    assert deployments["weekly-digest"]["schedules"] == [{"cron": "0 7 * * 1", "timezone": "UTC"}]
    assert deployments["weekly-digest"]["parameters"]["send"] is True
    from flows.serve import _flow

    for d in deployments.values():
        assert callable(_flow(d["entrypoint"]))


@pytest.fixture(scope="module")
def harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="module")
def weekly_run(harness, tmp_path_factory):
    from flows.weekly import weekly_flow

    tmp = tmp_path_factory.mktemp("flows")
    with DemoWeb() as web:
        sources = tmp / "sources.toml"
        sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base))
        db_file = tmp / "w.duckdb"
        result = weekly_flow(sources=str(sources), db=str(db_file), as_of="2026-11-10", out=str(tmp / "digests"))
    return result, sources, db_file, tmp


def test_weekly_flow_on_the_demo_web(weekly_run):
    result, _, db_file, _ = weekly_run
    assert result["crawl"]["week"] == "2026-W46"
    assert result["process"]["versions"] == 14
    assert Path(result["digest"]["html"]).is_file()
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 14
    con.close()


def test_digest_flow_sends_once(weekly_run, monkeypatch):
    from flows.digest import digest_flow

    _, sources, db_file, tmp = weekly_run
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


def test_run_summary_artifact(weekly_run):
    import asyncio

    from prefect.client.orchestration import get_client

    async def latest():
        async with get_client() as client:
            return await client.read_latest_artifacts()

    artifacts = [a for a in asyncio.run(latest()) if a.key == "claimwatch-run-summary"]
    assert artifacts and "| crawl 2026-W46 | fetches: ok | 18 |" in artifacts[0].data
    assert "| process | new versions | 14 |" in artifacts[0].data


def test_summary_markdown_names_failures():
    from flows.tasks import summary_markdown

    text = summary_markdown({"week": "2026-W47", "outcomes": {"ok": 3, "timeout": 2}}, None)
    assert text.startswith("## claimwatch run: 2 timeout failures")
