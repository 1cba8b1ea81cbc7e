import os
from pathlib import Path

import pytest

from claimwatch.sources import load_config
from demo.server import SiteServer

SITES = Path(__file__).parent / "sites"

# Prefect offline: no analytics look-ups, patience while its temporary server starts.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture
def smallweb():
    with SiteServer(SITES / "smallweb") as server:
        yield server


def write_sources(path: Path, base: str, body: str, allow_private: bool = True) -> Path:
    """A sources file for a local test server; {{BASE}} in `body` becomes the server's origin."""
    header = f"[crawl]\nallow_private_networks = {'true' if allow_private else 'false'}\ndownload_delay = 0\n\n"
    path.write_text(header + body.replace("{{BASE}}", base))
    return path


@pytest.fixture
def smallweb_config(tmp_path, smallweb):
    body = '[[source]]\nname = "Smallweb"\nkind = "feed"\nurl = "{{BASE}}/feed.xml"\n'
    return load_config(write_sources(tmp_path / "sources.toml", smallweb.base, body))


@pytest.fixture(scope="session")
def labelled_texts() -> list[str]:
    """Every text of the labelled claim pairs (tuning and held-out sets)."""
    from claims.evaluation import load_pairs

    return [text for path in sorted(Path(__file__).parent.glob("claims_eval/**/pairs.jsonl"))
            for pair in load_pairs(path) for text in pair.values() if isinstance(text, str)]
