"""A search-API source end to end: Federal Register pages, paging, an HTML notice, a PDF-only notice,
a hit that never mentions the topic; what the API said lands in the `notices` view."""

import datetime as dt
import shutil

import duckdb
import pytest

from claimwatch.core.config import load_config
from claimwatch.demo.web_server import SiteServer
from claimwatch.stages.crawl import crawl
from claimwatch.stages.process import process
from tests.helpers import SITES, write_sources
from tests.helpers.pdfs import make_pdf

WARNING_LETTERS = make_pdf([
    ["Food and Drug Administration", "Warning Letters Issued to Firms Marketing 7-OH Products; Availability", ""],
    ["The Food and Drug Administration is announcing the availability of warning letters issued to seven firms",
     "marketing concentrated 7-hydroxymitragynine (7-OH) products as dietary supplements.",
     "7-OH is not lawful in dietary supplements or as a food additive."],
], "Warning Letters Issued to Firms Marketing 7-OH Products")


@pytest.fixture
def register(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SITES / "federal_register", root)
    (root / "pdfs").mkdir()
    (root / "pdfs" / "2026-20902.pdf").write_bytes(WARNING_LETTERS)
    with SiteServer(root) as server:
        yield server


def test_federal_register_source(tmp_path, register):
    body = ('[[source]]\nname = "Federal Register"\nkind = "federal_register"\n'
            'query = "7-hydroxymitragynine"\nendpoint = "{{BASE}}"\n')
    config = load_config(write_sources(tmp_path / "s.toml", register.base, body))
    db_file = tmp_path / "w.duckdb"
    crawled = crawl(config, db_file, dt.date(2026, 11, 17), log=lambda m: None)
    process(config, db_file, log=lambda m: None)
    # the search went to our endpoint with the query, then followed next_page_url as given
    searched = [p for m, p, h in register.requests if p.startswith("/api/")]
    assert searched[0].startswith("/api/v1/documents.json?conditions%5Bterm%5D=7-hydroxymitragynine")
    assert searched[1].startswith("/api/v1/documents-page2.json?") and "search_after_cursor=" in searched[1]
    assert crawled.outcomes == {"ok": 5}
    con = duckdb.connect(str(db_file), read_only=True)
    outcomes = dict(con.execute("SELECT regexp_extract(url, '[^/]+$'), outcome FROM fetches").fetchall())
    assert outcomes["established-aggregate-production-quotas-for-2027"] == "irrelevant"
    notices = con.execute("SELECT document_number, agency, notice_type, publication_date, title, pdf_url "
                          "FROM notices ORDER BY document_number").fetchall()
    assert notices == [
        ("2026-20902", "Health and Human Services Department; Food and Drug Administration", "notice", "2026-10-30",
         "Warning Letters Issued to Firms Marketing 7-OH Products", f"{register.base}/pdfs/2026-20902.pdf"),
        ("2026-21417", "Justice Department; Drug Enforcement Administration", "proposed rule", "2026-11-16",
         "Schedules of Controlled Substances: Temporary Placement of 7-Hydroxymitragynine in Schedule I",
         f"{register.base}/pdfs/2026-21417.pdf"),
    ]
    pdf_text = con.execute("SELECT text FROM versions WHERE url LIKE '%.pdf'").fetchone()[0]
    assert "warning letters issued to seven firms marketing concentrated 7-hydroxymitragynine" in pdf_text
    claims = con.execute("SELECT category, text FROM claims WHERE url LIKE '%2026-21417%' ORDER BY position").fetchall()
    assert ("safety", "Since 2024, poison centers have reported more than 1,000 exposures involving concentrated "
            "7-OH products, and the agency is aware of at least 14 deaths in which 7-OH was detected.") in claims


def test_gdelt_query_checked_when_loading(tmp_path):
    from claimwatch.core.errors import ConfigError

    body = '[[source]]\nname = "GDELT"\nkind = "gdelt"\nquery = "\\"7-OH\\""\n'
    with pytest.raises(ConfigError, match="GDELT would refuse this query"):
        load_config(write_sources(tmp_path / "s.toml", "http://x", body))
