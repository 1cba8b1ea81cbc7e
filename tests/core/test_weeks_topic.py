import datetime as dt

import pytest

from claimwatch.core.errors import UsageError
from claimwatch.core.topic import DEFAULT_TOPIC
from claimwatch.core.weeks import iso_week, parse_date, parse_week, previous_week


def test_iso_week_as_in_design():
    assert iso_week(dt.date(2026, 11, 16)) == "2026-W47"
    assert iso_week(dt.date(2027, 1, 1)) == "2026-W53"
    assert previous_week("2026-W01") == "2025-W52"


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "16/11/2026"])
def test_bad_dates(bad):
    with pytest.raises(UsageError, match="invalid date"):
        parse_date(bad)


@pytest.mark.parametrize("bad", ["2026-47", "2026-W7", "2025-W53"])
def test_bad_weeks(bad):
    with pytest.raises(UsageError, match="invalid week"):
        parse_week(bad)


@pytest.mark.parametrize("text", ["7-OH", "7OH", "7 OH", "7\u2011oh", "7-hydroxymitragynine", "7-Hydroxy Mitragynine",
                                  "7-OHM gummies"])
def test_topic_spellings(text):
    assert DEFAULT_TOPIC.mentioned_in(f"Pharmacists warn about {text} today")


@pytest.mark.parametrize("text", ["17-OH progesterone", "Route 7 OHIO", "kratom leaf"])
def test_not_the_topic(text):
    assert not DEFAULT_TOPIC.mentioned_in(text)


def test_mask_hides_the_seven():
    assert DEFAULT_TOPIC.mask("Each 7-OH tablet has 15 mg") == "Each TOPIC tablet has 15 mg"
