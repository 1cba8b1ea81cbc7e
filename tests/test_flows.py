"""The Prefect flows run the same stages (one integration test: Prefect's test server is slow to start)."""

from pathlib import Path

import duckdb
import pytest
import yaml

from claimwatch.demo import SOURCES_TEMPLATE
from demo.server import DemoWeb

ROOT = Path(__file__).parent.parent


def test_prefect_yaml_deployments():
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    deployments = {d["name"]: d for d in spec["deployments"]}
    assert deployments["daily-crawl-process"]["schedules"] == [{"cron": "0 6 * * *", "timezone": "UTC"}]
    assert deployments["weekly-digest"]["schedules"] == [{"cron": "0 7 * * 1", "timezone": "UTC"}]
    from flows.serve import _flow

    for d in deployments.values():
        assert callable(_flow(d["entrypoint"]))


def test_weekly_flow_on_the_demo_web(tmp_path):
    from prefect.testing.utilities import prefect_test_harness

    from flows.weekly import weekly_flow

    with DemoWeb() as web, prefect_test_harness(server_startup_timeout=120):
        sources = tmp_path / "sources.toml"
        sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base))
        db_file = tmp_path / "w.duckdb"
        result = weekly_flow(sources=str(sources), db=str(db_file), as_of="2026-11-10", out=str(tmp_path / "digests"))
    assert result["crawl"]["week"] == "2026-W46"
    assert result["process"]["versions"] == 14
    assert Path(result["digest"]["html"]).is_file()
    con = duckdb.connect(str(db_file), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 14
