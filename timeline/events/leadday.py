"""The story's day from the lead sentence's words when none of its events holds it (issue 12, point 3).

"India beat Pakistan on Thursday to regain the title": the day is in the lead sentence, but its
happening is not one of the events (:func:`lead_day`); the story is of that day
(:func:`timeline.events.dating.story_day` checks how far back it is). A lead told through a report
dated by the report's own words ("..., a watchdog said yesterday") is a story of the day of that
saying: its later sayings are of that day too (:func:`told_through_report`, :func:`lead_story`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline.events.candidates import Candidate
from timeline.events.clauses import tokenize
from timeline.events.datewords import load_date_words
from timeline.events.dating import in_past_perfect, story_day
from timeline.events.openingsaying import opening_saying_day
from timeline.model import Event, Sentence, TimeExpression

__all__ = ["dated_saying", "lead_day", "lead_story", "leading_saying_day", "may_lead", "opening_story",
           "said_today", "told_through_report"]

_NOT_LEADS = ("rel", "sub", "comp")  # clause kinds whose happening is not the lead's ("showing that ...")


def lead_day(text: str, times: Sequence[TimeExpression], drafts: Sequence[tuple[Candidate, TimeExpression | None]],
             last: Event, dct) -> Event | None:
    """"India beat Pakistan on Thursday to regain the title and earn a place at the 2016
    Olympics": when no event of the lead sentence makes the story's day (its happening is not one
    of them), its first day outside quotes does, unless the lead is a report ("..., police said") or
    in the past perfect (:func:`timeline.events.dating.story_day` checks how far back it is); a
    report whose saying is dated ("..., police said on Tuesday") makes the day of that saying."""
    if any(in_past_perfect(text, c, whole_clause=True) for c, _ in drafts):
        return None
    said = next((t for c, _ in drafts if c.report is not None for t in times
                 if _a_day(t) and _dates_report(text, c, t)), None)
    if said is not None:
        return story_day(_dated(last, said), dct)
    if any(c.report is not None or c.cue.reporting is not None for c, _ in drafts):
        return None
    quoted = {t.start for t in tokenize(text, last.sentence.start, last.sentence.end) if t.quoted}
    day = next((t for t in times if t.type in ("DATE", "TIME") and _a_day(t) and t.start not in quoted), None)
    return None if day is None else story_day(_dated(last, day), dct)  # "last night"


def said_today(text: str, times: Sequence[TimeExpression], drafts: Sequence[tuple[Candidate, TimeExpression | None]],
               dct) -> bool:
    """Is the lead's only day that of its report, the article's own ("A cyclone battered the coast,
    officials said on Monday" in a Monday article)? Then the lead holds no happening's day: as after
    an undated lead, the first happening dated to a day before it makes the story's day.

    >>> from datetime import date
    >>> from timeline.events.candidates import sentence_candidates
    >>> from timeline.temporal import tag
    >>> def today(text):
    ...     found = sentence_candidates(text, 0, len(text))
    ...     return said_today(text, tag(text, date(2023, 5, 15)), [(c, None) for c in found], date(2023, 5, 15))
    >>> today("A cyclone killed six people on the coast, officials said on Monday.")
    True
    >>> today("A cyclone killed six people on the coast on Monday, officials said.")
    False
    """
    days = [t for t in times if _a_day(t)]
    return dct is not None and bool(days) and all(
        t.period_start == dct and any(c.report is not None and _dates_report(text, c, t) for c, _ in drafts)
        for t in days)


def _a_day(t: TimeExpression) -> bool:
    """Does ``t`` name one day ("on Tuesday", "at 6 a.m. on Sunday", "last night")?"""
    return t.granularity in ("day", "time") and t.period_start is not None and t.period_end == t.period_start


def _dated(event: Event, day: TimeExpression) -> Event:
    """``event`` dated to the day of ``day`` by its own words, to ask :func:`story_day` about."""
    return replace(event, time=day, date_source="explicit", date_value=day.period_start.isoformat(),
                   granularity="day", period_start=day.period_start, period_end=day.period_end)


def lead_story(text: str, candidate: Candidate, own: TimeExpression | None, times: Sequence[TimeExpression],
               event: Event, dct) -> tuple[Event | None, bool]:
    """The story's day made by the lead ``event`` (:func:`timeline.events.dating.story_day`) and
    whether it is told through a report (:func:`told_through_report`). When its own date makes
    none ("The bank will start operating on April 1, the lenders told journalists on Wednesday"
    in a Thursday article: a plan), the day of its dated saying does (:func:`dated_saying`): a story
    of that day, sayings and all."""
    story = story_day(event, dct)
    if story is not None or candidate.report is None:
        return story, told_through_report(text, candidate, own)
    said = next((t for t in times if t is not own and _a_day(t) and _dates_report(text, candidate, t)), None)
    story = None if said is None else story_day(_dated(event, said), dct)
    return story, story is None


def opening_story(text: str, sentence: Sentence, times: Sequence[TimeExpression], last: Event, dct,
                  story: Event | None, told: bool) -> tuple[Event | None, bool]:
    """The story's day and whether it is told through a report, after ``sentence``, one after an
    undated lead with no day before it (``story``, ``told``: as made so far, ``last``: its last
    event). When it tells a saying dated in its opening participle phrase ("Speaking at a
    briefing on Tuesday, the director said ...": :func:`timeline.events.openingsaying.opening_saying_day`),
    the story is of that day, later sayings and all, unless the day is too far back
    (:func:`timeline.events.dating.story_day`)."""
    if story is not None and story.sentence.start != sentence.start:
        return story, told  # the story's day was made before
    said = opening_saying_day(text, sentence.start, sentence.end, times)
    day = None if said is None else story_day(_dated(last, said), dct)
    return (story, told) if day is None else (day, False)


def told_through_report(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """Is the lead ``candidate`` told through a report whose day is the happening's, not the
    saying's? "Shelling killed five people on Sunday, governors said": yes, the later sayings
    about it are news of the article's day. "The shelling has stopped, governors said on Monday":
    no, the day is the saying's (:func:`dated_saying`), and the story's later sayings are of that
    day too.

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


def dated_saying(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """Does ``own`` date the reporting verb of ``candidate``, which comes after what it reports,
    rather than the happening: right before it ("..., the ministry yesterday said") or a few
    characters after it, before any comma ("..., officials said on Monday", "..., officials told
    reporters on Tuesday")? ``saying_gap`` (``dates.toml``, ``[story_day]``) bounds the characters
    between. A report that leads what it reports ("The ministry yesterday announced a campaign",
    "The opposition said yesterday that its candidate won") dates its own day only."""
    return own is not None and candidate.report is not None and _dates_report(text, candidate, own)


def may_lead(text: str, candidate: Candidate, own: TimeExpression | None, late: bool) -> bool:
    """May ``candidate`` make the story's day: a main clause not in the past perfect ("had decided
    on Saturday": background), not told through a report that leads it ("The opposition said
    yesterday that its candidate won": its content may be older), unless it comes ``late``, after
    an undated lead, and its saying is dated (:func:`leading_saying_day`)."""
    if late and leading_saying_day(text, candidate, own):
        return not in_past_perfect(text, candidate)  # "said on Tuesday that its profit had risen": the saying's day
    report = candidate.report
    return ((report is None or report.start > candidate.predicate.start)
            and candidate.predicate_clause.kind not in _NOT_LEADS
            and not in_past_perfect(text, candidate, whole_clause=True))


def leading_saying_day(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """Does ``own`` date the reporting verb of ``candidate`` that leads what it reports ("The
    lender said on Tuesday that its profit rose", "the ministry yesterday said that ...")?

    >>> from datetime import date
    >>> from timeline.events.candidates import sentence_candidates
    >>> from timeline.temporal import tag
    >>> def day(text):
    ...     times = tag(text, date(2025, 4, 29))
    ...     return leading_saying_day(text, sentence_candidates(text, 0, len(text))[0], times[0])
    >>> day("The insurer said on Monday that its profit rose."), day("The insurer said its profit rose on Monday.")
    (True, False)
    """
    report = candidate.report
    return (own is not None and report is not None and report.start < candidate.predicate.start
            and own.end <= candidate.predicate.start and _dates_report(text, candidate, own, leading=True))


def _dates_report(text: str, candidate: Candidate, own: TimeExpression, leading: bool = False) -> bool:
    report = candidate.report
    if report.start < candidate.predicate.start and not leading:
        return False  # "said yesterday that its candidate won": the report leads, its content may be older
    if own.end <= report.start:
        return text[own.end:report.start].strip() == ""
    if own.start < report.end:
        return False
    between = text[report.end:own.start]
    return len(between) <= load_date_words().saying_gap and not any(ch in between for ch in ",;:\"\n")
