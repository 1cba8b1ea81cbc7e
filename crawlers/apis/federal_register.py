"""Federal Register documents API (https://www.federalregister.gov/developers/documentation/api/v1).

A keyword search is ``GET /api/v1/documents.json?conditions[term]=...&order=newest&per_page=N``
with ``fields[]=`` naming the keys each result should carry. Facts this parser relies on
(recorded answers in ``tests/payloads/federal_register``):

- a page is ``{"description", "count", "total_pages", "next_page_url", "results": [...]}``;
- an empty search has **no** ``results`` key (``{"description": ..., "count": 0}``);
- ``next_page_url`` is followed exactly as given: since late 2026 it carries a
  ``search_after_cursor`` that cannot be rebuilt from ``page=``; it is absent on the last page;
- ``type`` in results is the display name ("Rule", "Proposed Rule", "Notice",
  "Presidential Document");
- the API sends no ETag / Last-Modified (``cache-control: no-store``): compare body hashes;
- a term search also matches documents that only mention the term in their body: post-filter.
"""

from __future__ import annotations

from crawlers.apis import ApiEntry, build_url, clean, iso_from_iso, load_json
from crawlers.outcomes import ParseError

SOURCE = "federal_register"
API_URL = "https://www.federalregister.gov/api/v1/documents.json"
DOCUMENT_KIND = "notice"
PER_PAGE = 20

# The fields this parser reads; fields[] keeps responses small.
FIELDS = (
    "title",
    "type",
    "abstract",
    "action",
    "document_number",
    "html_url",
    "pdf_url",
    "public_inspection_pdf_url",
    "publication_date",
    "agencies",
    "docket_ids",
    "comments_close_on",
    "effective_on",
    "excerpts",
)

# The results' "type", as the notices view shows it.
DOCUMENT_TYPES = {
    "Rule": "rule",
    "Proposed Rule": "proposed rule",
    "Notice": "notice",
    "Presidential Document": "presidential document",
}


def document_type(value) -> str | None:
    """'Proposed Rule' -> 'proposed rule'; unknown types lower-cased as given."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    return DOCUMENT_TYPES.get(value) or value.lower()


def search_url(query: str) -> str:
    """The first page of a term search, newest first, with only the fields this parser reads."""
    params = [("conditions[term]", query.strip()), ("order", "newest"), ("per_page", str(PER_PAGE))]
    return build_url(API_URL, params + [("fields[]", f) for f in FIELDS])


def _agency_names(agencies) -> list[str]:
    names = []
    for agency in agencies or ():
        if isinstance(agency, dict):
            name = clean(agency.get("name")) or clean(agency.get("raw_name"))
        else:
            name = clean(agency)
        if name and name not in names:
            names.append(name)
    return names


def _entry(result: dict) -> ApiEntry | None:
    html_url = clean(result.get("html_url"))
    pdf_url = clean(result.get("pdf_url"))
    url = html_url or pdf_url
    if not url:
        return None
    metadata = {
        "document_number": clean(result.get("document_number")),
        "document_type": document_type(result.get("type")),
        "agencies": _agency_names(result.get("agencies")),
        "publication_date": iso_from_iso(result.get("publication_date")),
        "abstract": clean(result.get("abstract")),
    }
    for key in ("action", "excerpts", "public_inspection_pdf_url"):
        if clean(result.get(key)):
            metadata[key] = clean(result.get(key))
    for key in ("comments_close_on", "effective_on"):
        if iso_from_iso(result.get(key)):
            metadata[key] = iso_from_iso(result.get(key))
    if isinstance(result.get("docket_ids"), list) and result["docket_ids"]:
        metadata["docket_ids"] = [str(d) for d in result["docket_ids"]]
    return ApiEntry(
        url=url,
        title=clean(result.get("title")),
        published=iso_from_iso(result.get("publication_date")),
        document_kind=DOCUMENT_KIND,
        metadata=metadata,
        pdf_url=pdf_url,
    )


def parse(body: bytes, content_type: str | None) -> tuple[list[ApiEntry], str | None]:
    """Entries of a documents.json page and the next page URL (as given by the API), or None."""
    data = load_json(body, content_type, SOURCE)
    if not isinstance(data, dict):
        raise ParseError(f"{SOURCE}: expected a JSON object, got {type(data).__name__}")
    if "errors" in data or ("status" in data and "results" not in data and "count" not in data):
        errors = data.get("errors") or data.get("message") or data.get("status")
        raise ParseError(f"{SOURCE}: API error: {errors}")
    if "count" not in data:
        raise ParseError(f"{SOURCE}: not a documents search response (keys: {', '.join(sorted(data)[:8])})")
    results = data.get("results", [])  # absent on an empty search
    if not isinstance(results, list):
        raise ParseError(f"{SOURCE}: 'results' is {type(results).__name__}, not a list")
    entries = [e for r in results if isinstance(r, dict) for e in [_entry(r)] if e is not None]
    next_url = data.get("next_page_url")
    next_url = next_url.strip() if isinstance(next_url, str) and next_url.strip() else None
    if not results:
        next_url = None  # nothing on this page: never loop on an empty page
    return entries, next_url
