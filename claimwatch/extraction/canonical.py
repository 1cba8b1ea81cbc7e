"""Canonical URLs: one document per story, not one per tracking link.

The same article reaches the crawler as `…?utm_source=twitter`, `…?fbclid=…#comments`,
`HTTP://WWW.Site.com:443/…` or its AMP copy. Stored under those addresses it would become
several documents with separate version histories, and its claim changes would be diffed
against the wrong predecessor. So every page is keyed by:

- `normalize_url`: the address with its tracking parameters removed and the rest written one
  way (see the function);
- `canonical_url`: the page's own `<link rel="canonical">` (then `og:url`) when it points to
  the same site, normalized the same way. A canonical on another host is ignored: a page
  must not be able to file itself under someone else's URL.

Neither function raises: crawled HTML and URLs are hostile input.
"""

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html
from w3lib.url import canonicalize_url

# Query parameters that only say how a reader arrived, never which page they asked for.
# Keys are compared lower-cased; every `utm_*` key is dropped too.
TRACKING_PARAMS = frozenset({
    "fbclid",                               # Facebook
    "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "_gl",  # Google Ads / Analytics
    "msclkid",                              # Microsoft Ads
    "yclid",                                # Yandex
    "twclid", "ref_src", "ref_url",         # Twitter/X
    "igshid",                               # Instagram
    "ttclid",                               # TikTok
    "li_fat_id",                            # LinkedIn
    "mc_cid", "mc_eid",                     # Mailchimp
    "_hsenc", "_hsmi",                      # HubSpot
    "mkt_tok",                              # Marketo
    "oly_anon_id", "oly_enc_id",            # Omeda
    "vero_id", "vero_conv",                 # Vero
    "cmpid", "s_cid",                       # Adobe campaign ids
    "spm",                                  # Alibaba
})
DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(pair: str) -> bool:
    key = pair.split("=", 1)[0].strip().lower()
    return key.startswith("utm_") or key in TRACKING_PARAMS


def normalize_url(url: str) -> str:
    """One spelling per address, or `url` stripped of surrounding space if it is not http(s).

    Scheme and host lower-cased (IDN hosts to punycode), default port, fragment and
    tracking parameters dropped, remaining parameters sorted, percent-encoding made uniform
    (w3lib's canonicalize_url), an empty `?` removed, `/` as the path of a bare host. Path
    trailing slashes and http vs https are kept as given.
    """
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS or not parts.hostname:
            return url
        netloc = parts.netloc
        if parts.port == DEFAULT_PORTS[scheme]:
            netloc = netloc.rsplit(":", 1)[0]
        query = "&".join(p for p in parts.query.split("&") if p and not _is_tracking(p))
        return canonicalize_url(urlunsplit((scheme, netloc, parts.path, query, "")))
    except (ValueError, UnicodeError):  # bad port, bad IPv6 literal, unencodable host
        return url


def _site(url: str) -> str | None:
    """Host (and non-default port) with a leading `www.`, for the same-site rule."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.removeprefix("www.")
    return f"{host}:{parts.port}" if parts.port else host


def _is_home(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.IGNORECASE)


def _parse_head(html: str | bytes):
    data = html if isinstance(html, bytes) else html.encode("utf-8", "replace")
    end = _HEAD_END.search(data)
    if end and b"canonical" in data[:end.start()].lower():
        data = data[:end.start()]  # the declarations live in <head>: parse only that when it has them
    try:
        return lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.LxmlError):  # empty or unparseable document
        return None


def _declared_urls(html, page_url: str) -> list[str]:
    """rel=canonical hrefs, then og:url contents, each in document order, made absolute."""
    tree = _parse_head(html) if isinstance(html, (str, bytes)) else html
    if tree is None:
        return []
    base = page_url
    for href in tree.xpath("//base/@href")[:1]:
        base = _resolve(page_url, href) or page_url
    found = tree.xpath("//link[contains(concat(' ', normalize-space(translate(@rel,"
                       "'CANONICAL','canonical')), ' '), ' canonical ')]/@href")
    found += tree.xpath("//meta[@property='og:url' or @name='og:url']/@content")
    return [url for url in (_resolve(base, href) for href in found) if url]


def _resolve(base: str, href: str) -> str | None:
    try:
        return urljoin(base, href.strip()) if href.strip() else None
    except ValueError:  # e.g. "http://[broken"
        return None


def canonical_url(page_url: str, html) -> str:
    """The page's declared canonical address if it is on the same site, else its own, normalized.

    `html`: the page as text or bytes, or already parsed (an lxml tree, which saves a parse), or None.

    Same site: same host (and port), ignoring a leading `www.`; another subdomain counts as
    another site. The first usable declaration wins: `<link rel="canonical">` tags first,
    then `og:url`. A declaration of the site's home page (`/`, no query) on any other page
    is skipped: a common template error that would merge every story into one document.
    """
    own = normalize_url(page_url)
    try:
        site = _site(own)
        if site is None or html is None or (isinstance(html, (str, bytes)) and not html):
            return own
        for declared in _declared_urls(html, own):
            candidate = normalize_url(declared)
            if _site(candidate) == site and not (_is_home(candidate) and not _is_home(own)):
                return candidate
    except Exception:  # hostile input: whatever lxml or urllib make of it, keep the page's own URL
        pass
    return own
