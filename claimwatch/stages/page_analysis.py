"""One captured page, analysed: the rows of the version it becomes if its text is new (text, metadata,
identity hash, duplicate signature) and of its claims. Runs in the workers of a local process pool or
a Dask cluster (claimwatch.stages.executors), which are sent fetch rows (a WARC path and offset), never
page bodies, and read the captures themselves from a folder or fsspec URL they can all reach."""

import hashlib
import time

from claimwatch.claims.claim_sentences import claim_row, claims_of
from claimwatch.core.topic import Topic
from claimwatch.extraction.dedup import signature
from claimwatch.extraction.main_text import decode_body, document_kind, extract_page
from claimwatch.extraction.pdf import PdfError, extract_pdf
from claimwatch.extraction.text import content_hash, normalize_text
from crawlers.capture import read_capture

HTML_TYPES = ("text/html", "application/xhtml", "text/plain", "")


def analyse_chunk(fetches: list[dict], topic: Topic, root: str, page_delay: float = 0.0) -> list[dict]:
    """`analyse` of each fetch, in order: one task of a pool or cluster.

    `page_delay`: tests only (0 in every real run): seconds to wait before each page, so that a test
    can kill a worker while its batch is in flight."""
    results = []
    for fetch in fetches:
        if page_delay:
            time.sleep(page_delay)
        results.append(analyse(fetch, topic, root))
    return results


def analyse(fetch: dict, topic: Topic, root: str) -> dict:
    """Everything the stage needs from one capture: the rows of the version it becomes if its text
    is new (text, metadata, identity hash, signature) and of its claims.

    Returns {"outcome": "extracted" | "parse_error" | "empty" | "irrelevant", ...}. Never raises:
    crawled pages are hostile, and one bad page must not stop the others. `root`: the captures
    folder, or an fsspec URL of it (s3://bucket/claimwatch-captures).
    """
    fetched_url = fetched(fetch)
    media = (fetch["content_type"] or "").split(";")[0].strip().lower()
    if not (media.startswith(HTML_TYPES) or media == "application/pdf"):
        return {"outcome": "parse_error", "error": f"unsupported content type {media!r}"}
    try:
        body, header = read_capture(root, fetch["warc_file"], fetch["warc_offset"])
        if media == "application/pdf" or body[:5] == b"%PDF-":
            page = extract_pdf(body, fetched_url)
        else:
            page = extract_page(decode_body(body, header or fetch["content_type"]), fetched_url)
    except PdfError as exc:
        return {"outcome": "parse_error", "error": str(exc)[:500]}
    except Exception as exc:  # lxml and trafilatura raise many kinds on hostile pages; record it and go on
        return {"outcome": "parse_error", "error": f"{type(exc).__name__}: {exc}"[:500]}
    if page is None:
        return {"outcome": "empty", "error": "no main text found"}
    if not topic.mentioned_in(f"{page.title or ''}\n{page.text}"):
        return {"outcome": "irrelevant", "error": f"does not mention {topic.name}"}
    text = normalize_text(page.text)
    # the rows of the version this page becomes if its text is new: built here, on every core
    url = page.canonical or fetched_url
    version_id = _version_id(url, fetch["fetch_id"])
    return {"outcome": "extracted", "url": url, "version": {
        "version_id": version_id, "url": url, "fetch_id": fetch["fetch_id"], "fetched_at": fetch["fetched_at"],
        "content_hash": content_hash(text, normalized=True),
        "week": fetch["week"], "title": page.title, "author": page.author, "published": page.published,
        "site": page.site, "kind": document_kind(fetch["document_kind"], page.page_type), "language": page.language,
        "text": text, "fetched_url": fetched_url, "modified": page.modified, "minhash": signature(text)},
        "claims": [claim_row(claim, version_id, url, fetch["week"]) for claim in claims_of(text, topic)]}


def _version_id(url: str, fetch_id: str) -> str:
    return hashlib.sha1(f"{url}\n{fetch_id}".encode()).hexdigest()[:16]


def fetched(fetch: dict) -> str:
    """The URL a fetch ended at (after redirects), without its fragment."""
    return fetch["final_url"].split("#")[0]
