"""The story's day from the lead sentence's words when none of its events holds it (issue 12, point 3).

"India beat Pakistan on Thursday to regain the title": the day is in the lead sentence, but its
happening is not one of the events (:func:`lead_day`); the story is of that day
(:func:`timeline.events.dating.story_day` checks how far back it is).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline.events.candidates import Candidate
from timeline.events.clauses import tokenize
from timeline.events.dating import in_past_perfect, story_day
from timeline.model import Event, TimeExpression

__all__ = ["lead_day"]


def lead_day(text: str, times: Sequence[TimeExpression], drafts: Sequence[tuple[Candidate, TimeExpression | None]],
             last: Event, dct) -> Event | None:
    """"India beat Pakistan on Thursday to regain the title and earn a place at the 2016
    Olympics": when no event of the lead sentence makes the story's day (its happening is not one
    of them), its first day outside quotes does, unless the lead is a report ("..., police said") or
    in the past perfect (:func:`timeline.events.dating.story_day` checks how far back it is)."""
    if any(c.report is not None or c.cue.reporting is not None or in_past_perfect(text, c, whole_clause=True)
           for c, _ in drafts):
        return None
    quoted = {t.start for t in tokenize(text, last.sentence.start, last.sentence.end) if t.quoted}
    day = next((t for t in times if t.type in ("DATE", "TIME") and t.granularity in ("day", "time") and t.period_start
                is not None and t.period_end == t.period_start and t.start not in quoted), None)  # "last night"
    return None if day is None else story_day(replace(
        last, time=day, date_source="explicit", date_value=day.period_start.isoformat(), granularity="day",
        period_start=day.period_start, period_end=day.period_end), dct)
