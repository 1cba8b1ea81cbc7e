"""Plain parsers for the search APIs that lead to documents, one module per source kind
(``federal_register``, ``pubmed``, ``europe_pmc``, ``google_news``, ``gdelt``); the spider of the same
name calls them.

Each module builds the URL of the first request from the query and parses an answer into
:class:`ApiEntry` values (and the next page, where the API pages). They take the response bytes
and its Content-Type header, and raise :class:`~crawlers.outcomes.ParseError` (or
:class:`~crawlers.outcomes.ThrottledError`) with a one-line message for anything that is not a
usable answer: throttling notices, HTML error pages, truncated or malformed JSON/XML, wrong
content types.

The helpers below are shared by the modules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from lxml import etree

from crawlers.outcomes import ParseError


@dataclass(frozen=True)
class ApiEntry:
    """One search hit: the document to fetch next, and what the API said about it."""

    url: str  # the page/document URL to fetch next (HTML page, or PDF)
    title: str | None
    published: str | None  # ISO date YYYY-MM-DD when known
    document_kind: str  # "notice" (regulatory), "paper" (research), "article" (news)
    metadata: dict = field(default_factory=dict, hash=False, compare=True)  # source-specific
    pdf_url: str | None = None


# --------------------------------------------------------------------------- bodies

_SNIPPET_CHARS = 160


def as_text(body: bytes | str) -> str:
    if isinstance(body, str):
        return body
    return body.decode("utf-8", errors="replace")


def snippet(body: bytes | str, limit: int = _SNIPPET_CHARS) -> str:
    """The start of a body as one short line, for error messages."""
    text = re.sub(r"\s+", " ", _CONTROL.sub("", as_text(body[: limit * 4] if body else b""))).strip()
    return text[:limit] + ("…" if len(text) > limit else "")


def media_type(content_type: str | None) -> str:
    """'application/json; charset=utf-8' -> 'application/json' ('' when unknown)."""
    if not content_type:
        return ""
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    return content_type.split(";", 1)[0].strip().lower()


def is_json_type(mt: str) -> bool:
    return mt in ("application/json", "text/json", "application/javascript") or mt.endswith("+json")


def is_xml_type(mt: str) -> bool:
    return mt in ("text/xml", "application/xml") or mt.endswith("+xml")


_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


def looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.match(body[:2048].lstrip(b"\xef\xbb\xbf")))


def html_error(source: str, body: bytes) -> ParseError:
    m = _TITLE.search(body[:65536])
    title = snippet(m.group(1), 100) if m else snippet(re.sub(rb"<[^>]+>", b" ", body), 100)
    return ParseError(f"{source}: got an HTML page instead of an API response ({title or 'no title'})")


def _as_bytes(body: bytes | str) -> bytes:
    if body is None:
        return b""
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def _checked_body(body: bytes | str, content_type: str | None, source: str) -> tuple[bytes, str]:
    """(bytes, media type) of an API answer that is neither empty nor an HTML error page."""
    raw = _as_bytes(body)
    mt = media_type(content_type)
    if not raw.strip():
        raise ParseError(f"{source}: empty response body")
    if looks_like_html(raw) or mt in ("text/html", "application/xhtml+xml"):
        raise html_error(source, raw)
    return raw, mt


def load_json(body: bytes | str, content_type: str | None, source: str, *, strict: bool = True):
    """Decode a JSON API body, or raise ParseError saying what came back instead."""
    raw, mt = _checked_body(body, content_type, source)
    if mt and not is_json_type(mt):
        raise ParseError(f"{source}: expected JSON, got content type {mt!r}: {snippet(raw)}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(f"{source}: response is not UTF-8 JSON ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(text, strict=strict)
    except json.JSONDecodeError as exc:
        ended = text.rstrip().endswith(("}", "]"))
        what = "truncated JSON" if not ended or exc.pos >= len(text.rstrip()) else "malformed JSON"
        raise ParseError(f"{source}: {what} ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise ParseError(f"{source}: JSON nested too deeply") from None


def _xml_parser() -> etree.XMLParser:
    # A new parser per call: lxml parsers must not be shared between threads.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
        remove_comments=True, remove_pis=True,
    )


def load_xml(body: bytes | str, content_type: str | None, source: str):
    """Parse an XML API body (no DTD or entity loading), or raise ParseError."""
    raw, mt = _checked_body(body, content_type, source)
    if mt and not is_xml_type(mt) and mt != "text/plain":
        raise ParseError(f"{source}: expected XML, got content type {mt!r}: {snippet(raw)}")
    try:
        root = etree.fromstring(raw.lstrip(), parser=_xml_parser())
    except etree.XMLSyntaxError as exc:
        msg = (str(exc.msg or exc).splitlines() or ["syntax error"])[0]
        truncated = "Premature end of data" in msg or "not found" in msg and "EndTag" in msg
        raise ParseError(f"{source}: {'truncated' if truncated else 'malformed'} XML ({msg})") from None
    if root is None:
        raise ParseError(f"{source}: empty XML document")
    return root


def text_of(el) -> str | None:
    """All text inside an element (inline markup flattened), whitespace-collapsed; None if empty."""
    if el is None:
        return None
    return clean("".join(el.itertext()))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value) -> str | None:
    """A string with control characters dropped and whitespace collapsed; None if empty."""
    if value is None:
        return None
    text = re.sub(r"\s+", " ", _CONTROL.sub("", str(value))).strip()
    return text or None


# --------------------------------------------------------------------------- dates

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def month_number(token: str | None) -> int | None:
    if not token:
        return None
    token = token.strip().lower()
    if token.isdigit():
        n = int(token)
        return n if 1 <= n <= 12 else None
    return _MONTHS.get(token[:3])


def iso_date(year, month, day) -> str | None:
    """A valid ISO date from parts (strings or ints), else None."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except (TypeError, ValueError):
        return None


_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_from_iso(value) -> str | None:
    """'2025-07-29' or '2025-07-29T10:00:00Z' -> '2025-07-29' (validated)."""
    if not isinstance(value, str):
        return None
    m = _ISO_PREFIX.match(value.strip())
    return iso_date(*m.groups()) if m else None


def iso_from_rfc822(value) -> str | None:
    """'Tue, 14 Jul 2026 03:33:16 GMT' -> '2026-07-14' (UTC)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        dt = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.date().isoformat()


# --------------------------------------------------------------------------- URLs

def build_url(base: str, params: list[tuple[str, str]]) -> str:
    """base?k=v&... with RFC 3986 percent-encoding (spaces as %20, brackets encoded)."""
    return f"{base}?{urlencode(params, quote_via=quote, safe='')}"


def replace_query_params(url: str, **updates) -> str:
    """The same URL with some query parameters replaced (order kept, new ones appended)."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    seen = set()
    out = []
    for k, v in pairs:
        if k in updates:
            if k in seen:
                continue
            seen.add(k)
            if updates[k] is None:
                continue
            out.append((k, str(updates[k])))
        else:
            out.append((k, v))
    for k, v in updates.items():
        if k not in seen and v is not None:
            out.append((k, str(v)))
    return urlunsplit(parts._replace(query=urlencode(out, quote_via=quote, safe="")))


def query_param(url: str | None, name: str) -> str | None:
    if not url:
        return None
    for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if k == name:
            return v
    return None
