"""The digest from rows it is given, without a warehouse: what crawled pages put in it is escaped."""

import datetime as dt
import email
import email.policy

from claimwatch.core.topic import DEFAULT_TOPIC
from claimwatch.digest.render import build_digest, write_files

HOSTILE = '<script>alert("x")</script>7-OH news\r\nBcc: victim@example.org'


def rows():
    changes = [{"url": "https://news.example/a", "title": HOSTILE, "site": "News <b>Site</b>", "category": "dosage",
                "change_type": "modified", "severity": "medium", "before_text": "Start with 2 mg of <i>7-OH</i>.",
                "after_text": "Start with 5 mg of 7-OH.<img src=x onerror=alert(1)>", "reason": "numbers",
                "captured_at": dt.datetime(2026, 11, 17, 9)}]
    documents = [{"url": url, "title": title, "site": "Agency", "kind": "notice", "cluster_id": url, "sites": 1,
                  "copies": 1, "first_seen": dt.datetime(2026, 11, 17, 9)}
                 for url, title in (("javascript:alert(1)", "Notice of hostile link"),
                                    ("https://agency.example/n", "Notice of temporary scheduling"))]
    trends = [{"category": "dosage", "this_week": 3, "last_week": 1, "new_this_week": 2}]
    health = [{"source": "Dead <source>", "fetches": 1, "failures": 1, "failure_kinds": "timeout"}]
    return changes, documents, trends, health


def test_a_digest_from_rows_escapes_what_pages_wrote(tmp_path):
    digest = build_digest("2026-W47", DEFAULT_TOPIC, *rows())
    assert digest.subject == "claimwatch · 7-hydroxymitragynine · 2026-W47: 1 claim change, 2 new notices"
    paths = write_files(digest, tmp_path, "claimwatch@example.org", ["a@example.org"])
    html = paths["html"].read_text()
    assert "<script>" not in html and "&lt;script&gt;" in html and "<img src=x" not in html
    assert 'href="javascript:' not in html and 'href="https://agency.example/n"' in html  # only http(s) is linked
    message = email.message_from_bytes(paths["eml"].read_bytes(), policy=email.policy.default)
    assert message["Bcc"] is None and message["To"] == "a@example.org"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"claimwatch-2026-W47.{ext}" for ext in ("eml", "html", "txt")]
