"""The pure second phase: underspecified values grounded against plain dates."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import CalendarRef, Duration, Literal, Shift, resolve
from timeline.temporal.calendar import period_of

MONDAY = date(2025, 4, 28)


@pytest.mark.parametrize(("pending", "tense", "value"), [
    (CalendarRef(weekday=6), "past", "2025-04-26"),
    (CalendarRef(weekday=1), "past", "2025-04-28"),
    (CalendarRef(weekday=5), "future", "2025-05-02"),
    (CalendarRef(weekday=2, direction="after"), "none", "2025-04-29"),
    (CalendarRef(weekday=5, direction="before"), "none", "2025-04-25"),
    (CalendarRef(month=3), "past", "2025-03"),
    (CalendarRef(month=5), "past", "2024-05"),
    (CalendarRef(month=5), "future", "2025-05"),
    (CalendarRef(month=12, day=15), "none", "2024-12-15"),
    (CalendarRef(quarter=3, direction="past"), "none", "2024-Q3"),
    (CalendarRef(season="FA", year_offset=-1), "none", "2024-FA"),
    (CalendarRef(year=1998, month=8, day=7), "none", "1998-08-07"),
])
def test_resolver_calendar(pending, tense, value):
    assert resolve(pending, MONDAY, tense=tense).value == value


@pytest.mark.parametrize(("pending", "value", "granularity"), [
    (Shift("year", -1), "2024", "year"),
    (Shift("month", 1), "2025-05", "month"),
    (Shift("week", 0), "2025-W18", "week"),
    (Shift("day", -2), "2025-04-26", "day"),
    (Shift("quarter", -1), "2025-Q1", "quarter"),
    (Shift("decade", -1), "201", "decade"),
])
def test_resolver_shift_from_the_article_date(pending, value, granularity):
    result = resolve(pending, MONDAY)
    assert (result.value, result.granularity, result.anchor) == (value, granularity, "dct")


def test_resolver_last_year_names_its_period():
    period = resolve(Shift("year", -1), MONDAY).period
    assert (period.start, period.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_resolver_narrative_anchor_wins_over_the_dct():
    anchor = period_of(date(1995, 3, 3), "day")
    result = resolve(Shift("day", 1, base="narrative"), MONDAY, narrative=anchor)
    assert (result.value, result.anchor) == ("1995-03-04", "narrative")


def test_resolver_keeps_the_anchor_day_a_year_earlier():
    anchor = period_of(date(1989, 8, 12), "day")
    pending = Shift("year", -1, base="report_narrative", keep=True)
    assert resolve(pending, MONDAY, narrative=anchor).value == "1988-08-12"


def test_resolver_year_ago_quarter_in_earnings_prose():
    reported = period_of(date(1989, 7, 1), "quarter")
    pending = Shift("year", -1, base="report", keep=True)
    assert resolve(pending, date(1989, 10, 26), report=reported).value == "1988-Q3"


@pytest.mark.parametrize(("pending", "value"), [
    (Shift("day", 1, base="narrative"), "XXXX-XX-XX"),
    (CalendarRef(weekday=6), "XXXX-WXX-6"),
    (CalendarRef(month=3), "XXXX-03"),
])
def test_resolver_without_anchor_keeps_placeholders(pending, value):
    result = resolve(pending, None)
    assert (result.value, result.anchor, result.period) == (value, "unresolved", None)


@pytest.mark.parametrize(("pending", "value"), [
    (Duration(3, "year"), "P3Y"),
    (Duration(2.5, "year"), "P2Y6M"),
    (Duration(5.5, "hour"), "PT5H30M"),
    (Duration(24, "hour"), "PT24H"),
    (Duration(None, "decade"), "PXE"),
    (Duration(2, "decade"), "P20Y"),
    (Duration(None, "week"), "PXW"),
    (Literal("PRESENT_REF"), "PRESENT_REF"),
])
def test_resolver_durations_and_literals(pending, value):
    assert resolve(pending, None).value == value
