"""Period arithmetic and the canonical TIMEX3 strings."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal.calendar import period_of, shift, timex_value


@pytest.mark.parametrize(("day", "granularity", "value", "start", "end"), [
    (date(2025, 4, 28), "day", "2025-04-28", date(2025, 4, 28), date(2025, 4, 28)),
    (date(2025, 4, 28), "week", "2025-W18", date(2025, 4, 28), date(2025, 5, 4)),
    (date(2025, 4, 28), "month", "2025-04", date(2025, 4, 1), date(2025, 4, 30)),
    (date(2025, 4, 28), "quarter", "2025-Q2", date(2025, 4, 1), date(2025, 6, 30)),
    (date(2025, 4, 28), "half", "2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
    (date(2025, 4, 28), "year", "2025", date(2025, 1, 1), date(2025, 12, 31)),
    (date(1994, 4, 28), "decade", "199", date(1990, 1, 1), date(1999, 12, 31)),
    (date(1994, 4, 28), "century", "19", date(1900, 1, 1), date(1999, 12, 31)),
    (date(2025, 1, 15), "season", "2024-WI", date(2024, 12, 1), date(2025, 2, 28)),
    (date(2021, 1, 2), "week", "2020-W53", date(2020, 12, 28), date(2021, 1, 3)),
])
def test_calendar_period_of(day, granularity, value, start, end):
    period = period_of(day, granularity)
    assert (timex_value(period), period.start, period.end) == (value, start, end)


@pytest.mark.parametrize(("granularity", "amount", "value"), [
    ("month", -4, "2024-12"),
    ("quarter", -2, "2024-Q4"),
    ("week", -18, "2024-W52"),
    ("day", 3, "2025-05-01"),
])
def test_calendar_shift(granularity, amount, value):
    assert timex_value(shift(period_of(date(2025, 4, 28), "day"), granularity, amount)) == value
