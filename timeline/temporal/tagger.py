"""The tagging pipeline, a visible list of small steps.

1. ``scan`` (``scanner.py``): one pass finds the trigger words (a month, a unit, a digit...);
   at the word starts shortly before each, only the rules indexed under the text's first
   characters are tried, giving leftmost, non-overlapping candidate spans with their rule;
2. ``fields``: each candidate's groups are normalised through the data tables;
3. ``build``: the fields become an underspecified value (``values.py``);
4. ``resolve``: in document order, each value is grounded against the article date or the
   last mentioned date (``resolver.py``); the resolved dates become the next anchors, and in
   a history the narrative date (``narrative.py``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

from ..model import TimeExpression
from .anchor_date import as_date
from .calendar import Period, period_of
from .context import aside_at, looks_ahead, tense_at, tense_memo_clear
from .grammar import Grammar, load_grammar
from .narrative import COARSE, FINE, Story, in_narrative, narrative_anchor
from .resolver import resolve
from .scanner import Candidate, clear_scan_memo, lowered, scan, scan_tuples
from .values import CalendarRef, Pending, Shift

__all__ = ["Candidate", "clear_memo", "scan", "tag_text"]

# resolve() is pure: the same value, anchors and tense always give the same answer.
_resolve = lru_cache(maxsize=4096)(resolve)


def clear_memo() -> None:
    """Forget the memoised values, tenses and resolutions (benchmarks measure cold runs)."""
    clear_scan_memo()
    _resolve.cache_clear()
    tense_memo_clear()


def tag_text(text: str, dct: date | datetime | str | None = None, grammar: Grammar | None = None
             ) -> list[TimeExpression]:
    """Tag ``text`` (see :func:`timeline.temporal.tag`); ``dct`` is a ``date``, a ``datetime``
    or an ISO string, anything else a ``TypeError`` naming ``dct``."""
    dct = as_date(dct, "dct")
    grammar = grammar or load_grammar("en")
    story = Story()  # the dates told so far: the last mentioned, the narrative's own
    precise: Period | None = None  # the last mentioned date precise to the year or finer
    daily: Period | None = None  # the last mentioned date precise to the day
    report: Period | None = None
    year_to_date = False  # the last reported period is a year so far ("the nine months")
    # narrative mode: dates were mentioned, none of them near the article date (a history text)
    far = int(grammar.settings.get("narrative_distance_years", 0))
    dated = near = False
    reach = int(grammar.settings.get("narrative_reach_chars", 0))
    last_end = -reach - 1  # where the last dated expression ended
    found: list[TimeExpression] = []
    waiting: tuple[int, Pending] | None = None  # an amount counted from the next date
    low = lowered(text)  # what the rules' triggers and the context cues read
    for start, end, rule, _, pending, traits in scan_tuples(text, grammar, dct, low):
        mentioned = story.mentioned
        history = bool(far) and mentioned is not None and (dct is None or (dated and not near))
        if traits.history_only and not history:
            continue  # a history's word that news uses otherwise ("the spring")
        if traits.follows and not _follows(found, start, traits.follows, low, grammar):
            continue  # a listed day with no date of a day just before it
        aside = aside_at(low, start, grammar) if history else None
        anchor = mentioned  # what the rule's own words count from ("that month", "the next day")
        if history or (far and mentioned is not None and start - last_end <= reach
                       and mentioned.granularity in FINE
                       and abs(mentioned.start.year - dct.year) > far
                       and not _paragraph_between(text, last_end, start)):
            # a history; or, in news, a date just after one far from the article date in the
            # same paragraph ("on July 16, 1969. Four days later, on July 20"): the narrative's
            # year; a new paragraph of news is back at the article's time
            current = story.current or mentioned
            moved = in_narrative(pending, story.forward is True, aside == "back",
                                 story.weekly and current.granularity in ("day", "time"))
            if moved is not pending:
                pending, anchor = moved, current
        if (not history and far and mentioned is not None and getattr(pending, "base", "") == "narrative_day"
                and abs(mentioned.start.year - dct.year) > far and _paragraph_between(text, last_end, start)):
            anchor = None  # "At 8 a.m." opening a paragraph of news after "December 13, 1937": today's
        if history and traits.anaphoric and isinstance(pending, Shift):
            pending = replace(pending, base="narrative")  # "the end of the year": the story's
        if traits.reports_year:
            year_to_date = True
        # the tense is read only when it can matter: a date without its year or direction
        tense = (tense_at(low, start, end, grammar)
                 if isinstance(pending, CalendarRef) and pending.reads_tense else "none")
        result = _resolve(pending, dct, narrative_anchor(pending, anchor, precise, daily),
                          _report_year(report, dct) if year_to_date and _in_years(pending)
                          else report, tense)
        period = result.period
        timex_type = traits.type
        if result.granularity == "time" and timex_type == "DATE" and traits.may_be_time:
            timex_type = "TIME"
        value, point_value = result.value, None
        if traits.skip_partial and "X" in value:
            continue  # the rule names a day it cannot date ("that day" after a mere year)
        if traits.anchored:
            # "[two days] later": TimeML's DURATION P2D, landing on the day it names
            value, timex_type = _resolve(traits.amount, dct, None, None, "none").value, "DURATION"
            point_value = result.value if period is not None else None
            if traits.counts_from_next or (
                    traits.when_future and not looks_ahead(low, start, grammar)):
                point_value, period = None, None  # counted from what follows, or not ahead
                result = replace(result, anchor="absolute",  # a bare amount ("in ten years")
                                 explanation="an amount of time, not a point in time")
            if traits.counts_from_next:
                waiting = (len(found), pending)
        if period is not None and (timex_type in ("DATE", "TIME") or point_value):
            last_end = end
            copy = dct is not None and _is_dct(period, dct, result.anchor)  # a byline's "Friday, 26 July"
            story = story.told(period, aside is not None, bool(far) and (
                dct is None or not near) and not copy and _names_weekday(low, start, end, grammar))
            if period.granularity not in COARSE:
                precise = period
            if period.granularity in ("day", "time") and aside is None:
                daily = period
            if dct is not None:
                dated = True
                near = near or (abs(period.start.year - dct.year) <= far and not copy)
            if not _counted_from_report(pending):  # a new date ends the year-to-date comparison
                year_to_date = False
                if (period.granularity == "quarter" and (dct is None or period.end < dct)
                        and (report is None or period.start >= report.start)):
                    report = period  # a quarter already over is the one being reported
        surface = text[start:end]
        found.append(TimeExpression(
            start=start, end=end, text=surface, type=timex_type,
            value=value, granularity=result.granularity if period else None,
            period_start=period.start if period else None,
            period_end=period.end if period else None, rule=rule.id,
            anchor=result.anchor, explanation=f"{surface}: {result.explanation}",
            mod=traits.mod, point_value=point_value))
        if waiting is not None and period is not None and waiting[0] < len(found) - 1:
            found[waiting[0]] = _landed(found[waiting[0]], waiting[1], found[-1], period, grammar)
            waiting = None
    return found


def _names_weekday(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether an expression names its day by weekday ("Sunday, October 14"): a narrative told
    day by day, whose later bare weekdays count from it (the ``weekday_named`` cue; ``text``
    lower-cased)."""
    named = grammar.cues.get("weekday_named")
    return named is not None and named.search(text, start, end) is not None


def _landed(amount: TimeExpression, pending: Pending, after: TimeExpression, period: Period,
            grammar: Grammar) -> TimeExpression:
    """An amount counted from the date named right after it ("78 hours after [Saturday]'s
    quake") lands on the day it names; too far from it (beyond ``next_anchor_chars``) it stays
    a bare amount."""
    if after.start - amount.end > int(grammar.settings.get("next_anchor_chars", 16)):
        return amount
    landed = _resolve(pending, None, period, None, "none")
    if landed.period is None:
        return amount
    return replace(amount, point_value=landed.value, granularity=landed.granularity,
                   period_start=landed.period.start, period_end=landed.period.end,
                   anchor=landed.anchor,
                   explanation=f"{amount.text}: {landed.explanation} ({after.text})")




def _follows(found: list[TimeExpression], start: int, granularity: str, text: str,
             grammar: Grammar) -> bool:
    """Whether the expression at ``start`` continues a list after the last expression: a date of a ``follows``
    granularity, separated from it only by the ``list_gap`` cue (", ", " and "; ``text``
    lower-cased)."""
    gap = grammar.cues.get("list_gap")
    if not found or gap is None or found[-1].granularity != granularity:
        return False
    return gap.fullmatch(text, found[-1].end, start) is not None


def _in_years(pending: Pending) -> bool:
    """A value counted in years from the reported period ("a year earlier", "the 1988 period")."""
    if isinstance(pending, CalendarRef):
        return pending.base.startswith("report")
    return isinstance(pending, Shift) and pending.base.startswith("report") and pending.unit == "year"


def _report_year(report: Period | None, dct: date | None) -> Period | None:
    """The year of the reported period: what "a year earlier" compares a year-to-date total with."""
    day = report.start if report is not None else dct
    return period_of(day, "year") if day is not None else None


def _counted_from_report(pending: Pending) -> bool:
    """A year-ago quarter is counted from the reported one and does not replace it."""
    return isinstance(pending, Shift | CalendarRef) and pending.base.startswith("report")


def _paragraph_between(text: str, end: int, start: int) -> bool:
    """Does a new paragraph (a line break) open between ``end`` and ``start``?"""
    return text.find("\n", max(end, 0), start) >= 0


def _is_dct(period: Period, dct: date, anchor: str) -> bool:
    """Is ``period`` the article date written out, not counted from it ("By AFP, 27 December 2019
    | 9:51 am", but not "today" or "on Friday")? It says nothing of whether the text tells of its
    own time or of a history: a history's byline names the day it was published."""
    return anchor != "dct" and period.granularity in ("day", "time") and period.start == dct == period.end
