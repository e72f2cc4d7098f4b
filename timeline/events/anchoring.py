"""Dates anchored on another happening: "two months after X", "a day before X".

In "Rubio spoke on Friday, two months after Trump imposed tariffs", the length of time before
"after" measures back from the happening of the clause it stands in (Friday) to the happening the
"after" clause names: the tariffs are two months before Friday, at the precision of the unit (a
month). "before" measures forward. The words are data (``rules/en/dates.toml``, ``[anchored]``).

>>> shifted(date(2025, 9, 12), "P2M", -1)
(datetime.date(2025, 7, 12), 'month')
>>> period(date(2025, 7, 12), "month")
('2025-07', datetime.date(2025, 7, 1), datetime.date(2025, 7, 31))
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from timeline.events.candidates import Candidate
from timeline.events.datewords import load_date_words
from timeline.events.dating import EventDate
from timeline.model import Event, TimeExpression

__all__ = ["NARRATIVE", "WRITTEN_IN_FULL", "anchored_date", "from_previous", "on_happening", "overlaps", "period",
           "shifted"]

# the anchor of a date written in full ("June 2021"): the model's default; any other date was
# resolved against something, and an anchored clause ("ten months after X in January") knows better
WRITTEN_IN_FULL = TimeExpression(0, 0, "", "", "").anchor

NARRATIVE = "narrative"  # the tagger's anchor for "the next day", "later that day": the last date mentioned

_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?\Z")
_MOST_PRECISE = ("day", "week", "month", "year")


def shifted(day: date, value: str, sign: int) -> tuple[date, str] | None:
    """``day`` moved by the TIMEX3 duration ``value`` (``sign`` -1: back), and the granularity of
    the duration's smallest unit (hours count as a day); None for a value it cannot read."""
    match = _DURATION.match(value)
    if match is None or not any(match.groups()):
        return None
    years, months, weeks, days, hours, minutes = (int(g) if g else 0 for g in match.groups())
    delta = relativedelta(years=years, months=months, weeks=weeks, days=days)
    moved = day + sign * delta + sign * timedelta(hours=hours, minutes=minutes)
    moved = moved if isinstance(moved, date) else moved.date()
    units = (days or hours or minutes, weeks, months, years)
    granularity = next(g for g, n in zip(_MOST_PRECISE, units, strict=True) if n) if any(units) else "day"
    return moved, granularity


def period(day: date, granularity: str) -> tuple[str, date, date]:
    """The TIMEX3 value and the first and last day of the ``granularity`` period holding ``day``."""
    if granularity == "year":
        return f"{day.year:04d}", date(day.year, 1, 1), date(day.year, 12, 31)
    if granularity == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1), day.replace(day=last)
    if granularity == "week":
        year, week, weekday = day.isocalendar()
        monday = day - timedelta(days=weekday - 1)
        return f"{year:04d}-W{week:02d}", monday, monday + timedelta(days=6)
    return day.isoformat(), day, day


def anchored_date(text: str, candidate: Candidate, durations: Sequence[TimeExpression],
                  anchor: date | None, anchor_label: str) -> EventDate | None:
    """The date of a clause opened by "after"/"before" right after a length of time ("two months
    after Trump imposed ...", "Five days after the quake struck, ..."), measured from ``anchor``,
    the day of the clause the length stands in
    (``anchor_label`` says where that day comes from); None when the clause is not so anchored."""
    clause = candidate.clauses[0]
    if clause.kind != "sub" or anchor is None:
        return None
    words = load_date_words()
    length = next((d for d in durations if d.start == clause.start), None)  # "Five days after X struck, ..."
    at = clause.start if length is None else length.end
    opening = text[at : at + 20].lstrip().lower()
    found = next(((w, s) for ws, s in ((words.anchors_after, -1), (words.anchors_before, 1))
                  for w in ws if opening.startswith(w + " ")), None)
    if found is None:
        return None
    if length is None:  # "..., two months after X": the length right before the clause
        before = text[: clause.start].rstrip(" ,")
        length = next((d for d in durations if d.end == len(before)), None)
    moved = shifted(anchor, length.value, found[1]) if length is not None else None
    if moved is None:
        return None
    value, start, end = period(*moved)
    why = f"'{length.text} {found[0]}' {anchor_label} ({anchor.isoformat()}): {value}"
    return EventDate(None, "inherited", why, value, moved[1], start, end)


def from_previous(text: str, own: TimeExpression, previous: Event) -> EventDate | None:
    """"A day earlier, ...", "Four days later, ...": a length of time counted from the happening
    told just before (``previous``, the last event with a date), not from the last date the text
    happened to mention (in a quote, a relative clause). None unless ``own`` is a length followed
    by one of the words of ``dates.toml`` ``[from_previous]``."""
    if own.point_value is None or own.type != "DURATION" or previous.period_start is None:
        return None
    words = load_date_words()
    after = " ".join(text[own.end : own.end + 20].lower().split())
    sign = next((s for ws, s in ((words.later, 1), (words.earlier, -1)) for w in ws
                 if after == w or after.startswith((w + " ", w + ","))), 0)
    moved = shifted(previous.period_start, own.value, sign) if sign else None
    if moved is None:
        return None
    value, start, end = period(*moved)
    why = f"'{own.text}' from the happening told before it ({previous.date_value}): {value}"
    return EventDate(own, "explicit", why, value, moved[1], start, end)


def on_happening(own: TimeExpression, mentioned: Sequence[TimeExpression], previous: Event,
                 sentence_start: int) -> EventDate | None:
    """"later that day", "the next day": the tagger counts from the last date the text mentioned
    (``mentioned``: the dates before ``own``), which may only name a noun ("18 days before the
    August 8 polls") or a plan; the day is counted from the happening told before it
    (``previous``, the last dated event of the narrative) instead. None when ``own`` is not such a
    day, the mentioned date cannot be found or stands in the same sentence (from
    ``sentence_start``: "on August 14, and India ... the next day" counts from it), or both agree."""
    if (own.anchor != NARRATIVE or own.type != "DATE" or own.granularity != "day"
            or own.period_start is None or previous.granularity != "day" or previous.period_start is None):
        return None
    last = next((t for t in reversed(mentioned) if t.end <= own.start and t.type == "DATE"
                 and t.granularity == "day" and t.period_start is not None), None)  # from the end: no rescan
    if last is None or last.start >= sentence_start or last.period_start.isoformat() not in own.explanation:
        return None
    offset = own.period_start - last.period_start
    if last.period_start == previous.period_start:
        return None
    day = previous.period_start + offset
    why = (f"'{own.text}': counted from the happening told before it ({previous.date_value}), "
           f"not from the last date mentioned ({last.text}): {day.isoformat()}")
    return EventDate(own, "explicit", why, day.isoformat(), "day", day, day)


def overlaps(when: EventDate, own: TimeExpression) -> bool:
    """Do the anchored period ``when`` and the event's own date ``own`` (resolved without the
    anchor) overlap ("two weeks after gunmen killed 26 people on April 22": its own day agrees)?"""
    return (own.period_start is not None and own.period_end is not None and when.start is not None
            and when.end is not None and own.period_start <= when.end and when.start <= own.period_end)
