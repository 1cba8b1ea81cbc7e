"""Which URLs may be fetched: http(s) with a usable host, nothing else. The sources file, the crawler
and the digest all ask here."""

import re
from urllib.parse import urlsplit

_HOST = re.compile(r"[a-z0-9_.-]+|[0-9a-f:.]+(%[\w.-]+)?")


def url_problem(url) -> tuple[str, str] | None:
    """(outcome, message) when `url` must not be fetched (`unsupported_url`, `bad_url`), else None."""
    if not isinstance(url, str):
        return "bad_url", f"bad URL: {url!r} is not text"
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError as exc:
        return "bad_url", f"bad URL: {exc}"
    if parts.scheme.lower() not in ("http", "https"):
        scheme = f"{parts.scheme}:" if parts.scheme else "no scheme"
        return "unsupported_url", f"not fetched: only http and https URLs are ({scheme})"
    if not parts.hostname or not _HOST.fullmatch(parts.hostname):
        return "bad_url", f"bad URL: no usable host in {url[:200]!r}"
    return None
