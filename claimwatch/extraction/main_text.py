"""Main text and metadata of a captured page (trafilatura)."""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura
from trafilatura.metadata import (
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    find_date,
    set_date_params,
)
from trafilatura.utils import load_html
from w3lib.encoding import html_to_unicode

from claimwatch.extraction.canonical import canonical_url

# Chosen on the public article-extraction benchmark (benchmarks/extraction_quality.py, 181 pages):
# without comments, favouring recall, in fast mode: F1 0.963 (bare defaults 0.953; precision mode
# 0.964 and fast mode alone 0.962, within noise) at 1.3x the speed of fast mode alone and 1.6x that
# of the defaults (recall mode skips trafilatura's second extraction pass on short results).
EXTRACT_OPTIONS = dict(include_comments=False, favor_recall=True, fast=True, include_tables=True)


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    author: str | None
    published: str | None
    site: str | None
    language: str | None
    page_type: str | None  # og:type, e.g. "article" or "product"
    modified: str | None = None  # last-modified date the page states, ISO
    canonical: str | None = None  # the address the page is filed under (extraction/canonical.py)


_LANG = re.compile(r"\s*([A-Za-z]{2,3})(?![A-Za-z])")


def decode_body(body: bytes, content_type: str | None) -> str:
    """Bytes to text the way browsers do: BOM, header charset, meta tags, then a guess."""
    _, text = html_to_unicode(content_type, body, auto_detect_fun=_guess_encoding)
    return text


def _guess_encoding(body: bytes) -> str:
    # Undeclared bytes that are not UTF-8 are, on the English-language web, nearly always
    # Windows-1252 (also the WHATWG default for unlabelled HTML).
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def extract_page(html: str, url: str) -> Extracted | None:
    """None when trafilatura finds no main text."""
    tree = load_html(html)
    if tree is None:
        return None
    # scripts and styles out first: the author search copies the whole tree, as trafilatura does
    _drop_inert(tree)
    # metadata before extraction, which prunes the tree
    meta = page_metadata(tree, url)
    canonical, language, modified = canonical_url(url, tree), _declared_language(tree), _modified_date(tree)
    doc = trafilatura.bare_extraction(tree, url=url, **EXTRACT_OPTIONS)  # type: ignore[arg-type]
    if not isinstance(doc, trafilatura.settings.Document) or not (doc.text or "").strip():
        return None
    return Extracted(
        text=doc.text or "",
        title=meta.title,
        author=meta.author,
        published=meta.date,
        site=meta.sitename or urlsplit(url).netloc,
        # trafilatura fills language only with a language detector; the page's own declaration is cheap
        language=language,
        page_type=meta.pagetype,
        modified=modified,
        canonical=canonical,
    )


_INERT = "//script[not(@type='application/ld+json')] | //style | //svg | //noscript | //template"


def _drop_inert(tree) -> None:
    """Scripts, styles, icons: trafilatura discards them too, but only after copying the whole tree
    (twice for the text, once more for the author); dropping them first makes those copies and its
    tree walks cheaper. JSON-LD stays: the metadata and trafilatura's fallback read it."""
    for element in tree.xpath(_INERT):
        element.drop_tree()


def page_metadata(tree, url: str):
    """Title, author, publication date, site name and og:type: trafilatura's metadata steps, without
    the ones we do not use (categories, tags, licence) and with htmldate's quick date search.
    Together they cost a third of the time of trafilatura's `with_metadata=True`."""
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a single word is a handle or a site, as trafilatura judges too
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura's JSON-LD reader fails on some malformed blocks; skip them
        pass
    meta.title = meta.title or extract_title(tree)
    meta.author = meta.author or extract_author(tree)
    meta.date = find_date(tree, **{**set_date_params(False), "url": url})
    meta.sitename = (meta.sitename or extract_sitename(tree) or "").lstrip("@") or None
    return meta


def _declared_language(tree) -> str | None:
    """The language the page declares on <html lang> (its primary subtag, lower-cased)."""
    root = tree.getroottree().getroot()
    # XHTML pages declare xml:lang, which the HTML parser keeps as a plain attribute name
    m = _LANG.match(root.get("lang") or root.get("xml:lang") or "")
    return m[1].lower() if m else None


_MODIFIED_KEYS = {"article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"}
_JSON_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]+)"')
_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")


def _modified_date(tree) -> str | None:
    """The last-modified date the page declares (meta tags, then JSON-LD), as YYYY-MM-DD.

    Read from the declarations only: htmldate's full search parses the page again (1.5 ms a page).
    """
    declared = [meta.get("content") or "" for meta in tree.iter("meta")
                if any((meta.get(key) or "").lower() in _MODIFIED_KEYS for key in ("property", "name", "itemprop"))]
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        declared += _JSON_MODIFIED.findall(script)
    for value in declared:
        iso = _ISO_DAY.match(value)
        if iso:
            return iso[1]
    return None


def document_kind(source_kind: str | None, page_type: str | None) -> str:
    if source_kind:
        return source_kind
    return "product" if (page_type or "").lower() == "product" else "article"
