"""A week's digest from a real warehouse: rendered, escaped, recorded, and sent to a real local SMTP server
(aiosmtpd) once."""

import datetime as dt
import email
import email.policy
import shutil
import ssl
import subprocess

import pytest

from claimwatch.core.config import smtp_settings
from claimwatch.core.errors import ClaimwatchError
from claimwatch.core.topic import DEFAULT_TOPIC
from claimwatch.stages.weekly_digest import send_digest, write_digest
from tests.helpers import ROOT
from tests.helpers.smtp import self_signed_cert, smtp_env, start_echoing_smtp, start_smtp
from warehouse import db

HOSTILE_TITLE = '<script>alert("x")</script>7-OH news\r\nBcc: victim@example.org'


@pytest.fixture
def warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    t1, t2 = dt.datetime(2026, 11, 10, 9), dt.datetime(2026, 11, 17, 9)
    with db.writer(path) as con:
        db.append_rows(con, "page_versions", [
            {"version_id": "v1", "url": "https://news.example/a", "fetch_id": "f1", "fetched_at": t1, "week": "2026-W46",
             "content_hash": "h1", "title": HOSTILE_TITLE, "site": "News <b>Site</b>", "kind": "article",
             "text": "Start with 2 mg of 7-OH."},
            {"version_id": "v2", "url": "https://news.example/a", "fetch_id": "f2", "fetched_at": t2, "week": "2026-W47",
             "content_hash": "h2", "title": HOSTILE_TITLE, "site": "News <b>Site</b>", "kind": "article",
             "text": "Start with 5 mg of 7-OH."},
            {"version_id": "v3", "url": "https://agency.example/n", "fetch_id": "f3", "fetched_at": t2, "week": "2026-W47",
             "content_hash": "h3", "title": "Notice of temporary scheduling", "site": "Agency", "kind": "notice",
             "text": "7-OH is placed in Schedule I."},
        ])
        db.append_rows(con, "claim_change_rows", [
            {"week": "2026-W47", "url": "https://news.example/a", "category": "dosage", "change_type": "modified",
             "before_text": "Start with 2 mg of <i>7-OH</i>.",
             "after_text": "Start with 5 mg of 7-OH.<img src=x onerror=alert(1)>",
             "severity": "medium", "reason": "numbers", "before_version_id": "v1", "after_version_id": "v2"},
        ])
        db.append_rows(con, "fetch_log", [
            {"fetch_id": "f9", "run_id": "r", "source": "Dead source", "role": "feed", "url": "https://dead.example/feed",
             "fetched_at": t2, "week": "2026-W47", "outcome": "timeout", "error": "took too long"},
        ])
    return path


def test_render_escapes_crawled_text(warehouse, tmp_path):
    digest, paths = write_digest(warehouse, "2026-W47", tmp_path / "out", DEFAULT_TOPIC)
    assert digest.subject == "claimwatch · 7-hydroxymitragynine · 2026-W47: 1 claim change, 1 new notice"
    html = paths["html"].read_text()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html and "<i>7-OH</i>" not in html
    assert "Notice of temporary scheduling" in html and "Dead source" in html and "timeout" in html
    message = email.message_from_bytes(paths["eml"].read_bytes(), policy=email.policy.default)
    assert message["Bcc"] is None  # the CR/LF in a title cannot add a header
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]


def test_quiet_week_is_a_short_digest(warehouse, tmp_path):
    digest, paths = write_digest(warehouse, "2026-W40", tmp_path / "out", DEFAULT_TOPIC)
    assert digest.subject.endswith("2026-W40: 0 claim changes, 0 new notices")
    assert "No claim changes this week." in paths["txt"].read_text()


@pytest.fixture
def smtp_server():
    inbox, controller, port = start_smtp()
    yield inbox, port
    controller.stop()


def test_send_once_then_refuse_then_resend(warehouse, tmp_path, smtp_server):
    inbox, port = smtp_server
    logged = []
    env = smtp_env(port)
    smtp = smtp_settings(env)
    assert send_digest(warehouse, "2026-W47", tmp_path / "out", DEFAULT_TOPIC, log=logged.append, smtp=smtp)
    (recipients, content), = inbox.messages
    assert recipients == ["a@example.org", "b@example.org"]
    received = email.message_from_bytes(content, policy=email.policy.default)
    assert received["Subject"].startswith("claimwatch · 7-hydroxymitragynine · 2026-W47")
    html = received.get_body(("html",)).get_content()
    assert "Start with " in html and "&lt;img src=x" in html and "<img src=x" not in html and "<script>" not in html
    assert "Start with 5 mg of 7-OH." in received.get_body(("plain",)).get_content()

    assert not send_digest(warehouse, "2026-W47", tmp_path / "out", DEFAULT_TOPIC, log=logged.append, smtp=smtp)
    assert len(inbox.messages) == 1 and "already sent" in logged[-1]
    assert send_digest(warehouse, "2026-W47", tmp_path / "out", DEFAULT_TOPIC, resend=True, log=logged.append, smtp=smtp)
    assert len(inbox.messages) == 2
    with db.reader(warehouse) as con:
        assert con.execute("SELECT recipients FROM digests WHERE week = '2026-W47'").fetchone()[0] == \
            "a@example.org, b@example.org"


def test_failed_send_keeps_files_and_hides_password(warehouse, tmp_path):
    env = smtp_env(9, CLAIMWATCH_SMTP_USER="bot", CLAIMWATCH_SMTP_PASSWORD="hunter2")
    with pytest.raises(ClaimwatchError) as err:
        send_digest(warehouse, "2026-W47", tmp_path / "out", DEFAULT_TOPIC, log=lambda m: None,
                    smtp=smtp_settings(env))
    assert "sending the 2026-W47 digest failed" in str(err.value) and "hunter2" not in str(err.value)
    assert (tmp_path / "out" / "claimwatch-2026-W47.eml").is_file()
    assert "hunter2" not in repr(smtp_settings(env))
    with db.reader(warehouse) as con:
        assert con.execute("SELECT sent_at FROM digests WHERE week = '2026-W47'").fetchone()[0] is None


def test_starttls_with_login(warehouse, tmp_path, monkeypatch):
    cert, key = self_signed_cert(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox, controller, port = start_smtp(tls_context=context)
    monkeypatch.setenv("SSL_CERT_FILE", cert)  # the client trusts our test certificate, as a real CA
    try:
        env = smtp_env(port, CLAIMWATCH_SMTP_SECURITY="starttls")
        assert send_digest(warehouse, "2026-W47", tmp_path / "out", DEFAULT_TOPIC, log=lambda m: None,
                           smtp=smtp_settings(env))
    finally:
        controller.stop()
    assert len(inbox.messages) == 1


ARTIFACTS = ROOT / "test-artifacts"


@pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (apt-get install chromium)")
def test_digest_renders_in_headless_chromium(warehouse, tmp_path):
    _, paths = write_digest(warehouse, "2026-W47", tmp_path / "out", DEFAULT_TOPIC)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "digest-2026-W47.png"
    shot.unlink(missing_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--window-size=700,1400",
                    f"--screenshot={shot}", paths["html"].as_uri()], capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000
    # the rendered page really shows the escaped hostile title as text
    dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", f"--user-data-dir={tmp_path / 'profile2'}",
                          "--dump-dom", paths["html"].as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert "&lt;script&gt;alert" in dom and "<script>alert" not in dom


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_a_refused_login_never_shows_the_credentials(warehouse, tmp_path, mechanism):
    """The server echoes the user, the password and the AUTH blob (plain and base64) in its refusal:
    none of it reaches the output, the saved files or the warehouse."""
    import base64
    import os
    import sys

    controller, port = start_echoing_smtp(mechanism)
    user, password = "digest-bot@example.org", "pw-Hunter2-9xq"
    env = {**os.environ, **smtp_env(port, CLAIMWATCH_SMTP_USER=user, CLAIMWATCH_SMTP_PASSWORD=password)}
    try:
        result = subprocess.run([sys.executable, "-m", "claimwatch.cli", "digest", "--week", "2026-W47", "--send",
                                 "--db", str(warehouse), "--out", str(tmp_path / "out")],
                                capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    finally:
        controller.stop()
    assert result.returncode == 1
    assert "SMTPAuthenticationError: the server refused the login (SMTP 535)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    secrets = [password, base64.b64encode(password.encode()).decode(), user, base64.b64encode(user.encode()).decode(),
               base64.b64encode(f"\0{user}\0{password}".encode()).decode()]
    seen = result.stdout + result.stderr
    saved = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())  # digest files and warehouse
    for secret in secrets:
        assert secret not in seen and secret.encode() not in saved


def test_the_digest_links_only_http_urls(warehouse, tmp_path):
    """A stored URL of another scheme (an old warehouse, a future bug) is shown, never linked."""
    with db.writer(warehouse) as con:
        db.append_rows(con, "page_versions", [
            {"version_id": "v9", "url": "javascript:alert(document.cookie)", "fetch_id": "f9x",
             "fetched_at": dt.datetime(2026, 11, 17, 10), "week": "2026-W47", "content_hash": "h9",
             "title": "Notice of hostile link", "site": "Agency", "kind": "notice", "text": "7-OH notice."}])
    _, paths = write_digest(warehouse, "2026-W47", tmp_path / "out", DEFAULT_TOPIC)
    html = paths["html"].read_text()
    assert "Notice of hostile link" in html and 'href="javascript:' not in html
    assert 'href="https://agency.example/n"' in html  # http(s) links stay links
