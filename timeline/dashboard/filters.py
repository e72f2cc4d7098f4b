"""Filtering the events table: by actors (any of / all of), dates, text, type, status, document.

>>> import pandas as pd
>>> frame = pd.DataFrame({"event_id": ["a", "b", "c"],
...                       "actors": [["Russia"], ["Russia", "North Korea"], ["Ukraine"]]})
>>> apply_filters(frame, Filters(actors=("North Korea",)))["event_id"].tolist()
['b']
>>> actor_counts(frame)
{'Russia': 2, 'North Korea': 1, 'Ukraine': 1}
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

import pandas as pd

__all__ = ["Filters", "actor_counts", "apply_filters"]


@dataclass(frozen=True, slots=True)
class Filters:
    """What the user asked to see; an empty field filters nothing."""

    actors: tuple[str, ...] = ()
    match_all: bool = False  # all of the actors rather than any of them
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    event_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()


def actor_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Each actor with its number of events, most frequent first."""
    counts = Counter(a for actors in frame["actors"] for a in actors)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    keep = pd.Series(True, index=frame.index)
    if filters.actors:
        wanted = set(filters.actors)
        test = wanted.issubset if filters.match_all else (lambda s: not wanted.isdisjoint(s))
        keep &= frame["actors"].map(lambda actors: bool(test(set(actors))))
    if filters.date_from is not None:
        keep &= frame["end"] >= pd.Timestamp(filters.date_from)
    if filters.date_to is not None:
        keep &= frame["start"] <= pd.Timestamp(filters.date_to)
    if filters.text:
        needle = filters.text.strip()
        hay = frame["summary"].str.cat(frame["sentence"], sep=" ")
        keep &= hay.str.contains(needle, case=False, regex=False)
    if filters.event_types:
        keep &= frame["event_type"].isin(filters.event_types)
    if filters.statuses:
        keep &= frame["status"].isin(filters.statuses)
    if filters.documents:
        keep &= frame["doc_id"].isin(filters.documents)
    return frame[keep]
