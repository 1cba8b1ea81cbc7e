"""The search APIs, replayed from recorded answers (tests/payloads): routes for claimwatch's SiteServer,
chosen by path and query as the real APIs answer them."""

from claimwatch.demo.web_server import Answer, SiteServer
from tests.helpers import PAYLOADS

JSON = "application/json; charset=utf-8"
XML = "text/xml; charset=UTF-8"
# Europe PMC cursors in the payloads (page 2's contains '+', which must survive the round trip).
EPMC_CURSOR_1 = "AoIIP4Kqvyg0MTM5MTc2Mg=="
EPMC_CURSOR_2 = "AoIIP3+bXyg0MTE3NzA5Mw=="
PM_PAGE1_IDS = "41502217,41488390,41463125,41420008,41391762"
PM_PAGE2_IDS = "41288541,41177093"


def payload(kind: str, name: str) -> bytes:
    return (PAYLOADS / kind / name).read_bytes()


def _route(path: str, query: dict[str, str]) -> tuple[str, str, str | None, int] | None:
    """(kind, file, content type, status) for a request."""
    # Federal Register: first page at documents.json, later pages at next_page_url (no .json)
    if path == "/api/v1/documents.json":
        if "pseudoindoxyl" in query.get("conditions[term]", ""):
            return "federal_register", "documents_empty.json", JSON, 200
        return "federal_register", "documents_7oh_page1.json", JSON, 200
    if path == "/api/v1/documents" and query.get("page") == "2" and query.get("search_after_cursor"):
        return "federal_register", "documents_7oh_page2.json", JSON, 200
    # PubMed E-utilities
    if path == "/entrez/eutils/esearch.fcgi":
        if "pseudoindoxyl" in query.get("term", ""):
            return "pubmed", "esearch_empty.xml", XML, 200
        return "pubmed", "esearch_7oh_page2.xml" if query.get("retstart") == "5" else "esearch_7oh_page1.xml", XML, 200
    if path == "/entrez/eutils/esummary.fcgi":
        pages = {PM_PAGE1_IDS: "esummary_7oh_page1.xml", PM_PAGE2_IDS: "esummary_7oh_page2.xml"}
        if query.get("id") in pages:
            return "pubmed", pages[query["id"]], XML, 200
    # Europe PMC
    if path == "/europepmc/webservices/rest/search":
        pages = {"*": "search_7oh_core_page1.json", EPMC_CURSOR_1: "search_7oh_core_page2.json",
                 EPMC_CURSOR_2: "search_7oh_core_page3.json"}
        if query.get("cursorMark") in pages:
            return "europe_pmc", pages[query["cursorMark"]], "application/json;charset=UTF-8", 200
    # Google News
    if path == "/rss/search":
        name = "search_empty.xml" if "pseudoindoxyl" in query.get("q", "") else "search_7oh_ban.xml"
        return "google_news", name, "application/xml; charset=utf-8", 200
    # GDELT
    if path == "/api/v2/doc/doc":
        q = query.get("query", "")
        if "throttle" in q:
            return "gdelt", "throttled.txt", "text/plain", 429
        return "gdelt", "artlist_empty.json" if "nomatch" in q else "artlist_7oh.json", JSON, 200
    return None


def replay(server: SiteServer, path: str, query: dict[str, str]) -> Answer:
    found = _route(path, query)
    if found is None:
        return Answer(404, b"no such route\n", "text/plain")
    kind, name, content_type, status = found
    return Answer(status, payload(kind, name), content_type,
                  [("Cache-Control", "no-store, no-cache, must-revalidate, private")])


def api_site() -> SiteServer:
    """A started server replaying every search API."""
    return SiteServer(routes=replay).start()
