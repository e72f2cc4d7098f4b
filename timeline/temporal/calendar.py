"""Calendar arithmetic on periods: the only place that knows how long a month or an ISO week is.

A :class:`Period` is a span of whole days with a granularity; its TIMEX3 string comes from
:func:`timex_value`. Nothing here knows English.
"""

from __future__ import annotations

import calendar as _stdcal
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["Period", "period_of", "shift", "timex_value", "GRANULARITIES"]

# Granularities from finest to coarsest; "time" periods are days carrying a clock or part of day.
GRANULARITIES = ("time", "day", "week", "month", "season", "quarter", "half", "year",
                 "decade", "century")

_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
# Seasons as TIMEX3 codes with their first month; winter starts in December of its year.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Period:
    """A period of whole days: ``start``..``end`` inclusive, named at ``granularity``."""

    start: date
    end: date
    granularity: str
    season: str | None = None  # SP, SU, FA, WI when granularity == "season"
    _hash: int | None = field(default=None, init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        """The hash of its fields, computed once (periods key the tagger's memo tables)."""
        if self._hash is None:
            object.__setattr__(self, "_hash", hash((self.start, self.end, self.granularity,
                                                    self.season)))
        return self._hash


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _month_span(year: int, month: int, months: int) -> tuple[date, date]:
    end_year, end_month = _add_months(year, month, months - 1)
    last = _stdcal.monthrange(end_year, end_month)[1]
    return date(year, month, 1), date(end_year, end_month, last)


def period_of(day: date, granularity: str, season: str | None = None) -> Period:
    """The period of ``granularity`` that contains ``day``.

    >>> period_of(date(2025, 4, 28), "quarter")
    Period(start=datetime.date(2025, 4, 1), end=datetime.date(2025, 6, 30), granularity='quarter', season=None)
    """
    if granularity in ("day", "time"):
        return Period(day, day, granularity)
    if granularity == "week":
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6), "week")
    if granularity == "season":
        code = season or _season_containing(day)
        first = SEASON_START[code]
        year = day.year - 1 if code == "WI" and day.month < 3 else day.year
        start, end = _month_span(year, first, 3)
        return Period(start, end, "season", code)
    months = _MONTHS_IN[granularity]
    if granularity == "decade":
        first_year = day.year - day.year % 10
        start, end = _month_span(first_year, 1, months)
    elif granularity == "century":
        first_year = day.year - day.year % 100
        start, end = _month_span(first_year, 1, months)
    else:
        first_month = (day.month - 1) // months * months + 1
        start, end = _month_span(day.year, first_month, months)
    return Period(start, end, granularity)


def _season_containing(day: date) -> str:
    for code, first in SEASON_START.items():
        if (day.month - first) % 12 < 3:
            return code
    raise AssertionError("every month lies in a season")


def shift(period: Period, granularity: str, amount: int) -> Period:
    """The period of ``granularity`` containing ``period.start``, moved by ``amount`` units.

    >>> shift(period_of(date(2025, 4, 28), "day"), "year", -1).start
    datetime.date(2024, 1, 1)
    """
    base = period_of(period.start, granularity, period.season if granularity == "season" else None)
    if granularity in ("day", "time"):
        moved = base.start + timedelta(days=amount)
        return Period(moved, moved, granularity)
    if granularity == "week":
        return period_of(base.start + timedelta(weeks=amount), "week")
    if granularity == "season":
        year, month = _add_months(base.start.year, base.start.month, 12 * amount)
        return period_of(date(year, month, 1), "season", base.season)
    year, month = _add_months(base.start.year, base.start.month, _MONTHS_IN[granularity] * amount)
    return period_of(date(year, month, 1), granularity)


def timex_value(period: Period) -> str:
    """The canonical TIMEX3 string of a period.

    >>> timex_value(period_of(date(2025, 4, 28), "week"))
    '2025-W18'
    """
    start, gran = period.start, period.granularity
    if gran in ("day", "time"):
        return start.isoformat()
    if gran == "week":
        iso_year, week, _ = start.isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    if gran == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if gran == "season":
        return f"{start.year:04d}-{period.season}"
    if gran == "quarter":
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{start.year:04d}-H{(start.month - 1) // 6 + 1}"
    if gran == "year":
        return f"{start.year:04d}"
    if gran == "decade":
        return f"{start.year // 10:03d}"
    if gran == "century":
        return f"{start.year // 100:02d}"
    raise ValueError(f"unknown granularity {gran!r}")
