"""The tagging pipeline, a visible list of small steps.

1. ``scan``: one pass finds the trigger words (a month, a unit, a digit...); at the word
   starts shortly before each, only the rules indexed under the text's first characters are
   tried, giving leftmost, non-overlapping candidate spans with their rule;
2. ``fields``: each candidate's groups are normalised through the data tables;
3. ``build``: the fields become an underspecified value (``values.py``);
4. ``resolve``: in document order, each value is grounded against the article date or the
   last mentioned date (``resolver.py``); the resolved dates become the next anchors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import chain
from types import MappingProxyType
from typing import Any

from ..model import TimeExpression
from .anchor_date import as_date
from .calendar import Period, period_of
from .context import aside_at, looks_ahead, tense_at, tense_memo_clear
from .grammar import Grammar, Rule, load_grammar
from .narrative import COARSE, FINE, Story, in_narrative, narrative_anchor
from .prefixes import DIGITS_AS_HASH
from .resolver import resolve
from .values import CalendarRef, Pending, Shift, build, normalise

__all__ = ["Candidate", "clear_memo", "scan", "tag_text"]

# resolve() is pure: the same value, anchors and tense always give the same answer.
_resolve = lru_cache(maxsize=4096)(resolve)


_MATCHED: dict = {}  # (rule group, the match's groups) -> (rule, fields, value): bounded memo


def clear_memo() -> None:
    """Forget the memoised values, tenses and resolutions (benchmarks measure cold runs)."""
    _MATCHED.clear()
    _build.cache_clear()
    _resolve.cache_clear()
    tense_memo_clear()


@lru_cache(maxsize=4096)
def _build(fields: tuple) -> Pending:
    """``build`` memoised on the match's fields (the same words give the same value)."""
    return build(dict(fields))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule match: offsets into the text, the rule, and its normalised fields."""

    start: int
    end: int
    rule: Rule
    fields: Mapping[str, Any]
    pending: Pending | None = None  # the value built from the fields


def _lowered(text: str) -> str:
    """The text in lower case, offset for offset (a few characters lengthen when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _matches(text: str, grammar: Grammar, dct: date | None = None) -> Iterator[re.Match]:
    """Leftmost, non-overlapping rule matches that start shortly before a trigger word.

    Candidate starts are the trigger itself and the start words (``the``, ``last``, ``early``
    ...) at most ``lookback_chars`` before it; at each, only the rules indexed under the
    text's first characters are tried, in priority order. A rule with context words (a named
    date) matches only with one of them nearby, and not in an article dated before its day.
    """
    lowered = _lowered(text)
    compiled, length = grammar.compiled, grammar.prefix_length
    lookback = int(grammar.settings.get("lookback_chars", 40))
    rules, rules_for = grammar.rules, grammar.rules_for
    # every start word once, in order (dense text would rescan each one for many triggers)
    words = [word.start() for word in grammar.start_words.finditer(lowered)]
    pos = first = 0
    for hit in grammar.trigger.finditer(lowered):
        trigger_at = hit.start()
        if trigger_at < pos:
            continue
        first = bisect_left(words, max(pos, trigger_at - lookback), first)
        last = bisect_left(words, trigger_at, first)
        for start in (chain(words[first:last], (trigger_at,)) if last > first else (trigger_at,)):
            if start < pos:
                continue
            # the text is lower case already: only its digits become '#' (normal_form)
            for index in rules_for(lowered[start:start + length].translate(DIGITS_AS_HASH)):
                match = compiled[index].match(text, start)
                if match is not None and rules[index].near is not None and not _in_context(
                        rules[index], lowered, match, dct):
                    continue
                if match is not None:
                    pos = match.end()
                    yield match
                    break


def _in_context(rule: Rule, lowered: str, match: re.Match, dct: date | None) -> bool:
    """A named date's context: one of its words nearby, and an article not older than the day."""
    if dct is not None and rule.not_before is not None and dct.isoformat() < rule.not_before:
        return False
    window = rule.near_window
    return rule.near.search(lowered, max(0, match.start() - window), match.end() + window) is not None


def scan(text: str, grammar: Grammar, dct: date | None = None) -> Iterator[Candidate]:
    """Every rule match, left to right, without overlaps (``dct`` rules out named dates later
    than the article)."""
    by_group, tables, memo = grammar.by_group, grammar.tables, grammar.normalised
    if len(memo) > 100_000:  # bounded memo
        memo.clear()
    if len(_MATCHED) > 100_000:
        _MATCHED.clear()
    for m in _matches(text, grammar, dct):
        # a rule's groups (those of its lookarounds included) decide its fields: memoised
        key = (m.lastgroup, m.groups())
        known = _MATCHED.get(key)
        if known is None:
            rule = by_group[m.lastgroup]
            fields: dict[str, Any] = dict(rule.value)  # the rule's literals, overridden by groups
            for group, name, table_names in rule.groups:
                captured = m.group(group)
                if captured is not None:
                    value = memo.get((captured, table_names))
                    if value is None:
                        value = memo[captured, table_names] = normalise(captured, tables,
                                                                        table_names)
                    if isinstance(value, dict):  # a table row of several fields (a holiday)
                        fields.update(value)
                    else:
                        fields[name] = value
            known = _MATCHED[key] = (rule, MappingProxyType(fields),
                                     _build(tuple(fields.items())))
        rule, fields, pending = known
        start, end = m.span(rule.span_group or m.lastgroup)
        yield Candidate(start, end, rule, fields, pending)


def _mod(fields: dict[str, Any]) -> str | None:
    mod = fields.get("mod") or fields.get("edge") or fields.get("approx")
    return mod if isinstance(mod, str) and mod.isupper() else None


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
    for cand in scan(text, grammar, dct):
        pending: Pending = cand.pending or _build(tuple(cand.fields.items()))
        tense = "none"
        if isinstance(pending, CalendarRef) and pending.direction == "tense":
            tense = tense_at(text, cand.start, cand.end, grammar)
        mentioned = story.mentioned
        history = bool(far) and mentioned is not None and (dct is None or (dated and not near))
        if cand.fields.get("history_only") and not history:
            continue  # a history's word that news uses otherwise ("the spring")
        if cand.fields.get("follows") and not _follows(found, cand, text, grammar):
            continue  # a listed day with no date of a day just before it
        aside = aside_at(text, cand.start, grammar) if history else None
        anchor = mentioned  # what the rule's own words count from ("that month", "the next day")
        if history or (far and mentioned is not None and cand.start - last_end <= reach
                       and mentioned.granularity in FINE
                       and abs(mentioned.start.year - dct.year) > far):
            # a history; or, in news, a date just after one far from the article date
            # ("on July 16, 1969. Four days later, on July 20"): the narrative's year
            current = story.current or mentioned
            moved = in_narrative(pending, story.forward is True, aside == "back",
                                 story.weekly and current.granularity in ("day", "time"))
            if moved is not pending:
                pending, anchor = moved, current
        if history and cand.fields.get("anaphoric") and isinstance(pending, Shift):
            pending = replace(pending, base="narrative")  # "the end of the year": the story's
        if cand.fields.get("reports") == "year":
            year_to_date = True
        result = _resolve(pending, dct, narrative_anchor(pending, anchor, precise, daily),
                          _report_year(report, dct) if year_to_date and _in_years(pending)
                          else report, tense)
        period = result.period
        timex_type = cand.fields.get("type", cand.rule.type)
        if result.granularity == "time" and timex_type == "DATE" and cand.rule.type == "DATE":
            timex_type = "TIME"
        value, point_value = result.value, None
        if cand.fields.get("partial") == "skip" and "X" in value:
            continue  # the rule names a day it cannot date ("that day" after a mere year)
        if cand.fields.get("anchored"):
            # "[two days] later": TimeML's DURATION P2D, landing on the day it names
            amount = _resolve(_build(tuple({**cand.fields, "kind": "duration"}.items())),
                              dct, None, None, "none")
            value, timex_type = amount.value, "DURATION"
            point_value = result.value if period is not None else None
            if cand.fields.get("counts_from") == "next" or (
                    cand.fields.get("when") == "future" and not looks_ahead(text, cand.start, grammar)):
                point_value, period = None, None  # counted from what follows, or not ahead
            if cand.fields.get("counts_from") == "next":
                waiting = (len(found), pending)
        if period is not None and (timex_type in ("DATE", "TIME") or point_value):
            last_end = cand.end
            story = story.told(period, aside is not None, bool(far) and (
                dct is None or not near) and _names_weekday(text, cand.start, cand.end, grammar))
            if period.granularity not in COARSE:
                precise = period
            if period.granularity in ("day", "time") and aside is None:
                daily = period
            if dct is not None:
                dated = True
                near = near or abs(period.start.year - dct.year) <= far
            if not _counted_from_report(pending):  # a new date ends the year-to-date comparison
                year_to_date = False
                if (period.granularity == "quarter" and (dct is None or period.end < dct)
                        and (report is None or period.start >= report.start)):
                    report = period  # a quarter already over is the one being reported
        surface = text[cand.start:cand.end]
        found.append(TimeExpression(
            start=cand.start, end=cand.end, text=surface, type=timex_type,
            value=value, granularity=result.granularity if period else None,
            period_start=period.start if period else None,
            period_end=period.end if period else None, rule=cand.rule.id,
            anchor=result.anchor, explanation=f"{surface}: {result.explanation}",
            mod=_mod(cand.fields), point_value=point_value))
        if waiting is not None and period is not None and waiting[0] < len(found) - 1:
            found[waiting[0]] = _landed(found[waiting[0]], waiting[1], found[-1], period, grammar)
            waiting = None
    return found


def _names_weekday(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether an expression names its day by weekday ("Sunday, October 14"): a narrative told
    day by day, whose later bare weekdays count from it (the ``weekday_named`` cue)."""
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




def _follows(found: list[TimeExpression], cand: Candidate, text: str, grammar: Grammar) -> bool:
    """Whether ``cand`` continues a list after the last expression: a date of a ``follows``
    granularity, separated from it only by the ``list_gap`` cue (", ", " and ")."""
    gap = grammar.cues.get("list_gap")
    if not found or gap is None or found[-1].granularity != cand.fields["follows"]:
        return False
    return gap.fullmatch(text, found[-1].end, cand.start) is not None


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
