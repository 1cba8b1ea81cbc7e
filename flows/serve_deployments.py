"""`claimwatch serve`: the deployments of prefect.yaml, served by this process on their schedules."""

import importlib
import os
from pathlib import Path

import yaml

PREFECT_YAML = Path(__file__).resolve().parent.parent / "prefect.yaml"


def load_deployments(path: Path = PREFECT_YAML) -> list[dict]:
    return yaml.safe_load(path.read_text())["deployments"]


def _flow(entrypoint: str):
    file, name = entrypoint.split(":")
    module = importlib.import_module(file.removesuffix(".py").replace("/", "."))
    return getattr(module, name)


def serve_deployments(sources: str, db: str, path: Path = PREFECT_YAML) -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from prefect import serve
    from prefect.schedules import Cron

    deployments = []
    for spec in load_deployments(path):
        parameters = {**spec.get("parameters", {}), "sources": sources, "db": db}
        schedule = spec["schedules"][0]
        deployments.append(_flow(spec["entrypoint"]).to_deployment(
            name=spec["name"], description=spec.get("description"), parameters=parameters,
            schedule=Cron(schedule["cron"], timezone=schedule.get("timezone", "UTC"))))
        print(f"serving {spec['name']}: {schedule['cron']} ({schedule.get('timezone', 'UTC')})", flush=True)
    serve(*deployments)
