"""PubMed through NCBI E-utilities (https://www.ncbi.nlm.nih.gov/books/NBK25499/).

A search takes two requests per page of results:

1. ``esearch.fcgi?db=pubmed&term=...&retmode=xml&retmax=N&retstart=K&sort=pub_date``
   -> ``<eSearchResult>`` with ``Count``, ``RetMax``, ``RetStart`` and ``IdList/Id`` (PMIDs);
2. ``esummary.fcgi?db=pubmed&id=1,2,3&retmode=xml`` (``<eSummaryResult><DocSum>``) or
   ``efetch.fcgi?db=pubmed&id=...&retmode=xml&rettype=abstract`` (``<PubmedArticleSet>``, with
   abstracts) -> the entries.

Further esearch pages: :func:`next_search_url` (``retstart`` advanced while below ``Count``).

Rate limits (NCBI usage policy): at most 3 requests/second without an API key, 10 with one;
above that NCBI answers HTTP 429 with a JSON body ``{"error":"API rate limit exceeded",...}``
(sometimes under 2xx), which :func:`parse` reports as ``ApiError("throttled: ...")``. NCBI also
asks for ``tool`` and ``email`` parameters identifying the client. An ``api_key`` travels in
the query string, so it ends up in fetch logs and WARC request records.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from . import (
    ApiEntry,
    ApiError,
    build_url,
    clean,
    iso_date,
    load_xml,
    looks_like_html,
    month_number,
    query_param,
    replace_query_params,
    require_query,
    snippet,
    text_of,
)

SOURCE = "pubmed"
EUTILS = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
ESEARCH_URL = f"{EUTILS}/esearch.fcgi"
ESUMMARY_URL = f"{EUTILS}/esummary.fcgi"
EFETCH_URL = f"{EUTILS}/efetch.fcgi"
ARTICLE_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
DOI_URL = "https://doi.org/{doi}"
DOCUMENT_KIND = "paper"

# NCBI's published limits, requests per second per IP / per key.
RATE_LIMIT_PER_SECOND = 3
RATE_LIMIT_PER_SECOND_WITH_API_KEY = 10
RATE_LIMITS = {"without_api_key": RATE_LIMIT_PER_SECOND, "with_api_key": RATE_LIMIT_PER_SECOND_WITH_API_KEY}
# Seconds between requests that stay under the limits (for DOWNLOAD_DELAY / AutoThrottle).
MIN_DELAY_SECONDS = 1 / RATE_LIMIT_PER_SECOND + 0.01
MIN_DELAY_SECONDS_WITH_API_KEY = 1 / RATE_LIMIT_PER_SECOND_WITH_API_KEY + 0.01

MAX_RETMAX = 10000  # esearch returns at most 10,000 ids per request (and per retstart window)
MAX_IDS_PER_URL = 200  # above ~200 ids NCBI recommends POST/epost: keep GET URLs short

_PASS_THROUGH = ("api_key", "tool", "email")


def min_delay(api_key: str | None = None) -> float:
    """Seconds to wait between E-utilities requests for this key (or none)."""
    return MIN_DELAY_SECONDS_WITH_API_KEY if api_key else MIN_DELAY_SECONDS


def _identity(api_key, tool, email) -> list[tuple[str, str]]:
    params = []
    for name, value in (("tool", tool), ("email", email), ("api_key", api_key)):
        if value:
            params.append((name, str(value)))
    return params


def search_url(
    query: str,
    *,
    retmax: int = 100,
    retstart: int = 0,
    sort: str = "pub_date",
    api_key: str | None = None,
    tool: str | None = None,
    email: str | None = None,
    reldate: int | None = None,
    mindate: str | None = None,
    maxdate: str | None = None,
    datetype: str = "edat",
) -> str:
    """esearch URL for a PubMed query (XML, newest publication first by default).

    reldate: only records from the last N days; mindate/maxdate: 'YYYY', 'YYYY/MM' or
    'YYYY/MM/DD' (both needed); datetype: 'edat' (added to PubMed), 'pdat', 'mdat'.
    """
    query = require_query(query)
    if not isinstance(retmax, int) or not 1 <= retmax <= MAX_RETMAX:
        raise ValueError(f"retmax must be 1..{MAX_RETMAX}")
    if not isinstance(retstart, int) or retstart < 0:
        raise ValueError("retstart must be >= 0")
    params = [("db", "pubmed"), ("term", query), ("retmode", "xml"), ("retmax", str(retmax))]
    if retstart:
        params.append(("retstart", str(retstart)))
    if sort:
        params.append(("sort", sort))
    if reldate is not None or mindate or maxdate:
        params.append(("datetype", datetype))
    if reldate is not None:
        if not isinstance(reldate, int) or reldate < 1:
            raise ValueError("reldate must be a positive number of days")
        params.append(("reldate", str(reldate)))
    if mindate or maxdate:
        if not (mindate and maxdate):
            raise ValueError("mindate and maxdate must be given together")
        params += [("mindate", mindate), ("maxdate", maxdate)]
    params += _identity(api_key, tool, email)
    return build_url(ESEARCH_URL, params)


def _id_list(ids) -> str:
    ids = [str(i).strip() for i in ids or () if str(i).strip()]
    if not ids:
        raise ValueError("no PubMed ids given")
    bad = [i for i in ids if not i.isdigit()]
    if bad:
        raise ValueError(f"not PubMed ids: {', '.join(bad[:5])}")
    if len(ids) > MAX_IDS_PER_URL:
        raise ValueError(f"at most {MAX_IDS_PER_URL} ids per request (got {len(ids)}); split the list")
    return ",".join(dict.fromkeys(ids))


def summary_url(ids, *, api_key: str | None = None, tool: str | None = None, email: str | None = None) -> str:
    """esummary URL (XML DocSums: title, journal, dates, authors, DOI) for up to 200 PMIDs."""
    params = [("db", "pubmed"), ("id", _id_list(ids)), ("retmode", "xml")]
    return build_url(ESUMMARY_URL, params + _identity(api_key, tool, email))


def summary_urls(ids, *, api_key: str | None = None, tool: str | None = None, email: str | None = None) -> list[str]:
    """esummary URLs for any number of PMIDs, 200 per URL."""
    ids = list(dict.fromkeys(str(i).strip() for i in ids or () if str(i).strip()))
    return [summary_url(ids[i:i + MAX_IDS_PER_URL], api_key=api_key, tool=tool, email=email)
            for i in range(0, len(ids), MAX_IDS_PER_URL)]


def fetch_url(ids, *, api_key: str | None = None, tool: str | None = None, email: str | None = None) -> str:
    """efetch URL (full PubmedArticle XML, with abstracts) for up to 200 PMIDs."""
    params = [("db", "pubmed"), ("id", _id_list(ids)), ("retmode", "xml"), ("rettype", "abstract")]
    return build_url(EFETCH_URL, params + _identity(api_key, tool, email))


def _follow_up_identity(request_url: str | None) -> dict:
    return {name: query_param(request_url, name) for name in _PASS_THROUGH}


# --------------------------------------------------------------------------- responses

def _check_throttle(body: bytes) -> None:
    """NCBI's over-limit answer is JSON even when XML was asked for."""
    if body[:512].lstrip().startswith(b"{"):
        try:
            data = json.loads(body.decode("utf-8", errors="replace"))
        except ValueError:
            raise ApiError(f"{SOURCE}: expected XML, got JSON-like text: {snippet(body)}") from None
        if isinstance(data, dict) and "error" in data:
            message = str(data.get("error"))
            if "rate limit" in message.lower():
                limit = data.get("limit")
                extra = f" (limit {limit}/s)" if limit else ""
                raise ApiError(f"throttled: {message}{extra}")
            raise ApiError(f"{SOURCE}: API error: {message}")
        raise ApiError(f"{SOURCE}: expected XML, got JSON: {snippet(body)}")


def _load(body: bytes | str, content_type: str | None, expected_roots: tuple[str, ...]):
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body or b"")
    if not looks_like_html(raw):
        _check_throttle(raw)
    root = load_xml(raw, content_type, SOURCE)
    if root.tag not in expected_roots:
        raise ApiError(f"{SOURCE}: expected <{'> or <'.join(expected_roots)}>, got <{root.tag}>")
    return root


def _errors(root) -> list[str]:
    return [t for t in (clean(text_of(e)) for e in root.findall("ERROR")) if t]


@dataclass(frozen=True)
class EsearchPage:
    ids: list
    count: int
    retstart: int
    retmax: int
    query_translation: str | None = None
    warnings: tuple = ()
    webenv: str | None = None
    query_key: str | None = None

    @property
    def has_more(self) -> bool:
        return bool(self.ids) and self.retstart + len(self.ids) < self.count


def _int(root, tag: str, default: int = 0) -> int:
    value = clean(root.findtext(tag))
    try:
        return int(value) if value is not None else default
    except ValueError:
        raise ApiError(f"{SOURCE}: <{tag}> is not a number: {value!r}") from None


def parse_esearch_page(body: bytes, content_type: str | None = None) -> EsearchPage:
    """Ids and paging counters of one esearch response."""
    return _esearch_page(_load(body, content_type, ("eSearchResult",)))


def _esearch_page(root) -> EsearchPage:
    errors = _errors(root)
    if errors and root.find("Count") is None:
        raise ApiError(f"{SOURCE}: esearch error: {'; '.join(errors)}")
    if root.find("Count") is None:
        raise ApiError(f"{SOURCE}: esearch result without <Count>")
    ids = [i for i in (clean(e.text) for e in root.findall("IdList/Id")) if i]
    warnings = tuple(
        f"{el.tag}: {text_of(el)}" for parent in root.findall("ErrorList") + root.findall("WarningList")
        for el in parent if text_of(el)
    )
    return EsearchPage(
        ids=ids,
        count=_int(root, "Count"),
        retstart=_int(root, "RetStart"),
        retmax=_int(root, "RetMax", len(ids)),
        query_translation=clean(root.findtext("QueryTranslation")),
        warnings=warnings,
        webenv=clean(root.findtext("WebEnv")),
        query_key=clean(root.findtext("QueryKey")),
    )


def parse_esearch(body: bytes, content_type: str | None = None) -> list[str]:
    """PMIDs of one esearch response, in the order given (newest first with sort=pub_date)."""
    return parse_esearch_page(body, content_type).ids


def next_search_url(request_url: str, page: EsearchPage) -> str | None:
    """The esearch URL for the following page, or None when this page was the last."""
    if not page.has_more:
        return None
    retmax = int(query_param(request_url, "retmax") or page.retmax or len(page.ids))
    next_start = page.retstart + len(page.ids)
    if next_start >= MAX_RETMAX:
        return None  # esearch cannot page past 10,000 records: narrow the query by date instead
    return replace_query_params(request_url, retstart=next_start, retmax=retmax)


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
        "source_format": "esummary",
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
    return _summary_entries(_load(body, content_type, ("eSummaryResult",)))


def _summary_entries(root) -> list[ApiEntry]:
    docsums = root.findall("DocSum")
    errors = _errors(root)
    if errors and not docsums:
        raise ApiError(f"{SOURCE}: esummary error: {'; '.join(errors)}")
    return [e for e in (_summary_entry(d) for d in docsums) if e is not None]


# --------------------------------------------------------------------------- efetch

def _xml_date(el) -> str | None:
    if el is None:
        return None
    month = month_number(el.findtext("Month"))
    return iso_date(el.findtext("Year"), month, el.findtext("Day")) if month else None


def _raw_pub_date(el) -> str | None:
    if el is None:
        return None
    medline = clean(el.findtext("MedlineDate"))
    if medline:
        return medline
    parts = [clean(el.findtext(t)) for t in ("Year", "Month", "Day")]
    return " ".join(p for p in parts if p) or None


def _abstract(article) -> str | None:
    parts = []
    for el in article.findall("Abstract/AbstractText"):
        text = text_of(el)
        if not text:
            continue
        label = clean(el.get("Label"))
        parts.append(f"{label}: {text}" if label else text)
    return "\n".join(parts) or None


def _author_names(article) -> list[str]:
    names = []
    for author in article.findall("AuthorList/Author"):
        collective = clean(text_of(author.find("CollectiveName")))
        if collective:
            names.append(collective)
            continue
        last = clean(author.findtext("LastName"))
        initials = clean(author.findtext("Initials")) or clean(author.findtext("ForeName"))
        if last:
            names.append(f"{last} {initials}" if initials else last)
    return names


def _article_entry(pubmed_article) -> ApiEntry | None:
    citation = pubmed_article.find("MedlineCitation")
    if citation is None:
        return None
    pmid = clean(citation.findtext("PMID"))
    article = citation.find("Article")
    if not pmid or article is None:
        return None
    # Only the article's own ids: PubmedData/ReferenceList also holds ArticleIdLists.
    ids = {a.get("IdType"): clean(a.text) for a in pubmed_article.findall("PubmedData/ArticleIdList/ArticleId")}
    doi = ids.get("doi") or next(
        (clean(e.text) for e in article.findall("ELocationID") if e.get("EIdType") == "doi"), None)
    journal = article.find("Journal")
    pub_date_el = journal.find("JournalIssue/PubDate") if journal is not None else None
    electronic = next((d for d in article.findall("ArticleDate") if d.get("DateType", "Electronic") == "Electronic"), None)
    history = {d.get("PubStatus"): _xml_date(d) for d in pubmed_article.findall("PubmedData/History/PubMedPubDate")}
    entrez_date = history.get("entrez") or history.get("pubmed")
    published = _xml_date(electronic) or _xml_date(pub_date_el) or entrez_date
    pub_date = _raw_pub_date(pub_date_el)
    metadata = {
        "pmid": pmid,
        "doi": doi,
        "journal": clean(journal.findtext("Title")) if journal is not None else None,
        "journal_abbreviation": clean(journal.findtext("ISOAbbreviation")) if journal is not None else None,
        "pub_date": pub_date,
        "epub_date": _xml_date(electronic),
        "entrez_date": entrez_date,
        "year": _year(pub_date),
        "authors": _author_names(article),
        "publication_types": [t for t in (text_of(p) for p in article.findall("PublicationTypeList/PublicationType")) if t],
        "pmcid": ids.get("pmc"),
        "abstract": _abstract(article),
        "keywords": [k for k in (text_of(kw) for kw in citation.findall("KeywordList/Keyword")) if k],
        "mesh_terms": [m for m in (text_of(d) for d in citation.findall("MeshHeadingList/MeshHeading/DescriptorName")) if m],
        "source_format": "efetch",
    }
    return ApiEntry(
        url=ARTICLE_URL.format(pmid=pmid),
        title=text_of(article.find("ArticleTitle")) or text_of(article.find("VernacularTitle")),
        published=published,
        document_kind=DOCUMENT_KIND,
        metadata=metadata,
    )


def parse_efetch(body: bytes, content_type: str | None = None) -> list[ApiEntry]:
    """Entries (with abstracts, keywords, MeSH terms) of an efetch PubmedArticleSet response."""
    return _efetch_entries(_load(body, content_type, ("PubmedArticleSet", "eFetchResult")))


def _efetch_entries(root) -> list[ApiEntry]:
    if root.tag == "eFetchResult":
        raise ApiError(f"{SOURCE}: efetch error: {'; '.join(_errors(root)) or snippet(text_of(root) or '')}")
    return [e for e in (_article_entry(a) for a in root.findall("PubmedArticle")) if e is not None]


# --------------------------------------------------------------------------- generic

def parse(body: bytes, content_type: str | None, request_url: str | None = None) -> tuple[list[ApiEntry], str | None]:
    """Any E-utilities response of this chain, by its root element.

    - esearch -> ``([], summary URL for its ids)`` (or ``([], None)`` with no ids); the
      api_key/tool/email of ``request_url`` are carried over. The *next esearch page* is not
      returned here: use :func:`parse_esearch_page` + :func:`next_search_url` for that.
    - esummary / efetch -> ``(entries, None)``.
    """
    root = _load(body, content_type, ("eSearchResult", "eSummaryResult", "PubmedArticleSet", "eFetchResult"))
    if root.tag == "eSearchResult":
        ids = _esearch_page(root).ids
        if not ids:
            return [], None
        if len(ids) > MAX_IDS_PER_URL:
            raise ApiError(f"{SOURCE}: {len(ids)} ids in one esearch page; use retmax <= {MAX_IDS_PER_URL} "
                           "with parse(), or summary_urls() for the whole list")
        return [], summary_url(ids, **_follow_up_identity(request_url))
    if root.tag == "eSummaryResult":
        return _summary_entries(root), None
    return _efetch_entries(root), None
