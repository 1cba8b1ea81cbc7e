"""Parsers of the search-API source kinds, against recorded answers in the real formats
(tests/payloads). The spiders that call them are tested against the same answers served over HTTP
(test_api_spiders.py)."""

from urllib.parse import parse_qs, urlsplit

import pytest

from crawlers.apis import europe_pmc, federal_register, gdelt, google_news, pubmed
from crawlers.outcomes import ParseError, ThrottledError
from tests.helpers.api_replay import EPMC_CURSOR_1, EPMC_CURSOR_2, JSON, PM_PAGE1_IDS, XML, payload


def params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


# --------------------------------------------------------------------------- shared

def test_content_type_may_be_bytes_as_scrapy_gives_it():
    assert len(gdelt.parse(payload("gdelt", "artlist_7oh.json"), b"application/json; charset=utf-8")) == 6
    assert len(google_news.parse(payload("google_news", "search_7oh_ban.xml"), b"application/xml; charset=utf-8")) == 6
    with pytest.raises(ParseError, match="expected JSON"):
        federal_register.parse(payload("federal_register", "documents_7oh_page1.json"), b"text/plain")


GARBAGE = [
    (b"", None),
    (b"   \n", "application/json"),
    (b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html"),
    (b"\x00\xff\xfe binary \x89PNG", "application/octet-stream"),
    (b'{"unexpected": true}', "application/json"),
    (b"<unexpected/>", "text/xml"),
]
PARSERS = {"federal_register": federal_register.parse, "pubmed esearch": pubmed.parse_esearch,
           "pubmed esummary": pubmed.parse_summary,
           "europe_pmc": lambda body, ctype: europe_pmc.parse(body, ctype, europe_pmc.search_url("kratom")),
           "google_news": google_news.parse, "gdelt": gdelt.parse}


@pytest.mark.parametrize("parse", PARSERS.values(), ids=PARSERS.keys())
@pytest.mark.parametrize("body,ctype", GARBAGE)
def test_garbage_is_a_parse_error_with_a_one_line_message(parse, body, ctype):
    if parse is gdelt.parse and body == b'{"unexpected": true}':
        assert gdelt.parse(body, ctype) == []  # a JSON object without articles is "no hits"
        return
    with pytest.raises(ParseError) as err:
        parse(body, ctype)
    assert "\n" not in str(err.value) and str(err.value)


def test_xml_entities_are_not_resolved():
    body = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">'
            b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<rss><channel><item><title>x &secret; &b;</title><link>https://example.org/a</link></item></channel></rss>')
    entries = google_news.parse(body, "application/xml")
    assert entries[0].title == "x" and entries[0].url == "https://example.org/a"


# --------------------------------------------------------------------------- Federal Register

def test_fr_search_url_encodes_the_term_and_asks_for_the_fields_read():
    url = federal_register.search_url('"7-hydroxymitragynine" OR 7-OH')
    assert url.startswith("https://www.federalregister.gov/api/v1/documents.json?"
                          "conditions%5Bterm%5D=%227-hydroxymitragynine%22%20OR%207-OH")
    p = params(url)
    assert p["conditions[term]"] == ['"7-hydroxymitragynine" OR 7-OH']
    assert p["order"] == ["newest"] and p["per_page"] == ["20"]
    assert {"html_url", "pdf_url", "agencies", "type", "document_number"} <= set(p["fields[]"])
    assert "page" not in p  # later pages come from next_page_url only


@pytest.mark.parametrize("raw,expected", [
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
    assert federal_register.parse(body, JSON) == ([], None)


def test_fr_errors():
    with pytest.raises(ParseError, match="truncated JSON"):
        federal_register.parse(payload("federal_register", "documents_truncated.json"), JSON)
    with pytest.raises(ParseError, match="HTML page.*Service Temporarily Unavailable"):
        federal_register.parse(payload("federal_register", "unavailable.html"), "text/html")
    with pytest.raises(ParseError, match="expected JSON, got content type 'text/csv'"):
        federal_register.parse(payload("federal_register", "documents_7oh_page1.json"), "text/csv")
    with pytest.raises(ParseError, match="API error"):
        federal_register.parse(b'{"errors":{"conditions":{"publication_date":"is not a valid date"}}}', JSON)
    with pytest.raises(ParseError, match="expected a JSON object"):
        federal_register.parse(b"[1, 2]", JSON)


# --------------------------------------------------------------------------- PubMed

IDENTITY = {"tool": "claimwatch", "email": "ops@example.org", "api_key": "KEY123"}


def test_pubmed_search_url_names_the_client():
    url = pubmed.search_url('"7-hydroxymitragynine"[tiab] OR kratom', IDENTITY)
    assert url.startswith("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed&term=")
    p = params(url)
    assert p["term"] == ['"7-hydroxymitragynine"[tiab] OR kratom']
    assert p["retmode"] == ["xml"] and p["retmax"] == ["100"] and p["sort"] == ["pub_date"]
    assert p["api_key"] == ["KEY123"] and p["tool"] == ["claimwatch"] and p["email"] == ["ops@example.org"]
    assert "retstart" not in p
    assert "api_key" not in params(pubmed.search_url("kratom", {"tool": "claimwatch"}))


def test_pubmed_summary_urls_take_200_ids_each():
    urls = pubmed.summary_urls(["41502217", "41488390", "41502217"], IDENTITY)
    assert len(urls) == 1 and urls[0].startswith("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi?")
    p = params(urls[0])
    assert p["db"] == ["pubmed"] and p["id"] == ["41502217,41488390"] and p["retmode"] == ["xml"]
    assert p["api_key"] == ["KEY123"] and p["email"] == ["ops@example.org"]
    urls = pubmed.summary_urls([str(i) for i in range(1, 451)])
    assert len(urls) == 3 and params(urls[2])["id"][0].count(",") == 49


def test_pubmed_esearch_pages():
    page = pubmed.parse_esearch(payload("pubmed", "esearch_7oh_page1.xml"), XML)
    assert page.ids == PM_PAGE1_IDS.split(",") and (page.count, page.retstart, page.retmax) == (7, 0, 5)
    assert page.has_more
    url = pubmed.search_url("7-hydroxymitragynine", IDENTITY)
    nxt = params(pubmed.next_search_url(url, page))
    assert nxt["retstart"] == ["5"] and nxt["retmax"] == ["100"] and nxt["api_key"] == ["KEY123"]
    last = pubmed.parse_esearch(payload("pubmed", "esearch_7oh_page2.xml"))
    assert not last.has_more and pubmed.next_search_url(url, last) is None


def test_pubmed_esearch_keeps_only_pmids():
    body = (b"<eSearchResult><Count>3</Count><RetMax>3</RetMax><RetStart>0</RetStart><IdList><Id>123</Id>"
            b"<Id>PMC9</Id><Id>1,2</Id></IdList></eSearchResult>")
    assert pubmed.parse_esearch(body, XML).ids == ["123"]


def test_pubmed_empty_esearch():
    page = pubmed.parse_esearch(payload("pubmed", "esearch_empty.xml"), XML)
    assert page.ids == [] and page.count == 0 and not page.has_more


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


@pytest.mark.parametrize("raw,expected", [
    ("2025 Nov 12", "2025-11-12"), ("2026 Jan 1", "2026-01-01"), ("2025/10/02 06:25", "2025-10-02"),
    ("2025 Dec", None), ("2025 Jul-Aug", None), ("2024 Winter", None), ("2025", None), ("", None),
    ("2025 Feb 30", None),
])
def test_pubmed_dates(raw, expected):
    assert pubmed.pubmed_date(raw) == expected


def test_pubmed_errors():
    with pytest.raises(ParseError, match="truncated XML"):
        pubmed.parse_summary(payload("pubmed", "esummary_truncated.xml"), XML)
    with pytest.raises(ParseError, match="Empty id list - nothing todo"):
        pubmed.parse_summary(payload("pubmed", "esummary_error.xml"), XML)
    with pytest.raises(ThrottledError, match="API rate limit exceeded.*limit 3/s"):
        pubmed.parse_summary(payload("pubmed", "rate_limited.json"), "application/json")
    with pytest.raises(ThrottledError):
        pubmed.parse_esearch(payload("pubmed", "rate_limited.json"), "application/json")
    with pytest.raises(ParseError, match=r"expected <eSummaryResult>, got <eSearchResult>"):
        pubmed.parse_summary(payload("pubmed", "esearch_7oh_page1.xml"), XML)
    with pytest.raises(ParseError, match="esearch error: Invalid query"):
        pubmed.parse_esearch(b"<eSearchResult><ERROR>Invalid query</ERROR></eSearchResult>", XML)


# --------------------------------------------------------------------------- Europe PMC

def test_europe_pmc_search_url():
    url = europe_pmc.search_url('"7-hydroxymitragynine" AND FIRST_PDATE:[2025-01-01 TO 2026-12-31]')
    assert url.startswith("https://www.ebi.ac.uk/europepmc/webservices/rest/search?query=%227-hydroxymitragynine%22%20AND")
    p = params(url)
    assert p["query"] == ['"7-hydroxymitragynine" AND FIRST_PDATE:[2025-01-01 TO 2026-12-31]']
    assert p["format"] == ["json"] and p["resultType"] == ["core"] and p["cursorMark"] == ["*"]
    assert p["pageSize"] == ["25"]


def test_europe_pmc_entries():
    request = europe_pmc.search_url('"7-hydroxymitragynine" OR "7-OH kratom"')
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
    assert params(next_url)["cursorMark"] == [EPMC_CURSOR_1] and params(next_url)["pageSize"] == ["25"]


def test_europe_pmc_next_cursor_survives_encoding():
    request = europe_pmc.search_url("kratom")
    _, next_url = europe_pmc.parse(payload("europe_pmc", "search_7oh_core_page2.json"), JSON, request)
    assert "cursorMark=AoIIP3%2BbXyg0MTE3NzA5Mw%3D%3D" in next_url  # '+' encoded, not a space
    assert params(next_url)["cursorMark"] == [EPMC_CURSOR_2]


def test_europe_pmc_lite_and_empty():
    request = europe_pmc.search_url("kratom")
    entries, _ = europe_pmc.parse(payload("europe_pmc", "search_7oh_lite.json"), JSON, request)
    assert len(entries) == 7
    assert entries[0].metadata["journal"] == "Drug Alcohol Depend" and entries[0].metadata["abstract"] is None
    assert entries[0].metadata["authors"][0] == "Okafor CN"
    assert europe_pmc.parse(payload("europe_pmc", "search_no_results.json"), JSON, request) == ([], None)
    with pytest.raises(ParseError, match="truncated JSON"):
        europe_pmc.parse(payload("europe_pmc", "search_truncated.json"), JSON, request)
    with pytest.raises(ParseError, match="API error"):
        europe_pmc.parse(b'{"errCode":400,"errMsg":"Invalid query syntax"}', JSON, request)


def test_europe_pmc_repeated_cursor_stops():
    body = payload("europe_pmc", "search_7oh_core_page2.json").replace(
        b'"nextCursorMark":"AoIIP3+bXyg0MTE3NzA5Mw=="', f'"nextCursorMark":"{EPMC_CURSOR_1}"'.encode())
    request = europe_pmc.search_url("kratom").replace("cursorMark=%2A", f"cursorMark={EPMC_CURSOR_1}")
    entries, next_url = europe_pmc.parse(body, JSON, request)
    assert len(entries) == 2 and next_url is None


# --------------------------------------------------------------------------- Google News

def test_google_news_search_url():
    url = google_news.search_url('"7-OH" ban')
    assert url == "https://news.google.com/rss/search?q=%227-OH%22%20ban&hl=en-US&gl=US&ceid=US%3Aen"


def test_google_news_entries():
    entries = google_news.parse(payload("google_news", "search_7oh_ban.xml"), "application/xml; charset=utf-8")
    assert len(entries) == 6
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


def test_google_news_errors():
    assert google_news.parse(payload("google_news", "search_empty.xml"), "application/xml") == []
    with pytest.raises(ParseError, match="truncated XML"):
        google_news.parse(payload("google_news", "search_truncated.xml"), "application/xml")
    with pytest.raises(ParseError, match="HTML page"):
        google_news.parse(payload("google_news", "sorry_page.html"), "text/html; charset=UTF-8")
    with pytest.raises(ParseError, match="expected an RSS feed, got <feed>"):
        google_news.parse(b"<feed><entry/></feed>", "application/xml")
    with pytest.raises(ParseError, match="expected XML, got content type 'application/json'"):
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
    p = params(gdelt.search_url('("7-hydroxymitragynine" OR kratom) sourcelang:english'))
    assert p["query"] == ['("7-hydroxymitragynine" OR kratom) sourcelang:english']
    assert p["mode"] == ["ArtList"] and p["format"] == ["json"] and p["sort"] == ["DateDesc"]


def test_gdelt_entries():
    entries = gdelt.parse(payload("gdelt", "artlist_7oh.json"), JSON)
    assert len(entries) == 6
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
    assert gdelt.parse(payload("gdelt", "artlist_empty.json"), JSON) == []
    entries = gdelt.parse(payload("gdelt", "artlist_control_chars.json"), JSON)
    assert entries[0].title == "Florida attorney general news emergency rule puts 7 - OH on Schedule I"
    with pytest.raises(ParseError, match="truncated JSON"):
        gdelt.parse(payload("gdelt", "artlist_truncated.json"), JSON)
    with pytest.raises(ParseError, match=r"^gdelt refused the query: Queries containing OR'd terms"):
        gdelt.parse(payload("gdelt", "or_without_parentheses.html"), "text/html; charset=utf-8")
    with pytest.raises(ParseError, match=r"^gdelt refused the query: The specified phrase is too short\."):
        gdelt.parse(payload("gdelt", "phrase_too_short.html"), "text/html; charset=utf-8")
    assert gdelt.seen_at("20261301T000000Z") == (None, None) and gdelt.seen_at(None) == (None, None)


@pytest.mark.parametrize("ctype", ["text/plain", None])
def test_gdelt_throttling_is_text(ctype):
    with pytest.raises(ThrottledError, match=r"^gdelt: Please limit requests to one every 5 seconds"):
        gdelt.parse(payload("gdelt", "throttled.txt"), ctype)
