"""Alerts: the claim changes of some weeks that pass `[notify]`'s threshold, sent through Apprise to each
target that has not had them yet, and recorded per change and target (`alert_log`).

A change goes to each target once. A failed send records nothing, so the next `claimwatch notify` or
run tries it again; the other targets keep what they got (one of two URLs failing does not resend to
the other). After a failure the target is left alone for the rest of this call (a dead service costs
one timeout, not one per message), and at most MAX_MESSAGES messages go to a target per call: the
rest waits for the next one.
"""

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimwatch.core.config import Config, NotifySettings, NotifyTarget, expand_secrets
from claimwatch.core.errors import ClaimwatchError, ConfigError, UsageError
from claimwatch.digest.alert_message import AlertMessage, build_alerts
from claimwatch.digest.apprise_send import Target
from claimwatch.stages.run_lock import run_lock
from warehouse import db

MAX_MESSAGES = 50  # per target and call


class AlertsFailed(ClaimwatchError):
    """Some alerts could not be delivered (exit status 1); they are tried again next time."""

    transient = True


@dataclass
class TargetOutcome:
    label: str
    sent: int = 0       # claim changes delivered
    messages: int = 0   # messages that carried them
    failed: int = 0     # claim changes in the message that failed
    left: int = 0       # claim changes not tried this time (after a failure, or past MAX_MESSAGES)
    error: str | None = None

    def line(self) -> str:
        if not (self.sent or self.error or self.left):
            return f"{self.label}: nothing pending"
        text = f"{self.label}: {self.sent} sent" + (f" in {_plural(self.messages, 'message')}" if self.sent else "")
        if self.error:
            text += f", {self.failed} failed ({self.error})"
        if self.left:
            text += f", {self.left} left for the next run"
        return text


@dataclass
class AlertsResult:
    weeks: list[str]
    changes: int = 0  # claim changes of those weeks that pass the threshold
    targets: list[TargetOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[TargetOutcome]:
        return [t for t in self.targets if t.error]

    def summary(self) -> str:
        sent = sum(t.sent for t in self.targets)
        text = f"alerts: {sent} sent"
        if self.failed:
            text += (f", {len(self.failed)} of {len(self.targets)} targets failed: "
                     + "; ".join(f"{t.label} ({t.error})" for t in self.failed) + " (tried again next run)")
        return text


def target_key(target: NotifyTarget) -> str:
    """How alert_log knows a target: a hash of its URL as written (secrets unexpanded)."""
    return hashlib.sha256(target.template.encode()).hexdigest()[:16]


def prepare_targets(config: Config, environ=None) -> list[tuple[str, Target]]:
    """Every [notify] URL with its secrets put in and checked by Apprise, before anything is sent: a
    missing variable or a URL Apprise cannot use is a ConfigError naming the file, line and variable."""
    settings = _settings(config)
    prepared = []
    for number, spec in enumerate(settings.targets, 1):
        where = f"{config.path}:{spec.line}: [notify] urls[{number}] ({spec.scheme}://…)"
        try:
            url, secrets = expand_secrets(spec.template, environ)
        except UsageError as exc:
            raise ConfigError(f"{where}: {exc}") from None
        target = Target(url, list(secrets.values()))
        if not target.valid:
            raise ConfigError(f"{where} is not a URL Apprise can send to (an unknown service, or parts missing)")
        prepared.append((target_key(spec), target))
    return prepared


def _settings(config: Config) -> NotifySettings:
    if config.notify is None:
        raise UsageError(f"{config.path} has no [notify] table: no alert targets (see README, \"Alerts\")")
    return config.notify


def send_alerts(config: Config, db_file: Path, weeks: Iterable[str], log=print, environ=None) -> AlertsResult:
    """Send the pending alerts of `weeks` to every [notify] target; a failed target raises nothing
    (the result names it), a bad configuration raises ConfigError before anything is sent."""
    settings = _settings(config)
    targets = prepare_targets(config, environ)
    result = AlertsResult(weeks=sorted(set(weeks)))
    with run_lock(db_file, log):
        with db.writer(db_file) as con:
            rows = db.dicts(con.execute(db.query("alert_candidates"), {
                "weeks": result.weeks, "severities": list(settings.severities), "categories": list(settings.categories)}))
        result.changes = len(rows)
        pending_total = sum(1 for key, _ in targets for r in rows if key not in r["sent_to"])
        log(f"alerts {', '.join(result.weeks)}: {len(rows)} claim changes of severity {settings.min_severity} or above, "
            f"{pending_total} to send to {_plural(len(targets), 'target')}")
        for key, target in targets:
            outcome = _send_to(target, key, [r for r in rows if key not in r["sent_to"]], config, db_file)
            result.targets.append(outcome)
            log(f"  {outcome.line()}")
    return result


def _send_to(target: Target, key: str, pending: list[dict], config: Config, db_file: Path) -> TargetOutcome:
    outcome = TargetOutcome(label=target.label or "?")
    by_key = {r["change_key"]: r for r in pending}
    messages = build_alerts(pending, config.topic.name)
    for number, message in enumerate(messages):
        if outcome.error or number >= MAX_MESSAGES:
            outcome.left += len(message.change_keys)
            continue
        error = target.send(message)
        if error:
            outcome.error, outcome.failed = error, len(message.change_keys)
            continue
        _record(db_file, key, message, by_key)
        outcome.sent += len(message.change_keys)
        outcome.messages += 1
    return outcome


def _record(db_file: Path, key: str, message: AlertMessage, rows: dict[str, dict]) -> None:
    """Right after each delivery, so that a run killed midway resends at most one message."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with db.writer(db_file) as con:
        con.execute("BEGIN")
        db.append_rows(con, "alert_log", [
            {"change_key": k, "target": key, "week": rows[k]["week"], "url": rows[k]["url"],
             "category": rows[k]["category"], "change_type": rows[k]["change_type"], "severity": rows[k]["severity"],
             "sent_at": now} for k in message.change_keys])
        con.execute("COMMIT")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
