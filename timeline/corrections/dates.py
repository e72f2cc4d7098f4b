"""A corrected date: a TIMEX3 value (``2025-04-26``, ``2025-04``, ``2025-W17``, ``2025-Q2``,
``2025-H1``, ``2025-SU``, ``2024``, ``202`` for a decade) or a range ``START/END`` of two days.

>>> parse_date("2025-W17")
Period(start=datetime.date(2025, 4, 21), end=datetime.date(2025, 4, 27), granularity='week', season=None)
>>> parse_date("2025-04-01/2025-04-20").granularity
'day'
>>> parse_date("April 2025")
Traceback (most recent call last):
...
ValueError: 'April 2025' is not a date value (2025-04-26, 2025-04, 2025-W17, 2025-Q2, 2024, or START/END)
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.calendar import Period, period_of, timex_value

__all__ = ["date_value", "parse_date"]

_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?|(?P<decade>\d{3})")
_HELP = "2025-04-26, 2025-04, 2025-W17, 2025-Q2, 2024, or START/END"


def parse_date(value: str) -> Period:
    """The period a corrected date names; ValueError (quoting it) when it is not one."""
    text = str(value).strip()
    try:
        if "/" in text:
            first, _, last = text.partition("/")
            start, end = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
            if end < start:
                raise ValueError("the range ends before it starts")
            return Period(start, end, "day")
        return _single(text)
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a date value ({_HELP})") from exc


def _single(text: str) -> Period:
    m = _VALUE.fullmatch(text)
    if m is None:
        raise ValueError(text)
    if m["decade"]:
        return period_of(date(int(m["decade"]) * 10, 1, 1), "decade")
    year = int(m["year"])
    if m["day"]:
        return period_of(date(year, int(m["month"]), int(m["day"])), "day")
    if m["month"]:
        return period_of(date(year, int(m["month"]), 1), "month")
    if m["week"]:
        return period_of(date.fromisocalendar(year, int(m["week"]), 1), "week")
    if m["quarter"]:
        return period_of(date(year, 3 * int(m["quarter"]) - 2, 1), "quarter")
    if m["half"]:
        return period_of(date(year, 6 * int(m["half"]) - 5, 1), "half")
    if m["season"]:
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m["season"]]
        return period_of(date(year, month, 1), "season", m["season"])
    return period_of(date(year, 1, 1), "year")


def date_value(period: Period) -> str:
    """The canonical string of a corrected date (a range of days as ``START/END``).

    >>> date_value(parse_date("2025-04-01/2025-04-20")), date_value(parse_date("2025-Q2"))
    ('2025-04-01/2025-04-20', '2025-Q2')
    """
    if period.granularity == "day" and period.start != period.end:
        return f"{period.start.isoformat()}/{period.end.isoformat()}"
    return timex_value(period)
