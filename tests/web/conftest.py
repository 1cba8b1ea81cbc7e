"""A warehouse made by the real pipeline (two weekly runs) over a small local web whose product page
carries planted scripts, styles and images that point back at the site server; the site server stays up
so the tests can count the requests that reach it."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimwatch.core.config import load_config
from claimwatch.demo.web_server import SiteServer
from claimwatch.stages.run_week import run_week
from tests.helpers import SITES, write_sources

WEEKS = {1: dt.date(2026, 11, 10), 2: dt.date(2026, 11, 17)}
PLANTED = "/shop/planted.html"


@dataclass
class WebWorld:
    db_file: Path
    site: SiteServer

    def recorder_hits(self) -> list[str]:
        """Requests the captured pages' planted subresources made to the live site."""
        return [path for path in self.site.hits.elements() if path.startswith("/recorder/")]


@pytest.fixture(scope="session")
def web_world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("webview")
    with SiteServer(SITES / "webview" / "week1") as site:
        body = ('[[source]]\nname = "Planted shop"\nkind = "page"\nurls = ["{{BASE}}/shop/planted.html"]\n\n'
                '[[source]]\nname = "Valley Courier"\nkind = "page"\nurls = ["{{BASE}}/news/story.html"]\n')
        config = load_config(write_sources(folder / "sources.toml", site.base, body))
        db_file = folder / "web.duckdb"
        for week, as_of in sorted(WEEKS.items()):
            site.serve_from(SITES / "webview" / f"week{week}")
            run_week(config, db_file, as_of, log=lambda line: None)
        site.hits.clear()
        yield WebWorld(db_file, site)
