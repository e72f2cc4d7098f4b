"""The one article-date type of the date engine's API: a ``date``, a ``datetime`` or an ISO string.

>>> as_date("2019-07-15"), as_date(None)
(datetime.date(2019, 7, 15), None)
>>> as_date(20190715)
Traceback (most recent call last):
...
TypeError: dct must be a date, a datetime or an ISO date string (YYYY-MM-DD), not int: 20190715
"""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["as_date"]

_ISO = re.compile(r"\A(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
                  r"(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?\Z")


def as_date(value: object, name: str = "dct") -> date | None:
    """``value`` as a calendar day: a ``date``, a ``datetime`` (its day), an ISO string
    ("2019-07-15", "2019-07-15T09:30:00Z"), or None (no article date).

    Anything else raises ``TypeError``, a string that is no real ISO date ``ValueError``;
    both messages name the parameter ``name``.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        shown = repr(value)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        raise TypeError(f"{name} must be a date, a datetime or an ISO date string (YYYY-MM-DD), "
                        f"not {type(value).__name__}: {shown}")
    text = value.strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match is None:
        raise ValueError(f"{name} must be an ISO date (YYYY-MM-DD), not {text[:40]!r}")
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError as exc:
        raise ValueError(f"{name} {text[:40]!r} is not a real date ({exc})") from None
