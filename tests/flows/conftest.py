import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.prefect_api import api, stop, wait_for
from tests.helpers.smtp import free_port


@dataclass
class PrefectServer:
    api: str
    home: Path
    log: Path

    def environment(self) -> dict[str, str]:
        """An environment for processes that talk to this server (none of the caller's Prefect or
        claimwatch settings)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "CLAIMWATCH_"))}
        return {**env, "PREFECT_HOME": str(self.home), "PREFECT_API_URL": self.api, "PYTHONUNBUFFERED": "1",
                "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """One real Prefect server (`prefect server start`, ~20 s to start) for the session: the flows run
    against it, and the deployments are deployed to it and run by a worker."""
    tmp = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    server = PrefectServer(api=f"http://127.0.0.1:{port}/api", home=tmp / "home", log=tmp / "server.log")
    # Prefect's own setting, for a quicker turn than its default: a run that waited for its
    # deployment's concurrency slot is tried again after 2 s instead of 30
    env = {**server.environment(), "PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS": "2"}
    env.pop("PREFECT_API_URL")
    with open(server.log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                 "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: proc.poll() is not None or api(server.api, "health"), 180, "the Prefect server", server.log)
        assert proc.poll() is None, server.log.read_text()[-3000:]
        yield server
    finally:
        stop([proc])


@pytest.fixture(scope="module")
def prefect_client(prefect_server):
    """Flows and tasks called in this process report to the session's server."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: prefect_server.api}):
        yield prefect_server
