"""docker-compose.yml, the recipe for running claimwatch over several processes (README, "Scaling
out"): `docker compose config` where Docker Compose exists; everywhere, a schema of what the recipe
must hold, and the options of every command it starts checked against those commands' own --help."""

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.helpers import ROOT

COMPOSE = ROOT / "docker-compose.yml"
BIN = Path(sys.executable).parent

_service = {
    "type": "object",
    "required": ["image", "build", "command", "volumes"],
    "properties": {
        "command": {"type": "array", "items": {"type": "string"}, "minItems": 2},
        # the one shared volume, at /data, in every service
        "volumes": {"type": "array", "contains": {"const": "claimwatch-data:/data"}},
        "ports": {"type": "array", "items": {"type": "string", "pattern": r"^\d+:\d+$"}},
        "environment": {"type": "object", "additionalProperties": {"type": "string"}},
        "depends_on": {"type": "array", "items": {"type": "string"}},
    },
}


def _starts(*words: str) -> dict:
    return {"properties": {"command": {"prefixItems": [{"const": w} for w in words]}}}


SCHEMA = {
    "type": "object",
    "required": ["services", "volumes"],
    "properties": {
        "volumes": {"type": "object", "required": ["claimwatch-data"]},
        "services": {
            "type": "object",
            "required": ["prefect-server", "prefect-worker", "dask-scheduler", "dask-worker-1", "dask-worker-2"],
            "additionalProperties": _service,
            "properties": {
                "prefect-server": {"allOf": [_service, _starts("prefect", "server", "start"),
                                             {"required": ["ports"], "properties": {"ports": {"contains": {
                                                 "const": "4200:4200"}}}}]},
                "prefect-worker": {"allOf": [_service, _starts("prefect", "worker", "start"), {
                    "required": ["environment", "depends_on"],
                    "properties": {"environment": {
                        "required": ["PREFECT_API_URL", "CLAIMWATCH_DB", "CLAIMWATCH_SOURCES", "CLAIMWATCH_EXECUTOR"],
                        "properties": {
                            "PREFECT_API_URL": {"const": "http://prefect-server:4200/api"},
                            "CLAIMWATCH_DB": {"pattern": "^/data/"},
                            "CLAIMWATCH_SOURCES": {"pattern": "^/data/"},
                            "CLAIMWATCH_EXECUTOR": {"const": "dask://dask-scheduler:8786"}}}}}]},
                "dask-scheduler": {"allOf": [_service, _starts("dask", "scheduler"),
                                             {"required": ["ports"], "properties": {"ports": {"contains": {
                                                 "const": "8786:8786"}}}}]},
                "dask-worker-1": {"allOf": [_service, _starts("dask", "worker", "tcp://dask-scheduler:8786")]},
                "dask-worker-2": {"allOf": [_service, _starts("dask", "worker", "tcp://dask-scheduler:8786")]},
            },
        },
    },
}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_the_recipe_holds_every_piece(compose):
    jsonschema.validate(compose, SCHEMA)
    services = compose["services"]
    # the ports the services listen on are the ones the others are told
    assert "--port" in services["dask-scheduler"]["command"]
    scheduler = services["dask-scheduler"]["command"]
    assert scheduler[scheduler.index("--port") + 1] == "8786"
    server = services["prefect-server"]["command"]
    assert server[server.index("--port") + 1] == "4200"
    # one image, built from this repository's Dockerfile, which installs the locked dependencies
    assert {s["build"] for s in services.values()} == {"."} and len({s["image"] for s in services.values()}) == 1
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "uv sync --frozen" in dockerfile and "COPY . ." in dockerfile
    # the worker's pool is the one prefect.yaml deploys to
    pool = yaml.safe_load((ROOT / "prefect.yaml").read_text())["definitions"]["work_pool"]["name"]
    worker = services["prefect-worker"]["command"]
    assert worker[worker.index("--pool") + 1] == pool


def test_the_recipe_breaks_the_schema_when_a_piece_is_missing(compose):
    broken = yaml.safe_load(COMPOSE.read_text())
    del broken["services"]["dask-worker-2"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)
    broken = yaml.safe_load(COMPOSE.read_text())
    broken["services"]["dask-worker-1"]["volumes"] = ["other:/data"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)


def test_every_option_is_one_its_command_knows(compose):
    """`dask worker --nthreads …`, `prefect worker start --pool …`: each option is in the command's --help."""
    seen = set()
    for service in compose["services"].values():
        command = service["command"]
        program = command[:2] if command[0] == "dask" else command[:3]  # `dask worker`, `prefect worker start`
        if tuple(program) in seen:
            continue
        seen.add(tuple(program))
        help_text = subprocess.run([str(BIN / program[0]), *program[1:], "--help"], capture_output=True, text=True,
                                   timeout=120, env={"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PATH": str(BIN)})
        assert help_text.returncode == 0, (program, help_text.stderr[-2000:])
        for option in (w for w in command if w.startswith("--")):
            assert option in help_text.stdout, (shlex.join(command), option)
    assert len(seen) == 4


@pytest.mark.skipif(subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0
                    if shutil.which("docker") else True, reason="no Docker Compose here: the schema checks stand in")
def test_docker_compose_config_accepts_it():
    result = subprocess.run(["docker", "compose", "-f", str(COMPOSE), "config", "--quiet"], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
