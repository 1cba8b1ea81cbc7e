"""The web view in a real browser (Playwright driving Debian's chromium, headless), served by
`claimwatch web` in its own process over a warehouse the real pipeline made: the changes page and its
filters, a page's history and a diff, and a captured page whose planted scripts, styles and images
neither run nor reach the web. Screenshots are kept in test-artifacts/."""

import os
import re
import shutil

import pytest

from tests.helpers import ROOT
from tests.helpers.web import web_server
from tests.web.conftest import PLANTED

CHROMIUM = shutil.which("chromium")
# skipped on a developer's machine without chromium; CI (.ci/run installs it) must run them
pytestmark = pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed (apt-get install chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def base(web_world):
    with web_server(web_world.db_file) as (url, _):
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def shot(page, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"web-{name}.png"
    page.screenshot(path=str(path), full_page=full_page)  # a full-page shot leaves the capture's frame blank
    print(f"screenshot: {path}")


def test_the_changes_page_filters_by_severity_and_site(base, page):
    page.goto(f"{base}/changes")
    assert page.locator("h1").inner_text() == "Claim changes in 2026-W47"
    cards = page.locator("article.change")
    assert cards.count() == 3
    # text the crawled site chose is shown as text, never as markup
    assert cards.get_by_text("Planted <b>Shop</b>").count() == 2 and page.locator("article b").count() == 0
    assert page.locator("span.ins", has_text="5").count() >= 1 and page.locator("span.del", has_text="2").count() >= 1
    shot(page, "changes")

    page.select_option("select[name=severity]", "high")
    page.click("button:has-text('Filter')")
    page.wait_for_url(re.compile(r"severity=high"))
    assert cards.count() == 1
    assert cards.first.locator(".badge").inner_text().lower() == "high"
    assert "Schedule I" in cards.first.inner_text()

    page.select_option("select[name=severity]", "")
    page.select_option("select[name=site]", "Valley Courier")
    page.click("button:has-text('Filter')")
    page.wait_for_url(re.compile(r"site=Valley"))
    assert cards.count() == 1 and "65 calls" in cards.first.inner_text()


def test_a_page_history_and_a_diff(base, page):
    page.goto(f"{base}/changes?site=Valley+Courier")
    page.click("article.change >> text=history")
    assert page.locator("h2", has_text="Versions (2)").count() == 1
    assert page.locator("section.version").count() == 2
    assert page.locator("section.version").first.locator("ol.claims li").count() >= 2
    shot(page, "history")

    page.click("text=diff with the version before")
    page.wait_for_url(re.compile(r"/diff\?a=.+&b=.+"))
    claims = page.locator("article.change.sev-medium")
    assert claims.count() == 1
    assert claims.locator("span.del").inner_text() == "40" and claims.locator("span.ins").inner_text() == "65"
    text = page.locator(".textdiff")
    assert "Doctors urged parents" in text.inner_text() and text.locator("span.ins", has_text="65").count() == 1
    shot(page, "diff")


def test_planted_scripts_run_on_the_live_page(web_world, page):
    """The control: served as it is by the site, the planted page's scripts do run and its requests go out."""
    page.goto(web_world.site.base + PLANTED)
    page.wait_for_load_state("networkidle")
    assert page.title() == "SCRIPT RAN"
    assert {"/recorder/fetch", "/recorder/image.png", "/recorder/beacon"} <= set(web_world.recorder_hits())
    web_world.site.hits.clear()


def test_a_capture_runs_no_script_and_loads_nothing_from_the_web(web_world, base, page):
    answered, blocked, refusals = [], [], []
    page.on("response", lambda response: answered.append(response.url))
    page.on("requestfailed", lambda request: blocked.append((request.url, request.failure)))
    page.on("console", lambda message: refusals.append(message.text))
    page.goto(f"{base}/changes?severity=high")
    page.click("text=capture after")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text().startswith("As captured 2026-11-17")
    assert page.locator("aside").get_by_text("200 OK").count() == 1  # the HTTP status, headers and time beside it
    frame = page.frame_locator("iframe")
    assert frame.locator("#marker").inner_text() == "The script did not run."
    assert "5 mg" in frame.locator("article").inner_text()
    assert not page.title().startswith("SCRIPT RAN")
    shot(page, "capture", full_page=False)

    # opened on its own, outside the frame, the capture is sandboxed all the same
    raw = page.locator("iframe").get_attribute("src")
    page.goto(base + raw)
    page.wait_for_load_state("networkidle")
    assert page.locator("#marker").inner_text() == "The script did not run."
    assert page.title() != "SCRIPT RAN"

    assert web_world.recorder_hits() == []
    # the browser tried the planted style and image and was refused by the policy; nothing was answered
    assert not [url for url in answered if "/recorder/" in url]
    assert {url.rsplit("/", 1)[1] for url, why in blocked if "/recorder/" in url and why == "csp"} == {
        "style.css", "image.png"}, blocked
    assert any("Content Security Policy" in text or "sandboxed" in text for text in refusals), refusals
