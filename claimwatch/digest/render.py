"""The weekly digest: built from the week's rows (claim changes, new documents, trends, source health),
rendered as HTML, text and .eml files.

Everything from crawled pages is untrusted: the HTML template autoescapes, and header values
are stripped of line breaks before they reach the message.
"""

import difflib
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import css_inline
from jinja2 import Environment, PackageLoader, select_autoescape

from claimwatch.core.topic import Topic
from claimwatch.core.urls import url_problem

_ENV = Environment(loader=PackageLoader("claimwatch.digest", "templates"), autoescape=select_autoescape(["html", "j2"]),
                   trim_blocks=True, lstrip_blocks=True)
_ENV.tests["http_url"] = lambda url: url_problem(url) is None
_TEXT_ENV = Environment(loader=PackageLoader("claimwatch.digest", "templates"), autoescape=False,
                        trim_blocks=True, lstrip_blocks=True)


@dataclass
class Digest:
    week: str
    topic: str
    subject: str
    changes: list[dict] = field(default_factory=list)
    new_documents: list[dict] = field(default_factory=list)
    trends: list[dict] = field(default_factory=list)
    health: list[dict] = field(default_factory=list)

    @property
    def notices(self) -> list[dict]:
        return [d for d in self.new_documents if d["kind"] == "notice"]

    @property
    def articles(self) -> list[dict]:
        """New non-notice documents, one entry per duplicate cluster."""
        seen, out = set(), []
        for doc in self.new_documents:
            if doc["kind"] != "notice" and doc["cluster_id"] not in seen:
                seen.add(doc["cluster_id"])
                out.append(doc)
        return out


def highlight(before: str | None, after: str | None) -> tuple[list, list]:
    """Word-level diff: each side as [(text, changed)], so the template can mark what changed."""
    b = re.findall(r"\s+|[^\s]+", before or "")
    a = re.findall(r"\s+|[^\s]+", after or "")
    b_parts, a_parts = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, b, a, autojunk=False).get_opcodes():
        changed = op != "equal"
        if i2 > i1:
            b_parts.append(("".join(b[i1:i2]), changed and bool(after)))
        if j2 > j1:
            a_parts.append(("".join(a[j1:j2]), changed and bool(before)))
    return b_parts, a_parts


def one_line(text: str | None) -> str:
    """Header-safe: no CR/LF or other control characters from crawled text."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", text or "").strip()


def build_digest(week: str, topic: Topic, changes: list[dict], new_documents: list[dict], trends: list[dict],
                 health: list[dict]) -> Digest:
    """The digest of `week` from its rows (the warehouse's digest_* queries)."""
    for change in changes:
        change["before_parts"], change["after_parts"] = highlight(change["before_text"], change["after_text"])
    notices = sum(1 for d in new_documents if d["kind"] == "notice")
    subject = one_line(f"claimwatch · {topic.name} · {week}: {_plural(len(changes), 'claim change')}, "
                       f"{_plural(notices, 'new notice')}")
    return Digest(week, topic.name, subject, changes, new_documents, trends, health)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_html(digest: Digest) -> str:
    """HTML with its CSS inlined into style attributes: many mail clients drop <style> blocks."""
    scale = max([max(t["this_week"], t["last_week"]) for t in digest.trends] + [1])
    html = _ENV.get_template("digest.html.j2").render(d=digest, bar=lambda n: max(1, round(220 * n / scale)))
    return css_inline.inline(html)


def render_text(digest: Digest) -> str:
    return _TEXT_ENV.get_template("digest.txt.j2").render(d=digest)


def build_message(digest: Digest, html: str, text: str, sender: str, recipients: list[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = one_line(digest.subject)
    msg["From"] = one_line(sender)
    msg["To"] = ", ".join(one_line(r) for r in recipients)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="claimwatch.local")
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def write_files(digest: Digest, out_dir: Path, sender: str, recipients: list[str]) -> dict[str, Path]:
    """The digest as claimwatch-WEEK.html, .txt and .eml in `out_dir`, each written whole or not at all."""
    html, text = render_html(digest), render_text(digest)
    message = build_message(digest, html, text, sender, recipients)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {ext: out_dir / f"claimwatch-{digest.week}.{ext}" for ext in ("html", "txt", "eml")}
    for ext, content in (("html", html), ("txt", text), ("eml", message.as_string())):
        tmp = paths[ext].with_suffix(paths[ext].suffix + ".part")
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(paths[ext])
    return paths
