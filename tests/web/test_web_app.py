"""The web view over HTTP (Starlette's TestClient, in this process) and as `claimwatch web` in a process of
its own: every page and API answer from a warehouse the real pipeline made, filters, escaping, the
captured page's policy, the token, a busy warehouse, and the command's one-line errors."""

import json
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from starlette.testclient import TestClient

from claimwatch.core.paths import captures_dir
from claimwatch.core.topic import DEFAULT_TOPIC
from claimwatch.web.access import COOKIE, PAGE_CSP
from claimwatch.web.app import CAPTURE_CSP, create_app
from crawlers.capture import read_response
from tests.helpers import assert_one_line_error, claimwatch
from tests.helpers.web import web_server

TOKEN = "s3cret-token-for-tests-0123456789"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def client(web_world):
    return TestClient(create_app(web_world.db_file, DEFAULT_TOPIC), base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def changes(client):
    return client.get("/api/changes").json()


def test_every_page_answers(client, changes):
    planted = next(c for c in changes if c["category"] == "dosage")
    for path in ("/changes", "/changes?week=all", "/pages", "/sources", "/notices", "/trends", "/changes.atom",
                 f"/pages/{planted['page_id']}", f"/pages/{planted['page_id']}/diff",
                 f"/captures/{planted['after_fetch_id']}", f"/captures/{planted['after_fetch_id']}/raw"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert client.get("/", follow_redirects=False).headers["location"] == "/changes"


def test_the_changes_api_and_its_filters(client, changes):
    assert {(c["category"], c["severity"]) for c in changes} == {
        ("legal_status", "high"), ("dosage", "medium"), ("statistics", "medium")}
    dosage = next(c for c in changes if c["category"] == "dosage")
    assert dosage["before_text"].startswith("A typical first serving of 7-OH is 2 mg")
    assert dosage["after_text"].startswith("A typical first serving of 7-OH is 5 mg")
    assert dosage["site"] == "Planted <b>Shop</b>" and dosage["week"] == "2026-W47" and dosage["captured_at"]
    assert [c["category"] for c in client.get("/api/changes?severity=high").json()] == ["legal_status"]
    assert [c["site"] for c in client.get("/api/changes", params={"site": "Valley Courier"}).json()] == ["Valley Courier"]
    assert client.get("/api/changes?kind=notice").json() == []
    assert client.get("/api/changes?week=2026-W46").json() == []
    assert len(client.get("/api/changes?limit=1").json()) == 1
    for bad in ("severity=urgent", "category=rumours", "week=2026-W99", "limit=0", "kind=blog"):
        response = client.get(f"/api/changes?{bad}")
        assert response.status_code == 400 and "error" in response.json(), bad


def test_pages_versions_and_claims_api(client, changes):
    page_id = next(c["page_id"] for c in changes if c["category"] == "dosage")
    page = client.get(f"/api/pages/{page_id}").json()
    assert page["versions"] == 2 and page["changes"] == 2 and page["url"].endswith("/shop/planted.html")
    versions = client.get(f"/api/pages/{page_id}/versions").json()
    assert [v["week"] for v in versions] == ["2026-W46", "2026-W47"] and all(v["status"] == 200 for v in versions)
    claims = client.get(f"/api/versions/{versions[1]['version_id']}/claims").json()
    dose = next(c for c in claims if "5 mg" in c["text"])
    assert dose["category"] == "dosage" and isinstance(dose["facts"], dict)  # JSON, not a quoted string
    assert [p["page_id"] for p in client.get("/api/pages").json()].count(page_id) == 1
    for path in ("/api/pages/0123456789abcdef", "/api/pages/nothex", "/api/versions/nope/claims"):
        assert client.get(path).status_code == 404, path


def test_crawled_text_is_escaped_everywhere(client, changes):
    page_id = next(c["page_id"] for c in changes if c["category"] == "dosage")
    for path in ("/changes", "/pages", f"/pages/{page_id}"):
        html = client.get(path).text
        assert "Planted &lt;b&gt;Shop&lt;/b&gt;" in html and "<b>Shop" not in html, path
    atom = client.get("/changes.atom").text
    assert "<b>Shop" not in atom


def test_the_atom_feed_has_the_filtered_changes(client):
    response = client.get("/changes.atom?severity=medium")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert all("[medium]" in e.find(f"{ATOM}title").text for e in entries)
    content = " ".join(e.find(f"{ATOM}content").text for e in entries)
    assert "Before: The centers logged 40 calls" in content and "After: A typical first serving of 7-OH is 5 mg" in content
    ids = {e.find(f"{ATOM}id").text for e in entries}
    assert ids == {e.find(f"{ATOM}id").text for e in ET.fromstring(client.get("/changes.atom?severity=medium").content)
                   .findall(f"{ATOM}entry")}  # stable from one read to the next


def test_a_capture_is_served_as_captured_under_a_policy_that_runs_nothing(client, changes):
    fetch_id = next(c["after_fetch_id"] for c in changes if c["category"] == "dosage")
    raw = client.get(f"/captures/{fetch_id}/raw")
    assert raw.headers["content-security-policy"] == CAPTURE_CSP
    assert "sandbox" in CAPTURE_CSP and "script-src" not in CAPTURE_CSP and "default-src 'none'" in CAPTURE_CSP
    assert raw.headers["x-content-type-options"] == "nosniff"
    assert raw.headers["content-type"] == "text/html; charset=utf-8"
    assert "<script>document.title" in raw.text and "7-OH is 5 mg" in raw.text  # the page as it was captured
    shown = client.get(f"/captures/{fetch_id}")
    assert shown.headers["content-security-policy"] == PAGE_CSP
    assert f'<iframe sandbox="" referrerpolicy="no-referrer" src="/captures/{fetch_id}/raw"' in shown.text
    assert "200 OK" in shown.text and "Last-Modified" in shown.text and "2026-11-17" in shown.text
    assert client.get("/captures/no-such-fetch").status_code == 404


def test_reading_a_capture_is_bounded(web_world, changes):
    fetch_id = next(c["after_fetch_id"] for c in changes if c["category"] == "dosage")
    import duckdb

    with duckdb.connect(str(web_world.db_file), read_only=True) as con:
        warc_file, offset = con.execute("SELECT warc_file, warc_offset FROM fetch_log WHERE fetch_id = ?",
                                        [fetch_id]).fetchone()
    whole = read_response(captures_dir(web_world.db_file), warc_file, offset, 10_000_000)
    cut = read_response(captures_dir(web_world.db_file), warc_file, offset, 100, max_headers=2)
    assert not whole.truncated and cut.truncated and cut.body == whole.body[:100] and len(cut.headers) == 2
    with pytest.raises(ValueError, match="outside the captures folder"):
        read_response(captures_dir(web_world.db_file), "../../etc/passwd", 0, 100)


def test_the_diff_compares_any_two_versions(client, changes):
    dosage = next(c for c in changes if c["category"] == "dosage")
    html = client.get(f"/pages/{dosage['page_id']}/diff",
                      params={"a": dosage["before_version_id"], "b": dosage["after_version_id"]}).text
    assert html.count('class="change sev-') == 2  # the dose and the legal status
    assert '<span class="ins">5</span>' in html and '<span class="del">2</span>' in html
    backwards = client.get(f"/pages/{dosage['page_id']}/diff",
                           params={"a": dosage["after_version_id"], "b": dosage["before_version_id"]}).text
    assert '<span class="ins">2</span>' in backwards
    assert client.get(f"/pages/{dosage['page_id']}/diff?a=elsewhere").status_code == 400


def test_a_token_guards_every_request(web_world):
    client = TestClient(create_app(web_world.db_file, DEFAULT_TOPIC, token=TOKEN), base_url="http://127.0.0.1")
    assert client.get("/changes").status_code == 401
    assert client.get("/api/changes", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/changes", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert client.get(f"/changes.atom?token={TOKEN}").status_code == 200  # feed readers keep it in the URL
    # a browser: the token moves from the address into a cookie
    response = client.get(f"/changes?severity=high&token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/changes?severity=high"
    assert f"{COOKIE}={TOKEN}" in response.headers["set-cookie"] and "HttpOnly" in response.headers["set-cookie"]
    assert client.get("/changes").status_code == 200  # the cookie now goes with every request


def test_a_loopback_server_answers_only_its_own_host_name(web_world):
    client = TestClient(create_app(web_world.db_file, DEFAULT_TOPIC, allowed_hosts=["127.0.0.1", "localhost"]),
                        base_url="http://127.0.0.1")
    assert client.get("/changes").status_code == 200
    assert client.get("/changes", headers={"Host": "rebound.example"}).status_code == 400  # DNS rebinding


def test_it_waits_while_a_run_writes_and_says_when_it_gave_up(web_world):
    hold = ("import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('held', flush=True); "
            "time.sleep(float(sys.argv[2]))")

    def holding(seconds: float):
        process = subprocess.Popen([sys.executable, "-c", hold, str(web_world.db_file), str(seconds)],
                                   stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "held"
        return process

    patient = TestClient(create_app(web_world.db_file, DEFAULT_TOPIC, wait_seconds=30), base_url="http://127.0.0.1")
    writer = holding(1.5)
    assert patient.get("/api/changes").status_code == 200  # waited for the writer, then read
    writer.wait()
    hasty = TestClient(create_app(web_world.db_file, DEFAULT_TOPIC, wait_seconds=0.3), base_url="http://127.0.0.1")
    writer = holding(5)
    try:
        response = hasty.get("/changes")
        assert response.status_code == 503 and response.headers["retry-after"] == "10"
        assert "busy" in response.text
    finally:
        writer.kill()
        writer.wait()


def test_the_command_refuses_what_it_cannot_serve(web_world, tmp_path):
    result = claimwatch("web", "--db", str(tmp_path / "none.duckdb"))
    assert_one_line_error(result, "no warehouse at", "claimwatch demo")
    result = claimwatch("web", "--db", str(web_world.db_file), "--host", "0.0.0.0", env={"CLAIMWATCH_WEB_TOKEN": ""})
    assert_one_line_error(result, "--host 0.0.0.0", "CLAIMWATCH_WEB_TOKEN")
    result = claimwatch("web", "--db", str(web_world.db_file), "--host", "0.0.0.0", env={"CLAIMWATCH_WEB_TOKEN": "short"})
    assert_one_line_error(result, "CLAIMWATCH_WEB_TOKEN is too short")
    assert_one_line_error(claimwatch("web", "--db", str(web_world.db_file), "--port", "70000"), "--port")
    with web_server(web_world.db_file) as (base, _):
        port = base.rsplit(":", 1)[1]
        assert_one_line_error(claimwatch("web", "--db", str(web_world.db_file), "--port", port), f"127.0.0.1:{port}")


def test_served_on_all_addresses_with_a_token_that_is_never_logged(web_world):
    with web_server(web_world.db_file, "--host", "0.0.0.0", env={"CLAIMWATCH_WEB_TOKEN": TOKEN}) as (base, process):
        base = base.replace("0.0.0.0", "127.0.0.1")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{base}/api/changes", timeout=30)
        assert refused.value.code == 401
        request = urllib.request.Request(f"{base}/api/changes", headers={"Authorization": f"Bearer {TOKEN}"})
        assert len(json.load(urllib.request.urlopen(request, timeout=30))) == 3
        with urllib.request.urlopen(f"{base}/changes.atom?token={TOKEN}", timeout=30) as answer:
            assert answer.status == 200
    log = process.stderr.read()
    assert "GET /changes.atom 200" in log and "GET /api/changes 401" in log
    assert TOKEN not in log and TOKEN not in process.stdout.read()


def test_concurrent_requests_all_read(web_world):
    from concurrent.futures import ThreadPoolExecutor

    with web_server(web_world.db_file) as (base, _):
        paths = ["/changes", "/api/changes", "/pages", "/trends", "/sources", "/changes.atom"] * 5

        def status(path: str) -> int:
            with urllib.request.urlopen(base + path, timeout=60) as answer:
                return answer.status

        with ThreadPoolExecutor(8) as pool:
            assert set(pool.map(status, paths)) == {200}


def test_trends_sources_and_notices_show_the_warehouse(client):
    trends = client.get("/trends").text
    assert trends.count("<polyline") >= 3 and "2026-W46" in trends and "2026-W47" in trends
    assert ">dosage</text>" in trends
    sources = client.get("/sources").text
    assert "Planted shop" in sources and "Valley Courier" in sources
    assert "No notices yet." in client.get("/notices").text  # nothing in this warehouse is a notice
