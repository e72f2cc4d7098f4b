"""The narrative: which date an expression without its own year counts from, and where to.

The tagger keeps the last mentioned date (the narrative date) and the way the narrative last
moved; these pure functions decide how a new expression relates to them. Nothing here knows
English: the words that say "previous" or "following" are rules' data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .calendar import Period
from .values import CalendarRef, Pending, Shift

__all__ = ["COARSE", "FINE", "Story", "in_narrative", "narrative_anchor", "restates", "step"]

COARSE = ("decade", "century")  # granularities that anchor only decades and centuries
FINE = ("day", "time", "month")  # granularities a news narrative's next date continues from
_DAILY = ("day", "week", "hour", "minute", "second")
GRAIN = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century")


def narrative_anchor(pending: Pending, narrative: Period | None, precise: Period | None,
                     daily: Period | None = None) -> Period | None:
    """The last mentioned date an expression counts from.

    A decade or a century anchors only what is counted in decades or centuries ("the following
    century"); a year, a month or a day ("the following year") counts from the last date precise
    to the year or finer, when there is one. Days and weeks counted from a coarser date ("on
    Saturday ... last year ... [two days] later") count from the last date precise to the day.
    """
    if (isinstance(pending, Shift) and pending.unit in _DAILY and pending.amount and daily
            is not None and narrative is not None and narrative.granularity not in ("day", "time")
            and pending.base != "dct"):
        return daily
    if narrative is None or narrative.granularity not in COARSE or precise is None:
        return narrative
    if isinstance(pending, Shift) and pending.unit in COARSE:
        return narrative
    return precise


def in_narrative(pending: Pending, forward: bool, back: bool = False, on_day: bool = False
                 ) -> Pending:
    """A month (or season, or day of a month) without a year in a history (a text without an
    article date, or whose dates so far all lie far from it) counts from the narrative date.

    While the narrative moves forward it takes the current narrative month or the next one of
    that name ("In December ... In January" is the next January); otherwise the year of the
    last mentioned date (HeidelTime's narrative mode). Past tense is the narrative's tense, not
    a step back; a flashback (``back``: "who had ignored warnings during the spring") takes the
    latest such month on or before the narrative date. A weekday counts from the narrative day
    (``on_day``: the narrative date names a day): the first such weekday on or after it, or on
    or before it in a flashback. News, which names a date near its own, keeps the article
    date's year, chosen by tense.
    """
    if not isinstance(pending, CalendarRef) or pending.base != "dct" or pending.year is not None:
        return pending
    if (pending.weekday is not None and pending.nth is None) or pending.weekend:
        if on_day and pending.direction == "tense":
            return replace(pending, base="narrative", direction="past" if back else "future")
        return pending
    if (pending.year_offset is None
            and (pending.month is not None or pending.season is not None)):
        if back:
            return replace(pending, base="narrative", direction="past")
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


@dataclass(frozen=True, slots=True)
class Story:
    """The dates a text has told so far.

    ``mentioned`` is the last date mentioned (what "that month", "the next day" count from);
    ``current`` the narrative's own date, which asides (flashbacks, flash-forwards) leave
    unmoved (what a month without a year counts from); ``forward`` the narrative's last step;
    ``weekly`` whether the narrative names its days by weekday ("On Sunday, October 14").
    """

    mentioned: Period | None = None
    current: Period | None = None
    forward: bool | None = None
    weekly: bool = False

    def told(self, period: Period, aside: bool, weekday_named: bool) -> Story:
        """The story after one more dated expression (``aside``: it leaves the narrative be)."""
        if period is self.mentioned and period is self.current and (self.weekly or not weekday_named):
            return self
        mentioned = self.mentioned if restates(period, self.mentioned) else period
        if aside or restates(period, self.current):
            return replace(self, mentioned=mentioned)
        return Story(mentioned, period, step(self.current, period, self.forward),
                     self.weekly or weekday_named)
