"""ISO weeks as text (`2026-W47`), the unit of every weekly comparison."""

import datetime as dt
import re

from claimwatch.core.errors import UsageError

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"invalid date {text!r}: expected YYYY-MM-DD, e.g. 2026-11-16") from None


def parse_week(text: str) -> str:
    """Validate a `YYYY-Www` week and return it unchanged."""
    m = _WEEK.match(text)
    if not m:
        raise UsageError(f"invalid week {text!r}: expected YYYY-Www, e.g. 2026-W47")
    try:
        dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        raise UsageError(f"invalid week {text!r}: {m[1]} has no week {m[2]}") from None
    return text


def week_monday(week: str) -> dt.date:
    year, num = week.split("-W")
    return dt.date.fromisocalendar(int(year), int(num), 1)


def previous_week(week: str) -> str:
    return iso_week(week_monday(week) - dt.timedelta(days=7))


def run_clock(as_of: dt.date | None) -> dt.datetime:
    """The timestamp a run records: now, or now's time of day on the simulated date.

    Keeping the time of day makes repeated runs on the same simulated date sort in order.
    """
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    if as_of is None or as_of == now.date():
        return now
    return dt.datetime.combine(as_of, now.time())
