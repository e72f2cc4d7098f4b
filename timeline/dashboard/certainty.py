"""How sure a date is, and how the chart shows it.

A date the article gives to the day is ``exact``. A date that only names a coarse period
(a week, month, season, quarter, year, decade) is ``coarse``. A date the sentence does not give
at all (inherited from an earlier sentence, or the article date standing in) is ``inferred``.
Only exact dates are drawn solid; the legend says what lighter, hatched and outlined mean.

>>> import pandas as pd
>>> frame = pd.DataFrame({"granularity": ["day", "year", "day", "month"],
...                       "date_source": ["explicit", "explicit", "inherited", "article_date"]})
>>> certainty(frame).tolist()
['exact', 'coarse', 'inferred', 'inferred']
"""

from __future__ import annotations

import pandas as pd

__all__ = ["CERTAINTY", "LEGEND", "certainty"]

CERTAINTY = ("exact", "coarse", "inferred")
INFERRED_SOURCES = ("inherited", "article_date", "none")
EXACT_GRANULARITIES = ("day", "time")

LEGEND = {
    "exact": "solid: the article gives the day",
    "coarse": "light and hatched: the article names only a week, month, season, year or decade",
    "inferred": "outlined: no date in the sentence; taken from an earlier sentence or the article date",
}


def certainty(frame: pd.DataFrame) -> pd.Series:
    """``exact``, ``coarse`` or ``inferred`` for each event."""
    inferred = frame["date_source"].fillna("none").isin(INFERRED_SOURCES)
    exact = frame["granularity"].fillna("").isin(EXACT_GRANULARITIES)
    out = pd.Series("coarse", index=frame.index, dtype=object)
    out[exact] = "exact"
    out[inferred] = "inferred"
    return out
