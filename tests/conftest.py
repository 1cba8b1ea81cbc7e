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


# The suite runs on two worker processes (-n 2 in pyproject.toml). A test file runs whole on one worker,
# so its module fixtures are computed once; the two files of Prefect tests run on one worker together,
# sharing the session's Prefect server (tests/flows/conftest.py). The slowest start first, so that the
# two workers end at about the same time.
PREFECT_TESTS = ("tests/flows/test_flows.py", "tests/flows/test_deployments.py", "tests/flows/test_scale_out_flow.py")
SLOWEST = (*PREFECT_TESTS, "tests/stages/test_faults.py", "tests/stages/test_dask_process.py", "tests/cli/test_cli.py",
           "tests/flows/test_serve.py", "tests/crawlers/test_hostile.py")


def pytest_collection_modifyitems(items):
    def rank(item) -> int:
        file = item.nodeid.split("::", 1)[0]
        return SLOWEST.index(file) if file in SLOWEST else len(SLOWEST)

    items.sort(key=rank)  # stable: the other tests keep their order


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """xdist's own grouping by mark (--dist loadgroup) does nothing under pytest 9 (it renames node ids
    through an attribute pytest no longer reads), so work units are chosen here: a file, or the
    Prefect files together. It is xdist's own way of scheduling by file (LoadFileScheduling)."""
    from xdist.scheduler import LoadScopeScheduling

    class ByFile(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            file = nodeid.split("::", 1)[0]
            return "prefect" if file in PREFECT_TESTS else file

    return ByFile(config, log)


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
