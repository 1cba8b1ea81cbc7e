"""GDELT DOC 2.0 API, article list mode (https://blog.gdeltproject.org/gdelt-doc-2-0-api-debuts/).

``GET https://api.gdeltproject.org/api/v2/doc/doc?query=...&mode=ArtList&format=json
&maxrecords=N&sort=DateDesc`` returns
``{"articles": [{"url", "url_mobile", "title", "seendate": "20251001T120000Z", "socialimage",
"domain", "language", "sourcecountry"}]}``; a search with no hits may come back as ``{}``.

What goes wrong, and how :func:`parse` reports it:

- throttling is answered in **plain text** ("Please limit requests to one every 5 seconds or
  contact ... for larger queries."), under HTTP 429 or 200 -> ThrottledError. Keep at least 5 s
  between requests (GDELT counts per IP and is strict);
- a query GDELT will not run is answered with a one-line text message, typically as
  ``text/html`` under HTTP 200 ("The specified phrase is too short.", "Queries containing
  OR'd terms must be surrounded by ()", "Timespan is too short.") -> ParseError ("gdelt refused
  the query: ..."). The sources file refuses such queries when it is loaded
  (claimwatch.core.search_queries);
- titles sometimes contain raw control characters, which strict JSON rejects: they are accepted.

There is no paging: one request returns at most 250 articles (``maxrecords``).
"""

from __future__ import annotations

import re

from crawlers.apis import (
    ApiEntry,
    as_text,
    build_url,
    clean,
    html_error,
    is_json_type,
    iso_date,
    load_json,
    looks_like_html,
    media_type,
    snippet,
)
from crawlers.outcomes import ParseError, ThrottledError

SOURCE = "gdelt"
API_URL = "https://api.gdeltproject.org/api/v2/doc/doc"
DOCUMENT_KIND = "article"
MAX_RECORDS = 75

_SEENDATE = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$")


def search_url(query: str) -> str:
    """The article list (JSON) of a query, newest first."""
    params = [("query", query.strip()), ("mode", "ArtList"), ("format", "json"), ("maxrecords", str(MAX_RECORDS)),
              ("sort", "DateDesc")]
    return build_url(API_URL, params)


def seen_at(value) -> tuple[str | None, str | None]:
    """'20251001T120000Z' -> ('2025-10-01', '2025-10-01T12:00:00Z')."""
    m = _SEENDATE.match(value.strip()) if isinstance(value, str) else None
    if not m:
        return None, None
    y, mo, d, h, mi, s = m.groups()
    day = iso_date(y, mo, d)
    if not day or int(h) > 23 or int(mi) > 59 or int(s) > 59:
        return None, None
    return day, f"{day}T{h}:{mi}:{s}Z"


def _refusal(body: bytes, content_type: str | None) -> None:
    """Raise for GDELT's plain-text answers (throttling, refused queries) before any JSON parsing."""
    head = body[:4096]
    text = clean(re.sub(r"<[^>]+>", " ", as_text(head))) or ""
    if "limit requests" in text.lower():
        raise ThrottledError(f"{SOURCE}: {text[:200]}")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")) and (not media_type(content_type) or is_json_type(media_type(content_type))):
        return
    if looks_like_html(body):
        raise html_error(SOURCE, body)
    if stripped.startswith((b"{", b"[")):
        return  # JSON under an odd content type: let load_json report the type
    readable = text.isprintable() and "\ufffd" not in text
    if text and readable and media_type(content_type) in ("", "text/html", "text/plain"):
        raise ParseError(f"gdelt refused the query: {snippet(text, 200)}")


def parse(body: bytes, content_type: str | None) -> list[ApiEntry]:
    """Entries of one ArtList JSON answer (GDELT has no next page)."""
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body or b"")
    if raw.strip():
        _refusal(raw, content_type)
    data = load_json(raw, content_type, SOURCE, strict=False)
    if not isinstance(data, dict):
        raise ParseError(f"{SOURCE}: expected a JSON object, got {type(data).__name__}")
    articles = data.get("articles", [])  # {} means no hits
    if not isinstance(articles, list):
        raise ParseError(f"{SOURCE}: 'articles' is {type(articles).__name__}, not a list")
    entries = []
    for article in articles:
        url = clean(article.get("url")) if isinstance(article, dict) else None
        if url is None:
            continue
        day, seen = seen_at(article.get("seendate"))
        metadata = {
            "domain": clean(article.get("domain")),
            "language": clean(article.get("language")),
            "source_country": clean(article.get("sourcecountry")),
            "seen_at": seen,  # when GDELT saw it, not the publisher's date
            "url_mobile": clean(article.get("url_mobile")),
            "social_image": clean(article.get("socialimage")),
        }
        entries.append(ApiEntry(
            url=url,
            title=clean(article.get("title")),
            published=day,
            document_kind=DOCUMENT_KIND,
            metadata=metadata,
        ))
    return entries
