"""The README documents every command, option, view and outcome, so docs cannot drift."""

import re

from claimwatch.cli import build_parser
from tests.helpers import ROOT, VIEW_COLUMNS

README = (ROOT / "README.md").read_text()


def test_quickstart_is_the_two_commands():
    block = README.split("## Quickstart", 1)[1].split("```")[1]
    assert [line.split("#")[0].strip() for line in block.strip().splitlines()] == [
        "uv run claimwatch demo", "uv run pytest"]


def test_every_command_and_option_is_documented():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert f"`claimwatch {name}" in README, name
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in README, f"{name} {option}"


def test_every_view_and_contract_column_is_documented():
    for view, columns in VIEW_COLUMNS.items():
        row = next(line for line in README.splitlines() if line.startswith(f"| `{view}` |"))
        for column in columns:
            assert f"`{column}`" in row, f"{view}.{column}"


def test_every_crawl_setting_is_documented():
    from claimwatch.core.config import CRAWL_KEYS

    for key in CRAWL_KEYS:
        assert re.search(rf"^{key} = ", README, re.M), key


def test_every_source_key_is_documented():
    from claimwatch.core.config import SOURCE_KINDS

    for key in set().union(*(kind.required | kind.optional for kind in SOURCE_KINDS.values())):
        assert re.search(rf"^#? ?{key} = ", README, re.M), key


def test_the_safety_section_names_every_limit():
    safety = README.split("## Safety: what is refused, and why", 1)[1].split("\n## ", 1)[0]
    for fragment in ("unsupported_url", "bad_url", "private_address_refused", "max_urls", "Retry-After",
                     "256 KB", "timeout_seconds", "external access",
                     "AUTH PLAIN", "not UTF-8"):
        assert fragment in safety, fragment


def test_every_fetch_outcome_is_documented():
    code = "".join((ROOT / path).read_text() for path in (
        "crawlers/outcomes.py", "crawlers/spiders/base.py", "claimwatch/core/urls.py", "claimwatch/stages/page_analysis.py"))
    outcomes = set(re.findall(r'outcome = "([a-z_]+)"', code)) | set(re.findall(r'\), "([a-z_]+)"\)', code)) | \
        set(re.findall(r'return "([a-z_]+)"', code)) | set(re.findall(r'"outcome": "([a-z_]+)"', code))
    assert {"timeout", "too_large", "robots_disallowed", "irrelevant", "throttled", "empty", "unsupported_url",
            "bad_url", "private_address_refused", "ok", "not_modified", "http_error", "ignored", "error"} <= outcomes
    documented = README.split("`fetches.outcome` is one of", 1)[1].split(";", 1)[0]
    for outcome in outcomes - {"extracted"}:
        assert f"`{outcome}`" in documented, outcome


def test_every_environment_variable_is_documented_in_one_table():
    from claimwatch.core.config import ENVIRONMENT

    section = README.split("## Configuration: the environment", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(CLAIMWATCH_[A-Z_]+)` \|", section, re.M))
    assert documented == set(ENVIRONMENT)


def test_every_spider_argument_is_documented():
    from claimwatch.core.config import SOURCE_KINDS

    section = README.split("## The Scrapy project", 1)[1].split("\n## ", 1)[0]
    for key in {"name"} | set().union(*(kind.required | kind.optional for kind in SOURCE_KINDS.values())):
        assert f"`{key}`" in section, key


def test_every_web_address_is_documented(tmp_path):
    from claimwatch.core.topic import DEFAULT_TOPIC
    from claimwatch.web.app import create_app

    section = README.split("## The web view", 1)[1].split("\n## ", 1)[0]
    for route in create_app(tmp_path / "w.duckdb", DEFAULT_TOPIC).routes:
        if route.path not in ("/", "/static", "/captures/{fetch_id}/raw"):
            assert f"`{route.path}" in section or f"`{route.path}?" in section or f", `{route.path}`" in section, route.path
