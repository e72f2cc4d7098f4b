"""What the tagger asks of a rule match, read once per distinct match (memoised with it).

A match's fields come from its rule's literals and normalised groups; the tagger reads a dozen
of them for every expression ("is it a history's word only?", "does it count from the next
date?"). The scanner memoises one :class:`Traits` per distinct match, so dense text pays for
these questions once per kind of match, not once per expression.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .values import Pending, build

__all__ = ["Traits", "traits_of"]


@dataclass(frozen=True, slots=True)
class Traits:
    """The fields the tagger reads, as attributes (see the rule files' README for each field)."""

    type: str  # the TIMEX3 type: the fields' own, else the rule's
    may_be_time: bool  # a DATE rule whose value, resolved to a clock time, is a TIME
    history_only: bool  # a word only a history dates ("the spring")
    follows: str | None  # kept only right after a date of this granularity (a listed day)
    anaphoric: bool  # counts from the story's date in a history ("the end of the year")
    reports_year: bool  # starts a year-to-date comparison ("the nine months")
    skip_partial: bool  # dropped when it cannot be dated ("that day" after a mere year)
    anchored: bool  # an amount landing on the day it names ("[two days] later")
    counts_from_next: bool  # ... counted from the date named right after it
    when_future: bool  # ... only when the clause looks ahead ("in [two weeks]")
    mod: str | None  # the TIMEX3 mod (EARLY, APPROX ...)
    amount: Pending | None  # for an anchored amount, the duration it is


def traits_of(rule_type: str, fields: Mapping[str, Any]) -> Traits:
    """The traits of a match of a rule of ``rule_type`` with these normalised ``fields``.

    >>> traits_of("DATE", {"kind": "calendar", "month": 5, "edge": "EARLY"}).mod
    'EARLY'
    >>> traits_of("DATE", {"kind": "shift", "unit": "day", "number": 2, "anchored": True}).amount
    Duration(amount=2, unit='day')
    """
    mod = fields.get("mod") or fields.get("edge") or fields.get("approx")
    anchored = bool(fields.get("anchored"))
    return Traits(
        type=fields.get("type", rule_type), may_be_time=rule_type == "DATE",
        history_only=bool(fields.get("history_only")), follows=fields.get("follows") or None,
        anaphoric=bool(fields.get("anaphoric")), reports_year=fields.get("reports") == "year",
        skip_partial=fields.get("partial") == "skip", anchored=anchored,
        counts_from_next=fields.get("counts_from") == "next",
        when_future=fields.get("when") == "future",
        mod=mod if isinstance(mod, str) and mod.isupper() else None,
        amount=build({**fields, "kind": "duration"}) if anchored else None)
