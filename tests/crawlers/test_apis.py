"""Parsers of the search-API source kinds, against payloads in the real formats (tests/payloads).

Part of the tests serve the payloads from a local HTTP server (127.0.0.1, port 0) and fetch them
with urllib, so the parsers see real HTTP response bytes and Content-Type headers, and paging
follows the URLs the parsers return (rewritten to the local server).
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, urlsplit, urlunsplit

import pytest

from crawlers.apis import ApiEntry, ApiError, europe_pmc, federal_register, gdelt, google_news, pubmed
from tests.helpers import PAYLOADS

JSON = "application/json; charset=utf-8"
XML = "text/xml; charset=UTF-8"


def payload(kind: str, name: str) -> bytes:
    return (PAYLOADS / kind / name).read_bytes()


def params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


# --------------------------------------------------------------------------- local server

# Europe PMC cursors in the fixtures (page 2's contains '+', which must survive the round trip).
EPMC_CURSOR_1 = "AoIIP4Kqvyg0MTM5MTc2Mg=="
EPMC_CURSOR_2 = "AoIIP3+bXyg0MTE3NzA5Mw=="
PM_PAGE1_IDS = "41502217,41488390,41463125,41420008,41391762"
PM_PAGE2_IDS = "41288541,41177093"


def route(path: str, query: dict[str, str]) -> tuple[str, str, str | None, int]:
    """(kind, file, content type, status) for a request to the replay server."""
    # Federal Register: first page at documents.json, later pages at next_page_url (no .json)
    if path == "/api/v1/documents.json":
        if "pseudoindoxyl" in query.get("conditions[term]", ""):
            return "federal_register", "documents_empty.json", JSON, 200
        return "federal_register", "documents_7oh_page1.json", JSON, 200
    if path == "/api/v1/documents" and query.get("page") == "2" and query.get("search_after_cursor"):
        return "federal_register", "documents_7oh_page2.json", JSON, 200
    if path == "/fr-maintenance":
        return "federal_register", "unavailable.html", "text/html; charset=utf-8", 503
    # PubMed E-utilities
    if path == "/entrez/eutils/esearch.fcgi":
        if "pseudoindoxyl" in query.get("term", ""):
            return "pubmed", "esearch_empty.xml", XML, 200
        name = "esearch_7oh_page2.xml" if query.get("retstart") == "5" else "esearch_7oh_page1.xml"
        return "pubmed", name, XML, 200
    if path == "/entrez/eutils/esummary.fcgi":
        ids = query.get("id")
        if ids == PM_PAGE1_IDS:
            return "pubmed", "esummary_7oh_page1.xml", XML, 200
        if ids == PM_PAGE2_IDS:
            return "pubmed", "esummary_7oh_page2.xml", XML, 200
    if path == "/entrez/eutils/efetch.fcgi" and query.get("id") == PM_PAGE2_IDS:
        return "pubmed", "efetch_7oh_page2.xml", XML, 200
    if path == "/ncbi-over-limit":
        return "pubmed", "rate_limited.json", "application/json", 429
    # Europe PMC
    if path == "/europepmc/webservices/rest/search":
        cursor = query.get("cursorMark")
        pages = {"*": "search_7oh_core_page1.json", EPMC_CURSOR_1: "search_7oh_core_page2.json",
                 EPMC_CURSOR_2: "search_7oh_core_page3.json"}
        if cursor in pages:
            return "europe_pmc", pages[cursor], "application/json;charset=UTF-8", 200
    # Google News
    if path == "/rss/search":
        if "pseudoindoxyl" in query.get("q", ""):
            return "google_news", "search_empty.xml", "application/xml; charset=utf-8", 200
        return "google_news", "search_7oh_ban.xml", "application/xml; charset=utf-8", 200
    if path == "/sorry/index":
        return "google_news", "sorry_page.html", "text/html; charset=UTF-8", 429
    # GDELT
    if path == "/api/v2/doc/doc":
        q = query.get("query", "")
        if q == "throttle-429":
            return "gdelt", "throttled.txt", "text/plain", 429
        if q == "throttle-200":
            return "gdelt", "throttled.txt", None, 200
        if q == '"7-OH"':  # what GDELT does with a short phrase search_url() would refuse
            return "gdelt", "phrase_too_short.html", "text/html; charset=utf-8", 200
        if "nomatch" in q:
            return "gdelt", "artlist_empty.json", JSON, 200
        return "gdelt", "artlist_7oh.json", JSON, 200
    return "", "", "text/plain", 404


class ReplayServer:
    """Serves tests/payloads over HTTP on 127.0.0.1 and records the requests it got."""

    def __init__(self):
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                server.requests.append(self.path)
                parts = urlsplit(self.path)
                query = dict(parse_qsl(parts.query, keep_blank_values=True))
                kind, name, ctype, status = route(parts.path, query)
                body = payload(kind, name) if name else b"no such route\n"
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store, no-cache, must-revalidate, private")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def local(self, url: str) -> str:
        """The same path and query on this server (for absolute API URLs such as next_page_url)."""
        parts = urlsplit(url)
        base = urlsplit(self.base)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))

    def fetch(self, url: str) -> tuple[int, bytes, str | None]:
        """(status, body, Content-Type) of a GET through urllib, without any proxy."""
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(self.local(url), timeout=5) as resp:
                return resp.status, resp.read(), resp.headers.get("Content-Type")
        except urllib.error.HTTPError as err:  # 4xx/5xx still carry a body worth parsing
            with err:
                return err.code, err.read(), err.headers.get("Content-Type")


@pytest.fixture(scope="module")
def server():
    with ReplayServer() as srv:
        yield srv


# --------------------------------------------------------------------------- shared

def test_api_entry_and_error_types():
    entry = ApiEntry(url="https://example.org/a", title=None, published=None, document_kind="article",
                     metadata={"k": [1]})
    assert entry.pdf_url is None
    assert hash(entry)  # frozen and hashable despite the dict
    assert issubclass(ApiError, ValueError)


def test_content_type_may_be_bytes_as_scrapy_gives_it():
    entries, _ = gdelt.parse(payload("gdelt", "artlist_7oh.json"), b"application/json; charset=utf-8")
    assert len(entries) == 6
    entries, _ = google_news.parse(payload("google_news", "search_7oh_ban.xml"), b"application/xml; charset=utf-8")
    assert len(entries) == 6
    with pytest.raises(ApiError, match="expected JSON"):
        federal_register.parse(payload("federal_register", "documents_7oh_page1.json"), b"text/plain")


GARBAGE = [
    (b"", None),
    (b"   \n", "application/json"),
    (b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html"),
    (b"\x00\xff\xfe binary \x89PNG", "application/octet-stream"),
    (b'{"unexpected": true}', "application/json"),
    (b"<unexpected/>", "text/xml"),
]


@pytest.mark.parametrize("module", [federal_register, pubmed, europe_pmc, google_news, gdelt],
                         ids=lambda m: m.__name__.rsplit(".", 1)[-1])
@pytest.mark.parametrize("body,ctype", GARBAGE)
def test_garbage_is_an_api_error_with_a_one_line_message(module, body, ctype):
    if module is gdelt and body == b'{"unexpected": true}':
        assert gdelt.parse(body, ctype) == ([], None)  # a JSON object without articles is "no hits"
        return
    with pytest.raises(ApiError) as err:
        module.parse(body, ctype)
    assert "\n" not in str(err.value) and str(err.value)


def test_xml_entities_are_not_resolved():
    body = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">'
            b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<rss><channel><item><title>x &secret; &b;</title><link>https://example.org/a</link></item></channel></rss>')
    entries, _ = google_news.parse(body, "application/xml")
    assert entries[0].title == "x" and entries[0].url == "https://example.org/a"


# --------------------------------------------------------------------------- Federal Register

def test_fr_search_url_encodes_term_filters_and_fields():
    url = federal_register.search_url('"7-hydroxymitragynine" OR 7-OH', per_page=5, document_types=["prorule", "RULE"],
                                      agencies=["drug-enforcement-administration"], published_since="2025-01-01")
    assert url.startswith("https://www.federalregister.gov/api/v1/documents.json?")
    assert "conditions%5Bterm%5D=%227-hydroxymitragynine%22%20OR%207-OH" in url
    p = params(url)
    assert p["conditions[term]"] == ['"7-hydroxymitragynine" OR 7-OH']
    assert p["conditions[type][]"] == ["PRORULE", "RULE"]
    assert p["conditions[agencies][]"] == ["drug-enforcement-administration"]
    assert p["conditions[publication_date][gte]"] == ["2025-01-01"]
    assert p["order"] == ["newest"] and p["per_page"] == ["5"]
    assert p["fields[]"] == list(federal_register.DEFAULT_FIELDS)
    assert "page" not in p  # later pages come from next_page_url only


@pytest.mark.parametrize("kwargs", [
    {"query": "  "}, {"query": "7-OH", "per_page": 0}, {"query": "7-OH", "per_page": 1001},
    {"query": "7-OH", "document_types": ["LAW"]}, {"query": "7-OH", "published_since": "2025/01/01"},
    {"query": "7-OH", "order": "random"},
])
def test_fr_search_url_rejects_bad_options(kwargs):
    with pytest.raises(ValueError):
        federal_register.search_url(**kwargs)


@pytest.mark.parametrize("raw,expected", [
    ("RULE", "rule"), ("PRORULE", "proposed rule"), ("NOTICE", "notice"), ("PRESDOCU", "presidential document"),
    ("Rule", "rule"), ("Proposed Rule", "proposed rule"), ("Presidential Document", "presidential document"),
    ("Uncategorized Document", "uncategorized document"), (None, None),
])
def test_fr_document_types(raw, expected):
    assert federal_register.document_type(raw) == expected


def test_fr_page_fields():
    entries, next_url = federal_register.parse(payload("federal_register", "documents_7oh_page1.json"), JSON)
    assert len(entries) == 5
    first = entries[0]
    assert first.url == ("https://www.federalregister.gov/documents/2026/11/20/2026-21417/"
                         "schedules-of-controlled-substances-temporary-placement-of-7-hydroxymitragynine-in-schedule-i")
    assert first.pdf_url == "https://www.govinfo.gov/content/pkg/FR-2026-11-20/pdf/2026-21417.pdf"
    assert first.published == "2026-11-20" and first.document_kind == "notice"
    assert first.metadata["document_type"] == "rule"
    assert first.metadata["document_number"] == "2026-21417"
    assert first.metadata["agencies"] == ["Justice Department", "Drug Enforcement Administration"]
    assert first.metadata["abstract"].startswith("The Administrator of the Drug Enforcement Administration")
    assert [e.metadata["document_type"] for e in entries] == ["rule", "notice", "proposed rule", "notice", "notice"]
    proposed = entries[2]
    assert proposed.title == "Schedules of Controlled Substances: Temporary Placement of 7-Hydroxymitragynine in Schedule I"
    fda = entries[1]
    assert fda.metadata["agencies"] == ["Health and Human Services Department", "Food and Drug Administration"]
    assert fda.metadata["comments_close_on"] == "2026-11-28" and fda.metadata["docket_ids"] == ["FDA-2026-N-4410"]
    assert "effective_on" not in fda.metadata  # null in the payload
    # next_page_url exactly as given, cursor and all
    assert next_url.startswith("https://www.federalregister.gov/api/v1/documents?conditions%5Bterm%5D=7-hydroxymitragynine")
    assert next_url.endswith("&page=2&per_page=5&search_after_cursor=WzE3ODQ4NTEyMDAwMDAsIjIwMjYtMTQyMzMiXQ")


def test_fr_last_page_and_presidential_document_without_abstract():
    entries, next_url = federal_register.parse(payload("federal_register", "documents_7oh_page2.json"), JSON)
    assert next_url is None
    assert [e.metadata["document_type"] for e in entries] == ["notice", "presidential document"]
    assert entries[1].metadata["abstract"] is None
    assert entries[1].metadata["agencies"] == ["Executive Office of the President"]


def test_fr_empty_search_has_no_results_key():
    body = payload("federal_register", "documents_empty.json")
    assert b'"results"' not in body
    entries, next_url, count = federal_register.parse_page(body, JSON)
    assert (entries, next_url, count) == ([], None, 0)


def test_fr_errors():
    with pytest.raises(ApiError, match="truncated JSON"):
        federal_register.parse(payload("federal_register", "documents_truncated.json"), JSON)
    with pytest.raises(ApiError, match="HTML page.*Service Temporarily Unavailable"):
        federal_register.parse(payload("federal_register", "unavailable.html"), "text/html")
    with pytest.raises(ApiError, match="expected JSON, got content type 'text/csv'"):
        federal_register.parse(payload("federal_register", "documents_7oh_page1.json"), "text/csv")
    with pytest.raises(ApiError, match="API error"):
        federal_register.parse(b'{"errors":{"conditions":{"publication_date":"is not a valid date"}}}', JSON)
    with pytest.raises(ApiError, match="expected a JSON object"):
        federal_register.parse(b"[1, 2]", JSON)


def test_fr_pages_over_http(server):
    url = federal_register.search_url("7-hydroxymitragynine", per_page=5)
    seen, pages = [], 0
    while url:
        status, body, ctype = server.fetch(url)
        assert status == 200 and ctype == JSON
        entries, url = federal_register.parse(body, ctype)
        seen += entries
        pages += 1
        assert pages <= 3
    assert pages == 2
    assert [e.metadata["document_number"] for e in seen] == [
        "2026-21417", "2026-19873", "2026-17502", "2026-16880", "2026-14233", "2026-10112", "2026-08571"]
    assert all(e.document_kind == "notice" and e.url.startswith("https://www.federalregister.gov/documents/") for e in seen)
    second = params(server.requests[-1])
    assert second["search_after_cursor"] == ["WzE3ODQ4NTEyMDAwMDAsIjIwMjYtMTQyMzMiXQ"] and second["page"] == ["2"]


def test_fr_empty_search_and_html_over_http(server):
    status, body, ctype = server.fetch(federal_register.search_url('"7-hydroxymitragynine pseudoindoxyl"'))
    assert status == 200 and federal_register.parse(body, ctype) == ([], None)
    status, body, ctype = server.fetch("https://www.federalregister.gov/fr-maintenance")
    assert status == 503
    with pytest.raises(ApiError, match="HTML page"):
        federal_register.parse(body, ctype)


# --------------------------------------------------------------------------- PubMed

def test_pubmed_search_url():
    url = pubmed.search_url('"7-hydroxymitragynine"[tiab] OR kratom', retmax=50, api_key="KEY123", tool="claimwatch",
                            email="ops@example.org", reldate=30)
    assert url.startswith("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed&term=")
    p = params(url)
    assert p["term"] == ['"7-hydroxymitragynine"[tiab] OR kratom']
    assert p["retmode"] == ["xml"] and p["retmax"] == ["50"] and p["sort"] == ["pub_date"]
    assert p["reldate"] == ["30"] and p["datetype"] == ["edat"]
    assert p["api_key"] == ["KEY123"] and p["tool"] == ["claimwatch"] and p["email"] == ["ops@example.org"]
    assert "retstart" not in p
    assert "api_key" not in params(pubmed.search_url("kratom"))
    assert params(pubmed.search_url("kratom", retstart=100))["retstart"] == ["100"]
    for bad in ({"retmax": 0}, {"retmax": 10001}, {"retstart": -1}, {"mindate": "2025"}, {"reldate": 0}):
        with pytest.raises(ValueError):
            pubmed.search_url("kratom", **bad)


def test_pubmed_rate_limit_constants():
    assert pubmed.RATE_LIMITS == {"without_api_key": 3, "with_api_key": 10}
    assert 1 / pubmed.min_delay() <= 3 and 1 / pubmed.min_delay("KEY") <= 10


def test_pubmed_summary_and_fetch_urls():
    url = pubmed.summary_url(["41502217", 41488390, "41502217"], api_key="K")
    assert url.startswith("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi?")
    p = params(url)
    assert p["db"] == ["pubmed"] and p["id"] == ["41502217,41488390"] and p["retmode"] == ["xml"] and p["api_key"] == ["K"]
    f = params(pubmed.fetch_url(["41288541"]))
    assert f["rettype"] == ["abstract"] and f["retmode"] == ["xml"]
    with pytest.raises(ValueError):
        pubmed.summary_url([])
    with pytest.raises(ValueError):
        pubmed.summary_url(["123", "PMC123"])
    with pytest.raises(ValueError):
        pubmed.summary_url([str(i) for i in range(1, 202)])
    urls = pubmed.summary_urls([str(i) for i in range(1, 451)])
    assert len(urls) == 3 and params(urls[2])["id"][0].count(",") == 49


def test_pubmed_esearch():
    page = pubmed.parse_esearch_page(payload("pubmed", "esearch_7oh_page1.xml"), XML)
    assert page.ids == PM_PAGE1_IDS.split(",") and (page.count, page.retstart, page.retmax) == (7, 0, 5)
    assert page.has_more and "7-hydroxymitragynine" in page.query_translation
    assert pubmed.parse_esearch(payload("pubmed", "esearch_7oh_page1.xml")) == page.ids
    url = pubmed.search_url("7-hydroxymitragynine", retmax=5, api_key="K")
    nxt = params(pubmed.next_search_url(url, page))
    assert nxt["retstart"] == ["5"] and nxt["retmax"] == ["5"] and nxt["api_key"] == ["K"]
    last = pubmed.parse_esearch_page(payload("pubmed", "esearch_7oh_page2.xml"))
    assert not last.has_more and pubmed.next_search_url(url, last) is None


def test_pubmed_empty_esearch():
    page = pubmed.parse_esearch_page(payload("pubmed", "esearch_empty.xml"), XML)
    assert page.ids == [] and page.count == 0 and not page.has_more
    assert any("No items found" in w for w in page.warnings)
    assert pubmed.parse(payload("pubmed", "esearch_empty.xml"), XML) == ([], None)


def test_pubmed_esummary_entries():
    entries = pubmed.parse_summary(payload("pubmed", "esummary_7oh_page1.xml"), XML)
    assert [e.metadata["pmid"] for e in entries] == PM_PAGE1_IDS.split(",")
    first = entries[0]
    assert first.url == "https://pubmed.ncbi.nlm.nih.gov/41502217/" and first.document_kind == "paper"
    assert first.metadata["doi"] == "10.1016/j.drugalcdep.2025.112931"
    assert first.metadata["journal"] == "Drug and alcohol dependence"
    assert first.metadata["authors"] == ["Okafor CN", "Lindqvist E", "Ramirez-Soto J", "Patel HK"]
    assert first.metadata["pub_date"] == "2026 Jan 1" and first.metadata["year"] == "2026"
    # dates: the full electronic date first, then the issue date, then the day it entered PubMed
    assert [e.published for e in entries] == ["2025-11-12", "2025-11-05", "2025-10-10", "2025-10-21", "2025-10-02"]
    assert entries[2].title == "Mu-opioid receptor signalling of 7-hydroxymitragynine and mitragynine pseudoindoxyl in vitro."
    assert entries[2].metadata["pmcid"] == "PMC12560912"
    assert entries[3].metadata["publication_types"] == ["Editorial"]


def test_pubmed_efetch_entries():
    entries = pubmed.parse_efetch(payload("pubmed", "efetch_7oh_page2.xml"), XML)
    assert [e.url for e in entries] == ["https://pubmed.ncbi.nlm.nih.gov/41288541/", "https://pubmed.ncbi.nlm.nih.gov/41177093/"]
    case_series, metabolism = entries
    assert case_series.metadata["doi"] == "10.1097/ADM.0000000000001502"  # not the reference's DOI
    assert case_series.metadata["pub_date"] == "2025 Jul-Aug" and case_series.published == "2025-06-30"
    assert case_series.metadata["abstract"].splitlines()[0].startswith("BACKGROUND: Concentrated 7-hydroxymitragynine")
    assert case_series.metadata["abstract"].splitlines()[-1].startswith("CONCLUSIONS:")
    assert "Substance Withdrawal Syndrome" in case_series.metadata["mesh_terms"]
    assert metabolism.metadata["authors"][-1] == "Kratom Alkaloid Metabolism Consortium"
    assert "Mitragyna speciosa (kratom)" in metabolism.metadata["abstract"]
    assert metabolism.published == "2025-05-14" and metabolism.metadata["entrez_date"] == "2025-05-15"


@pytest.mark.parametrize("raw,expected", [
    ("2025 Nov 12", "2025-11-12"), ("2026 Jan 1", "2026-01-01"), ("2025/10/02 06:25", "2025-10-02"),
    ("2025 Dec", None), ("2025 Jul-Aug", None), ("2024 Winter", None), ("2025", None), ("", None),
    ("2025 Feb 30", None),
])
def test_pubmed_dates(raw, expected):
    assert pubmed.pubmed_date(raw) == expected


def test_pubmed_errors():
    with pytest.raises(ApiError, match="truncated XML"):
        pubmed.parse_summary(payload("pubmed", "esummary_truncated.xml"), XML)
    with pytest.raises(ApiError, match="Empty id list - nothing todo"):
        pubmed.parse_summary(payload("pubmed", "esummary_error.xml"), XML)
    with pytest.raises(ApiError, match="^throttled: API rate limit exceeded"):
        pubmed.parse_summary(payload("pubmed", "rate_limited.json"), "application/json")
    with pytest.raises(ApiError, match=r"expected <eSummaryResult>, got <eSearchResult>"):
        pubmed.parse_summary(payload("pubmed", "esearch_7oh_page1.xml"), XML)
    with pytest.raises(ApiError, match="esearch error: Invalid query"):
        pubmed.parse_esearch(b"<eSearchResult><ERROR>Invalid query</ERROR></eSearchResult>", XML)


def test_pubmed_two_requests_per_page_over_http(server):
    """esearch -> esummary for its ids, then the next esearch page -> its esummary."""
    search = pubmed.search_url("7-hydroxymitragynine", retmax=5, api_key="KEY123", tool="claimwatch")
    entries = []
    while search:
        status, body, ctype = server.fetch(search)
        assert status == 200 and ctype == XML
        page = pubmed.parse_esearch_page(body, ctype)
        none, summary = pubmed.parse(body, ctype, request_url=search)  # the generic path: ids -> esummary URL
        assert none == [] and params(summary)["api_key"] == ["KEY123"] and params(summary)["tool"] == ["claimwatch"]
        assert params(summary)["id"] == [",".join(page.ids)]
        status, body, ctype = server.fetch(summary)
        assert status == 200
        found, nxt = pubmed.parse(body, ctype)
        assert nxt is None
        entries += found
        search = pubmed.next_search_url(search, page)
    assert len(entries) == 7 and len({e.url for e in entries}) == 7
    assert all(e.document_kind == "paper" and e.metadata["doi"] for e in entries)
    assert [r.split("?")[0] for r in server.requests[-4:]] == [
        "/entrez/eutils/esearch.fcgi", "/entrez/eutils/esummary.fcgi"] * 2
    status, body, ctype = server.fetch(pubmed.fetch_url(PM_PAGE2_IDS.split(",")))
    abstracts = [e.metadata["abstract"] for e in pubmed.parse(body, ctype)[0]]
    assert len(abstracts) == 2 and all(abstracts)


def test_pubmed_throttled_over_http(server):
    status, body, ctype = server.fetch("https://eutils.ncbi.nlm.nih.gov/ncbi-over-limit")
    assert status == 429 and ctype == "application/json"
    with pytest.raises(ApiError, match=r"^throttled: .*limit 3/s"):
        pubmed.parse(body, ctype)


# --------------------------------------------------------------------------- Europe PMC

def test_europe_pmc_search_url():
    url = europe_pmc.search_url('"7-hydroxymitragynine" AND FIRST_PDATE:[2025-01-01 TO 2026-12-31]', page_size=100,
                                sort="P_PDATE_D desc")
    assert url.startswith("https://www.ebi.ac.uk/europepmc/webservices/rest/search?query=%227-hydroxymitragynine%22%20AND")
    p = params(url)
    assert p["query"] == ['"7-hydroxymitragynine" AND FIRST_PDATE:[2025-01-01 TO 2026-12-31]']
    assert p["format"] == ["json"] and p["resultType"] == ["core"] and p["cursorMark"] == ["*"]
    assert p["pageSize"] == ["100"] and p["sort"] == ["P_PDATE_D desc"]
    assert params(europe_pmc.search_url("kratom", result_type="lite"))["resultType"] == ["lite"]
    for bad in ({"result_type": "idlist"}, {"page_size": 0}, {"page_size": 1001}):
        with pytest.raises(ValueError):
            europe_pmc.search_url("kratom", **bad)


def test_europe_pmc_entries():
    request = europe_pmc.search_url('"7-hydroxymitragynine" OR "7-OH kratom"', page_size=5)
    entries, next_url = europe_pmc.parse(payload("europe_pmc", "search_7oh_core_page1.json"), JSON, request)
    assert len(entries) == 5 and all(e.document_kind == "paper" for e in entries)
    pk, receptor, preprint, editorial, no_doi = entries
    assert pk.url == "https://doi.org/10.1016/j.drugalcdep.2025.112931"
    assert pk.published == "2025-11-12" and pk.metadata["pub_year"] == "2026"
    assert pk.metadata["journal"] == "Drug and alcohol dependence" and pk.metadata["pmid"] == "41502217"
    assert pk.metadata["abstract"].startswith("Background: Concentrated 7-hydroxymitragynine (7-OH) tablets")
    assert "Results: Peak plasma" in pk.metadata["abstract"] and pk.pdf_url is None
    assert receptor.title.endswith("pseudoindoxyl in vitro.")
    assert receptor.pdf_url == "https://europepmc.org/articles/PMC12560912?pdf=render"
    assert receptor.metadata["is_open_access"] and receptor.metadata["pmcid"] == "PMC12560912"
    assert "(Emax 41% of DAMGO)" in receptor.metadata["abstract"]
    assert preprint.metadata["source"] == "PPR" and preprint.metadata["publication_types"] == ["Preprint"]
    assert preprint.metadata["journal"] is None and preprint.published == "2025-09-24"
    assert editorial.metadata["abstract"] is None
    assert no_doi.url == "https://europepmc.org/article/MED/41391762" and no_doi.metadata["doi"] is None
    assert params(next_url)["cursorMark"] == [EPMC_CURSOR_1] and params(next_url)["pageSize"] == ["5"]


def test_europe_pmc_paging_without_request_url_uses_next_page_url():
    _, next_url = europe_pmc.parse(payload("europe_pmc", "search_7oh_core_page2.json"), JSON)
    assert next_url.startswith("https://www.ebi.ac.uk/europepmc/webservices/rest/search?query=")
    assert "cursorMark=AoIIP3%2BbXyg0MTE3NzA5Mw%3D%3D" in next_url  # '+' encoded, not a space
    assert params(next_url)["cursorMark"] == [EPMC_CURSOR_2]


def test_europe_pmc_lite_and_empty():
    entries, _ = europe_pmc.parse(payload("europe_pmc", "search_7oh_lite.json"), JSON)
    assert len(entries) == 7
    assert entries[0].metadata["journal"] == "Drug Alcohol Depend" and entries[0].metadata["abstract"] is None
    assert entries[0].metadata["authors"][0] == "Okafor CN"
    assert europe_pmc.parse(payload("europe_pmc", "search_no_results.json"), JSON) == ([], None)
    with pytest.raises(ApiError, match="truncated JSON"):
        europe_pmc.parse(payload("europe_pmc", "search_truncated.json"), JSON)
    with pytest.raises(ApiError, match="API error"):
        europe_pmc.parse(b'{"errCode":400,"errMsg":"Invalid query syntax"}', JSON)


def test_europe_pmc_cursor_paging_over_http(server):
    url = europe_pmc.search_url('"7-hydroxymitragynine" OR "7-OH kratom"', page_size=5)
    seen, requests = [], 0
    while url:
        status, body, ctype = server.fetch(url)
        assert status == 200, url
        entries, url = europe_pmc.parse(body, ctype, request_url=url)
        seen += entries
        requests += 1
        assert requests <= 4
    assert requests == 3  # page 3 is empty and repeats the cursor: the end
    assert len(seen) == 7 and seen[-1].metadata["pmid"] == "41177093"
    assert seen[-1].pdf_url == "https://europepmc.org/articles/PMC12391001?pdf=render"
    assert [params(r)["cursorMark"][0] for r in server.requests[-3:]] == ["*", EPMC_CURSOR_1, EPMC_CURSOR_2]


def test_europe_pmc_repeated_cursor_stops():
    body = payload("europe_pmc", "search_7oh_core_page2.json").replace(
        b'"nextCursorMark":"AoIIP3+bXyg0MTE3NzA5Mw=="', f'"nextCursorMark":"{EPMC_CURSOR_1}"'.encode())
    request = europe_pmc.search_url("kratom", cursor_mark=EPMC_CURSOR_1)
    entries, next_url = europe_pmc.parse(body, JSON, request)
    assert len(entries) == 2 and next_url is None


# --------------------------------------------------------------------------- Google News

def test_google_news_is_opt_in_with_terms_noted():
    doc = " ".join(google_news.__doc__.split())
    assert "personal, non-commercial use" in doc and "opt-in" in doc
    assert google_news.OPT_IN is True


def test_google_news_search_url():
    url = google_news.search_url('"7-OH" ban', when="7d")
    assert url == "https://news.google.com/rss/search?q=%227-OH%22%20ban%20when%3A7d&hl=en-US&gl=US&ceid=US%3Aen"
    assert params(url)["q"] == ['"7-OH" ban when:7d'] and params(url)["ceid"] == ["US:en"]
    with pytest.raises(ValueError):
        google_news.search_url("7-OH", when="week")


def test_google_news_entries():
    entries, next_url = google_news.parse(payload("google_news", "search_7oh_ban.xml"), "application/xml; charset=utf-8")
    assert next_url is None and len(entries) == 6
    first = entries[0]
    assert first.title == "Florida bans 7-OH products as emergency rule takes effect"
    assert first.url.startswith("https://news.google.com/rss/articles/CBMi") and first.url.endswith("?oc=5")
    assert first.metadata["publisher"] == "Tampa Bay Times"
    assert first.metadata["publisher_url"] == "https://www.tampabay.com"
    assert first.metadata["raw_title"].endswith(" - Tampa Bay Times")
    assert first.published == "2026-08-19" and first.document_kind == "article"
    assert [r["publisher"] for r in first.metadata["related"]] == ["WFLA", "AP News"]
    assert all(r["url"].startswith("https://news.google.com/rss/articles/") for r in first.metadata["related"])
    titles = [(e.title, e.metadata["publisher"]) for e in entries]
    assert titles[2] == ("What is 7-OH? The 'gas station heroin' lawmakers want to ban", "Lakeshore Ledger |")
    assert titles[3] == ("Kratom vendors sue state - claim 7-OH ban is unconstitutional", "Reuters")
    assert titles[4] == ("Kratom & 7-OH: what parents should know", "Mayo Clinic Press")
    assert titles[5] == ("Texas health officials warn of 7-OH overdoses", "KXAN Austin")  # no <source>
    assert entries[5].metadata["publisher_url"] is None
    assert [e.published for e in entries[1:]] == ["2025-07-29", "2026-08-17", "2026-08-14", "2026-08-13", "2026-08-12"]


def test_google_news_over_http(server):
    status, body, ctype = server.fetch(google_news.search_url('"7-OH" ban'))
    assert status == 200 and ctype == "application/xml; charset=utf-8"
    entries, _ = google_news.parse(body, ctype)
    assert len(entries) == 6
    status, body, ctype = server.fetch(google_news.search_url('"7-hydroxymitragynine pseudoindoxyl" gummies recall'))
    assert google_news.parse(body, ctype) == ([], None)
    status, body, ctype = server.fetch("https://www.google.com/sorry/index?continue=x")
    assert status == 429
    with pytest.raises(ApiError, match="HTML page"):
        google_news.parse(body, ctype)


def test_google_news_errors():
    with pytest.raises(ApiError, match="truncated XML"):
        google_news.parse(payload("google_news", "search_truncated.xml"), "application/xml")
    with pytest.raises(ApiError, match="expected an RSS feed, got <feed>"):
        google_news.parse(b"<feed><entry/></feed>", "application/xml")
    with pytest.raises(ApiError, match="expected XML, got content type 'application/json'"):
        google_news.parse(b"{}", "application/json")


@pytest.mark.parametrize("title,publisher,expected", [
    ("Headline - Outlet", "Outlet", ("Headline", "Outlet")),
    ("A - B - Outlet", "Outlet", ("A - B", "Outlet")),
    ("Headline - Other", "Outlet", ("Headline - Other", "Outlet")),
    ("Headline - Outlet", None, ("Headline", "Outlet")),
    ("Outlet", "Outlet", ("Outlet", "Outlet")),
    (None, None, (None, None)),
])
def test_google_news_split_title(title, publisher, expected):
    assert google_news.split_title(title, publisher) == expected


# --------------------------------------------------------------------------- GDELT

def test_gdelt_search_url():
    url = gdelt.search_url('("7-hydroxymitragynine" OR kratom) sourcelang:english', maxrecords=250, timespan="7d")
    assert url.startswith("https://api.gdeltproject.org/api/v2/doc/doc?query=%28%227-hydroxymitragynine%22%20OR%20kratom%29")
    p = params(url)
    assert p["query"] == ['("7-hydroxymitragynine" OR kratom) sourcelang:english']
    assert p["mode"] == ["ArtList"] and p["format"] == ["json"] and p["maxrecords"] == ["250"]
    assert p["sort"] == ["DateDesc"] and p["timespan"] == ["7d"]
    from datetime import datetime, timezone
    p = params(gdelt.search_url("kratom", start=datetime(2026, 8, 1, tzinfo=timezone.utc), end="20260808000000"))
    assert p["startdatetime"] == ["20260801000000"] and p["enddatetime"] == ["20260808000000"]
    for bad in ({"maxrecords": 251}, {"maxrecords": 0}, {"sort": "newest"}, {"timespan": "a week"},
                {"timespan": "7d", "start": "20260801000000"}, {"start": "2026-08-01"}):
        with pytest.raises(ValueError):
            gdelt.search_url("kratom", **bad)


@pytest.mark.parametrize("query", [
    "kratom", "7-OH", '"7-OH tablets"', '"7-hydroxymitragynine"', '(kratom OR "7-OH tablets") sourcelang:english',
    'kratom domain:fda.gov', 'near10:"7 OH"', "kratom -ban", "kratom tone<-5", "(OPEC OR kratom)",
])
def test_gdelt_accepts(query):
    assert gdelt.check_query(query) == query


@pytest.mark.parametrize("query,message", [
    ("OH", "keywords under 3"), ("kratom 7", "keywords under 3"), ('"7-OH"', "quoted phrases under 5"),
    ('"FDA"', "quoted phrases under 5"), ("kratom OR mitragynine", "inside parentheses"),
    ('"unbalanced', "unbalanced quotes"), ("(kratom", "unbalanced parentheses"), ("kratom)", "unbalanced parentheses"),
    ("   ", "non-empty"),
])
def test_gdelt_rejects_what_gdelt_would_refuse(query, message):
    with pytest.raises(ValueError, match=message):
        gdelt.search_url(query)


def test_gdelt_entries():
    entries, next_url = gdelt.parse(payload("gdelt", "artlist_7oh.json"), JSON)
    assert next_url is None and len(entries) == 6
    first = entries[0]
    assert first.url == "https://www.wfla.com/news/florida/florida-attorney-general-emergency-rule-7-oh-schedule-i/"
    assert first.title == "Florida attorney general emergency rule puts 7 - OH on Schedule I"
    assert first.published == "2026-08-19" and first.document_kind == "article"
    assert first.metadata == {"domain": "wfla.com", "language": "English", "source_country": "United States",
                              "seen_at": "2026-08-19T22:15:00Z", "url_mobile": None,
                              "social_image": "https://www.wfla.com/wp-content/uploads/sites/71/2026/08/7oh-tablets.jpg"}
    assert entries[1].metadata["url_mobile"].endswith("/amp/")
    assert entries[4].metadata["language"] == "Spanish" and entries[4].metadata["social_image"] is None


def test_gdelt_quirks_and_errors():
    assert gdelt.parse(payload("gdelt", "artlist_empty.json"), JSON) == ([], None)
    entries, _ = gdelt.parse(payload("gdelt", "artlist_control_chars.json"), JSON)
    assert entries[0].title == "Florida attorney general news emergency rule puts 7 - OH on Schedule I"
    with pytest.raises(ApiError, match="truncated JSON"):
        gdelt.parse(payload("gdelt", "artlist_truncated.json"), JSON)
    with pytest.raises(ApiError, match=r"^gdelt refused the query: Queries containing OR'd terms"):
        gdelt.parse(payload("gdelt", "or_without_parentheses.html"), "text/html; charset=utf-8")
    assert gdelt.seen_at("20261301T000000Z") == (None, None) and gdelt.seen_at(None) == (None, None)


@pytest.mark.parametrize("query,status", [("throttle-429", 429), ("throttle-200", 200)])
def test_gdelt_throttled_over_http(server, query, status):
    url = gdelt.API_URL + "?query=" + query + "&mode=ArtList&format=json"
    got, body, ctype = server.fetch(url)
    assert got == status
    with pytest.raises(ApiError, match=r"^throttled: Please limit requests to one every 5 seconds"):
        gdelt.parse(body, ctype)


def test_gdelt_over_http(server):
    status, body, ctype = server.fetch(gdelt.search_url('"7-hydroxymitragynine" kratom', timespan="7d"))
    assert status == 200 and ctype == JSON
    entries, _ = gdelt.parse(body, ctype)
    assert [e.metadata["domain"] for e in entries][:3] == ["wfla.com", "kxan.com", "reuters.com"]
    status, body, ctype = server.fetch(gdelt.search_url("kratom nomatch"))
    assert gdelt.parse(body, ctype) == ([], None)
    # a short phrase that search_url() refuses: what GDELT itself answers
    with pytest.raises(ValueError):
        gdelt.search_url('"7-OH"')
    status, body, ctype = server.fetch(gdelt.API_URL + "?query=%227-OH%22&mode=ArtList&format=json")
    assert status == 200 and ctype.startswith("text/html")
    with pytest.raises(ApiError, match=r"^gdelt refused the query: The specified phrase is too short\."):
        gdelt.parse(body, ctype)
