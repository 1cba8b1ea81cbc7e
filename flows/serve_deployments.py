"""`claimwatch serve`: the deployments of prefect.yaml, served by this process on their schedules.

prefect.yaml stays the one place for a deployment's schedule, description, parameters and concurrency
limit; this module only knows which flow each deployment runs.
"""

import os
from pathlib import Path

import yaml

from flows.crawl_process_flow import crawl_process_flow
from flows.crawl_shard_flow import crawl_shard_flow
from flows.digest_flow import digest_flow

_HERE = Path(__file__).resolve().parent
PREFECT_YAML = _HERE.parent / "prefect.yaml"  # the repository's
if not PREFECT_YAML.is_file():  # an installed wheel carries a copy beside this module
    PREFECT_YAML = _HERE / "prefect.yaml"
FLOWS = {"daily-crawl-process": crawl_process_flow, "weekly-digest": digest_flow,  # deployment name -> its flow
         "crawl-shard": crawl_shard_flow}


def load_deployments(path: Path = PREFECT_YAML) -> dict[str, dict]:
    """prefect.yaml's deployments by name."""
    return {spec["name"]: spec for spec in yaml.safe_load(path.read_text())["deployments"]}


def serve_deployments(sources: str | None, db: str | None, path: Path = PREFECT_YAML) -> None:
    """Paths given here are fixed as parameters; otherwise each run reads CLAIMWATCH_SOURCES and
    CLAIMWATCH_DB, relative to CLAIMWATCH_HOME (by default the folder serve was started in)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("CLAIMWATCH_HOME", os.getcwd())
    from prefect import serve
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL, temporary_settings

    fixed = {name: value for name, value in (("sources", sources), ("db", db)) if value}
    deployments = []
    for name, spec in load_deployments(path).items():
        flow = FLOWS[name]
        schedules = [Cron(s["cron"], timezone=s.get("timezone", "UTC")) for s in spec.get("schedules", [])]
        paths = {k: v for k, v in fixed.items() if k in flow.parameters.properties}  # crawl-shard takes a job file
        deployments.append(flow.to_deployment(
            name=name, description=spec.get("description"),
            parameters={**spec.get("parameters", {}), **paths}, concurrency_limit=spec.get("concurrency_limit"),
            schedules=schedules))
        when = ", ".join(f"{s['cron']} ({s.get('timezone', 'UTC')})" for s in spec.get("schedules", []))
        print(f"serving {name}: {when or 'on demand'}", flush=True)
    with temporary_settings({PREFECT_API_URL: _api_url()}):
        serve(*deployments)


def _api_url() -> str:
    """PREFECT_API_URL, or a temporary local server's, set for the flow runs too.

    Without an API URL Prefect starts a temporary server for this process, and each flow run it
    starts in a subprocess would start another one of its own, where the run's concurrency slot
    does not exist (the run is cancelled) and its states never reach this one."""
    from prefect.settings import PREFECT_API_URL

    api = PREFECT_API_URL.value()
    if not api:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()  # stopped when this process exits
        server.start()
        api = server.api_url
    os.environ["PREFECT_API_URL"] = api
    return api
