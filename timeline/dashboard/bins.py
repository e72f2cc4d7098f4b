"""Columns of days, for when the first view cannot keep every event day apart.

Many stories of many years in one chart have more event days than a plot has 12-pixel columns
(194 days against about 76 columns for 46 articles). Drawn day by day, the marks of nearby days
fall on each other and none can be told apart. Then the days are grouped into runs, cut at
the largest empty stretches (a story's days stay together), as many runs as the width can keep
apart: each run is drawn as one column at its first day, and a lane's events of one run become
one cluster mark (its count; its events listed on click, their own dates in the hover and the
list). Where the width keeps the days apart, every day stays its own column.

>>> days = pd.Series(pd.to_datetime(["2010-05-01", "2010-05-03", "2016-01-01", "2025-04-26"]))
>>> at = day_columns(days, width=800)
>>> [str(d) for d in at]  # every day fits: each is its own column
['2010-05-01', '2010-05-03', '2016-01-01', '2025-04-26']
>>> many = pd.Series(pd.date_range("2001-01-01", periods=40, freq="90D").repeat(3)
...                  + pd.to_timedelta([0, 1, 2] * 40, unit="D"))
>>> at = day_columns(many, width=400)
>>> 1 < len(set(at)) < many.nunique() and bool((at <= many.to_numpy("datetime64[D]")).all())
True
"""

from __future__ import annotations

import heapq

import numpy as np
import pandas as pd

from timeline.dashboard.axis import WIDTHS, fit_axis

__all__ = ["day_columns", "distinct_columns"]


def distinct_columns(days: np.ndarray, width: float, column_px: float = 12) -> int:
    """How many distinct ``column_px`` columns ``days`` (unique, sorted) fill on their fitted
    axis, the fewest over the real plot widths the estimate ``width`` may stand for."""
    axis = fit_axis(pd.Series(days), width=width)
    px = axis.px(days.astype("datetime64[ms]"))
    return min(len(np.unique((px * f // column_px).astype("int64"))) for f in WIDTHS)


def _firsts(days: np.ndarray, order: np.ndarray, runs: int) -> tuple[np.ndarray, np.ndarray]:
    """The first day of each of ``runs`` runs (cut at the ``runs - 1`` largest gaps, ``order``)
    and the run of each day."""
    cut = np.zeros(len(days) - 1, dtype=bool)
    cut[order[: runs - 1]] = True
    run = np.concatenate([[0], np.cumsum(cut)])
    return days[np.concatenate([[0], np.flatnonzero(cut) + 1])], run


def _cut_order(days: np.ndarray, load: np.ndarray) -> np.ndarray:
    """The gaps between ``days`` (indices into ``np.diff(days)``) from the last to be closed to
    the first. Adjacent runs are joined cheapest first, at the cost of their events together
    times the log of the gap between them: dense weeks split into several runs, lone days of
    far years join up."""
    weight = np.sqrt(np.log2(2.0 + np.diff(days).astype("int64").astype("float64")))
    size = {i: float(n) for i, n in enumerate(load)}  # events of the run that starts at day i
    last_of = {i: i for i in range(len(days))}        # run start -> its last day
    first_of = {i: i for i in range(len(days))}       # run end -> its first day

    def entry(gap: int) -> tuple[float, int, int, int]:
        first, last = first_of[gap], last_of[gap + 1]
        return (size[first] + size[gap + 1]) * weight[gap], gap, first, last

    heap = [entry(g) for g in range(len(weight))]
    heapq.heapify(heap)
    closed: list[int] = []
    while heap:
        _, gap, first, last = heapq.heappop(heap)
        if first_of.get(gap) != first or last_of.get(gap + 1) != last:
            continue  # stale: a run beside this gap has grown since
        closed.append(gap)
        size[first] += size.pop(gap + 1)
        del first_of[gap], last_of[gap + 1]
        last_of[first], first_of[last] = last, first
        if first > 0:
            heapq.heappush(heap, entry(first - 1))
        if last < len(days) - 1:
            heapq.heappush(heap, entry(last))
    return np.asarray(closed[::-1], dtype="int64")


def day_columns(starts: pd.Series, width: float, column_px: float = 12, keep: float = 0.9) -> np.ndarray:
    """The day each of ``starts`` is drawn at (``datetime64[D]``): its own day when the fitted
    axis keeps ``keep`` of the days in distinct columns; otherwise the first day of its run,
    with the most runs whose first days all fall in distinct columns."""
    given = pd.to_datetime(starts).to_numpy("datetime64[D]")
    days = np.unique(given[~np.isnat(given)])
    most = int(width * max(WIDTHS) // column_px) + 1  # columns there can be at most
    if len(days) < 2 or (len(days) * keep <= most and distinct_columns(days, width, column_px) >= keep * len(days)):
        return given
    order = _cut_order(days, np.bincount(np.searchsorted(days, given[~np.isnat(given)]), minlength=len(days)))
    low, high = 1, min(len(days) - 1, most)
    while low < high:  # the most runs whose columns stay apart (a bisection: fewer runs fit better)
        middle = (low + high + 1) // 2
        firsts, _ = _firsts(days, order, middle)
        if distinct_columns(firsts, width, column_px) >= len(firsts):
            low = middle
        else:
            high = middle - 1
    firsts, run = _firsts(days, order, low)
    at = firsts[run]
    out = given.copy()
    valid = ~np.isnat(given)
    out[valid] = at[np.searchsorted(days, given[valid])]
    return out
