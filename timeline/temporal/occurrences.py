"""Where a calendar position falls in a given year, and which occurrence a direction picks."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .calendar import Period, period_of
from .values import CalendarRef

__all__ = ["calendar_period", "choose", "easter_sunday", "nth_weekday"]


def calendar_period(c: CalendarRef, year: int) -> Period | None:
    """Where ``c`` falls in ``year`` (a day, month, quarter, half, season or the year); None
    when there is no such date (February 30) or it lies outside the calendar."""
    try:
        if c.easter is not None:
            return period_of(easter_sunday(year) + timedelta(days=c.easter), "day")
        if c.nth is not None and c.month is not None and c.weekday is not None:
            return period_of(nth_weekday(year, c.month, c.weekday, c.nth, c.from_day), "day")
        if c.day is not None and c.month is not None:
            return period_of(date(year, c.month, c.day), "day")
        if c.month is not None:
            return period_of(date(year, c.month, 1), "month")
        if c.quarter is not None:
            return period_of(date(year, 3 * c.quarter - 2, 1), "quarter")
        if c.half is not None:
            return period_of(date(year, 6 * c.half - 5, 1), "half")
        if c.season is not None:
            first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[c.season]
            return period_of(date(year, first, 1), "season", c.season)
        return period_of(date(year, 1, 1), "year")
    except ValueError:  # February 30
        return None


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher).

    >>> easter_sunday(2000), easter_sunday(2025)
    (datetime.date(2000, 4, 23), datetime.date(2025, 4, 20))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, nth: int, from_day: int) -> date:
    """The nth ``weekday`` (ISO 1-7) of a month on or after ``from_day``; nth -1 is the last."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, from_day)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def choose(candidates: list[Period], anchor: Period, direction: str) -> Period:
    """The occurrence (of consecutive years' ``candidates``) that ``direction`` picks from
    ``anchor``: past/future (the anchor's own included), before/after, onward (the anchor's
    month or later: a narrative moving forward), or the nearest (a later one counting double)."""
    day = anchor.start
    if direction == "past":
        fits = [p for p in candidates if p.start <= day]
        return fits[-1] if fits else candidates[0]
    if direction == "before":
        fits = [p for p in candidates if p.end < anchor.start]
        return fits[-1] if fits else candidates[0]
    if direction == "future":
        fits = [p for p in candidates if p.end >= day]
        return fits[0] if fits else candidates[-1]
    if direction == "onward":  # a narrative moving forward: this month or a later one
        fits = [p for p in candidates if _month_end(p) >= day]
        return fits[0] if fits else candidates[-1]
    if direction == "after":
        fits = [p for p in candidates if p.start > anchor.end]
        return fits[0] if fits else candidates[-1]
    # Nearest, but news looks back: a future period counts as twice as far.
    return min(candidates, key=lambda p: (distance(p, day) * (2 if p.start > day else 1),
                                          p.start > day))


def _month_end(p: Period) -> date:
    """The last day of the month holding the end of ``p`` (a day of the current month is not
    behind a narrative standing later in that month)."""
    return date(p.end.year, p.end.month, calendar.monthrange(p.end.year, p.end.month)[1])


def distance(p: Period, day: date) -> int:
    """Days from ``day`` to the nearest day of ``p`` (0 inside it)."""
    if p.start <= day <= p.end:
        return 0
    return min(abs((p.start - day).days), abs((p.end - day).days))
