"""Europe PMC REST search (https://europepmc.org/RestfulWebService#!/Europe32PMC32Articles32RESTful32API/search).

``GET https://www.ebi.ac.uk/europepmc/webservices/rest/search?query=...&format=json
&resultType=core&cursorMark=*&pageSize=N`` returns
``{"version", "hitCount", "nextCursorMark", "nextPageUrl", "request": {...},
"resultList": {"result": [...]}}`` (recorded answers in ``tests/payloads/europe_pmc``).

Paging is by cursor: the next request repeats the query with ``cursorMark=<nextCursorMark>``.
The last page is recognised by an empty result list, a missing ``nextCursorMark`` (the empty
search has neither ``nextCursorMark`` nor ``nextPageUrl``) or a ``nextCursorMark`` equal to the
cursor just used. The API's own ``nextPageUrl`` puts the cursor (base64, may contain ``+`` and
``/``) into the URL unencoded and drops parameters such as ``pageSize`` in some versions, so the
next URL is the request URL with the new cursor.

Many keys are optional per record (``pmcid``, ``doi``, ``abstractText`` (core only),
``journalInfo`` ...). Query syntax is Lucene-like, e.g.
``"7-hydroxymitragynine" AND FIRST_PDATE:[2025-01-01 TO 2026-12-31]``.
"""

from __future__ import annotations

import html
import re

from crawlers.apis import ApiEntry, build_url, clean, iso_from_iso, load_json, query_param, replace_query_params
from crawlers.outcomes import ParseError

SOURCE = "europe_pmc"
API_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest/search"
ARTICLE_URL = "https://europepmc.org/article/{source}/{id}"
DOI_URL = "https://doi.org/{doi}"
DOCUMENT_KIND = "paper"
PAGE_SIZE = 25


def search_url(query: str) -> str:
    """The first page of a search (core results, with abstracts; cursor paging)."""
    params = [("query", query.strip()), ("format", "json"), ("resultType", "core"), ("cursorMark", "*"),
              ("pageSize", str(PAGE_SIZE))]
    return build_url(API_URL, params)


_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def plain_text(value) -> str | None:
    """Europe PMC's abstract/title HTML ('<h4>Background</h4>...', '<i>in vitro</i>') as text."""
    if not isinstance(value, str):
        return None
    text = _HEADING.sub(lambda m: f" {m.group(1).strip()}: ", value)
    return clean(html.unescape(_TAG.sub("", text)))


def _full_text_urls(record: dict) -> list[dict]:
    urls = ((record.get("fullTextUrlList") or {}).get("fullTextUrl")) or []
    return [u for u in urls if isinstance(u, dict) and clean(u.get("url"))]


def _pdf_url(record: dict) -> str | None:
    """A freely available PDF (open access first), if the record lists one."""
    candidates = [u for u in _full_text_urls(record) if (u.get("documentStyle") or "").lower() == "pdf"]
    for code in ("OA", "F"):
        for u in candidates:
            if u.get("availabilityCode") == code:
                return clean(u["url"])
    return None


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _authors(record: dict) -> list[str]:
    authors = ((record.get("authorList") or {}).get("author")) or []
    found = (clean(a.get("fullName")) or clean(a.get("collectiveName")) for a in authors if isinstance(a, dict))
    names = [n for n in found if n]
    if not names and clean(record.get("authorString")):
        names = [n.strip() for n in record["authorString"].rstrip(".").split(",") if n.strip()]
    return names


def _published(record: dict) -> str | None:
    journal_info = record.get("journalInfo") or {}
    for value in (
        record.get("firstPublicationDate"),
        record.get("electronicPublicationDate"),
        journal_info.get("printPublicationDate") if isinstance(journal_info, dict) else None,
    ):
        iso = iso_from_iso(value)
        if iso:
            return iso
    return None


def _entry(record: dict) -> ApiEntry | None:
    rec_id, source = clean(record.get("id")), clean(record.get("source"))
    doi = clean(record.get("doi"))
    europepmc_url = ARTICLE_URL.format(source=source, id=rec_id) if rec_id and source else None
    url = DOI_URL.format(doi=doi) if doi else europepmc_url
    if not url:
        return None
    journal_info = _dict(record.get("journalInfo"))
    journal = _dict(journal_info.get("journal"))
    pub_types = ((record.get("pubTypeList") or {}).get("pubType")) or []
    if not pub_types and clean(record.get("pubType")):
        pub_types = [record["pubType"]]
    keywords = ((record.get("keywordList") or {}).get("keyword")) or []
    metadata = {
        "id": rec_id,
        "source": source,
        "pmid": clean(record.get("pmid")),
        "pmcid": clean(record.get("pmcid")),
        "doi": doi,
        "europepmc_url": europepmc_url,
        "journal": clean(journal.get("title")) or clean(record.get("journalTitle")),
        "pub_year": clean(record.get("pubYear")),
        "first_publication_date": iso_from_iso(record.get("firstPublicationDate")),
        "authors": _authors(record),
        "publication_types": [clean(t) for t in pub_types if clean(t)],
        "is_open_access": record.get("isOpenAccess") == "Y",
        "abstract": plain_text(record.get("abstractText")),  # core only
        "keywords": [clean(k) for k in keywords if clean(k)],
        "full_text_urls": [clean(u["url"]) for u in _full_text_urls(record)],
    }
    return ApiEntry(
        url=url,
        title=plain_text(record.get("title")),
        published=_published(record),
        document_kind=DOCUMENT_KIND,
        metadata=metadata,
        pdf_url=_pdf_url(record),
    )


def _next_url(data: dict, results: list, request_url: str) -> str | None:
    next_cursor = data.get("nextCursorMark")
    if not results or not isinstance(next_cursor, str) or not next_cursor.strip():
        return None
    next_cursor = next_cursor.strip()
    if query_param(request_url, "cursorMark") == next_cursor:
        return None  # the cursor did not move: end of results
    return replace_query_params(request_url, cursorMark=next_cursor)


def parse(body: bytes, content_type: str | None, request_url: str) -> tuple[list[ApiEntry], str | None]:
    """Entries of one search page and the next page URL (`request_url`, the URL this body answered,
    with the next cursor), or None at the end."""
    data = load_json(body, content_type, SOURCE)
    if not isinstance(data, dict):
        raise ParseError(f"{SOURCE}: expected a JSON object, got {type(data).__name__}")
    if "errCode" in data or "errMsg" in data:
        raise ParseError(f"{SOURCE}: API error {data.get('errCode', '')}: {data.get('errMsg', '')}".rstrip(": "))
    if "hitCount" not in data and "resultList" not in data:
        raise ParseError(f"{SOURCE}: not a search response (keys: {', '.join(sorted(data)[:8])})")
    result_list = data.get("resultList") or {}
    results = result_list.get("result", []) if isinstance(result_list, dict) else None
    if not isinstance(results, list):
        raise ParseError(f"{SOURCE}: 'resultList.result' is not a list")
    entries = [e for r in results if isinstance(r, dict) for e in [_entry(r)] if e is not None]
    return entries, _next_url(data, results, request_url)
