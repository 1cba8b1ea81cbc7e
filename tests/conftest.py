import os
import tempfile

import pytest

from claimwatch.core.config import load_config
from claimwatch.demo.web_server import SiteServer
from tests.helpers import SITES, TESTS, write_sources

# Prefect offline: no analytics look-ups, patience while its temporary server starts, and a home of
# its own for the flows run in the test processes.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="claimwatch-tests-prefect-"))


@pytest.fixture
def smallweb():
    with SiteServer(SITES / "smallweb") as server:
        yield server


@pytest.fixture
def smallweb_config(tmp_path, smallweb):
    body = '[[source]]\nname = "Smallweb"\nkind = "feed"\nurl = "{{BASE}}/feed.xml"\n'
    return load_config(write_sources(tmp_path / "sources.toml", smallweb.base, body))


@pytest.fixture(scope="session")
def labelled_texts() -> list[str]:
    """Every text of the labelled claim pairs (tuning and held-out sets)."""
    from claimwatch.claims.evaluation import load_pairs

    return [text for path in sorted(TESTS.glob("claims_eval/**/pairs.jsonl"))
            for pair in load_pairs(path) for text in pair.values() if isinstance(text, str)]
