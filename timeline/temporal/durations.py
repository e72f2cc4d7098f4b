"""TIMEX3 duration strings: P3Y, PT2H, P2Y6M, PXY. Pure formatting, no language."""

from __future__ import annotations

from .values import Duration

__all__ = ["duration_value"]

_DURATION_UNITS = {"year": ("Y", False), "month": ("M", False), "week": ("W", False),
                   "day": ("D", False), "quarter": ("Q", False), "hour": ("H", True),
                   "minute": ("M", True), "second": ("S", True)}
# Units counted in another unit: (unit, factor, TIMEX3 letter of a vague amount).
_MULTIPLES = {"decade": ("year", 10, "E"), "century": ("year", 100, "E"),
              "fortnight": ("week", 2, "W"), "weekend": ("day", 2, "D")}
_SUBUNITS = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24),
             "hour": ("minute", 60), "minute": ("second", 60), "week": ("day", 7)}


def duration_value(d: Duration) -> str:
    """The TIMEX3 duration: P3Y, PT2H, P2Y6M, PXY.

    >>> duration_value(Duration(2.5, "year"))
    'P2Y6M'
    """
    unit, amount = d.unit, d.amount
    if unit in _MULTIPLES:
        base, factor, vague = _MULTIPLES[unit]
        if amount is None:
            return f"PX{vague}"
        unit, amount = base, amount * factor
    letter, timed = _DURATION_UNITS[unit]
    prefix = "PT" if timed else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole = int(amount)
    text = f"{whole}{letter}" if whole else ""
    if amount != whole and unit in _SUBUNITS:
        sub, factor = _SUBUNITS[unit]
        sub_letter, sub_timed = _DURATION_UNITS[sub]
        part = f"{round((amount - whole) * factor)}{sub_letter}"
        if sub_timed and not timed:
            return f"P{text}T{part}"
        text += part
    return prefix + (text or "0" + letter)
