"""PubMed through NCBI E-utilities (https://www.ncbi.nlm.nih.gov/books/NBK25499/).

A search takes two requests per page of results:

1. ``esearch.fcgi?db=pubmed&term=...&retmode=xml&retmax=N&retstart=K&sort=pub_date``
   -> ``<eSearchResult>`` with ``Count``, ``RetMax``, ``RetStart`` and ``IdList/Id`` (PMIDs);
2. ``esummary.fcgi?db=pubmed&id=1,2,3&retmode=xml`` -> ``<eSummaryResult><DocSum>``, the entries.

The next esearch page advances ``retstart`` while it is below ``Count`` (:func:`next_search_url`).

Rate limits (NCBI usage policy): at most 3 requests/second without an API key, 10 with one;
above that NCBI answers HTTP 429 with a JSON body ``{"error":"API rate limit exceeded",...}``
(sometimes under 2xx), which the parsers report as ThrottledError. NCBI asks every request to
name its ``tool`` and an ``email`` to contact; an ``api_key`` travels in the query string, so the
spider keeps it out of fetch logs and captures (crawlers.spiders.pubmed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from crawlers.apis import (
    ApiEntry,
    build_url,
    clean,
    iso_date,
    load_xml,
    looks_like_html,
    month_number,
    query_param,
    replace_query_params,
    snippet,
    text_of,
)
from crawlers.outcomes import ParseError, ThrottledError

SOURCE = "pubmed"
EUTILS = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
ESEARCH_URL = f"{EUTILS}/esearch.fcgi"
ESUMMARY_URL = f"{EUTILS}/esummary.fcgi"
ARTICLE_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
DOCUMENT_KIND = "paper"
PAGE_SIZE = 100  # ids per esearch page
MAX_RETSTART = 10000  # esearch cannot page past 10,000 records: narrow the query by date instead
MAX_IDS_PER_URL = 200  # above ~200 ids NCBI recommends POST/epost: keep GET URLs short


def search_url(query: str, identity: Mapping[str, str | None] | None = None) -> str:
    """The first esearch page of a query, newest publication first. `identity`: NCBI's tool, email and
    api_key parameters, sent with every request."""
    params = [("db", "pubmed"), ("term", query.strip()), ("retmode", "xml"), ("retmax", str(PAGE_SIZE)),
              ("sort", "pub_date")]
    return build_url(ESEARCH_URL, params + _identity(identity))


def summary_urls(ids: list[str], identity: Mapping[str, str | None] | None = None) -> list[str]:
    """esummary URLs for a page of PMIDs, at most 200 a URL."""
    ids = list(dict.fromkeys(ids))
    return [build_url(ESUMMARY_URL, [("db", "pubmed"), ("id", ",".join(ids[i:i + MAX_IDS_PER_URL])),
                                     ("retmode", "xml")] + _identity(identity))
            for i in range(0, len(ids), MAX_IDS_PER_URL)]


def _identity(identity: Mapping[str, str | None] | None) -> list[tuple[str, str]]:
    return [(name, value) for name in ("tool", "email", "api_key") if (value := (identity or {}).get(name))]


def next_search_url(request_url: str, page: EsearchPage) -> str | None:
    """The esearch URL of the following page, or None when this page was the last."""
    if not page.has_more:
        return None
    retmax = int(query_param(request_url, "retmax") or page.retmax or len(page.ids))
    next_start = page.retstart + len(page.ids)
    if next_start >= MAX_RETSTART:
        return None
    return replace_query_params(request_url, retstart=next_start, retmax=retmax)


# --------------------------------------------------------------------------- responses

def _check_throttle(body: bytes) -> None:
    """NCBI's over-limit answer is JSON even when XML was asked for."""
    if body[:512].lstrip().startswith(b"{"):
        try:
            data = json.loads(body.decode("utf-8", errors="replace"))
        except ValueError:
            raise ParseError(f"{SOURCE}: expected XML, got JSON-like text: {snippet(body)}") from None
        if isinstance(data, dict) and "error" in data:
            message = str(data.get("error"))
            if "rate limit" in message.lower():
                limit = data.get("limit")
                extra = f" (limit {limit}/s)" if limit else ""
                raise ThrottledError(f"{SOURCE}: {message}{extra}")
            raise ParseError(f"{SOURCE}: API error: {message}")
        raise ParseError(f"{SOURCE}: expected XML, got JSON: {snippet(body)}")


def _load(body: bytes | str, content_type: str | None, expected_roots: tuple[str, ...]):
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body or b"")
    if not looks_like_html(raw):
        _check_throttle(raw)
    root = load_xml(raw, content_type, SOURCE)
    if root.tag not in expected_roots:
        raise ParseError(f"{SOURCE}: expected <{'> or <'.join(expected_roots)}>, got <{root.tag}>")
    return root


def _errors(root) -> list[str]:
    return [t for t in (clean(text_of(e)) for e in root.findall("ERROR")) if t]


@dataclass(frozen=True)
class EsearchPage:
    """One esearch answer: a page of PMIDs, and where it is in the whole result."""

    ids: list[str]
    count: int
    retstart: int
    retmax: int

    @property
    def has_more(self) -> bool:
        return bool(self.ids) and self.retstart + len(self.ids) < self.count


def _int(root, tag: str, default: int = 0) -> int:
    value = clean(root.findtext(tag))
    try:
        return int(value) if value is not None else default
    except ValueError:
        raise ParseError(f"{SOURCE}: <{tag}> is not a number: {value!r}") from None


def parse_esearch(body: bytes, content_type: str | None = None) -> EsearchPage:
    """Ids and paging counters of one esearch response."""
    root = _load(body, content_type, ("eSearchResult",))
    errors = _errors(root)
    if errors and root.find("Count") is None:
        raise ParseError(f"{SOURCE}: esearch error: {'; '.join(errors)}")
    if root.find("Count") is None:
        raise ParseError(f"{SOURCE}: esearch result without <Count>")
    ids = [i for i in (clean(e.text) for e in root.findall("IdList/Id")) if i and i.isdigit()]  # PMIDs only
    return EsearchPage(
        ids=ids,
        count=_int(root, "Count"),
        retstart=_int(root, "RetStart"),
        retmax=_int(root, "RetMax", len(ids)),
    )


# --------------------------------------------------------------------------- dates

def pubmed_date(value: str | None) -> str | None:
    """A full ISO date from PubMed's date strings ('2025 Mar 15', '2025/03/15 00:00'), else None.

    Partial dates ('2025 Mar', '2024 Winter', '2025 Mar-Apr') are not dates: None.
    """
    value = clean(value)
    if not value:
        return None
    m = re.match(r"^(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b", value)
    if m:
        return iso_date(*m.groups())
    m = re.match(r"^(\d{4}) ([A-Za-z]{3,9}|\d{1,2}) (\d{1,2})$", value)
    if m:
        month = month_number(m.group(2))
        return iso_date(m.group(1), month, m.group(3)) if month else None
    return None


def _year(value: str | None) -> str | None:
    m = re.match(r"^\s*(\d{4})", value or "")
    return m.group(1) if m else None


# --------------------------------------------------------------------------- esummary

_INLINE_TAG = re.compile(r"</?(?:i|b|u|sup|sub|em|strong|mml:[a-z]+)(?:\s[^<>]*)?>", re.I)


def strip_inline_markup(text: str | None) -> str | None:
    """'<i>in vitro</i>' (escaped inline markup in esummary titles) -> 'in vitro'."""
    return clean(_INLINE_TAG.sub("", text)) if text else None


def _items(docsum) -> dict:
    return {item.get("Name"): item for item in docsum.findall("Item")}


def _sub_items(item, name: str | None = None) -> list:
    if item is None:
        return []
    return [i for i in item.findall("Item") if name is None or i.get("Name") == name]


def _doi_from_elocation(value: str | None) -> str | None:
    m = re.search(r"doi:\s*(10\.\S+)", value or "", re.I)
    return m.group(1).rstrip(".") if m else None


def _summary_entry(docsum) -> ApiEntry | None:
    pmid = clean(docsum.findtext("Id"))
    if not pmid:
        return None
    items = _items(docsum)

    def val(name):
        return clean(text_of(items.get(name)))

    ids = {i.get("Name"): clean(text_of(i)) for i in _sub_items(items.get("ArticleIds"))}
    doi = val("DOI") or ids.get("doi") or _doi_from_elocation(val("ELocationID"))
    history = {i.get("Name"): clean(text_of(i)) for i in _sub_items(items.get("History"))}
    pub_date, epub_date = val("PubDate"), val("EPubDate")
    entrez_date = pubmed_date(history.get("entrez") or history.get("pubmed"))
    published = pubmed_date(epub_date) or pubmed_date(pub_date) or entrez_date
    metadata = {
        "pmid": pmid,
        "doi": doi,
        "journal": val("FullJournalName") or val("Source"),
        "journal_abbreviation": val("Source"),
        "pub_date": pub_date,  # as PubMed states it (may be partial: '2025 Mar')
        "epub_date": epub_date,
        "entrez_date": entrez_date,
        "year": _year(pub_date) or _year(epub_date),
        "authors": [a for a in (clean(text_of(i)) for i in _sub_items(items.get("AuthorList"), "Author")) if a],
        "publication_types": [t for t in (clean(text_of(i)) for i in _sub_items(items.get("PubTypeList"))) if t],
        "pmcid": ids.get("pmc") or ids.get("pmcid"),
    }
    for key, name in (("volume", "Volume"), ("issue", "Issue"), ("pages", "Pages"), ("citation", "SO")):
        if val(name):
            metadata[key] = val(name)
    return ApiEntry(
        url=ARTICLE_URL.format(pmid=pmid),
        title=strip_inline_markup(val("Title")),
        published=published,
        document_kind=DOCUMENT_KIND,
        metadata=metadata,
    )


def parse_summary(body: bytes, content_type: str | None = None) -> list[ApiEntry]:
    """Entries of an esummary (retmode=xml) response."""
    root = _load(body, content_type, ("eSummaryResult",))
    docsums = root.findall("DocSum")
    errors = _errors(root)
    if errors and not docsums:
        raise ParseError(f"{SOURCE}: esummary error: {'; '.join(errors)}")
    return [e for e in (_summary_entry(d) for d in docsums) if e is not None]
