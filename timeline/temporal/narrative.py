"""The narrative: which date an expression without its own year counts from, and where to.

The tagger keeps the last mentioned date (the narrative date) and the way the narrative last
moved; these pure functions decide how a new expression relates to them. Nothing here knows
English: the words that say "previous" or "following" are rules' data.
"""

from __future__ import annotations

from dataclasses import replace

from .calendar import Period
from .values import CalendarRef, Pending, Shift

__all__ = ["COARSE", "FINE", "in_narrative", "narrative_anchor", "restates", "step"]

COARSE = ("decade", "century")  # granularities that anchor only decades and centuries
FINE = ("day", "time", "month")  # granularities a news narrative's next date continues from
GRAIN = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century")


def narrative_anchor(pending: Pending, narrative: Period | None, precise: Period | None
                      ) -> Period | None:
    """The last mentioned date an expression counts from.

    A decade or a century anchors only what is counted in decades or centuries ("the following
    century"); a year, a month or a day ("the following year") counts from the last date precise
    to the year or finer, when there is one.
    """
    if narrative is None or narrative.granularity not in COARSE or precise is None:
        return narrative
    if isinstance(pending, Shift) and pending.unit in COARSE:
        return narrative
    return precise


def in_narrative(pending: Pending, forward: bool) -> Pending:
    """A month (or season, or day of a month) without a year in a history (a text without an
    article date, or whose dates so far all lie far from it) counts from the narrative date.

    While the narrative moves forward it takes the current narrative month or the next one of
    that name ("In December ... In January" is the next January); otherwise the year of the
    last mentioned date (HeidelTime's narrative mode). Past tense is the narrative's tense, not
    a step back. News, which names a date near its own, keeps the article date's year, chosen
    by tense.
    """
    if (isinstance(pending, CalendarRef) and pending.base == "dct" and pending.year is None
            and pending.year_offset is None and pending.weekday is None and not pending.weekend
            and (pending.month is not None or pending.season is not None)):
        if forward:
            return replace(pending, base="narrative", direction="onward")
        return replace(pending, base="narrative", year_offset=0)
    return pending


def restates(period: Period, narrative: Period | None) -> bool:
    """A coarser period holding the narrative date ("that year" after "September 1939") does not
    move the narrative: "the previous April" still counts from September."""
    return (narrative is not None and period.granularity != narrative.granularity
            and period.start <= narrative.start and narrative.end <= period.end
            and GRAIN.index(period.granularity) > GRAIN.index(narrative.granularity))


def step(previous: Period | None, period: Period, forward: bool | None) -> bool | None:
    """Which way the narrative moved with ``period``: later, earlier, or as before (overlap)."""
    if previous is None:
        return forward
    if period.start > previous.end:
        return True
    if period.end < previous.start:
        return False
    return forward
