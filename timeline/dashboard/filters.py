"""Filtering the events table: by actors (any of / all of), dates, text, type, status, document;
the minor events (``minor`` column, see ``timeline/events/keepscore.py``) only when asked for.

>>> import pandas as pd
>>> frame = pd.DataFrame({"event_id": ["a", "b", "c"],
...                       "actors": [["Russia"], ["Russia", "North Korea"], ["Ukraine"]]})
>>> apply_filters(frame, Filters(actors=("North Korea",)))["event_id"].tolist()
['b']
>>> frame["actor_affiliations"] = [[], [], [["Volodymyr Zelensky", "Russia"]]]
>>> apply_filters(frame, Filters(actors=("Russia",), affiliated=True))["event_id"].tolist()
['a', 'b', 'c']
>>> actor_counts(frame)
{'Russia': 2, 'North Korea': 1, 'Ukraine': 1}
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from timeline.query import Filters

__all__ = ["FilterOptions", "Filters", "actor_counts", "apply_filters", "chosen_lanes", "date_bounds",
           "filter_options", "value_counts"]


@dataclass(frozen=True, slots=True)
class FilterOptions:
    """The values each filter offers, with their numbers of events (most frequent first)."""

    actors: dict[str, int] = field(default_factory=dict)
    event_types: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)


def chosen_lanes(filters: Filters, lanes_by: str) -> tuple[str, ...]:
    """The lanes to draw when the user filtered on actors: those actors' own (empty: every lane).

    "What did North Korea do?" is answered by North Korea's lane; the lanes of everyone else in
    its events would repeat each event once per co-actor.

    >>> chosen_lanes(Filters(actors=("North Korea",)), "actor"), chosen_lanes(Filters(), "actor")
    (('North Korea',), ())
    >>> chosen_lanes(Filters(actors=("North Korea",)), "type")
    ()
    """
    return filters.actors if lanes_by == "actor" else ()


def filter_options(frame: pd.DataFrame) -> FilterOptions:
    """What the filters of ``frame`` offer."""
    return FilterOptions(actor_counts(frame), value_counts(frame, "event_type"),
                         value_counts(frame, "status"), value_counts(frame, "doc_id"))


def actor_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Each actor with its number of events, most frequent first."""
    counts = Counter(a for actors in frame["actors"] for a in actors)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def value_counts(frame: pd.DataFrame, column: str) -> dict[str, int]:
    """The values of one plain column (event_type, status, doc_id) with counts, most frequent first.

    >>> value_counts(pd.DataFrame({"status": ["claimed", "asserted", "claimed", ""]}), "status")
    {'claimed': 2, 'asserted': 1}
    """
    if column not in frame or frame.empty:
        return {}
    counts = frame[column].fillna("").astype(str).value_counts()
    return {k: int(v) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if k}


def date_bounds(frame: pd.DataFrame) -> tuple[date, date] | None:
    """The first start and the last end among dated events; None when no event has a date."""
    if frame.empty or frame["start"].isna().all():
        return None
    return frame["start"].min().date(), frame["end"].max().date()


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The events that pass every field of ``filters`` (a date filter drops undated events)."""
    keep = pd.Series(True, index=frame.index)
    if filters.actors:
        wanted = set(filters.actors)
        test = wanted.issubset if filters.match_all else (lambda s: not wanted.isdisjoint(s))
        if filters.affiliated and "actor_affiliations" in frame:  # Russia includes Putin's events
            names = [set(a) | {pair[1] for pair in (p if isinstance(p, (list, tuple)) else [])
                               if len(pair) > 1}
                     for a, p in zip(frame["actors"], frame["actor_affiliations"], strict=True)]
            keep &= pd.Series([bool(test(n)) for n in names], index=frame.index, dtype=bool)
        else:
            keep &= frame["actors"].map(lambda actors: bool(test(set(actors))))
    if filters.date_from is not None:
        keep &= frame["end"] >= pd.Timestamp(filters.date_from)
    if filters.date_to is not None:
        keep &= frame["start"] <= pd.Timestamp(filters.date_to)
    if filters.text.strip():
        needle = filters.text.strip()
        hay = frame["summary"].fillna("").str.cat(frame["sentence"].fillna(""), sep=" ")
        keep &= hay.str.contains(needle, case=False, regex=False)
    if filters.event_types:
        keep &= frame["event_type"].isin(filters.event_types)
    if filters.statuses:
        keep &= frame["status"].isin(filters.statuses)
    if filters.documents:
        keep &= frame["doc_id"].isin(filters.documents)
    if not filters.minor and "minor" in frame:  # the keep score's minor events: shown on request
        keep &= frame["minor"] != 1
    return frame[keep]
