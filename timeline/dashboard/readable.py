"""Dates as people read them in the dashboard: ``202`` is "2020s", ``2025-09-02TAF`` is
"2025-09-02 afternoon". Every form still starts with its year, so a column of them sorts.

The canonical TIMEX3 value stays in the events table, the exports and the CLI; only what the
dashboard shows is rewritten.

>>> [readable_date(v) for v in ["2025-04-26", "2024", "2025-04", "202", "19", "2025-09-02TAF"]]
['2025-04-26', '2024', '2025-04', '2020s', '1900s', '2025-09-02 afternoon']
>>> [readable_date(v) for v in ["2025-W36", "1990-W32-WE", "2025-SU", "2025-Q3", "1916-H1"]]
['2025 week 36', '1990 week 32 weekend', '2025 summer', '2025 Q3', '1916 first half']
>>> [readable_date(v) for v in ["2025-04-26T14:30", "BC0049", "PAST_REF", ""]]
['2025-04-26 14:30', '49 BC', 'PAST_REF', '']
"""

from __future__ import annotations

import re

__all__ = ["readable_date"]

_PART_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASON = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_HALF = {"1": "first half", "2": "second half"}

_FORMS: list[tuple[re.Pattern, object]] = [
    (re.compile(r"(?P<y>\d{3})"), lambda m: f"{m['y']}0s"),
    (re.compile(r"(?P<c>\d{2})"), lambda m: f"{m['c']}00s"),
    (re.compile(r"(?P<d>\d{4}-\d{2}-\d{2})T(?P<p>MO|AF|EV|NI|DT)"),
     lambda m: f"{m['d']} {_PART_OF_DAY[m['p']]}"),
    (re.compile(r"(?P<d>\d{4}-\d{2}-\d{2})T(?P<t>\d{2}:\d{2})(?::\d{2})?"), lambda m: f"{m['d']} {m['t']}"),
    (re.compile(r"(?P<y>\d{4})-W(?P<w>\d{1,2})(?P<we>-WE)?"),
     lambda m: f"{m['y']} week {int(m['w'])}" + (" weekend" if m["we"] else "")),
    (re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)"), lambda m: f"{m['y']} {_SEASON[m['s']]}"),
    (re.compile(r"(?P<y>\d{4})-Q(?P<q>[1-4])"), lambda m: f"{m['y']} Q{m['q']}"),
    (re.compile(r"(?P<y>\d{4})-H(?P<h>[12])"), lambda m: f"{m['y']} {_HALF[m['h']]}"),
    (re.compile(r"BC(?P<y>\d{1,4})"), lambda m: f"{int(m['y'])} BC"),
]


def readable_date(value: str) -> str:
    """``value`` (a TIMEX3 value) in words where the code is not self-explaining."""
    if value[:4].isdigit() and (len(value) == 4 or (len(value) in (7, 10) and value[5:7].isdigit())):
        return value  # a year, a month or a day: most values, already readable
    for pattern, words in _FORMS:
        match = pattern.fullmatch(value)
        if match:
            return words(match)  # type: ignore[operator]
    return value
