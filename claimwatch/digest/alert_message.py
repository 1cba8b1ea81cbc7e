"""Alerts: one short plain-text message per page and week, listing its claim changes (before → after) and
the page's link, for chat and webhook services (sent through Apprise, claimwatch.digest.apprise_send).

Everything in it comes from crawled pages, so it is bounded: control characters become spaces, each
text is cut to a few hundred characters, a message lists at most MAX_CHANGES changes, and the whole
body stays under MAX_BODY characters (Discord takes 2,000, Slack's text blocks 3,000).
"""

from dataclasses import dataclass

from claimwatch.core.config import SEVERITIES
from claimwatch.core.urls import url_problem
from claimwatch.digest.render import one_line

MAX_TITLE = 150
MAX_TEXT = 300
MAX_CHANGES = 10
MAX_BODY = 1800


@dataclass(frozen=True)
class AlertMessage:
    title: str
    body: str
    severity: str  # the highest of its changes: high, medium, low
    change_keys: tuple[str, ...]  # the claim changes it tells of (recorded as sent when it is delivered)


def cut(text: str | None, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def build_alerts(changes: list[dict], topic_name: str) -> list[AlertMessage]:
    """Messages for these claim changes (rows of warehouse/queries/alert_candidates.sql, in its order):
    one per page and week, split when a page has more than MAX_CHANGES."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for change in changes:
        groups.setdefault((change["url"], change["week"]), []).append(change)
    messages = []
    for group in groups.values():
        for start in range(0, len(group), MAX_CHANGES):
            messages.append(_message(group[start:start + MAX_CHANGES], topic_name))
    return messages


def _message(changes: list[dict], topic_name: str) -> AlertMessage:
    first = changes[0]
    severity = min((c["severity"] for c in changes), key=SEVERITIES.index)
    page = cut(first.get("title") or first.get("site") or first["url"], 80)
    count = f"{len(changes)} claim changes" if len(changes) > 1 else f"{first['category'].replace('_', ' ')} claim changed"
    title = cut(f"claimwatch · {topic_name} · {severity}: {count} on {page}", MAX_TITLE)
    captured = first.get("captured_at")
    lines = [cut(f"{page} — {first.get('site') or ''}, {first['week']}"
                 + (f", captured {captured:%Y-%m-%d %H:%M} UTC" if captured else ""), MAX_TITLE)]
    for change in changes:
        lines.append("")
        lines.append(f"[{change['severity']}] {change['category']}, {_before_after(change)}")
    link = first["url"]
    footer = [""] + ([link] if url_problem(link) is None and len(link) <= 500 else [])
    body = "\n".join(lines)
    room = MAX_BODY - len("\n".join(footer)) - 1
    if len(body) > room:
        body = body[: room - 1].rstrip() + "…"
    return AlertMessage(title=title, body="\n".join([body, *footer]), severity=severity,
                        change_keys=tuple(c["change_key"] for c in changes))


def _before_after(change: dict) -> str:
    before, after = change.get("before_text"), change.get("after_text")
    if before and after:
        return f"modified:\n“{cut(before, MAX_TEXT)}”\n→ “{cut(after, MAX_TEXT)}”"
    if after:
        return f"added: “{cut(after, MAX_TEXT)}”"
    return f"removed: “{cut(before, MAX_TEXT)}”"
