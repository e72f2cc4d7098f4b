"""Lists and ranges of dates: one happening over several days, months or years.

"on Thursday and Friday", "on July 16, 17 and 18", "June 17-18", "from 2019 to 2022", "1957-58":
the tagger finds each date of the list by itself; the event they date lasts from the first to
the last. The words that join them are data (``rules/en/dates.toml``, ``[day_lists]``).

>>> from timeline.model import TimeExpression
>>> def day(s, e, d): return TimeExpression(s, e, "", "DATE", d.isoformat(), "day", d, d)
>>> text = "on Thursday and Friday"
>>> thu, fri = day(3, 11, date(2025, 4, 24)), day(16, 22, date(2025, 4, 18))
>>> through(text, thu, [thu, fri])
datetime.date(2025, 4, 25)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.events.datewords import load_date_words
from timeline.model import TimeExpression

__all__ = ["since", "stretched", "through"]

_DAY_AFTER_DASH = re.compile(r"\s*[-–]\s*(\d{1,2})(?!\d)")


@lru_cache(maxsize=2)
def _joiner(days: bool) -> re.Pattern:
    """Only joining words between two dates: a list's ("and", commas) for days, a range's for all."""
    rules = load_date_words()
    words = sorted(rules.range_joiners + (rules.list_joiners if days else ()), key=len, reverse=True)
    comma = r"|," if days else ""
    return re.compile(r"\s*,?\s*(?:" + "|".join(re.escape(w) for w in words) + comma + r")\s*\Z",
                      re.IGNORECASE)


def through(text: str, first: TimeExpression, times: Sequence[TimeExpression]) -> date | None:
    """The last day of the list or range that ``first`` opens (``times``: the dates of its
    sentence), or None when ``first`` stands alone. A later item of the same granularity counts
    when only a joining word stands between; a weekday resolved before the one it follows is the
    next such day ("Thursday and Friday" in a week of plans)."""
    if first.period_end is None or first.granularity is None:
        return None
    current, end = first, None
    following = sorted((t for t in times if t.start >= first.end and t.period_end is not None),
                       key=lambda t: t.start)
    for item in following:
        joiner = _joiner(first.granularity == "day")
        if item.granularity != first.granularity or not joiner.match(text, current.end, item.start):
            break
        item_end = item.period_end
        if item_end < current.period_start:
            if first.granularity != "day" or (current.period_start - item_end).days >= 7:
                break
            item_end += timedelta(days=7)
        end, current = item_end, item
    if end is None and first.granularity == "day" and first.period_end is not None:
        dash = _DAY_AFTER_DASH.match(text, first.end)
        if dash and first.period_end.day < int(dash.group(1)):
            try:
                end = first.period_end.replace(day=int(dash.group(1)))
            except ValueError:
                return None
    return end


def since(text: str, time: TimeExpression, dct: date | None) -> date | None:
    """The end of a period that starts at ``time`` and runs to the article date: "has held the
    town since March" (``dates.toml``, ``[since]``), or None when ``time`` does not open one or the
    article has no later date. The caller checks the tense (a state still running)."""
    if dct is None or time.period_start is None or time.period_start > dct:
        return None
    before = " ".join(text[max(0, time.start - 20) : time.start].lower().split())
    return dct if any(before == w or before.endswith(" " + w) for w in load_date_words().since) else None


def stretched(text: str, when, times: Sequence[TimeExpression], dct: date | None, present: Callable[[], bool]):
    """``when`` (an explicit ``EventDate``) with its end moved to the last day of the list or range
    its date opens ("on Thursday and Friday", "from 2019 to 2022"), and, for a clause in the present
    (``present()``, asked only then), to the article date when the date opens a period still running ("has held ...
    since March"); ``when`` itself when neither applies."""
    if when.source != "explicit" or when.time is None or when.end is None:
        return when
    last = through(text, when.time, times)
    if last is not None and last > when.end:
        when = replace(when, end=last, resolution=f"{when.resolution}; a list or range through {last}")
    running = since(text, when.time, dct) if present() else None
    if running is not None and when.end is not None and running > when.end:
        when = replace(when, end=running, resolution=f"{when.resolution}; a period since then, to the article date")
    return when
