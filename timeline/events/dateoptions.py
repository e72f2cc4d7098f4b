"""The dates an event could take: the options the date ranker chooses among (issue 12, point 3).

For one event, :func:`date_options` lists every date its context offers, each with where it comes
from (its ``kind``):

- ``own_clause``: a date expression inside the event's own clauses (source ``explicit``);
- ``same_sentence``: a date expression of the rest of its sentence (``inherited``);
- ``earlier_sentence``: a date expression of an earlier sentence of its paragraph (``inherited``);
- ``previous_event``: the date of the event the narrative is at, or of the last dated one (``inherited``);
- ``article_date``: the article date, only for a report of the day (``article_date``, uncertain);
- ``none``: undated;
- ``other_rule``: the date the hand rules of :mod:`timeline.events.dating` chose, when no other option
  gives that period (an anchored "two months after X", "told the briefing").

A past event's option whose period runs past the article date ("earlier this month") is cut at
the article date (``clipped``), as the rules cut theirs (the corpus gold's convention, kept by
the lead). The rules' choice is marked on every
option that gives its period (``agrees``). Nothing here decides: :mod:`timeline.events.datescore`
ranks the options by :mod:`timeline.events.datefeatures`.

>>> from timeline.events.dating import EventDate
>>> rule = EventDate(None, "none", "undated", "", None, None, None)
>>> [o.kind for o in date_options("", None, None, rule, (), (), (), ())]
['none']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from timeline.events.candidates import Candidate
from timeline.events.dating import EventDate
from timeline.events.ranges import through
from timeline.model import Event, TimeExpression

__all__ = ["ARTICLE", "BEFORE", "KINDS", "NONE", "OWN", "PREVIOUS", "RULE", "SENTENCE", "DateOption", "date_options"]

OWN, SENTENCE, BEFORE, PREVIOUS, ARTICLE, NONE, RULE = (
    "own_clause", "same_sentence", "earlier_sentence", "previous_event", "article_date", "none", "other_rule")
KINDS = (OWN, SENTENCE, BEFORE, PREVIOUS, ARTICLE, NONE, RULE)
_BEFORE_MAX = 3  # dates of earlier sentences of the paragraph offered, the nearest first


@dataclass(frozen=True, slots=True)
class DateOption:
    """One date an event could take: where it comes from (:data:`KINDS`), the date itself, the
    expression that gives it (None for an event's, the article's or no date), whether it is cut at
    the article date, how many options of its kind are nearer the event (0: the nearest), the
    event it comes from (``previous_event``), and whether the rules chose that period (``agrees``)."""

    kind: str
    when: EventDate
    time: TimeExpression | None = None
    clipped: bool = False
    rank: int = 0
    event: Event | None = None
    agrees: bool = False

    @property
    def period(self) -> tuple[date | None, date | None]:
        """The first and last day of the option (None, None when undated)."""
        return self.when.start, self.when.end


def _from_time(text: str, kind: str, t: TimeExpression, sentence_times: Sequence[TimeExpression],
               rank: int) -> DateOption:
    """The option of a date expression: its own period, through the list or range it opens."""
    value, gran = t.point_value or t.value, t.granularity
    start, end = t.period_start, t.period_end
    last = through(text, t, sentence_times) if kind != BEFORE else None
    if last is not None and end is not None and last > end:
        end = last  # "on Thursday and Friday": the whole list
    if kind == OWN:
        when = EventDate(t, "explicit", t.explanation or f"'{t.text}' = {value}", value, gran, start, end)
    else:
        where = "its sentence" if kind == SENTENCE else "an earlier sentence of its paragraph"
        when = EventDate(t, "inherited", f"no date of its own: the date of {where}, '{t.text}' = {value}",
                         value, gran, start, end)
    return DateOption(kind, when, t, rank=rank)


def _from_event(event: Event, rank: int) -> DateOption:
    """The option of the date of an earlier event."""
    when = EventDate(None, "inherited", f"no date of its own: the date of the event it follows "
                     f"({event.date_value})", event.date_value, event.granularity,
                     event.period_start, event.period_end)
    return DateOption(PREVIOUS, when, rank=rank, event=event)


def date_options(text: str, dct: date | None, candidate: Candidate | None, rule: EventDate,
                 sentence_times: Sequence[TimeExpression], before_times: Sequence[TimeExpression],
                 events: Sequence[Event | None], past: Sequence[bool] = (), of_the_day: bool = False,
                 ) -> list[DateOption]:
    """The dates ``candidate`` could take: the expressions of its clauses and of the rest of its
    sentence (``sentence_times``), those of earlier sentences of its paragraph (``before_times``,
    in text order), the dates of ``events`` (the narrative's current and last dated event), the
    article date ``dct`` when ``of_the_day`` (a report of the day), none, and the rules' choice
    ``rule``. ``past`` (one flag, optional): the event is a past happening, whose options running
    past the article date are cut at it."""
    options: list[DateOption] = []
    if candidate is not None:
        pivot = candidate.predicate.start
        near = sorted(sentence_times, key=lambda t: abs(t.start - pivot))
        ranks: dict[str, int] = {}
        for t in near:  # the nearest to the predicate first: its rank among its kind
            kind = OWN if any(c.start <= t.start and t.end <= c.end for c in candidate.clauses) else SENTENCE
            options.append(_from_time(text, kind, t, sentence_times, ranks.get(kind, 0)))
            ranks[kind] = ranks.get(kind, 0) + 1
    for rank, t in enumerate(reversed(before_times[-_BEFORE_MAX:])):
        options.append(_from_time(text, BEFORE, t, sentence_times, rank))
    seen_events: set[str] = set()
    for event in events:
        if event is not None and event.period_start is not None and event.event_id not in seen_events:
            options.append(_from_event(event, len(seen_events)))
            seen_events.add(event.event_id)
    if of_the_day and dct is not None:
        options.append(DateOption(ARTICLE, EventDate(None, "article_date", (
            f"no date of its own; a report of the day: the article date {dct.isoformat()} (uncertain)"),
            dct.isoformat(), "day", dct, dct)))
    options.append(DateOption(NONE, EventDate(
        None, "none", "no date in its clause or a clause linked to it: undated", "", None, None, None)))
    if any(past) and dct is not None:  # "earlier this month": a past event cannot end after the article date
        options = [replace(o, when=replace(o.when, end=dct), clipped=True) if o.when.start is not None
                   and o.when.end is not None and o.when.start <= dct < o.when.end else o for o in options]
    if rule.time is not None:  # the rules' own reading of an expression (its list, its year) stands for it
        options = [replace(o, when=rule) if o.time is not None and (o.time.start, o.time.end)
                   == (rule.time.start, rule.time.end) and o.kind == OWN else o for o in options]
    rule_period = (rule.start, rule.end)
    if not any(o.period == rule_period for o in options):
        options.append(DateOption(RULE, rule))
    return [replace(o, agrees=o.period == rule_period) for o in options]
