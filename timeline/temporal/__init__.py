"""Timeline's date engine: find time expressions in English text and normalise them (TIMEX3).

Two public verbs, both with an explicit anchor date (nothing here reads the clock):

>>> from datetime import date
>>> [(t.text, t.value) for t in tag("Moscow said on Saturday it retook Kursk, seized last year.",
...                                 date(2025, 4, 28))]
[('Saturday', '2025-04-26'), ('last year', '2024')]
>>> resolve(Shift("day", -2), date(2025, 4, 28)).value
'2025-04-26'
"""

from __future__ import annotations

from datetime import date, datetime

from ..model import TimeExpression
from .anchor_date import as_date
from .resolver import Resolved, resolve
from .tagger import tag_text
from .values import CalendarRef, Duration, Literal, Shift

__all__ = ["CalendarRef", "Duration", "Literal", "Resolved", "Shift", "TimeExpression",
           "as_date", "resolve", "tag"]


def tag(text: str, dct: date | datetime | str | None = None) -> list[TimeExpression]:
    """Every time expression in ``text``, in order, resolved against the article date ``dct``.

    ``dct`` is a ``date``, a ``datetime`` (its calendar day is the anchor) or an ISO string
    ("2019-07-15"); anything else raises ``TypeError`` naming ``dct``.

    With no ``dct``, relative expressions are resolved against the last date the text
    mentions, and marked ``anchor="unresolved"`` (with X placeholders) where there is none.

    >>> t = tag("The summit ended two days ago.", date(2025, 4, 28))[0]
    >>> (t.text, t.type, t.value, t.granularity, t.anchor)
    ('two days ago', 'DATE', '2025-04-26', 'day', 'dct')
    >>> tag("The next day it rained.")[0].value
    'XXXX-XX-XX'
    """
    return tag_text(text, as_date(dct, "dct"))
