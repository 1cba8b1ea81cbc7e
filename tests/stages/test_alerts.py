"""Alerts through Apprise, delivered to real webhook receivers on 127.0.0.1 (json:// and form:// URLs),
from a warehouse the real pipeline made of the demo web's two weeks."""

import datetime as dt
import shutil

import duckdb
import pytest

from claimwatch.core.config import load_config
from claimwatch.core.errors import ConfigError
from claimwatch.demo.runner import run_demo
from claimwatch.demo.web_server import DemoWeb
from claimwatch.digest.alert_message import MAX_BODY, MAX_TITLE, build_alerts
from claimwatch.stages.alerts import send_alerts
from tests.helpers import assert_one_line_error, claimwatch, write_sources
from tests.helpers.receiver import Receiver
from tests.helpers.smtp import free_port

WEEK = "2026-W47"
SOURCE = '[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x.example/feed"\n'
HIGH_CHANGES = 4  # the demo's high-severity changes in its second week (2 legal_status, 2 safety)


@pytest.fixture(scope="module")
def demo_warehouse(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    return run_demo(out, log=lambda line: None)


@pytest.fixture
def warehouse(demo_warehouse, tmp_path):
    """A copy of the demo's warehouse for one test."""
    return shutil.copy(demo_warehouse, tmp_path / "w.duckdb")


def sources_with(tmp_path, notify: str):
    path = tmp_path / "sources.toml"
    path.write_text(SOURCE + "\n[notify]\n" + notify)
    return path


def alert_rows(db_file) -> list[tuple]:
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return con.execute("SELECT target, week, category, severity FROM alerts ORDER BY ALL").fetchall()
    finally:
        con.close()


def test_each_change_is_sent_once_with_its_before_after_and_link(warehouse, tmp_path):
    with Receiver() as hook:
        config = load_config(sources_with(tmp_path, f'urls = ["{hook.url()}"]\n'))
        lines = []
        first = send_alerts(config, warehouse, [WEEK], log=lines.append)
        second = send_alerts(config, warehouse, [WEEK], log=lines.append)
    assert (first.targets[0].sent, second.targets[0].sent, len(hook.received)) == (HIGH_CHANGES, 0, HIGH_CHANGES)
    assert first.summary() == f"alerts: {HIGH_CHANGES} sent" and not first.failed
    messages = {m.json()["title"]: m.json()["message"] for m in hook.received}
    scheduling = next(body for title, body in messages.items() if "federal scheduling status" in title)
    title = next(t for t in messages if "federal scheduling status" in t)
    assert title.startswith("claimwatch · 7-hydroxymitragynine · high: legal status claim changed on ")
    assert "[high] legal_status, modified:" in scheduling
    assert "“At the federal level, 7-OH is not currently a controlled substance" in scheduling
    assert "\n→ “At the federal level, 7-OH is now temporarily controlled as a Schedule I substance" in scheduling
    assert scheduling.rstrip().splitlines()[-1].startswith("http://127.0.0.1:")  # the page's link, last
    assert scheduling.rstrip().endswith("/drug-safety-newsroom/press/update-federal-scheduling-status-7-oh.html")
    assert {m.json()["type"] for m in hook.received} == {"warning"}
    assert len(alert_rows(warehouse)) == HIGH_CHANGES
    assert lines[-1].endswith(": nothing pending")


def test_a_failed_target_is_tried_again_and_the_other_is_not_sent_twice(warehouse, tmp_path):
    with Receiver() as good, Receiver(answers=[500]) as flaky:
        config = load_config(sources_with(tmp_path, f'urls = ["{good.url()}", "{flaky.url("form", "/f")}"]\n'))
        first = send_alerts(config, warehouse, [WEEK], log=lambda line: None)
        assert len(good.received) == HIGH_CHANGES and len(flaky.received) == 1  # left alone after its failure
        assert [t.label for t in first.failed] == [flaky.url("form", "/f")]
        assert (first.failed[0].failed, first.failed[0].left) == (1, HIGH_CHANGES - 1)
        assert "error=500" in first.failed[0].error and "tried again next run" in first.summary()
        second = send_alerts(config, warehouse, [WEEK], log=lambda line: None)
    assert not second.failed and [t.sent for t in second.targets] == [0, HIGH_CHANGES]
    assert len(good.received) == HIGH_CHANGES and len(flaky.received) == 1 + HIGH_CHANGES
    assert flaky.received[-1].form()["title"].startswith("claimwatch · ")
    assert len({target for target, *_ in alert_rows(warehouse)}) == 2 and len(alert_rows(warehouse)) == 2 * HIGH_CHANGES


def test_threshold_and_categories_choose_what_alerts(warehouse, tmp_path):
    with Receiver() as hook:
        config = load_config(sources_with(tmp_path, f'urls = ["{hook.url()}"]\nmin_severity = "medium"\n'
                                                    'categories = ["dosage", "safety"]\n'))
        send_alerts(config, warehouse, [WEEK], log=lambda line: None)
        send_alerts(config, warehouse, ["2026-W46"], log=lambda line: None)  # a week without changes
    assert sorted((c, s) for _, _, c, s in alert_rows(warehouse)) == [("dosage", "medium"), ("safety", "high"),
                                                                       ("safety", "high")]
    assert len(hook.received) == 3


def test_bad_notify_settings_name_file_line_and_key(tmp_path):
    cases = [
        ('urls = []\n', "urls must be a non-empty list"),
        ('urls = ["hooks.example.org/x"]\n', "urls[1] is not an Apprise URL"),
        ('urls = [\n  "json://a.example/x",\n  "json://a.example/${not-a-name}",\n]\n',
         "urls[2]: write environment variables as ${NAME}"),
        ('urls = ["json://a.example/x"]\nmin_severity = "critical"\n', "min_severity must be one of high, medium, low"),
        ('urls = ["json://a.example/x"]\ncategories = ["legal"]\n', "categories must be a non-empty list of"),
        ('urls = ["json://a.example/x"]\nchannel = "#alerts"\n', "unknown key 'channel' in [notify]"),
        ('urls = ["json://a.example/x", "json://a.example/x"]\n', "urls[2] is listed twice"),
    ]
    for body, message in cases:
        path = sources_with(tmp_path, body)
        lines = path.read_text().splitlines()
        with pytest.raises(ConfigError) as err:
            load_config(path)
        line = int(str(err.value).split(":")[1])
        assert str(err.value).startswith(f"{path}:") and message in str(err.value), err.value
        assert "[notify]" in lines[line - 1] or "=" in lines[line - 1] or "json://" in lines[line - 1], (body, line)
    third = sources_with(tmp_path, cases[2][0])
    with pytest.raises(ConfigError, match=rf"^{third}:9: "):  # the line of the URL itself, in a multi-line array
        load_config(third)


def test_messages_from_hostile_pages_are_bounded():
    long = "Legal status: " + "x" * 5000 + "\x1b[31m\r\nInjected: header"
    changes = [{"change_key": f"k{i}", "week": WEEK, "url": "javascript:alert(1)", "category": "legal_status",
                "change_type": "modified", "severity": "high", "before_text": long, "after_text": long + " Schedule I",
                "title": "T\r\nitle " * 100, "site": "evil", "captured_at": dt.datetime(2026, 11, 17, 6, 0)}
               for i in range(25)]
    messages = build_alerts(changes, "7-hydroxymitragynine")
    assert [len(m.change_keys) for m in messages] == [10, 10, 5]  # one page: split, never one huge message
    for message in messages:
        assert len(message.title) <= MAX_TITLE and "\n" not in message.title and "\r" not in message.title
        assert len(message.body) <= MAX_BODY and "\x1b" not in message.body and "\r" not in message.body
        assert "javascript:" not in message.body  # only http(s) links


def run_cli(*args, env=None):
    return claimwatch(*args, env=env)


def test_notify_command_keeps_secrets_out_of_output_and_warehouse(warehouse, tmp_path):
    secret = "s3cr3t-Hook-Token-4471"
    with Receiver(answers=[500]) as hook:
        url = hook.url(path="/hook/${HOOK_TOKEN}")
        sources = write_sources(tmp_path / "s.toml", "", SOURCE + f'\n[notify]\nurls = ["{url}"]\n',
                                allow_private=False)  # the crawler's private-address rule is not the alerts'
        failed = run_cli("notify", "--week", WEEK, "--sources", str(sources), "--db", str(warehouse),
                         env={"HOOK_TOKEN": secret})
        sent = run_cli("notify", "--week", WEEK, "--sources", str(sources), "--db", str(warehouse),
                       env={"HOOK_TOKEN": secret})
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.strip().splitlines() == [failed.stderr.strip()]  # one line
    assert failed.stderr.startswith("claimwatch: error: alerts: 0 sent, 1 of 1 targets failed: json://127.0.0.1:")
    assert "/hook/***" in failed.stdout and "error=500" in failed.stderr
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip().splitlines()[-1] == f"alerts: {HIGH_CHANGES} sent"
    assert all(r.path == f"/hook/{secret}" for r in hook.received) and len(hook.received) == 1 + HIGH_CHANGES
    for output in (failed.stdout, failed.stderr, sent.stdout, sent.stderr):
        assert secret not in output
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("w.duckdb"))
    assert secret.encode() not in stored and b"/hook/" not in stored  # neither the secret nor the URL


@pytest.mark.parametrize("notify, env, fragment", [
    ('urls = ["json://127.0.0.1:9/hook/${HOOK_TOKEN}"]\n', {}, "urls[1] (json://…): environment variable HOOK_TOKEN is not set"),
    ('urls = ["nosuchservice://127.0.0.1/x"]\n', {}, "urls[1] (nosuchservice://…) is not a URL Apprise can send to"),
    (None, {}, "has no [notify] table"),
])
def test_notify_configuration_errors_are_one_line_and_send_nothing(warehouse, tmp_path, notify, env, fragment):
    sources = tmp_path / "s.toml"
    sources.write_text(SOURCE + (f"\n[notify]\n{notify}" if notify else ""))
    result = run_cli("notify", "--sources", str(sources), "--db", str(warehouse), env=env)
    assert_one_line_error(result, str(sources), fragment)
    assert alert_rows(warehouse) == []


def test_notify_needs_a_warehouse(tmp_path):
    sources = sources_with(tmp_path, 'urls = ["json://127.0.0.1:9/x"]\n')
    assert_one_line_error(run_cli("notify", "--sources", str(sources), "--db", str(tmp_path / "none.duckdb")),
                          "no warehouse at")
    assert not (tmp_path / "none.duckdb").exists()


def test_run_sends_after_the_diff_and_a_dead_target_does_not_fail_it(tmp_path):
    dead = f"json://127.0.0.1:{free_port()}/dead"  # nothing listens there
    with DemoWeb() as web, Receiver() as hook:
        from claimwatch.demo.runner import SOURCES_TEMPLATE

        sources = tmp_path / "s.toml"
        sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base)
                           + f'\n[notify]\nurls = ["{hook.url()}", "{dead}"]\n')
        db_file = tmp_path / "w.duckdb"
        results = []
        for week, as_of in sorted(web.week_dates.items()):
            web.set_week(week)
            results.append(run_cli("run", "--sources", str(sources), "--db", str(db_file), "--as-of", str(as_of)))
    for result in results:
        assert result.returncode == 0, result.stderr
    last = results[-1].stdout.strip().splitlines()[-1]
    assert f"claim changes {WEEK}: " in last
    assert f"; alerts: {HIGH_CHANGES} sent, 1 of 2 targets failed: {dead} (" in last and last.endswith("(tried again next run)")
    assert len(hook.received) == HIGH_CHANGES
    assert results[0].stdout.strip().splitlines()[-1].endswith("; alerts: 0 sent")  # the first week: nothing changed


@pytest.mark.parametrize("url, secrets, label", [
    ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#drug-policy", ["TIiajkdnlazkcOXrIdevi7FQ"],
     "slack://***/***/***/#drug-policy"),
    ("ntfy://ntfy.sh/topic-k3y-9911", ["topic-k3y-9911"], "ntfy://ntfy.sh/***"),
    ("json://user:pa55word@hooks.example.org:8080/claimwatch?+Authorization=Bearer%20t0k3n", ["t0k3n", "pa55word"],
     "json://user:****@hooks.example.org:8080/claimwatch"),
    ("discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js", [], "discord://***/***"),  # tokens written in the file
])
def test_targets_are_shown_without_their_secrets(url, secrets, label):
    from claimwatch.digest.apprise_send import Target

    target = Target(url, secrets)
    assert target.valid and target.label == label  # no query, no part of a token, no secret
