"""Which year a month or day named without its year is in, when the tagger's guess is not the event's.

The date tagger resolves "in January" or "on March 7" against the article date (the nearest one)
or the last date mentioned. Two things it cannot see are the event's tense and a year expression
right after it: :func:`year_before` puts the date a year back when the tagger put it after the
article date and the event is told in a past tense ("a jury in January found him guilty" in a
November article); :func:`with_their_year` joins it to the year expression that follows ("in
October that year"). The tagger's rules of a date without its year are data
(``rules/en/dates.toml``, ``[past_tense_dates]``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from timeline.events.anchoring import NARRATIVE, period
from timeline.events.candidates import Candidate
from timeline.events.cues import is_past_form
from timeline.events.datewords import load_date_words
from timeline.model import TimeExpression

__all__ = ["plan_of_another", "with_range_year", "with_their_year", "year_before"]

_BY_ARTICLE_DATE = "dct"  # the date tagger's anchor of a date resolved against the article date
_WRITTEN = "absolute"  # the date tagger's anchor of a date written with its year


def with_their_year(text: str, times: list[TimeExpression],
                    last_before: Callable[[int], TimeExpression | None] | None) -> list[TimeExpression]:
    """"arrested in October that year", "on March 7 the same year": a month or day named without
    its year (``dates.toml``, ``[past_tense_dates]``) right before an expression of a year, or
    with a joining word between ("in July of that year"), is in that year; the two make one date.
    "that year" counts from the date mentioned before the month (``last_before``), not from the
    month itself."""
    if not any(u.granularity == "year" for u in times[1:]):
        return times  # nothing to join (the common case)
    rules, joiners = load_date_words().yearless_rules, ("", *load_date_words().year_joiners)
    out: list[TimeExpression] = []
    for t in times:
        year = next((u for u in times if u.granularity == "year" and u.period_start is not None
                     and t.end <= u.start and text[t.end : u.start].strip(" ,").lower() in joiners), None)
        if year is None or t.rule not in rules or t.period_start is None or t.granularity not in ("day", "month"):
            out.append(t)
            continue
        number = year.period_start.year
        if year.anchor == NARRATIVE:
            mentioned = last_before(t.start) if last_before is not None else None
            if mentioned is None or mentioned.period_start is None:
                out.append(t)
                continue
            number = mentioned.period_start.year
        try:
            day = t.period_start.replace(year=number)
        except ValueError:  # February 29
            out.append(t)
            continue
        value, start, end = period(day, t.granularity)
        out.append(replace(t, end=year.end, text=text[t.start : year.end], value=value, period_start=start,
                           period_end=end, explanation=f"{t.text} of '{year.text}' ({number}): {value}"))
    joined = {(u.start, u.end) for t in out for u in times if t.start < u.start and u.end == t.end}
    return [t for t in out if (t.start, t.end) not in joined]


def with_range_year(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """"between June and August 2020", "from June 15 to Aug. 20, 2020", "in May, June and July
    2019": a month or day named without its year (``dates.toml``, ``[past_tense_dates]``) that
    opens a list or range whose next item has its year (written, or taken so) takes that year (the
    year before when it falls after that item: "from December to March 2020"), not the one the
    tagger guessed from the article date. Only the words joining a list or range (``[day_lists]``)
    and commas may stand between the two."""
    if len(times) < 2:
        return times
    words = load_date_words()
    joiners = (*words.list_joiners, *words.range_joiners)
    out = list(times)
    for i in range(len(times) - 2, -1, -1):  # from the last: a list takes the year of its last item
        t, following = times[i], out[i + 1]
        if (t.rule not in words.yearless_rules or t.period_start is None or t.granularity not in ("day", "month")
                or following.period_start is None or following.granularity not in ("day", "month")
                or (following.anchor != _WRITTEN and following is times[i + 1])):
            continue
        between = text[t.end : following.start].replace(",", " ").lower().split()
        if len(between) > 1 or (between and between[0] not in joiners) or (not between and "," not in
                                                                             text[t.end : following.start]):
            continue
        last = following.period_start
        number = last.year - ((t.period_start.month, t.period_start.day) > (last.month, last.day))
        try:
            day = t.period_start.replace(year=number)
        except ValueError:  # February 29
            continue
        value, start, end = period(day, t.granularity)
        out[i] = replace(t, value=value, period_start=start, period_end=end,
                         explanation=f"{t.text}: of the list or range ending '{following.text}' ({number})")
    return out


def year_before(candidate: Candidate, t: TimeExpression, dct: date | None) -> TimeExpression:
    """"a jury in January found him guilty" in a November article: a month or day named without
    its year (the tagger's rules of ``dates.toml``, ``[past_tense_dates]``) that the tagger put
    after the article date is the one a year before when the event is told in a past tense."""
    if (dct is None or t.period_start is None or t.period_start <= dct or t.anchor != _BY_ARTICLE_DATE
            or t.rule not in load_date_words().yearless_rules or candidate.status == "planned"
            or candidate.cue.pos != "verb" or not is_past_form(candidate.predicate.lower, candidate.cue.lemma)):
        return t
    try:
        day = t.period_start.replace(year=t.period_start.year - 1)
    except ValueError:  # February 29
        return t
    value, start, end = period(day, t.granularity or "day")
    return replace(t, value=value, period_start=start, period_end=end, explanation=(
        f"{t.explanation}; told in a past tense: the one before the article date, {value}"))


def plan_of_another(text: str, candidate: Candidate, t: TimeExpression) -> bool:
    """Is ``t``, a month or day without its year, the date of a plan the words right before it name
    ("set for", "would", "scheduled for": ``dates.toml``, ``[past_tense_dates]``
    ``future_markers``; in its sentence, after the predicate when it comes first), not of
    ``candidate``'s happening, told in a past tense ("A strike set for May 17 has been called
    off", "The judge said he would rule on 30 January")?

    >>> from timeline.events.candidates import sentence_candidates
    >>> from timeline.temporal import tag
    >>> text = "The union called off a strike set for May 17."
    >>> plan_of_another(text, sentence_candidates(text, 0, len(text))[0], tag(text, "2019-04-24")[0])
    True
    >>> text = "The union called off a strike on May 17."
    >>> plan_of_another(text, sentence_candidates(text, 0, len(text))[0], tag(text, "2019-05-20")[0])
    False
    """
    words = load_date_words()
    if candidate.status != "planned" and candidate.cue.lemma in words.plan_verbs and candidate.predicate.end <= t.start:
        between = text[candidate.predicate.end : t.start].lower().split()  # "set sentencing for October 3"
        if len(between) > 1 and between[-1] in words.plan_prepositions:  # "was set for May 3": the plan's own day
            return True
    if (candidate.status == "planned" or candidate.cue.pos != "verb" or t.rule not in words.yearless_rules
            or not is_past_form(candidate.predicate.lower, candidate.cue.lemma)):
        return False  # "planned for two days earlier": a count from a happening is no plan's date
    start = max(candidate.start, t.start - 40)
    if start <= candidate.predicate.start < t.start:
        start = candidate.predicate.end
    between = " " + " ".join(text[start : t.start].lower().replace(",", " ").split()) + " "
    return any(f" {marker} " in between for marker in words.future_markers)
