"""Lanes and stacking: which row of the timeline each event is drawn in.

An event appears once in each of its lanes (an event of Russia and North Korea in both actor
lanes). Within a lane, events whose extents overlap go into sub-rows instead of being drawn on
top of each other; a point event takes up ``min_width`` of the axis so markers closer than a
marker's width also stack.

>>> import pandas as pd
>>> frame = pd.DataFrame({
...     "event_id": ["a", "b", "c"], "actors": [["Russia"], ["Russia", "Ukraine"], []],
...     "event_type": ["statement"] * 3, "doc_id": ["d"] * 3,
...     "start": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01"]),
...     "end": pd.to_datetime(["2024-12-31", "2024-01-01", "2024-02-01"])})
>>> rows = stack(lane_rows(frame, "actor"), min_width=pd.Timedelta(days=1))
>>> rows.sort_values(["lane", "event_id"])[["event_id", "lane", "subrow"]].values.tolist()
[['c', '(no actor)', 0], ['a', 'Russia', 1], ['b', 'Russia', 0], ['b', 'Ukraine', 0]]
"""

from __future__ import annotations

import pandas as pd

from timeline.query import NO_ACTOR

__all__ = ["LANES_BY", "LANE_LABELS", "NO_ACTOR", "fold_lanes", "lane_order", "lane_rows", "stack"]

LANES_BY = ("actor", "group", "kind", "location", "type", "document")
LANE_LABELS = {"actor": "Actor", "group": "Country or organisation", "kind": "Actor kind",
               "location": "Location", "type": "Event type", "document": "Source document"}
_COLUMN = {"type": "event_type", "document": "doc_id", "location": "location"}
_NONE = {"location": "(no location)"}
CATCH_ALLS = (NO_ACTOR, "(none)", "(no location)", "(kind unknown)")


def _pairs(value) -> dict[str, str]:
    """``[[actor, x], ...]`` (a list column of the events table) as a dict; empty when absent."""
    if value is None or (isinstance(value, float) and value != value):
        return {}
    return {str(p[0]): str(p[1]) for p in value if len(p) == 2 and p[1]}


def _actor_lanes(frame: pd.DataFrame, by: str) -> pd.Series:
    """Each event's lanes when lanes follow its actors: the actors themselves; with ``group``,
    each actor's country or organisation where known (``actor_affiliations``; an actor without
    one keeps its own lane); with ``kind``, the kinds of its actors (``actor_kinds``). Columns
    absent from older files count as empty."""
    column = {"group": "actor_affiliations", "kind": "actor_kinds"}.get(by)
    extra = frame[column] if column in frame.columns else pd.Series([None] * len(frame), index=frame.index)
    out = []
    for actors, pairs in zip(frame["actors"].tolist(), extra.tolist(), strict=True):
        names = list(actors) if actors is not None else []
        if not names:
            out.append([NO_ACTOR])
            continue
        known = _pairs(pairs)
        if by == "group":
            names = [known.get(a, a) for a in names]
        elif by == "kind":
            names = [known.get(a, "(kind unknown)") for a in names]
        out.append(list(dict.fromkeys(names)))
    return pd.Series(out, index=frame.index, dtype=object)


def lane_rows(frame: pd.DataFrame, by: str = "actor", only: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per (dated event, lane), with the lane's name in column ``lane``; with ``only``,
    just those lanes (the actors a user filtered on: their events, not every co-actor's lane)."""
    if by not in LANES_BY:
        raise ValueError(f"unknown lanes '{by}' (one of: {', '.join(LANES_BY)})")
    rows = frame[frame["start"].notna()].copy()
    if by in ("actor", "group", "kind"):
        rows["lane"] = _actor_lanes(rows, by)
        rows = rows.explode("lane")
    elif _COLUMN[by] not in rows.columns:  # an older file without the column
        rows["lane"] = _NONE.get(by, "(none)")
    else:
        rows["lane"] = rows[_COLUMN[by]].fillna("").astype(str).replace("", _NONE.get(by, "(none)"))
    if only:
        rows = rows[rows["lane"].isin(only)]
    rows["end"] = rows["end"].fillna(rows["start"])
    return rows.reset_index(drop=True)


def lane_order(rows: pd.DataFrame, by: str = "actor") -> list[str]:
    """Lanes from top to bottom: the busiest first (documents: in date order); the catch-alls last."""
    if rows.empty:
        return []
    if by == "document":
        firsts = rows.groupby("lane")["start"].min().sort_values(kind="stable")
        return list(firsts.index)
    counts = rows["lane"].value_counts()
    names = sorted(counts.index, key=lambda n: (n in CATCH_ALLS, -counts[n], n))
    return names


def fold_lanes(rows: pd.DataFrame, order: list[str], max_lanes: int) -> tuple[pd.DataFrame, list[str]]:
    """Keep the first ``max_lanes - 1`` lanes and put the rest into one 'other' lane, whose name
    says what it holds (the first names and how many more); the original lane stays in
    ``folded_from`` (for the hover)."""
    if len(order) <= max_lanes:
        return rows, order
    keep = order[: max_lanes - 1]
    rest = order[max_lanes - 1:]
    other = f"(other {len(rest)}: {', '.join(rest[:3])}" + (f" and {len(rest) - 3} more)" if len(rest) > 3 else ")")
    rows = rows.copy()
    rows["folded_from"] = ""
    folded = ~rows["lane"].isin(keep)
    rows.loc[folded, "folded_from"] = rows.loc[folded, "lane"]
    rows.loc[folded, "lane"] = other
    rows = rows.drop_duplicates(["event_id", "lane"])
    return rows.reset_index(drop=True), [*keep, other]


def stack(rows: pd.DataFrame, min_width: pd.Timedelta, max_subrows: int = 8) -> pd.DataFrame:
    """Add ``subrow``: the first free sub-row of the lane at the event's start (greedy packing).

    An event occupies [start, max(end + 1 day, start + min_width)). When all ``max_subrows``
    sub-rows are taken, it goes into the one that frees up first (drawn over it).
    """
    rows = rows.sort_values(["lane", "start", "end"], kind="stable").reset_index(drop=True)
    if rows.empty:
        rows["subrow"] = pd.Series(dtype="int64")
        return rows
    starts = rows["start"].to_numpy("datetime64[ns]").astype("int64")
    one_day = pd.Timedelta(days=1).value
    stops = rows["end"].to_numpy("datetime64[ns]").astype("int64") + one_day
    stops = stops.clip(min=starts + max(int(min_width.value), one_day))
    lanes = rows["lane"].to_numpy()
    subrows = [0] * len(rows)
    free_at: list[int] = []
    current = None
    for i in range(len(rows)):
        if lanes[i] != current:
            current, free_at = lanes[i], []
        start = starts[i]
        slot = next((n for n, stop in enumerate(free_at) if stop <= start), len(free_at))
        if slot == len(free_at):
            if slot < max_subrows:
                free_at.append(0)
            else:
                slot = min(range(len(free_at)), key=free_at.__getitem__)
        free_at[slot] = max(free_at[slot], stops[i])
        subrows[i] = slot
    rows["subrow"] = subrows
    return rows
