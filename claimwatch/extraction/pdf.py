"""Text of PDF responses (many regulatory notices are PDFs), stored like HTML pages."""

import io
import logging
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from claimwatch.extraction.canonical import canonical_url
from claimwatch.extraction.main_text import Extracted

MAX_PAGES = 300  # a notice is a few dozen pages; more is a book or a trap

logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed PDFs are logged as our outcome, not pypdf noise


class PdfError(ValueError):
    pass


def extract_pdf(body: bytes, url: str) -> Extracted | None:
    """None when the PDF has no text layer (a scan)."""
    try:
        reader = PdfReader(io.BytesIO(body))
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PAGES]]
        info: Any = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise PdfError(f"unreadable PDF: {exc}") from None
    lines = [line.strip() for page in pages for line in [*page.splitlines(), ""]]  # a page ends a paragraph
    text = "\n".join(_paragraphs(lines))
    if not text.strip():
        return None
    title = (info.get("/Title") or "").strip() or next((line for line in lines if line), None)
    return Extracted(text=text, title=title, author=(info.get("/Author") or "").strip() or None,
                     published=None, site=None, language=None, page_type="pdf", canonical=canonical_url(url, None))


def _paragraphs(lines: list[str]) -> list[str]:
    """PDF text comes as layout lines: join wrapped lines back into paragraphs at blank lines."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and current[-1].endswith("-") and not current[-1].endswith(" -"):
            current[-1] = current[-1][:-1] + line  # de-hyphenate
        else:
            current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
