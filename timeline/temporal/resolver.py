"""The second phase: ground an underspecified value against an anchor. Pure functions only.

>>> from datetime import date
>>> resolve(Shift("year", -1), dct=date(2025, 4, 28)).value
'2024'
>>> resolve(CalendarRef(weekday=6), dct=date(2025, 4, 28), tense="past").value
'2025-04-26'
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from .anchor_date import as_date
from .calendar import Period, period_of, shift, timex_value
from .durations import duration_value
from .occurrences import calendar_period, choose
from .unresolved import partial, placeholder, unresolved_value
from .values import CalendarRef, Duration, Literal, Pending, Shift

__all__ = ["Resolved", "resolve"]

_WHERE = {"past": "on or before", "before": "before", "future": "on or after", "after": "after",
          "nearest": "nearest to (a later one counting double)"}
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
@dataclass(frozen=True, slots=True)
class Resolved:
    """A grounded value: its TIMEX3 string, granularity, period, anchor kind and explanation."""

    value: str
    granularity: str | None = None
    period: Period | None = None
    anchor: str = "absolute"
    explanation: str = ""


def resolve(pending: Pending, dct: date | datetime | str | None = None,
            narrative: Period | None = None, report: Period | None = None,
            tense: str = "past") -> Resolved:
    """Ground ``pending`` against the article date ``dct`` or the last mentioned period.

    ``dct`` is a ``date``, a ``datetime`` (its day) or an ISO string ("2019-07-15"); anything
    else raises ``TypeError`` naming ``dct``.

    ``narrative`` is the last fully resolved period mentioned before the expression;
    ``report`` the last quarter mentioned (earnings prose); ``tense`` is ``past`` or
    ``future`` (or ``none`` when unknown), the tense governing the expression.
    """
    if isinstance(pending, Literal):
        return Resolved(pending.value, None, None, "absolute", f"{pending.value}: fixed value")
    if isinstance(pending, Duration):
        return Resolved(duration_value(pending), None, None, "absolute",
                        "an amount of time, not a point in time")
    dct = as_date(dct, "dct")
    anchor, kind = _pick_anchor(pending.base, dct, narrative, report)
    try:
        if isinstance(pending, Shift):
            return _resolve_shift(pending, anchor, kind)
        return _resolve_calendar(pending, anchor, kind, tense)
    except (ValueError, OverflowError):  # the date falls outside years 1..9999
        return _beyond_calendar(pending)


def _beyond_calendar(pending: Shift | CalendarRef) -> Resolved:
    """A date before year 1 or after 9999 ("yesterday" on 0001-01-01): unresolved, not an error.

    >>> from datetime import date
    >>> resolve(Shift("year", 1), dct=date(9999, 6, 1)).anchor
    'unresolved'
    """
    if isinstance(pending, Shift):
        unit = {"hour": "day", "minute": "day", "second": "day", "fortnight": "week",
                "weekend": "week"}.get(pending.unit, pending.unit)
        value = placeholder(pending.granularity if pending.granularity is not None
                             and _coarser(unit, pending.granularity) else unit)
    else:
        value = unresolved_value(pending)
    return Resolved(value, None, None, "unresolved",
                    "the date falls outside the calendar's years 1 to 9999")


def _pick_anchor(base: str, dct: date | None, narrative: Period | None,
                 report: Period | None) -> tuple[Period | None, str]:
    """``base`` lists where to look first: report (the last quarter), narrative, then the dct.

    ``narrative_day`` takes the last mentioned date only when it names a day (clock times).
    """
    if base.startswith("report") and report is not None:
        return report, "narrative"
    if base in ("narrative", "report_narrative") and narrative is not None:
        return narrative, "narrative"
    if base == "narrative_day" and narrative is not None and narrative.granularity in ("day", "time"):
        return narrative, "narrative"
    if dct is not None:
        return period_of(dct, "day"), "dct"
    if narrative is not None:
        return narrative, "narrative"
    return None, "unresolved"


def _offset_words(amount: int, unit: str) -> str:
    """"2 days before", "the same year as"."""
    if amount == 0:
        return f"the same {unit} as"
    plural = "s" if abs(amount) != 1 else ""
    return f"{abs(amount)} {unit}{plural} {'after' if amount > 0 else 'before'}"


def _describe_anchor(anchor: Period, kind: str) -> str:
    what = "the article date" if kind == "dct" else "the last mentioned date"
    return f"{what} {timex_value(anchor)}"


def _with_time(value: str, part: str | None, clock: str | None) -> tuple[str, str | None]:
    if clock:
        return f"{value}T{clock}", "time"
    if part:
        return f"{value}T{part}", "time"
    return value, None


def _resolve_shift(s: Shift, anchor: Period | None, kind: str) -> Resolved:
    if s.unit in _PER_DAY:  # hours ago: the day they reach back to (78 hours: 3 days)
        s = replace(s, unit="day", amount=int(s.amount / _PER_DAY[s.unit]))
    elif s.unit == "fortnight":
        s = replace(s, unit="week", amount=2 * s.amount)
    # ``granularity`` caps the output: "a decade ago" is a year, ten years back.
    capped = s.granularity is not None and _coarser(s.unit, s.granularity)
    granularity = s.granularity if capped else s.unit
    if anchor is None:
        unknown = placeholder(granularity)
        return Resolved(unknown, granularity, None, "unresolved",
                        f"{_offset_words(s.amount, s.unit)} an unknown date: no article date and "
                        "no date mentioned before")
    if s.unspecified:  # "the week": a week of the anchor's year, which one is not said
        return Resolved(partial(period_of(anchor.start, "year"), s.unit), s.unit, None, kind,
                        f"some {s.unit} of the year of {_describe_anchor(anchor, kind)}")
    if kind == "dct" and s.dct_amount is not None:
        s = replace(s, amount=s.dct_amount)
    if s.keep and kind == "narrative" and anchor.granularity in s.keep_granularities:
        moved = _move_keeping(anchor, s.unit, s.amount)
        gran = anchor.granularity
    elif s.unit == "weekend":
        week = shift(anchor, "week", s.amount)
        moved = Period(week.start + timedelta(days=5), week.end, "week")
        value = timex_value(moved) + "-WE"
        return Resolved(value, "week", moved, kind,
                        f"the weekend of the week {_offset_words(s.amount, 'week')} {_describe_anchor(anchor, kind)}")
    elif _coarser(anchor.granularity, s.unit):
        value = partial(anchor, granularity)
        return Resolved(value, granularity, None, kind,
                        f"{_offset_words(s.amount, s.unit)} {_describe_anchor(anchor, kind)}, "
                        f"which is not precise to the {s.unit}")
    elif capped:
        moved = _move_keeping(period_of(anchor.start, granularity), s.unit, s.amount)
        gran = granularity
    else:
        moved = shift(anchor, s.unit, s.amount)
        gran = granularity
    value, time_gran = _with_time(timex_value(moved), s.part, s.clock)
    return Resolved(value, time_gran or gran, moved, kind,
                    f"{_offset_words(s.amount, s.unit)} {_describe_anchor(anchor, kind)}")


_PER_DAY = {"hour": 24, "minute": 24 * 60, "second": 24 * 3600}
_ORDER = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century")


def _coarser(granularity: str, unit: str) -> bool:
    if unit not in _ORDER:
        return False
    return _ORDER.index(granularity) > _ORDER.index(unit)


def _move_keeping(anchor: Period, unit: str, amount: int) -> Period:
    if unit in ("day", "week"):
        days = amount * (7 if unit == "week" else 1)
        return period_of(anchor.start + timedelta(days=days), anchor.granularity, anchor.season)
    months = {"month": 1, "quarter": 3, "season": 12, "half": 6, "year": 12, "decade": 120,
              "century": 1200}[unit] * amount
    index = anchor.start.year * 12 + anchor.start.month - 1 + months
    year, month = divmod(index, 12)
    day = min(anchor.start.day, 28 if month == 1 else 30)
    return period_of(date(year, month + 1, day), anchor.granularity, anchor.season)


def _resolve_calendar(c: CalendarRef, anchor: Period | None, kind: str, tense: str) -> Resolved:
    direction, why = c.direction, "said so in the text"
    if direction == "tense":  # no tense cue: weekdays look back, months take the nearest
        weekday = (c.weekday is not None and c.nth is None) or c.weekend
        direction = tense if tense != "none" else ("past" if weekday else "nearest")
        why = f"{tense} tense" if tense != "none" else "no tense cue"
    if c.century is not None:
        start = date(max(c.century * 100, 1), 1, 1)
        period = Period(start, date(c.century * 100 + 99, 12, 31), "century")
        return Resolved(f"{c.century:02d}", "century", period, "absolute", "a century")
    if c.decade is not None:
        period = period_of(date(c.decade, 1, 1), "decade")
        return Resolved(timex_value(period), "decade", period, "absolute", "a decade")
    if c.year is not None:
        if c.base.startswith("report") and anchor is not None and anchor.granularity == "quarter":
            c = replace(c, quarter=(anchor.start.month - 1) // 3 + 1)  # "the 1988 period"
        period = calendar_period(c, c.year)
        return _finish(c, period, "absolute", "written in full")
    if (c.quarter is not None and c.base.startswith("report") and kind == "narrative"
            and anchor is not None and anchor.granularity == "quarter"):  # noqa: PLR0916
        # "the quarter ended Sept. 30" after "the fiscal first quarter": the reported quarter,
        # named as the company counts it; without one, the calendar quarter of the date.
        return _finish(c, anchor, kind, f"the quarter being reported, "
                       f"{_describe_anchor(anchor, kind)}")
    if (c.weekday is not None and c.nth is None) or c.weekend:
        return _resolve_weekday(c, anchor, kind, direction, why)
    if anchor is None or anchor.granularity in ("decade", "century"):
        return Resolved(unresolved_value(c), None, None, "unresolved",
                        "no year is written and there is no date precise to the year to "
                        "take it from")
    if c.year_offset is not None:
        period = calendar_period(c, anchor.start.year + c.year_offset)
        return _finish(c, period, kind, f"year {c.year_offset:+d} from "
                       f"{_describe_anchor(anchor, kind)}")
    if c.day is not None and c.month is None:  # "April 24 and [25]": the anchor's month
        if anchor.granularity not in ("day", "time", "month"):
            return Resolved(f"XXXX-XX-{c.day:02d}", None, None, "unresolved",
                            "a day of the month with no month-precise date to take the month from")
        c = replace(c, year=None, month=anchor.start.month)
        return _finish(c, calendar_period(c, anchor.start.year), kind,
                       f"the month of {_describe_anchor(anchor, kind)}")
    if (c.month is None and c.quarter is None and c.half is None and c.season is None  # noqa
            and c.easter is None):
        return Resolved("XXXX", "year", None, "unresolved", "nothing to resolve")
    year = anchor.start.year
    candidates = [p for y in (year - 1, year, year + 1) if (p := calendar_period(c, y))]
    if not candidates:
        return Resolved(unresolved_value(c), None, None, "unresolved", "no such date")
    if c.within is not None:  # "as Easter week began" on its Monday: the weeks, not the holidays, are compared
        candidates = [period_of(p.start, c.within) for p in candidates]
    period = choose(candidates, anchor, direction)
    where = _WHERE.get(direction, "nearest to")
    return _finish(c, period, kind, f"the one {where} {_describe_anchor(anchor, kind)} ({why})")


def _finish(c: CalendarRef, period: Period | None, kind: str, how: str) -> Resolved:
    if period is None:
        return Resolved(unresolved_value(c), None, None, "unresolved", "no such date")
    if c.within is not None:  # "the week of March 6": the week that holds the date
        period = period_of(period.start, c.within)
        how = f"the {c.within} holding {how}"
    value, time_gran = _with_time(timex_value(period), c.part, c.clock)
    return Resolved(value, time_gran or period.granularity, period, kind, how)


def _resolve_weekday(c: CalendarRef, anchor: Period | None, kind: str,
                     direction: str, why: str = "") -> Resolved:
    weekday = 6 if c.weekend else c.weekday
    if anchor is None or anchor.granularity not in ("day", "time"):
        value = "XXXX-WXX-WE" if c.weekend else f"XXXX-WXX-{weekday}"
        return Resolved(value, None, None, "unresolved",
                        "a weekday with no day-precise date to count from")
    day = anchor.start
    back = (day.isoweekday() - weekday) % 7  # days back to the latest such weekday
    ahead = (weekday - day.isoweekday()) % 7
    if direction == "past":
        delta = -back
    elif direction == "before":
        delta = -(back or 7)
    elif direction == "future":
        delta = ahead
    elif direction == "after":
        delta = ahead or 7
    else:
        delta = -back if back <= ahead else ahead
    chosen = day + timedelta(days=delta)
    name = "the weekend" if c.weekend else _WEEKDAY_NAMES[weekday - 1]
    where = _WHERE.get(direction, "nearest to")
    how = f"the {name} {where} {_describe_anchor(anchor, kind)} ({why or direction})"
    if c.weekend:
        week = period_of(chosen, "week")
        period = Period(chosen, chosen + timedelta(days=1), "week")
        return Resolved(timex_value(week) + "-WE", "week", period, kind, how)
    value, time_gran = _with_time(chosen.isoformat(), c.part, c.clock)
    return Resolved(value, time_gran or "day", Period(chosen, chosen, "day"), kind, how)
