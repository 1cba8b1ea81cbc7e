"""GDELT DOC 2.0 API, article list mode (https://blog.gdeltproject.org/gdelt-doc-2-0-api-debuts/).

``GET https://api.gdeltproject.org/api/v2/doc/doc?query=...&mode=ArtList&format=json
&maxrecords=N&sort=DateDesc`` returns
``{"articles": [{"url", "url_mobile", "title", "seendate": "20251001T120000Z", "socialimage",
"domain", "language", "sourcecountry"}]}``; a search with no hits may come back as ``{}``.

What goes wrong, and how :func:`parse` reports it (``ApiError``):

- throttling is answered in **plain text** ("Please limit requests to one every 5 seconds or
  contact ... for larger queries."), under HTTP 429 or 200 -> ``"throttled: ..."``. Keep at
  least :data:`MIN_INTERVAL_SECONDS` between requests (GDELT counts per IP and is strict);
- a query GDELT will not run is answered with a one-line text message, typically as
  ``text/html`` under HTTP 200 ("The specified phrase is too short.", "Queries containing
  OR'd terms must be surrounded by ()", "Timespan is too short.") -> ``"gdelt refused the
  query: ..."``;
- titles sometimes contain raw control characters, which strict JSON rejects: they are accepted.

There is no paging: one request returns at most 250 articles (``maxrecords``). To cover more,
split the time range (``startdatetime``/``enddatetime``) into several searches.

Query rule enforced by :func:`search_url` (simple and deliberately a little stricter than GDELT,
whose real checks are undocumented): every bare keyword must have at least
:data:`MIN_KEYWORD_CHARS` (3) characters and every quoted phrase at least
:data:`MIN_PHRASE_CHARS` (5) characters between its quotes (GDELT refused ``"Iran"``,
``"OPEC"``); short words are fine *inside* a long enough phrase (``"7-OH tablets"``).
Operator terms (``sourcelang:english``, ``domain:fda.gov``, ``near10:"..."``, ``tone<-5``) and
``OR``/``AND`` are not checked. ``OR`` must sit inside parentheses, as GDELT requires.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from . import (
    ApiEntry,
    ApiError,
    as_text,
    build_url,
    clean,
    html_error,
    is_json_type,
    iso_date,
    load_json,
    looks_like_html,
    media_type,
    require_query,
    snippet,
)

SOURCE = "gdelt"
API_URL = "https://api.gdeltproject.org/api/v2/doc/doc"
DOCUMENT_KIND = "article"
MAX_RECORDS = 250
MIN_KEYWORD_CHARS = 3
MIN_PHRASE_CHARS = 5
MIN_INTERVAL_SECONDS = 5  # GDELT's own words; in practice leave 6+ s
SORTS = ("DateDesc", "DateAsc", "ToneDesc", "ToneAsc", "HybridRel")

_TOKEN = re.compile(r'[^\s()"]*"[^"]*"|[()]|[^\s()"]+|"')
_TIMESPAN = re.compile(r"^\d+(?:min|h|d|w|m)$", re.I)
_SEENDATE = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$")


def check_query(query: str) -> str:
    """The query, stripped, or ValueError if GDELT would refuse it (see the module docstring)."""
    query = require_query(query)
    tokens = _TOKEN.findall(query)
    if query.count('"') % 2:
        raise ValueError("unbalanced quotes in GDELT query")
    depth = 0
    for token in tokens:
        if token == "(":
            depth += 1
            continue
        if token == ")":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced parentheses in GDELT query")
            continue
        if token.upper() == "OR":
            if depth == 0:
                raise ValueError("GDELT needs OR'd terms inside parentheses: (a OR b)")
            continue
        if token.upper() == "AND":
            continue
        term = token.lstrip("-")
        if re.search(r'^[A-Za-z0-9_]+:|[<>]', term):
            continue  # operator such as sourcelang:english, domain:fda.gov, near10:"...", tone<-5
        if term.startswith('"'):
            phrase = term.strip('"').strip()
            if len(phrase) < MIN_PHRASE_CHARS:
                raise ValueError(
                    f'GDELT refuses quoted phrases under {MIN_PHRASE_CHARS} characters: "{phrase}" '
                    "(drop the quotes or use a longer phrase)"
                )
        elif len(term) < MIN_KEYWORD_CHARS:
            raise ValueError(f"GDELT refuses keywords under {MIN_KEYWORD_CHARS} characters: {term!r}")
    if depth != 0:
        raise ValueError("unbalanced parentheses in GDELT query")
    return query


def _gdelt_datetime(value, name: str) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.strftime("%Y%m%d%H%M%S")
    if isinstance(value, str) and re.fullmatch(r"\d{14}", value):
        return value
    raise ValueError(f"{name} must be a datetime or YYYYMMDDHHMMSS (UTC)")


def search_url(
    query: str,
    *,
    maxrecords: int = 75,
    sort: str = "DateDesc",
    timespan: str | None = None,
    start: datetime | str | None = None,
    end: datetime | str | None = None,
) -> str:
    """ArtList JSON URL; timespan like '24h', '7d', '15min' or start/end (UTC) datetimes."""
    query = check_query(query)
    if not isinstance(maxrecords, int) or not 1 <= maxrecords <= MAX_RECORDS:
        raise ValueError(f"maxrecords must be 1..{MAX_RECORDS}")
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    params = [("query", query), ("mode", "ArtList"), ("format", "json"), ("maxrecords", str(maxrecords)),
              ("sort", sort)]
    if timespan is not None:
        if start is not None or end is not None:
            raise ValueError("give either timespan or start/end, not both")
        if not _TIMESPAN.match(timespan):
            raise ValueError("timespan must look like '15min', '24h', '7d', '2w' or '3m'")
        params.append(("timespan", timespan))
    if start is not None:
        params.append(("startdatetime", _gdelt_datetime(start, "start")))
    if end is not None:
        params.append(("enddatetime", _gdelt_datetime(end, "end")))
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
        raise ApiError(f"throttled: {text[:200]}")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")) and (not media_type(content_type) or is_json_type(media_type(content_type))):
        return
    if looks_like_html(body):
        raise html_error(SOURCE, body)
    if stripped.startswith((b"{", b"[")):
        return  # JSON under an odd content type: let load_json report the type
    readable = text.isprintable() and "\ufffd" not in text
    if text and readable and media_type(content_type) in ("", "text/html", "text/plain"):
        raise ApiError(f"gdelt refused the query: {snippet(text, 200)}")


def parse(body: bytes, content_type: str | None) -> tuple[list[ApiEntry], None]:
    """Entries of one ArtList JSON answer; GDELT has no next page (always None)."""
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body or b"")
    if raw.strip():
        _refusal(raw, content_type)
    data = load_json(raw, content_type, SOURCE, strict=False)
    if not isinstance(data, dict):
        raise ApiError(f"{SOURCE}: expected a JSON object, got {type(data).__name__}")
    articles = data.get("articles", [])  # {} means no hits
    if not isinstance(articles, list):
        raise ApiError(f"{SOURCE}: 'articles' is {type(articles).__name__}, not a list")
    entries = []
    for article in articles:
        if not isinstance(article, dict) or not clean(article.get("url")):
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
            url=clean(article["url"]),
            title=clean(article.get("title")),
            published=day,
            document_kind=DOCUMENT_KIND,
            metadata=metadata,
        ))
    return entries, None
