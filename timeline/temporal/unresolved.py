"""What is left of a value that cannot be grounded: X placeholders for the unknown digits.

>>> placeholder("week"), unresolved_value(CalendarRef(month=4, day=24))
('XXXX-WXX', 'XXXX-04-24')
"""

from __future__ import annotations

from .calendar import Period, timex_value
from .values import CalendarRef

__all__ = ["partial", "placeholder", "unresolved_value"]


def placeholder(granularity: str) -> str:
    """A value of ``granularity`` with every digit unknown (XXXX-WXX for a week)."""
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "season": "XXXX-XX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX",
            "century": "XX"}.get(granularity, "XXXX-XX-XX")


def partial(anchor: Period, granularity: str) -> str:
    """An anchor coarser than the value: keep what is known, X the rest (1995-XX-XX)."""
    year = f"{anchor.start.year:04d}"
    known = timex_value(anchor)
    if anchor.granularity in ("decade", "century"):  # "18" -> "18XX": some year of the century
        year = known + "X" * (4 - len(known))
        known = year
        if granularity == "day":
            return f"{year}-XX-XX"
    return {"day": f"{known}-XX" if anchor.granularity == "month" else f"{year}-XX-XX",
            "week": f"{year}-WXX", "month": f"{year}-XX", "quarter": f"{year}-QX"
            }.get(granularity, known)


def unresolved_value(c: CalendarRef) -> str:
    """What is known of ``c`` without a year: XXXX-04-24, XXXX-Q3, XXXX-WI."""
    month = f"{c.month:02d}" if c.month else "XX"
    if c.day:
        return f"XXXX-{month}-{c.day:02d}"
    if c.month:
        return f"XXXX-{month}"
    if c.quarter:
        return f"XXXX-Q{c.quarter}"
    if c.season:
        return f"XXXX-{c.season}"
    return "XXXX"
