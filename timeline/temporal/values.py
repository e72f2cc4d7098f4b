"""Underspecified time values: what extraction knows before anything is resolved.

Extraction turns a rule match into one of four small frozen types; :func:`resolve` (in
``resolver.py``) grounds them against an anchor. ``build`` is the only bridge from a rule's
normalised fields to these types.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import astuple, dataclass, field
from typing import Any

__all__ = ["CalendarRef", "Duration", "Literal", "Shift", "Pending", "build", "normalise"]


@dataclass(frozen=True, slots=True)
class CalendarRef:
    """A calendar position, possibly without a year: "April 28", "Saturday", "the third quarter".

    ``direction`` says which occurrence a missing year (or week, for weekdays) picks:
    ``past``/``future`` (the current period included), ``before``/``after`` (excluded),
    ``nearest``, or ``tense`` (decided from the sentence when tagging).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None  # with month and weekday: the nth such weekday (-1: the last)
    from_day: int = 1  # ...counted from this day of the month
    weekend: bool = False
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    year_offset: int | None = None
    direction: str = "tense"
    part: str | None = None
    clock: str | None = None
    base: str = "dct"
    within: str | None = None  # the coarser period the date names: "the week of March 6"
    easter: int | None = None  # days from Easter Sunday (movable feasts: Good Friday is -2)
    _hash: int | None = field(default=None, init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        """The hash of its fields, computed once (values key the tagger's memo tables)."""
        known = self._hash
        return _cached_hash(self) if known is None else known

    @property
    def reads_tense(self) -> bool:
        """Whether resolving it reads the sentence's tense (``resolver._resolve_calendar``): a
        date with no direction of its own and no year (nor decade, nor century), that is a
        weekday, or a month, season, quarter, half or feast whose year is chosen around the
        anchor. A day of the anchor's month ("July 16, [17]") or a year counted from the
        anchor's ("March [this year]") does not.

        >>> CalendarRef(month=4, day=28).reads_tense, CalendarRef(year=1999, month=4).reads_tense
        (True, False)
        >>> CalendarRef(day=17).reads_tense, CalendarRef(weekday=6).reads_tense
        (False, True)
        """
        if self.direction != "tense" or self.year is not None or self.decade is not None \
                or self.century is not None:
            return False
        if (self.weekday is not None and self.nth is None) or self.weekend:
            return True
        return self.year_offset is None and (self.month is not None or self.quarter is not None
                                             or self.half is not None or self.season is not None
                                             or self.easter is not None)


@dataclass(frozen=True, slots=True)
class Shift:
    """A period counted from an anchor: "last year" = the year of the anchor, minus 1.

    ``base`` is ``dct`` (the article date), ``narrative`` (the last mentioned date) or
    ``report`` (the article date, but the last mentioned quarter in earnings prose).
    ``keep`` keeps the anchor's own granularity ("a year earlier" than Aug. 12 is a day);
    a rule's ``keep = "any"`` keeps it whatever it is ("until then" is the month last named).
    """

    unit: str
    amount: int
    base: str = "dct"
    keep: bool = False
    granularity: str | None = None  # the coarsest granularity of the result (a cap)
    part: str | None = None
    clock: str | None = None
    dct_amount: int | None = None  # the amount when it falls back to the article date
    keep_granularities: tuple[str, ...] = ("day", "quarter", "half")
    unspecified: bool = False  # only the anchor's year is known: "the week" -> 1989-WXX
    _hash: int | None = field(default=None, init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        """The hash of its fields, computed once (values key the tagger's memo tables)."""
        known = self._hash
        return _cached_hash(self) if known is None else known


def _cached_hash(value: CalendarRef | Shift) -> int:
    """A frozen value's hash, kept in its ``_hash`` slot after the first call."""
    if value._hash is None:
        object.__setattr__(value, "_hash", hash(astuple(value)))
    return value._hash


_ANY_GRANULARITY = ("time", "day", "week", "month", "season", "quarter", "half", "year")


@dataclass(frozen=True, slots=True)
class Duration:
    """An amount of a unit: P3Y; ``amount`` None is a vague amount (PXY)."""

    amount: float | None
    unit: str


@dataclass(frozen=True, slots=True)
class Literal:
    """A value needing no resolution: PRESENT_REF, P1D (a set), XXXX-WXX-1."""

    value: str


Pending = CalendarRef | Shift | Duration | Literal

_NUMBER = re.compile(r"(?P<whole>\d+)?(?:\.(?P<decimal>\d+)| ?(?P<num>\d)/(?P<den>\d))?")


def normalise(text: str, tables: Mapping[str, Mapping[str, Any]], names: tuple[str, ...]) -> Any:
    """The value of a captured word: a table entry, a number, or the cleaned text itself.

    >>> normalise("Sept.", {"month": {"sept": 9}}, ("month",))
    9
    >>> normalise("2 1/2", {}, ())
    2.5
    """
    number = _NUMBER.fullmatch(text.strip())
    if number and (number["whole"] or number["num"]):
        value = float(number["whole"] or 0)
        if number["decimal"]:
            value += float("0." + number["decimal"])
        if number["num"]:
            value += int(number["num"]) / int(number["den"])
        return int(value) if value == int(value) else value
    key = " ".join(text.lower().replace(".", "").split())
    for name in names:
        if key in tables[name]:
            return tables[name][key]
    parts = key.replace("-", " ").split()
    for name in names:  # compound number words: "twenty four" = 20 + 4
        if len(parts) > 1 and all(p in tables[name] for p in parts):
            values = [tables[name][p] for p in parts]
            if all(isinstance(v, int) for v in values):
                return sum(values)
    return key


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def build(fields: Mapping[str, Any]) -> Pending:
    """Make the underspecified value from a rule's fields (its literals and its groups).

    >>> build({"kind": "shift", "unit": "year", "relation": -1}).amount
    -1
    """
    kind = fields.get("kind", "calendar")
    if kind == "literal":
        return Literal(str(fields["value"]))
    if kind == "duration":
        amount = fields.get("number", 0 if "half" in fields else 1)
        if not isinstance(amount, int | float) or "number_to" in fields:
            return Duration(None, fields["unit"])
        return Duration(amount + fields.get("fraction", 0), fields["unit"])
    if kind == "set_season":
        return Literal(f"XXXX-{fields['season']}")
    if kind == "set_month":
        return Literal(f"XXXX-{fields['month']:02d}")
    if kind == "set_date":
        return Literal(f"XXXX-{fields['month']:02d}-{fields['day']:02d}")
    if kind == "set_weekday":
        part = fields.get("part")
        return Literal(f"XXXX-WXX-{fields['weekday']}" + (f"T{part}" if part else ""))
    if kind == "shift":
        amount = fields.get("number", 1)
        if not isinstance(amount, int | float):
            amount = 1
        sign = fields.get("ago", fields.get("relation", fields.get("sign", 1)))
        keep = fields.get("keep", False)
        extra = {"keep_granularities": _ANY_GRANULARITY} if keep == "any" else {}
        return Shift(fields["unit"], int(round(sign * amount)), fields.get("base", "dct"),
                     bool(keep), fields.get("granularity"),
                     fields.get("part"), _clock(fields), _int(fields.get("dct_sign")),
                     unspecified=bool(fields.get("unspecified", False)), **extra)
    if kind == "calendar":
        year = _int(fields.get("year"))
        if _int(fields.get("century_word")) and _int(fields.get("year_rest")):
            year = fields["century_word"] * 100 + fields["year_rest"]
        century = _int(fields.get("century"))
        if _int(fields.get("century_ordinal")):
            century = fields["century_ordinal"] - 1
        era = _int(fields.get("era"))
        if era is not None and year is not None:
            if era < 0:  # before the Christian era: no calendar date, the TIMEX3 form
                return Literal(f"BC{year:04d}")
        elif year is not None and year < 100:
            year += 1900
        return CalendarRef(
            year=year, month=_int(fields.get("month")), day=_int(fields.get("day")),
            weekday=_int(fields.get("weekday")), nth=_int(fields.get("nth")),
            from_day=_int(fields.get("from_day")) or 1, weekend=bool(fields.get("weekend", False)),
            quarter=_int(fields.get("quarter")), half=_int(fields.get("half")),
            season=fields.get("season"), decade=_int(fields.get("decade")),
            century=century, year_offset=_int(fields.get("relation")),
            direction=fields.get("direction", "tense"), part=fields.get("part"),
            clock=_clock(fields), base=fields.get("base", "dct"), within=fields.get("within"),
            easter=_int(fields.get("easter")))
    raise ValueError(f"unknown value kind {kind!r}")


def _clock(fields: Mapping[str, Any]) -> str | None:
    if "clock" in fields:
        return str(fields["clock"])
    hour = fields.get("hour")
    if not isinstance(hour, int):
        return None
    if fields.get("meridiem") == "pm" and hour < 12:
        hour += 12
    elif fields.get("meridiem") == "am" and hour == 12:
        hour = 0
    minute = fields.get("minute")
    return f"{hour:02d}:{minute:02d}" if isinstance(minute, int) else f"{hour:02d}:00"
