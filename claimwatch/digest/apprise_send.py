"""Sending an alert to one Apprise URL (Slack, Teams, Discord, ntfy, webhooks, ...).

The URL given here is the expanded one, secrets in it; nothing it says leaves this module unredacted:
a target is shown by Apprise's privacy form of it (passwords and tokens masked), without its query,
with the parts Apprise shows in part ("T...2") masked whole, and with the secrets taken from the
environment removed; Apprise's reasons for a failure are redacted the same way. Apprise's own log
records are kept from the root logger while it sends (under Prefect they would reach the run's log),
and read from its per-call capture instead.
"""

import contextlib
import logging
import re
from urllib.parse import unquote

import apprise

from claimwatch.digest.alert_message import AlertMessage
from claimwatch.digest.send import redact

TIMEOUT = 30  # seconds for one message to one target, all of Apprise's attempts included
_NOTIFY_TYPES = {"high": apprise.NotifyType.WARNING, "medium": apprise.NotifyType.INFO, "low": apprise.NotifyType.INFO}


class Target:
    """One Apprise URL, ready to send to; `label` is what may be printed."""

    def __init__(self, url: str, secrets: list[str]):
        asset = apprise.AppriseAsset(app_id="claimwatch", app_desc="claimwatch alerts",
                                     storage_mode=apprise.PersistentStoreMode.MEMORY)
        self._secrets = secrets
        with _quiet():
            self._apprise = apprise.Apprise(asset=asset)
            self.valid = self._apprise.add(url) and len(self._apprise) == 1
        self.label = _label(self._apprise[0].url(privacy=True), secrets) if self.valid else None

    def _redact(self, text: str) -> str:
        return redact(text, list(self._secrets))

    def send(self, message: AlertMessage) -> str | None:
        """Deliver the message: None when the service took it, else why not (one line, no secret)."""
        with _quiet():
            result = self._apprise.notify(body=message.body, title=message.title, body_format=apprise.NotifyFormat.TEXT,
                                          notify_type=_NOTIFY_TYPES[message.severity], timeout=TIMEOUT)
        if result:
            return None
        reasons = [entry.message for service in result for entry in service.logs()]  # warnings and errors
        reason = (reasons[-1] if reasons else f"not delivered ({getattr(result, 'status', 'failed')})")
        return self._redact(" ".join(reason.split()))[:300]


_PARTLY_SHOWN = re.compile(r"[^/:@?#]*\.\.\.[^/:@?#]*")  # Apprise's privacy form of a token: first...last


def _label(private_url: str, secrets: list[str]) -> str:
    """A target as it may be printed: no query (headers and tokens travel there), no part of a token."""
    text = _PARTLY_SHOWN.sub("***", redact(private_url.split("?", 1)[0], list(secrets)))
    return unquote(text).rstrip("/")[:120]


@contextlib.contextmanager
def _quiet():
    """Apprise's records go to its own capture only, not up to the handlers of the root logger."""
    log = logging.getLogger("apprise")
    before = log.propagate
    log.propagate = False
    try:
        yield
    finally:
        log.propagate = before
