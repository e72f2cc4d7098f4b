"""The story's day from the lead sentence's words when none of its events holds it (issue 12, point 3).

"India beat Pakistan on Thursday to regain the title": the day is in the lead sentence, but its
happening is not one of the events (:func:`lead_day`); the story is of that day
(:func:`timeline.events.dating.story_day` checks how far back it is). A lead told through a report
dated by the report's own words ("..., a watchdog said yesterday") is a story of the day of that
saying: its later sayings are of that day too (:func:`told_through_report`, :func:`may_lead`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline.events.candidates import Candidate
from timeline.events.clauses import tokenize
from timeline.events.dating import in_past_perfect, story_day
from timeline.events.datewords import load_date_words
from timeline.model import Event, TimeExpression

__all__ = ["dated_saying", "lead_day", "may_lead", "told_through_report"]


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


def told_through_report(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """Is the lead ``candidate`` told through a report whose day is the happening's, not the
    saying's? "Shelling killed five people on Sunday, governors said": yes, the later sayings
    about it are news of the article's day. "The shelling has stopped, governors said on Monday",
    "The ministry yesterday announced a campaign": no, the day is the saying's
    (:func:`dated_saying`), and the story's later sayings are of that day too.

    >>> from datetime import date
    >>> from timeline.events.candidates import sentence_candidates
    >>> from timeline.temporal import tag
    >>> def told(text):
    ...     times = tag(text, date(2025, 4, 29))
    ...     return told_through_report(text, sentence_candidates(text, 0, len(text))[0], times[0])
    >>> told("Shelling killed five people on Sunday, governors said.")
    True
    >>> told("The shelling has stopped, governors said on Monday.")
    False
    """
    return candidate.report is not None and not dated_saying(text, candidate, own)


def may_lead(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """May ``candidate`` make the story's day? Not content reported after its reporting verb
    ("Police said five people were killed"), unless its day is the saying's (:func:`dated_saying`)."""
    report = candidate.report
    return report is None or report.start > candidate.predicate.start or dated_saying(text, candidate, own)


def dated_saying(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """Does ``own`` date the reporting verb of ``candidate`` rather than what it reports: right
    before it ("the ministry yesterday announced", "Airtel on Wednesday said") or a few words after
    it, before any comma ("said on Monday", "told reporters on Tuesday", "said in a statement
    on Saturday")? The words allowed between are ``[dated_saying]`` in ``dates.toml``."""
    report = candidate.report
    if own is None or report is None:
        return False
    if own.end <= report.start:
        return text[own.end:report.start].strip() == ""
    if own.start < report.end:
        return False
    between = text[report.end:own.start]
    return len(between) <= load_date_words().saying_gap and not any(ch in between for ch in ",;:\"\n")
